"""Who may pay under each fee category (data/fees.yaml applicants): read from appendix 7 where the
table says, the project's decision (data/fee-applicants.yaml) where it does not, and every
category and every applicant of clause 11 covered."""

from __future__ import annotations

import shutil

import pytest

from calculator.checklist import APPLICANTS
from generator.core.errors import DataError
from generator.core.source import Source
from generator.core.yamlio import load_yaml
from generator.extract import fees
from tests.datatools import ROOT, SOURCE


@pytest.fixture(scope="module")
def categories(data):
    return {c["id"]: c for c in data["fees"]["categories"]}


def test_every_category_names_its_applicants_and_every_applicant_has_a_category(categories):
    assert all(c["applicants"] for c in categories.values())
    named = {a for c in categories.values() for a in c["applicants"]}
    assert named == set(APPLICANTS)


def test_the_table_says_who_pays_for_individuals_and_legal_entities(categories):
    # Standard 1's appendix 7 (data/source lines 955-962, read by eye): the heading «Жеке
    # тұлғалар:» stands over four rows; line 961 prints «Занды тұлғалар» (ң lost, corrected by
    # data/corrections/fees.yaml).
    assert SOURCE[955 - 1].startswith("Жеке тұлғалар:")
    individuals = {
        956: "individual_gardening",
        957: "individual_housing",
        958: "individual_subsidiary_farming",
        959: "individual_garage",
    }
    for line, category in individuals.items():
        assert categories[category]["source_lines"][0] == line
        assert categories[category]["applicants"] == ["individual"], category
    assert SOURCE[961 - 1].startswith("Занды тұлғалар")
    assert categories["legal_entity"]["source_lines"][0] == 961
    # A state legal entity is a legal entity (calculator/checklist.py reads clause 11 so too).
    assert categories["legal_entity"]["applicants"] == ["legal_entity", "state_legal_entity"]


def test_only_the_rows_the_table_leaves_open_are_decided_by_the_project():
    # «Шаруа және фермер қожалықтары» and «Үй-жайлардың меншік иелері» name land users, not
    # applicants: the two decisions, each with its reason.
    decisions = load_yaml(ROOT / "data" / "fee-applicants.yaml").data
    assert set(decisions) == {"farm", "condominium"}
    assert all(d["why"].strip() for d in decisions.values())


@pytest.fixture
def data_copy(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def test_a_row_nobody_decided_for_stops_the_extraction(data_copy):
    decisions = data_copy / "fee-applicants.yaml"
    text = decisions.read_text(encoding="utf-8")
    decisions.write_text(text[: text.index("condominium:")], encoding="utf-8")
    with pytest.raises(DataError, match=r"кондоминиумге.*does not say who pays"):
        fees.extract(Source.load(data_copy), data_copy)


def test_a_decision_where_the_table_says_stops_the_extraction(data_copy):
    decisions = data_copy / "fee-applicants.yaml"
    extra = "legal_entity:\n  applicants: [individual]\n  why: a test\n"
    decisions.write_text(decisions.read_text(encoding="utf-8") + extra, encoding="utf-8")
    with pytest.raises(DataError, match="legal_entity: the fee table says who pays"):
        fees.extract(Source.load(data_copy), data_copy)
