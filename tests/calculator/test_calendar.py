from datetime import date

import pytest

from calculator.calendar import DayOff, OutsideCalendar, ProductionCalendar, WorkingWeekend

NAME = {"kk": "Демалыс", "ru": "Выходной"}


@pytest.fixture
def small():
    # March 2011 in miniature: Monday 7th a day off moved from Saturday 5th, Tuesday 8th a holiday.
    return ProductionCalendar(
        date(2011, 3, 1),
        date(2011, 3, 31),
        [DayOff(date(2011, 3, 7), NAME), DayOff(date(2011, 3, 8), NAME)],
        [WorkingWeekend(date(2011, 3, 5), date(2011, 3, 7))],
    )


@pytest.mark.parametrize(
    "day, working",
    [
        (date(2011, 3, 4), True),  # Friday
        (date(2011, 3, 5), True),  # Saturday made a working day
        (date(2011, 3, 6), False),  # Sunday
        (date(2011, 3, 7), False),  # Monday, transferred day off
        (date(2011, 3, 8), False),  # Tuesday, holiday
        (date(2011, 3, 9), True),  # Wednesday
        (date(2011, 3, 12), False),  # ordinary Saturday
    ],
)
def test_is_working_day(small, day, working):
    assert small.is_working_day(day) is working


def test_lookups(small):
    assert small.day_off(date(2011, 3, 8)).name == NAME
    assert small.day_off(date(2011, 3, 9)) is None
    assert small.working_weekend(date(2011, 3, 5)).day_off == date(2011, 3, 7)


@pytest.mark.parametrize("day", [date(2011, 2, 28), date(2011, 4, 1)])
def test_a_date_outside_the_calendar_is_an_input_error(small, day):
    with pytest.raises(OutsideCalendar) as caught:
        small.check(day, "submitted")
    assert caught.value.code == "date_outside_calendar" and caught.value.field == "submitted"


def test_from_data():
    calendar = ProductionCalendar.from_data(
        {
            "first": "2012-01-01",
            "last": "2012-12-31",
            "days_off": [{"date": "2012-03-09", "kk": "Демалыс күні", "ru": "Выходной день"}],
            "working_weekends": [{"date": "2012-03-11", "day_off": "2012-03-09"}],
        }
    )
    assert not calendar.is_working_day(date(2012, 3, 9))
    assert calendar.is_working_day(date(2012, 3, 11))
    assert calendar.day_off(date(2012, 3, 9)).name["ru"] == "Выходной день"


# Days of 2010-2012 checked against the transfer decrees listed in the holidays package's sources
# and the Labour Code: the first day of Kurban Ait and 7 January are days off, never carried over.
@pytest.mark.parametrize(
    "day, working",
    [
        (date(2010, 1, 7), False),  # Thursday, Orthodox Christmas
        (date(2010, 1, 8), False),  # Friday, day off moved from Sunday 10 January
        (date(2010, 1, 10), True),  # Sunday made a working day
        (date(2010, 3, 24), False),  # Wednesday: Nauryz fell on Sunday 21 March, carried over
        (date(2010, 7, 3), True),  # Saturday made a working day
        (date(2010, 7, 5), False),  # Monday, day off moved from 3 July
        (date(2010, 11, 16), False),  # Tuesday, Kurban Ait
        (date(2011, 3, 5), True),  # Saturday made a working day
        (date(2011, 3, 7), False),  # Monday, day off moved from 5 March
        (date(2011, 8, 27), True),  # Saturday made a working day
        (date(2011, 8, 29), False),  # Monday, day off moved from 27 August
        (date(2011, 11, 6), False),  # Sunday, Kurban Ait
        (date(2011, 11, 7), True),  # Monday: religious holidays are not carried over
        (date(2011, 12, 19), False),  # Monday: Independence Day's second day fell on Saturday
        (date(2012, 1, 9), True),  # Monday: Christmas on Saturday 7 January is not carried over
        (date(2012, 3, 9), False),  # Friday, day off moved from Sunday 11 March
        (date(2012, 3, 11), True),  # Sunday made a working day
        (date(2012, 4, 28), True),  # Saturday made a working day
        (date(2012, 4, 30), False),  # Monday, day off moved from 28 April
        (date(2012, 10, 26), False),  # Friday, Kurban Ait
        (date(2012, 12, 3), False),  # Monday: First President Day fell on Saturday 1 December
        (date(2012, 12, 29), True),  # Saturday made a working day
        (date(2012, 12, 31), False),  # Monday, day off moved from 29 December
    ],
)
def test_the_real_calendar(rules, day, working):
    assert rules.terms.calendar.is_working_day(day) is working
