"""Is my act late? Counted by hand on the 2010-2012 production calendars.

In the comments, "+n" is the n-th counted working day of the term, "L n" the n-th working day
past the due date, and "×" a day that is not counted. The `holidays` package's KZ calendar is
used only to cross-check the calendar facts the hand counts rest on.
"""

from datetime import date

import holidays
import pytest

import calculator.__main__ as cli
from calculator.errors import InputError
from calculator.late import lateness
from calculator.terms import AUTHORIZED_BODY, CENTRE
from tests.calculator.test_cli import bundle_file, run  # noqa: F401 (a fixture)

# The days off the counts below skip, as the package names them.
DAYS_OFF = {
    date(2010, 5, 1): "Kazakhstan's People Solidarity Holiday",  # Saturday
    date(2010, 5, 3): "Kazakhstan's People Solidarity Holiday (observed)",
    date(2010, 5, 9): "Victory Day",  # Sunday
    date(2010, 5, 10): "Victory Day (observed)",
    date(2011, 3, 21): "Nowruz Holiday",
    date(2011, 3, 22): "Nowruz Holiday",
    date(2011, 3, 23): "Nowruz Holiday",
    date(2012, 1, 2): "New Year's Day",
    date(2012, 1, 3): "New Year's Day (observed)",
    date(2012, 1, 7): "Orthodox Christmas",  # Saturday, not carried over
    date(2012, 3, 8): "International Women's Day",
    date(2012, 3, 9): "Day off (substituted from 03/11/2012)",
}


def test_the_calendar_facts_are_those_of_the_holidays_package():
    kz = holidays.country_holidays("KZ", years=range(2010, 2013), language="en_US")
    assert {day: kz.get(day) for day in DAYS_OFF} == DAYS_OFF
    assert date(2012, 3, 11) in kz.weekend_workdays


LATE = [
    # A due date on a Friday before a long weekend. Wed 28 Apr 2010: +1 Thu 29, +2 Fri 30,
    # × Sat 1 May (Unity Day), × Sun 2, × Mon 3 (carried over), +3 Tue 4, +4 Wed 5, +5 Thu 6,
    # +6 Fri 7 May: due. Checked Tue 11 May: × Sat 8, × Sun 9 (Victory Day), × Mon 10 (carried
    # over), L1 Tue 11.
    (date(2010, 4, 28), "grant", AUTHORIZED_BODY, date(2010, 5, 11), "2010-05-07", 1),
    # The same act checked on Monday 10 May, three calendar days past the due date: no working
    # day has passed yet, so it is not late.
    (date(2010, 4, 28), "grant", AUTHORIZED_BODY, date(2010, 5, 10), "2010-05-07", 0),
    # Checked on the due date itself: not late.
    (date(2010, 4, 28), "grant", AUTHORIZED_BODY, date(2010, 5, 7), "2010-05-07", 0),
    # Checked before it: not late.
    (date(2010, 4, 28), "changed", AUTHORIZED_BODY, date(2010, 5, 6), "2010-05-07", 0),
    # Checked on the submission day: not late.
    (date(2010, 4, 28), "grant", AUTHORIZED_BODY, date(2010, 4, 28), "2010-05-07", 0),
    # A duplicate (4 working days) over New Year 2012. Thu 29 Dec 2011: +1 Fri 30, × Sat 31,
    # × Sun 1 Jan, × Mon 2 (New Year), × Tue 3 (1 January carried over), +2 Wed 4, +3 Thu 5,
    # +4 Fri 6: due. Checked Tue 10 Jan: × Sat 7 (Christmas), × Sun 8, L1 Mon 9, L2 Tue 10.
    (date(2011, 12, 29), "duplicate", AUTHORIZED_BODY, date(2012, 1, 10), "2012-01-06", 2),
    # A transferred day off and Nauryz, at a centre. Fri 4 Mar 2011: +1 Sat 5 (working), × Sun 6,
    # × Mon 7 (moved), × Tue 8, +2 Wed 9, +3 Thu 10, +4 Fri 11, +5 Mon 14, +6 Tue 15: due.
    # Checked Wed 30 Mar: L1 Wed 16, L2 Thu 17, L3 Fri 18, × 19-20, × Mon-Wed 21-23 (Nauryz),
    # L4 Thu 24, L5 Fri 25, × 26-27, L6 Mon 28, L7 Tue 29, L8 Wed 30.
    (date(2011, 3, 4), "grant", CENTRE, date(2011, 3, 30), "2011-03-15", 8),
    # A working Sunday counts as a late day. Tue 28 Feb 2012: +1 Wed 29, +2 Thu 1 Mar, +3 Fri 2,
    # +4 Mon 5, +5 Tue 6, +6 Wed 7: due. Checked Sun 11 Mar: × Thu 8 (Women's Day), × Fri 9
    # (moved), × Sat 10, L1 Sun 11 (working by the transfer).
    (date(2012, 2, 28), "grant", AUTHORIZED_BODY, date(2012, 3, 11), "2012-03-07", 1),
]


