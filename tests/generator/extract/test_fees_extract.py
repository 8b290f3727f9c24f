"""generator.extract.fees: the fee table read from all four standards, checked against each other."""

import re
import shutil
from pathlib import Path

import pytest

from generator.core.errors import DataError
from generator.core.source import Source
from generator.core.yamlio import load_yaml
from generator.extract import fees

DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.fixture(scope="module")
def source():
    return Source.load(DATA)


@pytest.fixture(scope="module")
def extracted(source):
    return fees.extract(source, DATA)["fees.yaml"]


def test_the_table_as_printed(extracted):
    # Appendix 7, e.g. standard 1 lines 956-962, read by eye.
    table = {
        c["id"]: (
            c["tariff_mci"],
            c["base_area_ha"],
            [(b["bound_ha"], b["coefficient"]) for b in c["bands"]],
        )
        for c in extracted[1]["categories"]
    }
    assert table == {
        "individual_gardening": ("1.9", None, []),
        "individual_housing": ("1.9", None, []),
        "individual_subsidiary_farming": ("1.9", None, []),
        "individual_garage": ("1.9", None, []),
        "farm": ("3.2", "50", [("100", "1.1"), ("500", "1.2"), ("1000", "1.3"), (None, "1.4")]),
        "legal_entity": ("3.2", "0.5", [("1", "1.1"), ("10", "1.2"), ("50", "1.3"), (None, "1.4")]),
        "condominium": (
            "5.2",
            "1",
            [("1.5", "1.1"), ("2.0", "1.2"), ("2.5", "1.3"), (None, "1.4")],
        ),
    }


def test_every_row_points_at_its_line_in_each_standard(extracted, source):
    data = extracted[1]
    assert data["clause_lines"] == [93, 1040, 2045, 2969]
    assert [t["lines"] for t in data["tables"]] == [
        [955, 962],
        [1898, 1905],
        [2883, 2891],
        [3838, 3845],
    ]
    for category in data["categories"]:
        for line in category["source_lines"]:
            assert category["tariff_mci"].replace(".", ",") in source.line(line).split("\t")


def test_names_are_corrected_kazakh_and_russian_from_the_glossary(extracted):
    terms = load_yaml(DATA / "glossary.yaml").data["terms"]
    names = {c["id"]: c["name"] for c in extracted[1]["categories"]}
    assert names["legal_entity"]["kk"] == "Заңды тұлғалар, шағын кәсіпкерлік субъектілері"
    assert names["condominium"]["kk"] == "Үй-жайлардың меншік иелері (кондоминиумге қатысушылар)"
    assert names["individual_housing"]["kk"] == "Жеке тұлғалар: жеке тұрғын үй құрылысы үшін"
    for category, term in [
        ("farm", "шаруа және фермер қожалықтары"),
        ("legal_entity", "заңды тұлғалар, шағын кәсіпкерлік субъектілері"),
        ("condominium", "үй-жайлардың меншік иелері (кондоминиумге қатысушылар)"),
    ]:
        assert names[category]["ru"].lower() == terms[term].lower()
    # Individuals: the glossary's noun phrases, declined after «для».
    for category, term in [
        ("individual_gardening", "бағбандық, саяжай құрылысы"),
        ("individual_housing", "жеке тұрғын үй құрылысы"),
        ("individual_subsidiary_farming", "өзіндік қосалқы шаруашылық"),
    ]:
        stems = [word[:5] for word in re.findall(r"\w+", terms[term]) if len(word) > 4]
        assert all(stem in names[category]["ru"].lower() for stem in stems), (category, stems)
        assert names[category]["ru"].startswith("Физические лица: ")


