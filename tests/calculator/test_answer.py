"""The answer page's question table (calculator/answer.py) on the real data, with hand-worked
cases: which questions apply, the fee category ↔ applicant mapping, the reading of URL
parameters, and the offices chosen for a district."""

from __future__ import annotations

from decimal import Decimal

import pytest

from calculator.answer import (
    asks_area,
    asks_representative,
    build_flow,
    categories_for,
    district_key,
    place_key,
    places,
    resolve,
)
from calculator.api import handle
from tests.datatools import FARMER


@pytest.fixture(scope="module")
def parts(data):
    standards = sorted(
        (v for k, v in data.items() if k.startswith("standards/")), key=lambda s: s["number"]
    )
    directories = {k.split("/", 1)[1]: v for k, v in data.items() if k.startswith("directories/")}
    return standards, data["fees"]["categories"], directories


@pytest.fixture(scope="module")
def flow(data, parts):
    standards, categories, directories = parts
    return build_flow(standards, categories, [r["id"] for r in data["regions"]], directories)


def test_fee_categories_map_to_the_checklist_applicants(parts):
    _, categories, _ = parts
    # Appendix 7 rows: four individual rows, farms, legal entities, premises owners. A farm's head
    # applies as an individual; premises owners may be either.
    assert categories_for("individual", categories) == [
        "individual_gardening",
        "individual_housing",
        "individual_subsidiary_farming",
        "individual_garage",
        "farm",
        "condominium",
    ]
    assert categories_for("legal_entity", categories) == ["legal_entity", "condominium"]
    assert categories_for("state_legal_entity", categories) == ["legal_entity", "condominium"]
    flat = {c["id"]: asks_area(c) for c in categories}
    assert flat == {
        "individual_gardening": False,
        "individual_housing": False,
        "individual_subsidiary_farming": False,
        "individual_garage": False,
        "farm": True,
        "legal_entity": True,
        "condominium": True,
    }


def test_an_unmapped_fee_category_fails_the_build():
    with pytest.raises(ValueError, match="orchard"):
        categories_for("individual", [{"id": "orchard", "base_area_ha": None}])


def test_representative_is_asked_only_where_the_list_differs(parts):
    standards, _, _ = parts
    # Standard 1, clause 11.1: item 8 only in person, item 9 only through a representative.
    assert asks_representative(standards[0]["facts"]["documents"]["grant"])
    # Standard 2 (state legal entities) has no such item in any case.
    assert not any(
        asks_representative(standards[1]["facts"]["documents"][c])
        for c in ("grant", "changed", "duplicate")
    )


def test_the_farmers_link_is_a_complete_answer(flow):
    state = resolve(FARMER, flow, today="2026-12-01")
    assert state["errors"] == [] and state["missing"] == [] and state["complete"]
    # The district named in Russian is the Kazakh key of the directory (Мендіқара ауданы);
    # defaults: a new grant, no representative, the authorized body, no "is my act late?" check.
    assert state["answers"] == {
        **FARMER,
        "district": "Мендіқара ауданы",
        "case": "grant",
        "representative": "0",
        "office": "authorized-body",
        "checked_on": "",
    }


def test_a_check_date_is_optional_and_taken_as_typed(flow):
    state = resolve({**FARMER, "checked_on": " 2012-03-30 "}, flow, today="2012-03-30")
    assert state["complete"] and state["answers"]["checked_on"] == "2012-03-30"
    # Before the submission date: still complete, no error of the walk; the late rule judges it.
    early = resolve({**FARMER, "checked_on": "2012-03-01"}, flow, today="2012-03-30")
    assert early["complete"] and early["errors"] == []
    assert early["answers"]["checked_on"] == "2012-03-01"
    # The late request carries it with what the due date depends on.
    assert flow["requests"]["late"] == ["standard", "case", "office", "submitted", "checked_on"]


def test_a_district_named_in_kazakh_any_case_and_spacing(flow):
    state = resolve({**FARMER, "district": "  МЕНДІҚАРА   ауданы "}, flow, today="2026-12-01")
    assert state["answers"]["district"] == "Мендіқара ауданы"
    assert district_key("Мендыкаринский  Район") == "мендыкаринский район"


def test_a_district_named_by_its_akimat_spelling(flow):
    # The source spells the Aktobe district «Байганин ауданы» in its land department's row and
    # «Байғанин ауданы» in its akimat's row (resolution-2010-102.kk.txt); a link with the
    # akimat's spelling names the same district, the land department's name (given first).
    for district in ("Байғанин ауданы", "  байғанин   АУДАНЫ"):
        params = {**FARMER, "region": "aktobe", "district": district}
        state = resolve(params, flow, today="2026-12-01")
        assert state["answers"]["district"] == "Байганин ауданы"
        assert state["errors"] == []
        assert "district" not in state["missing"]


