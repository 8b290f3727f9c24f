"""Deadlines, complaint dates and storage, counted by hand on the 2010-2013 calendars.

In the comments, "+n" is the n-th counted working day and "×" a day that is not counted.
"""

from datetime import date

import holidays
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from calculator.errors import InputError
from calculator.terms import AUTHORIZED_BODY, CENTRE, OfficeClosed, add_months

# Every transfer of 2010-2012: (Saturday or Sunday made a working day, the weekday made a day off).
TRANSFERS = [
    (date(2010, 1, 10), date(2010, 1, 8)),
    (date(2010, 7, 3), date(2010, 7, 5)),
    (date(2011, 3, 5), date(2011, 3, 7)),
    (date(2011, 8, 27), date(2011, 8, 29)),
    (date(2012, 3, 11), date(2012, 3, 9)),
    (date(2012, 4, 28), date(2012, 4, 30)),
    (date(2012, 12, 29), date(2012, 12, 31)),
]


def test_the_transfers_are_those_of_the_holidays_package():
    kz = holidays.country_holidays("KZ", years=range(2010, 2013), language="en_US")
    assert sorted(d for d in kz.weekend_workdays if 2010 <= d.year <= 2012) == [
        w for w, _ in TRANSFERS
    ]
    for working, day_off in TRANSFERS:
        assert kz[day_off] == f"Day off (substituted from {working:%m/%d/%Y})"


