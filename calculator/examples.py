"""The worked examples of the rules, in one list: requests with the answer worked out by hand, and
the few requests that only exercise a code path.

Used four ways: tests/calculator/test_examples.py asserts the hand-worked values under CPython;
tests/pyodide and tests/browser send every request of ``EXERCISE`` and compare whole answers with
CPython's; the build runs ``EXERCISE`` through the worker's glue to find the standard library the
rules need and to warm the memory snapshot (generator/assemble/stdlib.py), so it holds every
action in both languages and the refusals; ``make bench`` times one of them per action.

Expected figures are worked by hand from appendix 7 and data/mci.yaml, not taken from the code:
the cross-runtime tests compare whole answers, and these spot values pin the arithmetic. Dates
were counted on the production calendar by hand: 5 March 2011 was a working Saturday for Monday
7 March, 8 March is a holiday; 16-17 December 2011 (Independence Day, Friday-Saturday) carried
17 December over to Monday 19; Nauryz is 21-23 March 2012 (Wednesday-Friday).

Not shipped: the wheel leaves this module out (pyproject.toml), a visitor needs the rules only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    """A request and the spot values of its answer worked by hand: some of the answer's keys with
    their values, or ``error``: the refusal's (code, field)."""

    request: dict
    expected: dict


WORKED = [
    # Legal entity, 7 ha, paid 15.03.2012: band "up to 10 ha" → 1.2; АЕК 2012 = 1 618.
    # 3.2 × 1.2 × 1618 = 6213.12 ₸.
    Example(
        {
            "action": "fee",
            "lang": "ru",
            "category": "legal_entity",
            "area": "7",
            "paid_on": "2012-03-15",
        },
        {"tenge": "6213.12"},
    ),
    Example(
        {
            "action": "fee",
            "lang": "kk",
            "category": "legal_entity",
            "area": "7",
            "paid_on": "2012-03-15",
        },
        {"tenge": "6213.12"},
    ),
    # Farm, 50 ha exactly: within the base area (up to 50 ha includes 50) → 3.2 × 1413 = 4521.60 ₸ (2010).
    Example(
        {"action": "fee", "lang": "kk", "category": "farm", "area": "50", "paid_on": "2010-06-01"},
        {"tenge": "4521.60", "coefficient": "1"},
    ),
    # Farm, 50,01 ha: first band "up to 100 ha" → 3.2 × 1.1 × 1413 = 4973.76 ₸.
    Example(
        {
            "action": "fee",
            "lang": "ru",
            "category": "farm",
            "area": "50,01",
            "paid_on": "2010-06-01",
        },
        {"tenge": "4973.76", "coefficient": "1.1"},
    ),
    # Condominium 2.51 ha: above 2.5 ha → 5.2 × 1.4 × 1512 = 11007.36 ₸ (2011).
    Example(
        {
            "action": "fee",
            "lang": "ru",
            "category": "condominium",
            "area": "2.51",
            "paid_on": "2011-09-01",
        },
        {"tenge": "11007.36", "coefficient": "1.4"},
    ),
    # Individual garage, flat 1.9 АЕК, typed АЕК 1500 → 2850.00 ₸, area not asked.
    Example(
        {"action": "fee", "lang": "kk", "category": "individual_garage", "mci": "1500"},
        {"tenge": "2850.00", "area_ha": None},
    ),
    # Errors in both languages.
    Example(
        {"action": "fee", "lang": "kk", "category": "farm", "area": "-3", "paid_on": "2010-06-01"},
        {"error": ("area_not_positive", "area")},
    ),
    Example(
        {"action": "fee", "lang": "ru", "category": "farm", "area": "abc", "paid_on": "2010-06-01"},
        {"error": ("area_not_a_number", "area")},
    ),
    # 2001 is before the first АЕК row (1 July 2009): the rules ask for an АЕК value.
    Example(
        {
            "action": "fee",
            "lang": "ru",
            "category": "legal_entity",
            "area": "1",
            "paid_on": "2001-01-01",
        },
        {"error": ("mci_needed", "mci")},
    ),
    # Deadlines: 6 working days, counting from the next working day.
    # Friday 4 March 2011: Sat 5 (working), Wed 9, Thu 10, Fri 11, Mon 14, Tue 15.
    Example(
        {
            "action": "deadline",
            "lang": "kk",
            "standard": "1",
            "case": "grant",
            "submitted": "2011-03-04",
            "office": "centre",
        },
        {"ready_on": "2011-03-15"},
    ),
    # Wednesday 14 December 2011, 4 days: Thu 15, then Tue 20, Wed 21, Thu 22.
    Example(
        {
            "action": "deadline",
            "lang": "ru",
            "standard": "3",
            "case": "duplicate",
            "submitted": "2011-12-14",
        },
        {"ready_on": "2011-12-22"},
    ),
    # Saturday 17 March 2012: the authorized body does not work on Saturdays.
    Example(
        {
            "action": "deadline",
            "lang": "ru",
            "standard": "2",
            "case": "changed",
            "submitted": "2012-03-17",
        },
        {"error": ("office_closed", "submitted")},
    ),
    # 20 February 2012 + 30 days = Wednesday 21 March (2012 is a leap year), Nauryz: Monday 26.
    Example(
        {"action": "complaint", "lang": "kk", "registered": "2012-02-20", "simple": "no"},
        {"nominal_due": "2012-03-21", "due_on": "2012-03-26"},
    ),
    # 31 January 2011 + 1 month: February has no 31st, so its last day; then the authorized body.
    Example(
        {"action": "storage", "lang": "ru", "ready_on": "2011-01-31", "office": "centre"},
        {"keep_until": "2011-02-28", "clamped": True, "then": "authorized-body"},
    ),
    # The working Saturday opens the authorized body at 10:00 local time.
    Example(
        {
            "action": "open",
            "lang": "kk",
            "region": "aktobe",
            "office": "authorized-body",
            "at": "2011-03-05T10:00",
        },
        {"open": True},
    ),
    # Is my act late? (tests/calculator/test_late.py counts these day by day.)
    # Due Tue 15 Mar 2011; late on Wed 16, Thu 17, Fri 18, Thu 24, Fri 25, Mon 28, Tue 29, Wed 30
    # (Nauryz Mon-Wed 21-23 March): 8 working days. Complaint of 30 March: 30 days → Fri 29 April.
    Example(
        {
            "action": "late",
            "lang": "kk",
            "standard": "1",
            "case": "grant",
            "office": "centre",
            "submitted": "2011-03-04",
            "checked_on": "2011-03-30",
        },
        {"due_on": "2011-03-15", "late_working_days": 8, "late": True},
    ),
    # Due Fri 7 May 2010; Sat 8, Sun 9 (Victory Day) and Mon 10 (carried over) are days off: not late.
    Example(
        {
            "action": "late",
            "lang": "ru",
            "standard": "2",
            "case": "grant",
            "submitted": "2010-04-28",
            "checked_on": "2010-05-10",
        },
        {"due_on": "2010-05-07", "late_working_days": 0, "late": False, "complaint": None},
    ),
    # Duplicate, 4 days: Fri 30 Dec, Wed 4, Thu 5, Fri 6 Jan (2-3 January off); late Mon 9, Tue 10.
    Example(
        {
            "action": "late",
            "lang": "ru",
            "standard": "4",
            "case": "duplicate",
            "submitted": "2011-12-29",
            "checked_on": "2012-01-10",
        },
        {"due_on": "2012-01-06", "late_working_days": 2},
    ),
    Example(
        {
            "action": "late",
            "lang": "kk",
            "standard": "3",
            "case": "grant",
            "submitted": "2011-03-04",
            "checked_on": "2011-03-01",
        },
        {"error": ("checked_before_submitted", "checked_on")},
    ),
    # The wording in force on each side of 30.01.2012 (№ 1429 changed clause 7 from that day).
    # Sat 28 Jan 2012 at a centre: Mon 30, Tue 31, Wed 1, Thu 2, Fri 3, Mon 6 Feb.
    Example(
        {
            "action": "deadline",
            "lang": "ru",
            "standard": "1",
            "case": "grant",
            "office": "centre",
            "submitted": "2012-01-28",
        },
        {"ready_on": "2012-02-06"},
    ),
    # Mon 30 Jan 2012: Tue 31 … Tue 7 Feb; both wordings in force, so no warning.
    Example(
        {
            "action": "deadline",
            "lang": "kk",
            "standard": "1",
            "case": "grant",
            "submitted": "2012-01-30",
        },
        {"ready_on": "2012-02-07", "warnings": []},
    ),
]

