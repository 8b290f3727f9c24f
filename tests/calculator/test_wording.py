"""The wording in force, at the boundaries the act's notes give (data/source lines 58, 91):

- № 545 of 19.05.2011 restated each standard, in force ten calendar days after a first official
  publication the source does not date: before 19.05.2011 it was certainly not in force. № 1429,
  adopted 01.12.2011, amends its wording, so that wording was published by then and in force
  from 12.12.2011 at the latest (ten days, 02.12–11.12, passed); until then it may not have been;
- № 1429 of 01.12.2011 changed clause 7 (and restated clause 3) with effect from 30.01.2012.
"""

from datetime import date

import pytest

from calculator.wording import IN_FORCE, NOT_YET, UNKNOWN


def statuses(rules, day, clauses=("7",)):
    return {(n.amendment.act, n.clause): n.status for n in rules.wording.notes(day, clauses)}


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2011, 5, 18), {(545, "all"): NOT_YET, (1429, "7"): NOT_YET}),
        (date(2011, 5, 19), {(545, "all"): UNKNOWN, (1429, "7"): NOT_YET}),
        (date(2011, 12, 11), {(545, "all"): UNKNOWN, (1429, "7"): NOT_YET}),
        (date(2012, 1, 29), {(545, "all"): IN_FORCE, (1429, "7"): NOT_YET}),
        (date(2012, 1, 30), {(545, "all"): IN_FORCE, (1429, "7"): IN_FORCE}),
    ],
)
def test_clause_7_at_the_boundaries(rules, day, expected):
    assert statuses(rules, day) == expected


def test_a_clause_no_note_names_depends_on_the_new_edition_only(rules):
    assert statuses(rules, date(2011, 12, 11), ("25",)) == {(545, "all"): UNKNOWN}


def test_clause_3_was_restated(rules):
    notes = rules.wording.notes(date(2012, 1, 30), ("3",))
    assert [(n.amendment.act, n.clause, n.change) for n in notes] == [
        (545, "all", "new_wording"),
        (1429, "3", "new_wording"),
    ]


def deadline(ask, submitted, lang="ru", office="centre"):
    return ask(
        action="deadline",
        standard="1",
        case="grant",
        office=office,
        submitted=submitted,
        lang=lang,
    )


def test_the_day_before_1429_took_effect_warns(ask):
    # Saturday 28 January 2012 (a centre works on Saturdays): № 1429 not yet in force; № 545 was.
    answer = deadline(ask, "2012-01-28")
    assert [w["code"] for w in answer["warnings"]] == ["wording_not_in_force"]
    assert answer["warnings"][0]["message"] == (
        "Внимание: в пункт 7 стандарта внесены изменения постановлением Правительства РК "
        "от 1 декабря 2011 года №\u00a01429 (постановление введено в действие с 30 января 2012 года); на 28.01.2012 эта редакция еще не "
        "действовала. Прежней редакции, действовавшей в этот день, в источнике нет, поэтому "
        "расчет выполнен по последней редакции и для этой даты может быть неверным."
    )


def test_11_december_2011_may_warn_and_12_december_does_not(ask):
    # 11.12.2011 is a Sunday, when no office takes documents; a complaint may be registered, and
    # a late check made, on any day.
    complaint = ask(action="complaint", registered="2011-12-11", simple="no", lang="kk")
    assert [w["code"] for w in complaint["warnings"]] == ["wording_maybe_not_in_force"]
    assert complaint["warnings"][0]["message"].startswith(
        "Назар аударыңыз: стандарт ҚР Үкіметінің 2011 жылғы 19 мамырдағы №\u00a0545 қаулысымен"
        " жаңа редакцияда жазылды"
    )
    assert "жариялану күні дереккөзде көрсетілмегендіктен" in complaint["warnings"][0]["message"]
    assert ask(action="complaint", registered="2011-12-12", simple="no")["warnings"] == []
    on_the_day = deadline(ask, "2012-01-30", office="authorized-body")
    assert on_the_day["warnings"] == []
    assert [(w["act"], w["clause"], w["status"]) for w in on_the_day["wording"]] == [
        (545, "all", IN_FORCE),
        (1429, "7", IN_FORCE),
    ]


def test_before_19_may_2011_both_are_certainly_not_in_force(ask):
    answer = deadline(ask, "2011-05-18", lang="kk", office="authorized-body")
    assert [w["code"] for w in answer["warnings"]] == ["wording_not_in_force"] * 2
    assert "№\u00a0545" in answer["warnings"][0]["message"]
    assert (
        "Сол күні қолданылған бұрынғы редакция дереккөзде жоқ" in answer["warnings"][0]["message"]
    )


def test_the_deadline_says_which_wording_it_applied(ask):
    lines = deadline(ask, "2012-03-15", office="authorized-body")["explanation"]
    # One sentence, adilet's passive formula (review5 K6); the full text: test_review5_wording.
    assert lines[-1].startswith(
        "Расчет выполнен по последней редакции стандарта: стандарт изложен в новой редакции "
        "постановлением Правительства РК от 19 мая 2011 года №\u00a0545 (постановление введено в действие по истечении"
    )
    assert lines[-1].endswith(
        "№\u00a01429 (постановление введено в действие с 30 января 2012 года)."
    )


@pytest.mark.parametrize(
    "request_",
    [
        {"action": "fee", "category": "farm", "area": "50", "paid_on": "2010-06-01"},
        {"action": "storage", "ready_on": "2010-06-01", "office": "centre"},
        {"action": "open", "region": "aktobe", "at": "2010-06-01T10:00"},
        {"action": "complaint", "registered": "2010-06-01", "simple": "no"},
    ],
)
def test_every_rule_warns_before_the_new_edition(ask, request_):
    answer = ask(**request_, lang="ru")
    assert [w["code"] for w in answer["warnings"]] == ["wording_not_in_force"]
    assert [(w["act"], w["status"]) for w in answer["wording"]] == [(545, NOT_YET)]


def test_a_day_outside_the_period_gets_the_period_warning_only(ask):
    answer = ask(action="fee", category="legal_entity", area="7", paid_on="2008-05-05", mci="1700")
    assert [w["code"] for w in answer["warnings"]] == ["outside_period"]