DEADLINES = [
    # 2010-01-10 transfer. Wed 6 Jan: × Thu 7 (Christmas), × Fri 8 (moved), × Sat 9,
    # +1 Sun 10 (working), +2 Mon 11, +3 Tue 12, +4 Wed 13, +5 Thu 14, +6 Fri 15.
    (
        date(2010, 1, 6),
        "grant",
        AUTHORIZED_BODY,
        date(2010, 1, 15),
        [date(2010, 1, 7), date(2010, 1, 8), date(2010, 1, 9)],
    ),
    # 2010-07-03 transfer. Fri 2 Jul: +1 Sat 3 (working), × Sun 4, × Mon 5 (moved), × Tue 6 (Capital
    # Day), +2 Wed 7, +3 Thu 8, +4 Fri 9, × Sat 10, × Sun 11, +5 Mon 12, +6 Tue 13.
    (
        date(2010, 7, 2),
        "grant",
        AUTHORIZED_BODY,
        date(2010, 7, 13),
        [
            date(2010, 7, 4),
            date(2010, 7, 5),
            date(2010, 7, 6),
            date(2010, 7, 10),
            date(2010, 7, 11),
        ],
    ),
    # 2011-03-05 transfer. Fri 4 Mar: +1 Sat 5 (working), × Sun 6, × Mon 7 (moved), × Tue 8 (Women's
    # Day), +2 Wed 9, +3 Thu 10, +4 Fri 11, × Sat 12, × Sun 13, +5 Mon 14, +6 Tue 15.
    (
        date(2011, 3, 4),
        "grant",
        AUTHORIZED_BODY,
        date(2011, 3, 15),
        [
            date(2011, 3, 6),
            date(2011, 3, 7),
            date(2011, 3, 8),
            date(2011, 3, 12),
            date(2011, 3, 13),
        ],
    ),
    # Submitted on that working Saturday: × Sun 6, × Mon 7, × Tue 8, +1 Wed 9, +2 Thu 10, +3 Fri 11,
    # × Sat 12, × Sun 13, +4 Mon 14, +5 Tue 15, +6 Wed 16.
    (
        date(2011, 3, 5),
        "changed",
        AUTHORIZED_BODY,
        date(2011, 3, 16),
        [
            date(2011, 3, 6),
            date(2011, 3, 7),
            date(2011, 3, 8),
            date(2011, 3, 12),
            date(2011, 3, 13),
        ],
    ),
    # 2011-08-27 transfer. Fri 26 Aug: +1 Sat 27 (working), × Sun 28, × Mon 29 (moved), × Tue 30
    # (Constitution Day), +2 Wed 31, +3 Thu 1 Sep, +4 Fri 2, × Sat 3, × Sun 4, +5 Mon 5, +6 Tue 6.
    (
        date(2011, 8, 26),
        "grant",
        AUTHORIZED_BODY,
        date(2011, 9, 6),
        [
            date(2011, 8, 28),
            date(2011, 8, 29),
            date(2011, 8, 30),
            date(2011, 9, 3),
            date(2011, 9, 4),
        ],
    ),
    # 2012-03-11 transfer, duplicate (4 days). Wed 7 Mar: × Thu 8 (Women's Day), × Fri 9 (moved),
    # × Sat 10, +1 Sun 11 (working), +2 Mon 12, +3 Tue 13, +4 Wed 14.
    (
        date(2012, 3, 7),
        "duplicate",
        AUTHORIZED_BODY,
        date(2012, 3, 14),
        [date(2012, 3, 8), date(2012, 3, 9), date(2012, 3, 10)],
    ),
    # Submitted on that working Sunday (both offices open): +1 Mon 12 … +5 Fri 16, × Sat 17,
    # × Sun 18, +6 Mon 19.
    (
        date(2012, 3, 11),
        "grant",
        AUTHORIZED_BODY,
        date(2012, 3, 19),
        [date(2012, 3, 17), date(2012, 3, 18)],
    ),
    (date(2012, 3, 11), "grant", CENTRE, date(2012, 3, 19), [date(2012, 3, 17), date(2012, 3, 18)]),
    # 2012-04-28 transfer. Fri 27 Apr: +1 Sat 28 (working), × Sun 29, × Mon 30 (moved), × Tue 1 May
    # (Unity Day), +2 Wed 2, +3 Thu 3, +4 Fri 4, × Sat 5, × Sun 6, +5 Mon 7, +6 Tue 8.
    (
        date(2012, 4, 27),
        "grant",
        AUTHORIZED_BODY,
        date(2012, 5, 8),
        [
            date(2012, 4, 29),
            date(2012, 4, 30),
            date(2012, 5, 1),
            date(2012, 5, 5),
            date(2012, 5, 6),
        ],
    ),
    # 2012-12-29 transfer. Fri 28 Dec: +1 Sat 29 (working), × Sun 30, × Mon 31 (moved), × Tue 1 Jan,
    # × Wed 2 Jan (New Year), +2 Thu 3, +3 Fri 4, × Sat 5, × Sun 6, × Mon 7 (Christmas), +4 Tue 8,
    # +5 Wed 9, +6 Thu 10.
    (
        date(2012, 12, 28),
        "grant",
        AUTHORIZED_BODY,
        date(2013, 1, 10),
        [
            date(2012, 12, 30),
            date(2012, 12, 31),
            date(2013, 1, 1),
            date(2013, 1, 2),
            date(2013, 1, 5),
            date(2013, 1, 6),
            date(2013, 1, 7),
        ],
    ),
    # An ordinary Friday. Fri 10 Feb 2012: × Sat 11, × Sun 12, +1 Mon 13 … +5 Fri 17, × Sat 18,
    # × Sun 19, +6 Mon 20.
    (
        date(2012, 2, 10),
        "grant",
        AUTHORIZED_BODY,
        date(2012, 2, 20),
        [date(2012, 2, 11), date(2012, 2, 12), date(2012, 2, 18), date(2012, 2, 19)],
    ),
    # The same Friday, duplicate: × Sat 11, × Sun 12, +1 Mon 13, +2 Tue 14, +3 Wed 15, +4 Thu 16.
    (
        date(2012, 2, 10),
        "duplicate",
        CENTRE,
        date(2012, 2, 16),
        [date(2012, 2, 11), date(2012, 2, 12)],
    ),
    # Nauryz 2012. Tue 20 Mar: × Wed 21, × Thu 22, × Fri 23, × Sat 24, × Sun 25, +1 Mon 26, +2 Tue 27,
    # +3 Wed 28, +4 Thu 29, +5 Fri 30, × Sat 31, × Sun 1 Apr, +6 Mon 2 Apr.
    (
        date(2012, 3, 20),
        "grant",
        AUTHORIZED_BODY,
        date(2012, 4, 2),
        [date(2012, 3, d) for d in (21, 22, 23, 24, 25, 31)] + [date(2012, 4, 1)],
    ),
    # A centre takes documents on an ordinary Saturday. Sat 17 Mar 2012: × Sun 18, +1 Mon 19,
    # +2 Tue 20, × Wed 21, × Thu 22, × Fri 23 (Nauryz), × Sat 24, × Sun 25, +3 Mon 26 … +6 Thu 29.
    (
        date(2012, 3, 17),
        "grant",
        CENTRE,
        date(2012, 3, 29),
        [date(2012, 3, d) for d in (18, 21, 22, 23, 24, 25)],
    ),
    # Kurban Ait 2012. Thu 25 Oct: × Fri 26 (Kurban Ait), × Sat 27, × Sun 28, +1 Mon 29, +2 Tue 30,
    # +3 Wed 31, +4 Thu 1 Nov, +5 Fri 2, × Sat 3, × Sun 4, +6 Mon 5.
    (
        date(2012, 10, 25),
        "grant",
        AUTHORIZED_BODY,
        date(2012, 11, 5),
        [
            date(2012, 10, 26),
            date(2012, 10, 27),
            date(2012, 10, 28),
            date(2012, 11, 3),
            date(2012, 11, 4),
        ],
    ),
]