@pytest.mark.parametrize("submitted, case, office, checked_on, due_on, late_days", LATE)
def test_late_working_days(ask, submitted, case, office, checked_on, due_on, late_days):
    answer = ask(
        action="late",
        standard="2",
        case=case,
        office=office,
        submitted=submitted.isoformat(),
        checked_on=checked_on.isoformat(),
        lang="kk",
    )
    assert answer["ok"] is True, answer.get("error")
    assert (answer["due_on"], answer["late_working_days"], answer["late"]) == (
        due_on,
        late_days,
        late_days > 0,
    )
    assert len(answer["late_days"]) == late_days
    # The due date is the deadline action's, for the same request.
    deadline = ask(
        action="deadline",
        standard="2",
        case=case,
        office=office,
        submitted=submitted.isoformat(),
        lang="kk",
    )
    assert deadline["ready_on"] == due_on


def test_the_late_days_are_listed(rules):
    result = lateness(
        rules.terms, date(2011, 12, 29), "duplicate", AUTHORIZED_BODY, date(2012, 1, 10)
    )
    assert result.late_days == (date(2012, 1, 9), date(2012, 1, 10))


def test_a_late_act_gets_the_complaint_route_and_dates(ask):
    # Checked Wed 30 Mar 2011: + 30 days = Fri 29 Apr 2011, + 15 days = Thu 14 Apr 2011, both
    # working days, so neither moves.
    answer = ask(
        action="late",
        standard="1",
        case="grant",
        office="centre",
        submitted="2011-03-04",
        checked_on="2011-03-30",
        lang="ru",
    )
    assert answer["complaint"] == {
        "registered": "2011-03-30",
        "calendar_days": 30,
        "due_on": "2011-04-29",
        "calendar_days_simple": 15,
        "due_on_simple": "2011-04-14",
        "info_line": "58-00-58",
    }
    assert answer["summary"] == "Срок выдачи акта нарушен: просрочка — 8\u00a0рабочих дней"
    text = "\n".join(answer["explanation"])
    for expected in (
        "58-00-58",
        "пункт 20",
        "пункт 21",
        "пункт 22",
        "пункт 24",
        "приложении 6",
        "руководителя Центра",
        "30\u00a0календарных дней",
        "15\u00a0календарных дней",
        "не позднее 29.04.2011 (пятница)",
        "не позднее 14.04.2011 (четверг)",
        # Review 6 (R16): no comma before a single «либо».
        "в электронном виде либо нарочно (пункт 24)",
    ):
        assert expected in text, expected
    # The act was due, in the past tense; the deadline's future "will be ready" is not repeated
    # under the verdict (an editor read the two as contradicting each other).
    assert "Акт должен был быть готов" in text
    assert "Акт будет готов" not in text


def test_the_authorized_body_route_has_no_centre_line(ask):
    answer = ask(
        action="late",
        standard="1",
        case="grant",
        submitted="2010-04-28",
        checked_on="2010-05-11",
        lang="kk",
    )
    text = "\n".join(answer["explanation"])
    assert answer["complaint"]["info_line"] is None
    assert "58-00-58" not in text and "уәкілетті орган басшысының" in text
    assert "1-қосымшасында" in text and "6-қосымшасында" in text