def test_the_submission_date_defaults_to_today(flow):
    state = resolve(
        {k: v for k, v in FARMER.items() if k not in ("paid_on", "submitted")},
        flow,
        today="2012-05-02",
    )
    assert state["answers"]["submitted"] == "2012-05-02"
    # No payment date stays blank: the rules take the submission date and say so (test_api).
    assert state["answers"]["paid_on"] == ""
    assert state["complete"]


def test_an_empty_payment_date_leaves_the_fee_to_the_submission_date(flow):
    # The fee request carries the submission date: with no payment date the rules take it.
    state = resolve({**FARMER, "paid_on": " ", "submitted": "2012-03-05"}, flow, today="2026-12-06")
    assert (state["answers"]["paid_on"], state["answers"]["submitted"]) == ("", "2012-03-05")
    assert flow["requests"]["fee"] == ["category", "area", "paid_on", "submitted", "case"]


def test_inconsistent_values_are_named_and_dropped(flow):
    # Standard 2 is for state legal entities only: the applicant is fixed, there is no
    # representative question and a farm is not its category; Astana has no districts.
    state = resolve(
        {
            "standard": "2",
            "applicant": "individual",
            "representative": "1",
            "region": "astana",
            "district": "Есіл",
            "category": "farm",
        },
        flow,
        today="2012-03-15",
    )
    assert state["answers"]["applicant"] == "state_legal_entity"
    assert state["answers"]["representative"] is None and state["answers"]["district"] is None
    assert state["errors"] == [
        # The only option left is taken: the page says it was chosen, not "choose below" (review7 D1).
        {"question": "applicant", "value": "individual", "code": "chosen"},
        {"question": "representative", "value": "1", "code": "not_asked"},
        {"question": "district", "value": "Есіл", "code": "not_asked"},
        {"question": "category", "value": "farm", "code": "unknown"},
    ]
    assert state["missing"] == ["category"] and not state["complete"]


def test_an_unknown_standard_asks_again_and_holds_what_depends_on_it(flow):
    state = resolve(
        {"standard": "7", "case": "grant", "region": "kostanay"}, flow, today="2012-03-15"
    )
    assert state["errors"] == [{"question": "standard", "value": "7", "code": "unknown"}]
    assert "standard" in state["missing"] and "case" not in state["answers"]
    assert state["answers"]["region"] == "kostanay" and "district" in state["missing"]


def test_area_is_not_asked_for_a_flat_tariff(flow):
    state = resolve(
        {**FARMER, "category": "individual_housing", "area": "0,1"}, flow, today="2012-03-15"
    )
    assert state["answers"]["area"] is None
    assert state["errors"] == [{"question": "area", "value": "0,1", "code": "not_asked"}]
    assert state["complete"]


def test_tailored_lists_follow_the_checklist_rule(flow):
    # Standard 1, duplicate (11.3): five documents (the closing rule on originals is a note, not
    # an item: review8 K9), item 3 only in person → four for a representative.
    assert flow["variants"]["1|duplicate--individual--1"] == [
        "duplicate-1",
        "duplicate-2",
        "duplicate-4",
        "duplicate-5",
    ]
    # Standard 2, grant: all seven documents (item 5, for legal entities, applies to a state one).
    assert flow["variants"]["2|grant--state_legal_entity--0"] == [f"grant-{n}" for n in range(1, 8)]
    # Standard 1, grant, an individual in person: item 6 (legal entities) and 9 (representative)
    # out; the rule on originals, once item 10, is no item (review8 K9).
    assert flow["variants"]["1|grant--individual--0"] == [
        f"grant-{n}" for n in (1, 2, 3, 4, 5, 7, 8)
    ]


def test_offices_of_a_district(flow, parts):
    _, _, directories = parts
    assert flow["place_sets"][flow["places"][place_key("kostanay", "Мендіқара ауданы", 1)]] == {
        "authorized_bodies": ["kostanay-authorized-body-12"],
        "service_centres": ["kostanay-service-centre-1"],
        "specialized_enterprises": ["kostanay-enterprise-1"],
        "akimat_offices": ["kostanay-akimat-office-12", "kostanay-akimat-office-1"],
    }
    # Standard 4 prints Алтынсарин district's akimat apparatus differently from the others.
    district = next(
        e["district"]
        for e in directories["akimat_offices"]["entries"]
        if e["id"] == "kostanay-akimat-office-2"
    )
    assert places("kostanay", district, 4, directories)["akimat_offices"] == [
        "kostanay-akimat-office-2-v2",
        "kostanay-akimat-office-1",
    ]
    assert places("kostanay", district, 1, directories)["akimat_offices"] == [
        "kostanay-akimat-office-2",
        "kostanay-akimat-office-1",
    ]


