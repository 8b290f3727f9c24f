from datetime import date
from decimal import Decimal

import pytest

from calculator.mci import MciOutOfRange, MciTable

ROWS = [
    {"from": "2010-01-01", "tenge": 1413, "law": {"kk": "2010", "ru": "2010"}},
    {"from": "2011-01-01", "tenge": 1512, "law": {"kk": "2011", "ru": "2011"}},
    {"from": "2011-07-01", "tenge": 1600, "law": {"kk": "2011 amended", "ru": "2011 amended"}},
]


def test_the_row_in_force_is_the_last_one_started():
    table = MciTable(ROWS)
    assert table.on(date(2010, 1, 1)).tenge == Decimal(1413)
    assert table.on(date(2010, 12, 31)).tenge == Decimal(1413)
    assert table.on(date(2011, 1, 1)).tenge == Decimal(1512)
    assert table.on(date(2011, 6, 30)).law["ru"] == "2011"
    assert table.on(date(2011, 7, 1)).tenge == Decimal(1600)


def test_a_day_before_the_first_row_asks_for_a_typed_value():
    with pytest.raises(MciOutOfRange) as caught:
        MciTable(ROWS).on(date(2009, 12, 31))
    assert caught.value.code == "mci_needed" and caught.value.field == "mci"


def test_the_table_ends_with_the_financial_year_of_its_last_row():
    table = MciTable(ROWS)
    assert table.on(date(2011, 12, 31)).tenge == Decimal(1600)
    with pytest.raises(MciOutOfRange):
        table.on(date(2012, 1, 1))


def test_rows_must_be_in_date_order():
    with pytest.raises(ValueError):
        MciTable(list(reversed(ROWS)))
    with pytest.raises(ValueError):
        MciTable([])


def test_the_real_table(rules):
    table = rules.fees.mci_table
    # data/mci.yaml: 1296 from 2009-07-01, 1413 from 2010-01-01, 1512 from 2011-01-01, 1618 from 2012-01-01.
    assert [
        table.on(date(y, m, d)).tenge
        for y, m, d in [
            (2009, 7, 1),
            (2009, 12, 31),
            (2010, 1, 1),
            (2011, 1, 1),
            (2012, 3, 15),
            (2026, 12, 31),
        ]
    ] == [Decimal(n) for n in (1296, 1296, 1413, 1512, 1618, 4325)]
    for outside in (date(2009, 6, 30), date(2027, 1, 1)):
        with pytest.raises(MciOutOfRange):
            table.on(outside)