def test_an_act_not_yet_due_has_no_complaint(ask):
    answer = ask(
        action="late",
        standard="1",
        case="grant",
        submitted="2010-04-28",
        checked_on="2010-05-07",
        lang="ru",
    )
    assert answer["complaint"] is None and answer["late_days"] == []
    assert answer["summary"] == "Срок не нарушен: акт должен быть готов 07.05.2010 (пятница)"
    assert not any("пункт 22" in line for line in answer["explanation"])


@pytest.mark.parametrize(
    "fields, code, field",
    [
        ({"checked_on": "2010-04-27"}, "checked_before_submitted", "checked_on"),
        ({"checked_on": ""}, "missing_field", "checked_on"),
        ({"checked_on": "31.02.2011"}, "date_no_such_day", "checked_on"),
        ({"checked_on": "1999-01-01"}, "date_outside_calendar", "checked_on"),
        # Late, but a complaint registered that day would be answered after the calendar's end.
        ({"checked_on": "2027-12-28"}, "date_outside_calendar", "checked_on"),
        ({"standard": "5"}, "unknown_standard", "standard"),
        ({"case": "lost"}, "unknown_case", "case"),
        ({"submitted": "2010-05-01"}, "office_closed", "submitted"),  # Unity Day, a Saturday
    ],
)
def test_bad_input_is_one_message(ask, fields, code, field):
    request = {
        "action": "late",
        "standard": "1",
        "case": "grant",
        "submitted": "2010-04-28",
        "checked_on": "2010-05-11",
        "lang": "ru",
    } | fields
    answer = ask(**request)
    assert answer["ok"] is False
    assert (answer["error"]["code"], answer["error"]["field"]) == (code, field)
    assert answer["error"]["message"] and "{" not in answer["error"]["message"]


def test_the_rule_refuses_a_check_before_submission(rules):
    with pytest.raises(InputError) as refused:
        lateness(rules.terms, date(2010, 4, 28), "grant", AUTHORIZED_BODY, date(2010, 4, 27))
    assert refused.value.field == "checked_on"


# --- the command line --------------------------------------------------------------------------

LATE_ARGS = (
    "late",
    "--standard",
    "1",
    "--case",
    "grant",
    "--office",
    "centre",
    "--submitted",
    "2011-03-04",
    "--checked-on",
    "2011-03-30",
)


@pytest.mark.parametrize(
    "lang, summary",
    [
        ("kk", "Акт беру мерзімі бұзылған: кешігу — 8\u00a0жұмыс күні"),
        ("ru", "Срок выдачи акта нарушен: просрочка — 8\u00a0рабочих дней"),
    ],
)
def test_cli_late_json_in_both_languages(capsys, bundle_file, lang, summary):  # noqa: F811
    import json

    code, out, err = run(capsys, bundle_file, *LATE_ARGS, "--lang", lang, "--json")
    answer = json.loads(out)
    assert (code, err) == (0, "")
    assert (answer["due_on"], answer["late_working_days"], answer["summary"]) == (
        "2011-03-15",
        8,
        summary,
    )
    assert answer["lang"] == lang


def test_cli_late_text(capsys, bundle_file):  # noqa: F811
    code, out, err = run(capsys, bundle_file, *LATE_ARGS, "--lang", "ru")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == ["due_on: 2011-03-15", "late_working_days: 8"]
    assert "! Внимание: стандарт изложен в новой редакции" in out
    assert "; на 04.03.2011 эта редакция еще не действовала." in out


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("--checked-on", "2011-03-01", "--lang", "ru"),
            "Дата проверки (01.03.2011) не может быть раньше даты подачи документов (04.03.2011). "
            "[--checked-on]\n",
        ),
        (
            ("--checked-on", "2011-03-01", "--lang", "kk"),
            "Тексеру күні (01.03.2011) құжаттарды тапсырған күннен (04.03.2011) бұрын болмауы керек. "
            "[--checked-on]\n",
        ),
    ],
)
def test_cli_late_check_before_submission(capsys, bundle_file, args, message):  # noqa: F811
    code, out, err = run(capsys, bundle_file, *LATE_ARGS[:-2], *args)
    assert (code, out, err) == (1, "", message)


def test_cli_late_unknown_standard(capsys, bundle_file):  # noqa: F811
    argv = ["late", "--standard", "5", "--case", "grant", "--submitted", "2011-03-04"]
    code, out, err = run(capsys, bundle_file, *argv, "--checked-on", "2011-03-30")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.endswith("[--standard]\n") and "Traceback" not in err