def test_a_city_without_districts_goes_to_its_own_department(flow):
    place = flow["place_sets"][flow["places"][place_key("astana", None, 3)]]
    assert place["authorized_bodies"] == ["astana-authorized-body-1"]
    assert len(place["service_centres"]) == 5  # five centres of Astana in appendix 3


def test_every_district_has_its_department_and_akimat(flow):
    for key, index in flow["places"].items():
        place = flow["place_sets"][index]
        assert len(place["authorized_bodies"]) >= 1, key
        assert place["akimat_offices"], key


def test_the_answers_are_the_calculators_requests(flow, bundle):
    answers = resolve(FARMER, flow, today="2026-12-01")["answers"]
    fee = handle(
        {"action": "fee", "lang": "kk", **{n: answers[n] for n in flow["requests"]["fee"]}}, bundle
    )
    # Farm, 120 ha: band "up to 500 ha", coefficient 1.2; АЕК on 15.03.2012 is 1 618 ₸:
    # 3.2 × 1.2 × 1618 = 6213.12 ₸ (worked by hand).
    assert Decimal(fee["tenge"]) == Decimal("6213.12")
    deadline = handle(
        {
            "action": "deadline",
            "lang": "kk",
            **{n: answers[n] for n in flow["requests"]["deadline"]},
        },
        bundle,
    )
    # Submitted Thu 15.03.2012: 16, 19, 20 March, then Наурыз 21–23 and the weekend are skipped,
    # 26, 27, 28 March → ready on 28.03.2012 (worked by hand from the 2012 calendar).
    assert deadline["ready_on"] == "2012-03-28"


def test_an_unknown_case_is_asked_again_not_defaulted(flow):
    # review8 D1: «case=change» (the value is «changed») was answered as a new grant, the default.
    state = resolve({**FARMER, "case": "change"}, flow, today="2026-12-01")
    assert state["errors"] == [{"question": "case", "value": "change", "code": "unknown"}]
    assert "case" in state["missing"] and "case" not in state["answers"]
    assert not state["complete"]
    # Without a value the default still stands.
    assert resolve(FARMER, flow, today="2026-12-01")["answers"]["case"] == "grant"


def test_an_unknown_case_keeps_the_link_answers_it_hides(flow):
    # Review9 D1: with an unknown case the representative question is not reached (it depends on
    # the case), nor the area (category is not chosen yet). Their link values wait, as given,
    # until the question is asked: the page writes them back into its address instead of losing
    # them, and the representative's «1» is not replaced by the default «0» once a case is chosen.
    d1 = {
        "standard": "3",
        "case": "zzz",
        "applicant": "legal_entity",
        "representative": "1",
        "region": "aktobe",
        "submitted": "2013-02-31",
        "office": "authorized-body",
        "checked_on": "2012-13-01",
        "area": "abc",
    }
    state = resolve(d1, flow, today="2026-12-07")
    assert state["errors"] == [{"question": "case", "value": "zzz", "code": "unknown"}]
    assert "representative" not in state["answers"] and "area" not in state["answers"]
    assert state["waiting"] == {"representative": "1", "area": "abc"}
    # Once the reader picks a case, the waiting answers are read as any link answer: the
    # representative is «1», and the area «abc» is taken as typed (the rules say it is no number).
    chosen = resolve({**d1, "case": "grant", "category": "legal_entity"}, flow, today="2026-12-07")
    assert chosen["answers"]["representative"] == "1" and chosen["answers"]["area"] == "abc"
    assert chosen["waiting"] == {}
    # A question that does not apply is not waiting: its value is named as not taken (not_asked).
    assert (
        resolve(
            {**FARMER, "category": "individual_housing", "area": "0,1"}, flow, today="2026-12-07"
        )["waiting"]
        == {}
    )


def test_the_link_dates_are_named_once_by_the_rules(flow):
    # Review9 item 7: the date fields the rules check for a link (calculator.api DATE_FIELDS) are
    # the answer page's typed dates and reach its script with the question table; the script
    # spells none of them.
    from pathlib import Path

    from calculator.answer import FREE
    from calculator.api import DATE_FIELDS

    assert DATE_FIELDS == ("paid_on", "submitted", "checked_on")
    assert ("area", *DATE_FIELDS) == FREE
    assert flow["requests"]["dates"] == list(DATE_FIELDS)
    script = Path(__file__).resolve().parents[2] / "docs" / "assets" / "answer" / "main.mjs"
    text = script.read_text(encoding="utf-8")
    assert not [name for name in DATE_FIELDS if f'"{name}"' in text]
