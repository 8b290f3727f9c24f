"""Clause 9: authorized body Mon–Fri 09:00–18:00, lunch 13:00–14:00; centre Mon–Sat 09:00–20:00
without lunch; a centre's branch or representative office 09:00–19:00, lunch 13:00–14:00."""

from datetime import datetime

import pytest

from calculator.errors import InputError
from calculator.hours import check_open

THURSDAY = (2012, 3, 15)
SATURDAY = (2012, 3, 17)


def at(day, clock):
    hours, minutes = map(int, clock.split(":"))
    return datetime(*day, hours, minutes)


@pytest.mark.parametrize(
    "office, clock, reason",
    [
        ("authorized-body", "08:59", "before_opening"),
        ("authorized-body", "09:00", "open"),
        ("authorized-body", "12:59", "open"),
        ("authorized-body", "13:00", "lunch"),
        ("authorized-body", "13:59", "lunch"),
        ("authorized-body", "14:00", "open"),
        ("authorized-body", "17:59", "open"),
        ("authorized-body", "18:00", "after_closing"),
        ("centre", "08:59", "before_opening"),
        ("centre", "12:59", "open"),
        ("centre", "13:00", "open"),
        ("centre", "13:59", "open"),
        ("centre", "14:00", "open"),
        ("centre", "17:59", "open"),
        ("centre", "18:00", "open"),
        ("centre", "19:59", "open"),
        ("centre", "20:00", "after_closing"),
        ("centre-branch", "12:59", "open"),
        ("centre-branch", "13:00", "lunch"),
        ("centre-branch", "13:59", "lunch"),
        ("centre-branch", "14:00", "open"),
        ("centre-branch", "17:59", "open"),
        ("centre-branch", "18:00", "open"),
        ("centre-branch", "18:59", "open"),
        ("centre-branch", "19:00", "after_closing"),
    ],
)
def test_a_working_thursday(rules, office, clock, reason):
    check = check_open(rules.terms, office, at(THURSDAY, clock))
    assert check.reason == reason
    assert check.open is (reason == "open")


@pytest.mark.parametrize(
    "office, clock, reason",
    [
        ("authorized-body", "10:00", "closed_day"),
        ("centre", "10:00", "open"),
        ("centre", "13:30", "open"),
        ("centre", "19:59", "open"),
        ("centre-branch", "10:00", "open"),
        ("centre-branch", "13:30", "lunch"),
        ("centre-branch", "19:00", "after_closing"),
    ],
)
def test_an_ordinary_saturday(rules, office, clock, reason):
    assert check_open(rules.terms, office, at(SATURDAY, clock)).reason == reason


@pytest.mark.parametrize(
    "day, office, is_open",
    [
        ((2012, 4, 28), "authorized-body", True),  # Saturday made a working day by a transfer
        ((2012, 3, 11), "authorized-body", True),  # Sunday made a working day
        ((2012, 3, 11), "centre", True),
        ((2012, 3, 18), "centre", False),  # ordinary Sunday
        ((2012, 3, 18), "centre-branch", False),
        ((2012, 3, 8), "authorized-body", False),  # Women's Day
        ((2012, 3, 8), "centre", False),
        ((2012, 3, 8), "centre-branch", False),
        ((2011, 12, 17), "centre", False),  # Saturday, Independence Day
    ],
)
def test_days_off_and_transfers(rules, day, office, is_open):
    check = check_open(rules.terms, office, at(day, "10:00"))
    assert check.open is is_open
    assert (check.hours == ()) is (not is_open)


def test_closed_day_reason_names_the_day_off(rules):
    check = check_open(rules.terms, "centre", at((2012, 3, 8), "10:00"))
    assert check.day_off.name["kk"] == "Халықаралық әйелдер күні"


def test_unknown_office_and_dates_outside_the_calendar(rules):
    with pytest.raises(InputError) as caught:
        check_open(rules.terms, "akimat", at(THURSDAY, "10:00"))
    assert caught.value.code == "unknown_office"
    with pytest.raises(InputError) as caught:
        check_open(rules.terms, "centre", at((2030, 1, 3), "10:00"))
    assert (caught.value.code, caught.value.field) == ("date_outside_calendar", "at")