@pytest.mark.parametrize("submitted, case, office, ready_on, skipped", DEADLINES)
def test_deadlines_around_transfers_and_holidays(rules, submitted, case, office, ready_on, skipped):
    result = rules.terms.deadline(submitted, case, office)
    assert result.ready_on == ready_on
    assert [s.day for s in result.skipped] == skipped
    assert len(result.counted) == result.working_days == (4 if case == "duplicate" else 6)


def test_skipped_days_say_why(rules):
    result = rules.terms.deadline(date(2011, 3, 4), "grant", AUTHORIZED_BODY)
    reasons = {s.day: s.day_off and s.day_off.name["ru"] for s in result.skipped}
    assert reasons[date(2011, 3, 6)] is None  # an ordinary Sunday
    assert reasons[date(2011, 3, 7)] == "выходной день (перенесен с 05.03.2011)"
    assert reasons[date(2011, 3, 8)] == "Международный женский день"


@pytest.mark.parametrize(
    "submitted, office",
    [
        (date(2012, 3, 17), AUTHORIZED_BODY),  # ordinary Saturday: the authorized body is closed
        (date(2012, 3, 18), AUTHORIZED_BODY),  # Sunday
        (date(2012, 3, 18), CENTRE),  # Sunday: a centre is closed too
        (date(2012, 3, 8), AUTHORIZED_BODY),  # Thursday, Women's Day
        (date(2012, 3, 8), CENTRE),
        (date(2011, 12, 17), CENTRE),  # Saturday, Independence Day: a day off closes the centre
        (date(2012, 12, 1), CENTRE),  # Saturday, First President Day
    ],
)
def test_a_submission_on_a_closed_day_is_an_error_not_a_date(rules, submitted, office):
    with pytest.raises(OfficeClosed) as caught:
        rules.terms.deadline(submitted, "grant", office)
    assert (caught.value.code, caught.value.field) == ("office_closed", "submitted")


@pytest.mark.parametrize(
    "case, office, code, field",
    [
        ("renewal", AUTHORIZED_BODY, "unknown_case", "case"),
        ("grant", "akimat", "unknown_office", "office"),
        (
            "grant",
            "centre-branch",
            "unknown_office",
            "office",
        ),  # branches are for hours, not for counting
    ],
)
def test_unknown_case_or_office(rules, case, office, code, field):
    with pytest.raises(InputError) as caught:
        rules.terms.deadline(date(2012, 3, 15), case, office)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_a_deadline_outside_the_calendar(rules):
    with pytest.raises(InputError) as caught:
        rules.terms.deadline(date(2008, 12, 31), "grant", AUTHORIZED_BODY)
    assert caught.value.code == "date_outside_calendar"


