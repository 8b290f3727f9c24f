"""RFC 5545: CRLF line ends, lines of at most 75 octets folded with a leading space, one all-day
VEVENT, a UID derived from the inputs, and no clock read (DTSTAMP given or derived)."""

from datetime import date, datetime

from calculator.ics import all_day_event, uid


def unfold(text):
    return text.replace("\r\n ", "")


def deadline(ask, **fields):
    return ask(
        **{"action": "deadline", "standard": "1", "case": "grant", "submitted": "2011-03-04"}
        | fields
    )["ics"]


def test_structure_and_line_ends(ask):
    text = deadline(ask)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfold(text).split("\r\n")[:-1]
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Zher aktileri//Land act calculator//KK",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert lines[-2:] == ["END:VEVENT", "END:VCALENDAR"]
    assert lines.count("BEGIN:VEVENT") == 1
    # Ready on Tuesday 15 March 2011 (hand count in test_terms.py): DTEND is the next day, exclusive.
    assert "DTSTART;VALUE=DATE:20110315" in lines and "DTEND;VALUE=DATE:20110316" in lines
    # No stamp given: midnight UTC of the submission day.
    assert "DTSTAMP:20110304T000000Z" in lines


def test_long_lines_are_folded_at_75_octets_without_breaking_a_character(ask):
    for lang in ("kk", "ru"):
        text = deadline(ask, lang=lang)
        physical = text.split("\r\n")[:-1]
        assert any(line.startswith(" ") for line in physical)
        for line in physical:
            assert len(line.encode("utf-8")) <= 75
            line.encode("utf-8").decode("utf-8")  # whole characters only


def test_text_is_escaped():
    text = all_day_event(
        date(2012, 3, 15),
        "a, b; c\\d",
        "line one\nline two",
        "ru",
        ("x",),
        datetime(2012, 3, 1, 8, 30),
    )
    lines = unfold(text).split("\r\n")
    assert "SUMMARY;LANGUAGE=ru:a\\, b\\; c\\\\d" in lines
    assert "DESCRIPTION;LANGUAGE=ru:line one\\nline two" in lines
    assert "DTSTAMP:20120301T083000Z" in lines


def test_the_uid_depends_on_the_inputs_only(ask):
    first, again = deadline(ask), deadline(ask)
    assert first == again
    uids = {line for line in unfold(first).split("\r\n") if line.startswith("UID:")}
    assert uids == {f"UID:{uid(['deadline', '1', 'grant', 'authorized-body', '2011-03-04'])}"}
    assert uid(["a"]) != uid(["b"]) and uid(["a"]).endswith("@zher-aktileri")
    other = deadline(ask, case="duplicate")
    assert unfold(other).split("\r\n")[6] != unfold(first).split("\r\n")[6]


def test_a_given_stamp_is_converted_to_utc(ask):
    text = deadline(ask, dtstamp="2011-03-04T10:20:30+06:00")
    assert "DTSTAMP:20110304T042030Z" in unfold(text).split("\r\n")
    assert "DTSTAMP:20110304T102030Z" in unfold(deadline(ask, dtstamp="20110304T102030Z")).split(
        "\r\n"
    )


def test_complaint_event(ask):
    answer = ask(action="complaint", registered="2012-02-08", lang="ru")
    lines = unfold(answer["ics"]).split("\r\n")
    assert (
        "DTSTART;VALUE=DATE:20120311" in lines
    )  # rolled from 9 March to Sunday 11 March (a working day)
    assert "SUMMARY;LANGUAGE=ru:Срок ответа на жалобу" in lines