class _OnTheThirtieth(date):
    @classmethod
    def today(cls):
        return date(2011, 3, 30)


def test_cli_late_checks_on_today_by_default(capsys, bundle_file, monkeypatch):  # noqa: F811
    monkeypatch.setattr(cli, "date", _OnTheThirtieth)
    code, out, _ = run(capsys, bundle_file, *LATE_ARGS[:-2], "--json")
    assert code == 0
    assert '"checked_on": "2011-03-30"' in out and '"late_working_days": 8' in out


# The same act (Wed 28 Apr 2010, grant, 6 working days, due Fri 7 May 2010, see LATE) checked
# before its due date, on it, and on the days off right after it (Mon 10 May is a carried-over
# day off): each verdict says what the dates are, never days "after" a date still to come.
@pytest.mark.parametrize(
    "checked_on, lang, verdict",
    [
        (
            "2010-05-05",
            "kk",
            "Тексеру күні (05.05.2010, сәрсенбі) акт дайын болатын күннен (07.05.2010) бұрын, "
            "сондықтан мерзім бұзылмаған.",
        ),
        (
            "2010-05-05",
            "ru",
            "Дата проверки (05.05.2010, среда) наступает раньше даты готовности акта (07.05.2010), "
            "поэтому срок не нарушен.",
        ),
        (
            "2010-05-07",
            "kk",
            "Тексеру күні (07.05.2010, жұма) — акт дайын болатын күн, сондықтан мерзім бұзылмаған.",
        ),
        (
            "2010-05-07",
            "ru",
            "Дата проверки (07.05.2010, пятница) совпадает с датой готовности акта, поэтому срок "
            "не нарушен.",
        ),
        (
            "2010-05-10",
            "ru",
            "Дата проверки — 10.05.2010 (понедельник). После даты готовности акта (07.05.2010) еще "
            "не прошло ни одного рабочего дня, поэтому срок не нарушен.",
        ),
    ],
)
def test_the_not_late_verdict_matches_the_check_date(ask, checked_on, lang, verdict):
    answer = ask(
        action="late",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted="2010-04-28",
        checked_on=checked_on,
        lang=lang,
    )
    assert answer["explanation"][0] == verdict


def test_a_not_late_answer_points_to_the_deadline_block_the_page_shows(ask):
    # The answer page shows the due date's count (and its edition note) in a block of its own.
    answer = ask(
        action="late",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted="2012-03-01",
        checked_on="2012-03-05",
        deadline_shown="1",
        lang="ru",
    )
    text = "\n".join(answer["explanation"])
    assert "Расчет срока приведен выше, в разделе «Когда будет готов акт»." in text
    assert "По пункту 7 стандарта" not in text


def test_the_late_block_leaves_the_edition_note_to_the_deadline_block(ask):
    # Review4 kk 7 / ru 6: submitted Thu 01.03.2012, checked Tue 20.03.2012 — clause 7's edition
    # (Resolution No. 545 of 19.05.2011) is noted under «Когда будет готов акт»; the late block
    # said it again. Without the deadline block the late answer still carries it.
    request = dict(
        action="late",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted="2012-03-01",
        checked_on="2012-03-20",
        lang="ru",
    )
    note = "Расчет выполнен по последней редакции стандарта:"
    assert not any(
        line.startswith(note) for line in ask(**request, deadline_shown="1")["explanation"]
    )
    assert any(line.startswith(note) for line in ask(**request)["explanation"])


def test_a_wrong_check_date_is_named_even_with_a_wrong_submission_date(ask):
    # Review4 defect 5: 2012-02-31 and 2012-13-01 are both impossible; the fee and the deadline
    # name the submission date, so the late answer names the check date.
    answer = ask(
        action="late",
        standard="1",
        case="grant",
        submitted="2012-02-31",
        checked_on="2012-13-01",
        lang="kk",
    )
    assert answer["error"]["field"] == "checked_on"
    assert answer["error"]["message"] == (
        "«Тексеру күні» өрісіндегі күн дұрыс емес: КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы, 15.03.2012."
    )