@settings(max_examples=300, deadline=None)
@given(
    submitted=st.dates(date(2009, 1, 1), date(2027, 11, 30)),
    case=st.sampled_from(["grant", "changed", "duplicate"]),
    office=st.sampled_from([AUTHORIZED_BODY, CENTRE]),
)
def test_the_ready_date_is_a_working_day_strictly_after_the_submission(
    rules, submitted, case, office
):
    assume(rules.terms.office_open_on(office, submitted))
    result = rules.terms.deadline(submitted, case, office)
    calendar = rules.terms.calendar
    assert result.ready_on > submitted
    assert calendar.is_working_day(result.ready_on)
    span = [
        submitted.fromordinal(n)
        for n in range(submitted.toordinal() + 1, result.ready_on.toordinal() + 1)
    ]
    assert sum(map(calendar.is_working_day, span)) == result.working_days


COMPLAINTS = [
    # 8 Feb 2012 + 30 = 9 Mar (29 days in Feb 2012): a day off moved from 11 Mar; Sat 10 is not
    # working; Sun 11 is the transfer's working day.
    (date(2012, 2, 8), False, date(2012, 3, 9), date(2012, 3, 11)),
    # 4 Feb 2011 + 30 = Sun 6 Mar (28 days in Feb 2011); × Mon 7 (moved), × Tue 8 → Wed 9.
    (date(2011, 2, 4), False, date(2011, 3, 6), date(2011, 3, 9)),
    # 16 Jan 2012 + 30 = Wed 15 Feb, a working day: no roll.
    (date(2012, 1, 16), False, date(2012, 2, 15), date(2012, 2, 15)),
    # 15 days: 6 Mar 2012 + 15 = Wed 21 Mar, Nauryz; × 22, × 23, × Sat 24, × Sun 25 → Mon 26.
    (date(2012, 3, 6), True, date(2012, 3, 21), date(2012, 3, 26)),
    # 15 days: 20 Feb 2012 + 15 = Tue 6 Mar: no roll.
    (date(2012, 2, 20), True, date(2012, 3, 6), date(2012, 3, 6)),
    # 15 days: 12 Oct 2012 + 15 = Sat 27 Oct; × Sun 28 → Mon 29.
    (date(2012, 10, 12), True, date(2012, 10, 27), date(2012, 10, 29)),
]


@pytest.mark.parametrize("registered, simple, nominal, due_on", COMPLAINTS)
def test_complaint_due_dates_roll_to_the_next_working_day(
    rules, registered, simple, nominal, due_on
):
    result = rules.terms.complaint(registered, simple)
    assert (result.nominal, result.due_on) == (nominal, due_on)
    assert result.calendar_days == (15 if simple else 30)
    assert bool(result.skipped) == (nominal != due_on)


STORAGE = [
    # centre: 1 month; authorized body: 6 months; a missing day becomes the month's last.
    (date(2012, 1, 31), CENTRE, date(2012, 2, 29), True),  # leap year
    (date(2011, 1, 31), CENTRE, date(2011, 2, 28), True),
    (date(2012, 3, 15), CENTRE, date(2012, 4, 15), False),
    (date(2012, 12, 31), CENTRE, date(2013, 1, 31), False),  # into the next year
    (date(2012, 3, 15), AUTHORIZED_BODY, date(2012, 9, 15), False),
    (date(2012, 8, 31), AUTHORIZED_BODY, date(2013, 2, 28), True),
    (date(2011, 12, 31), AUTHORIZED_BODY, date(2012, 6, 30), True),
    (date(2012, 7, 31), AUTHORIZED_BODY, date(2013, 1, 31), False),
]


@pytest.mark.parametrize("ready_on, office, until, clamped", STORAGE)
def test_storage_of_unclaimed_documents(rules, ready_on, office, until, clamped):
    result = rules.terms.storage(ready_on, office)
    assert (result.until, result.clamped) == (until, clamped)
    assert result.then == ("authorized-body" if office == CENTRE else "archive")


def test_add_months_across_years():
    assert add_months(date(2011, 11, 30), 3) == (date(2012, 2, 29), True)
    assert add_months(date(2011, 12, 15), 13) == (date(2013, 1, 15), False)


def test_storage_needs_a_known_office(rules):
    with pytest.raises(InputError) as caught:
        rules.terms.storage(date(2012, 3, 15), "centre-branch")
    assert caught.value.code == "unknown_office"