# Exercise only, no value worked by hand: each is here for a code path (and the standard-library
# modules behind it) that no worked example takes, so that the build's cut keeps those modules.
# Every runtime must still answer them alike (tests/pyodide, tests/browser).
EXERCISE_ONLY = [
    # A date in the dotted notation.
    {"action": "fee", "lang": "ru", "category": "farm", "area": "50,01", "paid_on": "01.06.2010"},
    # A payment after the repeal: the fee with the rules' warning.
    {
        "action": "fee",
        "lang": "kk",
        "category": "legal_entity",
        "area": "1",
        "paid_on": "2013-05-01",
    },
    # A term that runs into the new year.
    {
        "action": "deadline",
        "lang": "kk",
        "standard": "1",
        "case": "grant",
        "submitted": "2011-12-28",
        "office": "centre",
    },
    # A Sunday at the authorized body.
    {
        "action": "deadline",
        "lang": "kk",
        "standard": "4",
        "case": "grant",
        "submitted": "2012-03-18",
        "office": "authorized-body",
    },
    # The actions each worked example has in one language only, in the other.
    {"action": "complaint", "lang": "ru", "registered": "2012-02-20", "simple": "yes"},
    {"action": "storage", "lang": "kk", "ready_on": "2011-01-31", "office": "authorized-body"},
    # A link's dates checked on their own (the answer page, still waiting for a question): 31
    # February refused, a good date not (the messages: tests/calculator/test_review8_wording.py).
    {"action": "dates", "lang": "kk", "submitted": "2013-02-31", "checked_on": "2012-03-30"},
    {"action": "dates", "lang": "ru", "paid_on": "2012-02-30"},
    # A date and time written with a space, in another region.
    {
        "action": "open",
        "lang": "ru",
        "region": "almaty-city",
        "office": "centre",
        "at": "2012-01-02 19:30",
    },
    # The refusals before any action: an unknown one, and none.
    {"action": "nothing", "lang": "ru"},
    {"lang": "kk"},
]

# Every request, worked first: the build's exercise and snapshot warm-up, and what every runtime
# must answer alike.
EXERCISE = [example.request for example in WORKED] + EXERCISE_ONLY
