"""Requests that every runtime must answer identically: CPython, Pyodide in Node, Chromium.

Expected figures are worked by hand from appendix 7 and data/mci.yaml, not taken from the code:
the cross-runtime tests compare whole answers, and these spot values pin the arithmetic.
"""

REQUESTS = [
    # Legal entity, 7 ha, paid 15.03.2012: band "up to 10 ha" → 1.2; АЕК 2012 = 1 618.
    # 3.2 × 1.2 × 1618 = 6213.12 ₸.
    {"action": "fee", "lang": "ru", "category": "legal_entity", "area": "7", "paid_on": "2012-03-15"},
    {"action": "fee", "lang": "kk", "category": "legal_entity", "area": "7", "paid_on": "2012-03-15"},
    # Farm, 50 ha exactly: within the base area (up to 50 ha includes 50) → 3.2 × 1413 = 4521.60 ₸ (2010).
    {"action": "fee", "lang": "kk", "category": "farm", "area": "50", "paid_on": "2010-06-01"},
    # Farm, 50,01 ha: first band "up to 100 ha" → 3.2 × 1.1 × 1413 = 4973.76 ₸.
    {"action": "fee", "lang": "ru", "category": "farm", "area": "50,01", "paid_on": "2010-06-01"},
    # Condominium 2.51 ha: above 2.5 ha → 5.2 × 1.4 × 1512 = 11007.36 ₸ (2011).
    {"action": "fee", "lang": "ru", "category": "condominium", "area": "2.51", "paid_on": "2011-09-01"},
    # Individual garage, flat 1.9 АЕК, typed АЕК 1500 → 2850.00 ₸, area not asked.
    {"action": "fee", "lang": "kk", "category": "individual_garage", "mci": "1500"},
    # Errors in both languages.
    {"action": "fee", "lang": "kk", "category": "farm", "area": "-3", "paid_on": "2010-06-01"},
    {"action": "fee", "lang": "ru", "category": "farm", "area": "abc", "paid_on": "2010-06-01"},
    {"action": "fee", "lang": "ru", "category": "legal_entity", "area": "1", "paid_on": "2001-01-01"},
    # Deadlines: 6 working days, counting from the next working day.
    {"action": "deadline", "lang": "kk", "standard": "1", "case": "grant", "submitted": "2011-03-04", "office": "centre"},
    {"action": "deadline", "lang": "ru", "standard": "3", "case": "duplicate", "submitted": "2011-12-14"},
    {"action": "deadline", "lang": "ru", "standard": "2", "case": "changed", "submitted": "2012-03-17"},
    {"action": "complaint", "lang": "kk", "registered": "2012-02-20", "simple": "no"},
    {"action": "storage", "lang": "ru", "ready_on": "2011-01-31", "office": "centre"},
    {"action": "open", "lang": "kk", "region": "aktobe", "office": "authorized-body", "at": "2011-03-05T10:00"},
]