def test_the_individuals_labels_read_as_one_series(extracted, source):
    # Appendix 7 prints four cells under «Жеке тұлғалар:» (lines 956-959): three say what the land
    # is for («… үшін»), line 959 only «гараж». The site's label adds the series' «үшін» / «для»
    # (data/fee-labels.yaml); the cell itself is still the act's.
    names = {c["id"]: c["name"] for c in extracted[1]["categories"]}
    individuals = [n for key, n in names.items() if key.startswith("individual_")]
    assert all(n["kk"].endswith(" үшін") for n in individuals), individuals
    assert all(n["ru"].startswith("Физические лица: для ") for n in individuals), individuals
    assert names["individual_garage"] == {
        "kk": "Жеке тұлғалар: гараж үшін",
        "ru": "Физические лица: для гаража",
    }
    assert source.line(959).split("\t")[0] == "гараж"


def test_a_label_decided_for_another_cell_fails(source, tmp_path):
    shutil.copytree(DATA / "corrections", tmp_path / "corrections")
    shutil.copytree(DATA / "translations", tmp_path / "translations")
    text = (DATA / "fee-labels.yaml").read_text(encoding="utf-8")
    (tmp_path / "fee-labels.yaml").write_text(
        text.replace("cell: гараж", "cell: гаражи"), encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"kk\.txt:959: data/fee-labels\.yaml: individual_garage"):
        fees.extract(source, tmp_path)


def _with_line(source, number, text):
    lines = list(source.lines)
    lines[number - 1] = text
    return Source("\n".join(lines))


def test_a_number_that_differs_between_standards_fails_naming_both_lines(source):
    changed = _with_line(
        source, 2889, source.line(2889).replace("500 га дейін – 1,2", "500 га дейін – 1,25")
    )
    with pytest.raises(
        DataError,
        match=r"kk\.txt:2889: standard 3's fee row differs from standard 1's "
        r"\(line 960\): bands",
    ):
        fees.extract(changed, DATA)


def test_a_truncated_last_cell_fails_naming_its_line(source):
    truncated = _with_line(source, 3844, source.line(3844).removesuffix("1,4"))
    with pytest.raises(DataError, match=r"kk\.txt:3844: cannot read the band «50 га жоғары –»"):
        fees.extract(truncated, DATA)


def test_an_above_band_must_follow_the_last_bound(source):
    wrong = _with_line(source, 960, source.line(960).replace("1000 га жоғары", "900 га жоғары"))
    with pytest.raises(DataError, match=r"kk\.txt:960: «900 га жоғары – 1,4»: only the last band"):
        fees.extract(wrong, DATA)


def test_without_the_recorded_corrections_the_tables_disagree(source, tmp_path):
    (tmp_path / "corrections").mkdir()
    (tmp_path / "corrections" / "fees.yaml").write_text("[]\n", encoding="utf-8")
    shutil.copytree(DATA / "translations", tmp_path / "translations")
    shutil.copy(DATA / "fee-labels.yaml", tmp_path)
    # Line 957 prints «тұргын» with г for ғ, so its subject cannot even be recognised.
    with pytest.raises(
        DataError, match=r"kk\.txt:957: cannot tell which subject «жеке тұргын үй құрылышы үшін»"
    ):
        fees.extract(source, tmp_path)


def test_names_are_compared_too(source, tmp_path):
    shutil.copytree(DATA / "corrections", tmp_path / "corrections")
    shutil.copytree(DATA / "translations", tmp_path / "translations")
    # Without the condominium's label decision, which would name the misprinted cell first: the
    # comparison of the four tables is what this test is about.
    labels = (DATA / "fee-labels.yaml").read_text(encoding="utf-8")
    assert "\ncondominium:" in labels
    (tmp_path / "fee-labels.yaml").write_text(
        labels.split("\ncondominium:")[0] + "\n", encoding="utf-8"
    )
    path = tmp_path / "corrections" / "fees.yaml"
    text = path.read_text(encoding="utf-8")
    dropped = '- line: 1905\n  original: "мешік"\n  corrected: "меншік"\n  why: "letter н dropped; the other standards print меншік"\n'
    assert dropped in text
    path.write_text(text.replace(dropped, ""), encoding="utf-8")
    with pytest.raises(
        DataError,
        match=r"kk\.txt:1905: standard 2's fee row differs from standard 1's "
        r"\(line 962\): name",
    ):
        fees.extract(source, tmp_path)
