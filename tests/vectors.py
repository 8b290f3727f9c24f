"""Requests that every runtime must answer identically: CPython, Pyodide in Node, Chromium.

Expected figures are worked by hand from appendix 7 and data/mci.yaml, not taken from the code:
the cross-runtime tests compare whole answers, and these spot values pin the arithmetic.
"""

REQUESTS = [
    # Legal entity, 7 ha, paid 15.03.2012: band "up to 10 ha" → 1.2; АЕК 2012 = 1 618.
    # 3.2 × 1.2 × 1618 = 6213.12 ₸.
    {
        "action": "fee",
        "lang": "ru",
        "category": "legal_entity",
        "area": "7",
        "paid_on": "2012-03-15",
    },
    {
        "action": "fee",
        "lang": "kk",
        "category": "legal_entity",
        "area": "7",
        "paid_on": "2012-03-15",
    },
    # Farm, 50 ha exactly: within the base area (up to 50 ha includes 50) → 3.2 × 1413 = 4521.60 ₸ (2010).
    {"action": "fee", "lang": "kk", "category": "farm", "area": "50", "paid_on": "2010-06-01"},
    # Farm, 50,01 ha: first band "up to 100 ha" → 3.2 × 1.1 × 1413 = 4973.76 ₸.
    {"action": "fee", "lang": "ru", "category": "farm", "area": "50,01", "paid_on": "2010-06-01"},
    # Condominium 2.51 ha: above 2.5 ha → 5.2 × 1.4 × 1512 = 11007.36 ₸ (2011).
    {
        "action": "fee",
        "lang": "ru",
        "category": "condominium",
        "area": "2.51",
        "paid_on": "2011-09-01",
    },
    # Individual garage, flat 1.9 АЕК, typed АЕК 1500 → 2850.00 ₸, area not asked.
    {"action": "fee", "lang": "kk", "category": "individual_garage", "mci": "1500"},
    # Errors in both languages.
    {"action": "fee", "lang": "kk", "category": "farm", "area": "-3", "paid_on": "2010-06-01"},
    {"action": "fee", "lang": "ru", "category": "farm", "area": "abc", "paid_on": "2010-06-01"},
    {
        "action": "fee",
        "lang": "ru",
        "category": "legal_entity",
        "area": "1",
        "paid_on": "2001-01-01",
    },
    # Deadlines: 6 working days, counting from the next working day.
    {
        "action": "deadline",
        "lang": "kk",
        "standard": "1",
        "case": "grant",
        "submitted": "2011-03-04",
        "office": "centre",
    },
    {
        "action": "deadline",
        "lang": "ru",
        "standard": "3",
        "case": "duplicate",
        "submitted": "2011-12-14",
    },
    {
        "action": "deadline",
        "lang": "ru",
        "standard": "2",
        "case": "changed",
        "submitted": "2012-03-17",
    },
    {"action": "complaint", "lang": "kk", "registered": "2012-02-20", "simple": "no"},
    {"action": "storage", "lang": "ru", "ready_on": "2011-01-31", "office": "centre"},
    {
        "action": "open",
        "lang": "kk",
        "region": "aktobe",
        "office": "authorized-body",
        "at": "2011-03-05T10:00",
    },
    # Is my act late? (tests/calculator/test_late.py counts these day by day.)
    {
        "action": "late",
        "lang": "kk",
        "standard": "1",
        "case": "grant",
        "office": "centre",
        "submitted": "2011-03-04",
        "checked_on": "2011-03-30",
    },
    {
        "action": "late",
        "lang": "ru",
        "standard": "2",
        "case": "grant",
        "submitted": "2010-04-28",
        "checked_on": "2010-05-10",
    },
    {
        "action": "late",
        "lang": "ru",
        "standard": "4",
        "case": "duplicate",
        "submitted": "2011-12-29",
        "checked_on": "2012-01-10",
    },
    {
        "action": "late",
        "lang": "kk",
        "standard": "3",
        "case": "grant",
        "submitted": "2011-03-04",
        "checked_on": "2011-03-01",
    },
    # The wording in force on each side of 30.01.2012 (№ 1429 changed clause 7 from that day).
    {
        "action": "deadline",
        "lang": "ru",
        "standard": "1",
        "case": "grant",
        "office": "centre",
        "submitted": "2012-01-28",
    },
    {
        "action": "deadline",
        "lang": "kk",
        "standard": "1",
        "case": "grant",
        "submitted": "2012-01-30",
    },
]

# The spot values the comments above work out by hand, one per request, in the same order: what a
# fee costs, when a term falls due, or which refusal (code and field) the rules give. Dates were
# counted on the production calendar by hand: 5 March 2011 was a working Saturday for Monday 7
# March, 8 March is a holiday; 16-17 December 2011 (Independence Day, Friday-Saturday) carried
# 17 December over to Monday 19; Nauryz is 21-23 March 2012 (Wednesday-Friday).
EXPECTED = [
    {"tenge": "6213.12"},
    {"tenge": "6213.12"},
    {"tenge": "4521.60", "coefficient": "1"},
    {"tenge": "4973.76", "coefficient": "1.1"},
    {"tenge": "11007.36", "coefficient": "1.4"},
    {"tenge": "2850.00", "area_ha": None},
    {"error": ("area_not_positive", "area")},
    {"error": ("area_not_a_number", "area")},
    # 2001 is before the first АЕК row (1 July 2009): the rules ask for an АЕК value.
    {"error": ("mci_needed", "mci")},
    # Friday 4 March 2011: Sat 5 (working), Wed 9, Thu 10, Fri 11, Mon 14, Tue 15.
    {"ready_on": "2011-03-15"},
    # Wednesday 14 December 2011, 4 days: Thu 15, then Tue 20, Wed 21, Thu 22.
    {"ready_on": "2011-12-22"},
    # Saturday 17 March 2012: the authorized body does not work on Saturdays.
    {"error": ("office_closed", "submitted")},
    # 20 February 2012 + 30 days = Wednesday 21 March (2012 is a leap year), Nauryz: Monday 26.
    {"nominal_due": "2012-03-21", "due_on": "2012-03-26"},
    # 31 January 2011 + 1 month: February has no 31st, so its last day; then the authorized body.
    {"keep_until": "2011-02-28", "clamped": True, "then": "authorized-body"},
    # The working Saturday opens the authorized body at 10:00 local time.
    {"open": True},
    # Due Tue 15 Mar 2011; late on Wed 16, Thu 17, Fri 18, Thu 24, Fri 25, Mon 28, Tue 29, Wed 30
    # (Nauryz Mon-Wed 21-23 March): 8 working days. Complaint of 30 March: 30 days → Fri 29 April.
    {"due_on": "2011-03-15", "late_working_days": 8, "late": True},
    # Due Fri 7 May 2010; Sat 8, Sun 9 (Victory Day) and Mon 10 (carried over) are days off: not late.
    {"due_on": "2010-05-07", "late_working_days": 0, "late": False, "complaint": None},
    # Duplicate, 4 days: Fri 30 Dec, Wed 4, Thu 5, Fri 6 Jan (2-3 January off); late Mon 9, Tue 10.
    {"due_on": "2012-01-06", "late_working_days": 2},
    {"error": ("checked_before_submitted", "checked_on")},
    # Sat 28 Jan 2012 at a centre: Mon 30, Tue 31, Wed 1, Thu 2, Fri 3, Mon 6 Feb.
    {"ready_on": "2012-02-06"},
    # Mon 30 Jan 2012: Tue 31 … Tue 7 Feb; both wordings in force, so no warning.
    {"ready_on": "2012-02-07", "warnings": []},
]
