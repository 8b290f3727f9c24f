"""Fee vectors computed by hand: tenge = tariff × coefficient × АЕК, rounded half-up to the tiyn.

Unless a test says otherwise, payment is on 2012-03-15, when the АЕК was 1 618 ₸ (from 2012-01-01).
Products used below (tariff × coefficient, then × 1 618):
    3.2 × 1   = 3.2  → 3.2  × 1618 = 5177.60
    3.2 × 1.1 = 3.52 → 3.52 × 1618 = 5663 + 32.36   = 5695.36
    3.2 × 1.2 = 3.84 → 3.84 × 1618 = 6148.4 + 64.72 = 6213.12
    3.2 × 1.3 = 4.16 → 4.16 × 1618 = 6472 + 258.88  = 6730.88
    3.2 × 1.4 = 4.48 → 4.48 × 1618 = 6472 + 776.64  = 7248.64
    5.2 × 1   = 5.2  → 5.2  × 1618 = 8090 + 323.6   = 8413.60
    5.2 × 1.1 = 5.72 → 5.72 × 1618 = 8090 + 1164.96 = 9254.96
    5.2 × 1.2 = 6.24 → 6.24 × 1618 = 8090 + 2006.32 = 10096.32
    5.2 × 1.3 = 6.76 → 6.76 × 1618 = 8090 + 2847.68 = 10937.68
    5.2 × 1.4 = 7.28 → 7.28 × 1618 = 8090 + 3689.04 = 11779.04
    1.9 (flat)       → 1.9  × 1618 = 3236 − 161.8   = 3074.20
"""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.errors import InputError
from calculator.fees import KAZAKHSTAN_AREA_HA

PAID = date(2012, 3, 15)

EDGES = [
    # farm: base 50 ha, then up to 100 → 1.1, 500 → 1.2, 1000 → 1.3, above 1000 → 1.4
    ("farm", "50", "5177.60", "1", "base", "50"),
    ("farm", "50.01", "5695.36", "1.1", "up_to", "100"),
    ("farm", "100", "5695.36", "1.1", "up_to", "100"),
    ("farm", "100.01", "6213.12", "1.2", "up_to", "500"),
    ("farm", "500", "6213.12", "1.2", "up_to", "500"),
    ("farm", "500.01", "6730.88", "1.3", "up_to", "1000"),
    ("farm", "1000", "6730.88", "1.3", "up_to", "1000"),
    ("farm", "1000.01", "7248.64", "1.4", "above", "1000"),
    # legal entity: base 0.5 ha, then up to 1 → 1.1, 10 → 1.2, 50 → 1.3, above 50 → 1.4
    ("legal_entity", "0.5", "5177.60", "1", "base", "0.5"),
    ("legal_entity", "0.51", "5695.36", "1.1", "up_to", "1"),
    ("legal_entity", "1", "5695.36", "1.1", "up_to", "1"),
    ("legal_entity", "1.01", "6213.12", "1.2", "up_to", "10"),
    ("legal_entity", "7", "6213.12", "1.2", "up_to", "10"),
    ("legal_entity", "10", "6213.12", "1.2", "up_to", "10"),
    ("legal_entity", "10.01", "6730.88", "1.3", "up_to", "50"),
    ("legal_entity", "50", "6730.88", "1.3", "up_to", "50"),
    ("legal_entity", "50.01", "7248.64", "1.4", "above", "50"),
    ("legal_entity", "100000", "7248.64", "1.4", "above", "50"),
    # condominium: base 1 ha (5.2 АЕК), then up to 1.5 → 1.1, 2.0 → 1.2, 2.5 → 1.3, above 2.5 → 1.4
    ("condominium", "1", "8413.60", "1", "base", "1"),
    ("condominium", "1.5", "9254.96", "1.1", "up_to", "1.5"),
    ("condominium", "2.0", "10096.32", "1.2", "up_to", "2"),
    ("condominium", "2.5", "10937.68", "1.3", "up_to", "2.5"),
    ("condominium", "2.51", "11779.04", "1.4", "above", "2.5"),
]


@pytest.mark.parametrize("category, area, tenge, coefficient, kind, bound", EDGES)
def test_every_band_edge(rules, category, area, tenge, coefficient, kind, bound):
    result = rules.fees.compute(category, Decimal(area), PAID)
    assert result.tenge == Decimal(tenge)
    assert result.band.coefficient == Decimal(coefficient)
    assert result.band.kind == kind
    assert result.band.bound_ha == Decimal(bound)
    assert result.mci == Decimal(1618)


def test_the_worked_example_of_the_brief(rules):
    # Legal entity, 7 ha, paid 2012-03-15: 3.2 × 1.2 × 1618 = 6213.12.
    result = rules.fees.compute("legal_entity", Decimal(7), PAID)
    assert (result.tenge, result.mci_multiple, result.mci_record.starts) == (
        Decimal("6213.12"),
        Decimal("3.84"),
        date(2012, 1, 1),
    )


@pytest.mark.parametrize(
    "category",
    [
        "individual_gardening",
        "individual_housing",
        "individual_subsidiary_farming",
        "individual_garage",
    ],
)
@pytest.mark.parametrize("area", [None, Decimal("0.01"), Decimal("5000")])
def test_individuals_pay_a_flat_tariff_whatever_the_area(rules, category, area):
    result = rules.fees.compute(category, area, PAID)
    assert result.tenge == Decimal("3074.20")  # 1.9 × 1618
    assert result.band.kind == "flat" and result.area_ha is None


@pytest.mark.parametrize(
    "paid_on, mci, tenge",
    [
        # farm 10 ha, base tariff 3.2 АЕК, across the first days of АЕК rows
        (date(2009, 12, 31), 1296, "4147.20"),  # 3.2 × 1296
        (date(2010, 1, 1), 1413, "4521.60"),  # 3.2 × 1413
        (date(2011, 12, 31), 1512, "4838.40"),  # 3.2 × 1512
        (date(2012, 1, 1), 1618, "5177.60"),  # 3.2 × 1618
        (date(2020, 3, 31), 2651, "8483.20"),  # 3.2 × 2651 = 7953 + 530.2
        (date(2020, 4, 1), 2778, "8889.60"),  # mid-year row: 3.2 × 2778 = 8334 + 555.6
    ],
)
def test_payment_on_the_first_day_of_a_new_row(rules, paid_on, mci, tenge):
    result = rules.fees.compute("farm", Decimal(10), paid_on)
    assert (result.mci, result.tenge) == (Decimal(mci), Decimal(tenge))


def test_a_typed_mci_overrides_the_date(rules):
    # 3.2 × 1.2 × 1700 = 3.84 × 1700 = 6528.00, whatever the table says for the date.
    result = rules.fees.compute("legal_entity", Decimal(7), PAID, Decimal(1700))
    assert result.tenge == Decimal("6528.00") and result.mci_record is None
    assert rules.fees.compute("legal_entity", Decimal(7), None, Decimal(1700)).tenge == Decimal(
        "6528.00"
    )


def test_rounding_is_half_up_at_the_tiyn(rules):
    # 1.9 × 1618.35 = 3236.70 − 161.835 = 3074.865 exactly: half-up gives 3074.87, where banker's
    # rounding and binary floats (3074.8649999…) would both give 3074.86.
    result = rules.fees.compute("individual_garage", None, None, Decimal("1618.35"))
    assert result.tenge == Decimal("3074.87")
    assert str(result.tenge) == "3074.87"


@pytest.mark.parametrize(
    "paid_on, warned",
    [
        (date(2010, 2, 16), True),  # the day before Resolution No. 102
        (date(2010, 2, 17), False),  # adopted
        (date(2012, 11, 1), False),  # the repealing Resolution No. 1392 is dated this day
        (date(2012, 11, 2), True),
        (date(2015, 6, 1), True),
    ],
)
def test_a_payment_outside_the_standards_period_still_computes_with_a_warning(
    rules, paid_on, warned
):
    result = rules.fees.compute("farm", Decimal(10), paid_on)
    assert result.tenge > 0
    assert result.warnings == (("outside_period",) if warned else ())


@pytest.mark.parametrize(
    "area, code",
    [
        (None, "missing_field"),
        (Decimal(0), "area_not_positive"),
        (Decimal("-0.5"), "area_not_positive"),
        (Decimal("NaN"), "area_not_a_number"),
        (Decimal("Infinity"), "area_not_a_number"),
        (Decimal("272490000.01"), "area_too_large"),
    ],
)
def test_impossible_areas_are_refused(rules, area, code):
    with pytest.raises(InputError) as caught:
        rules.fees.compute("farm", area, PAID)
    assert (caught.value.code, caught.value.field) == (code, "area")


def test_kazakhstans_whole_area_is_still_an_area(rules):
    # 272 490 000 ha > 1000 ha: 3.2 × 1.4 × 1618 = 7248.64
    assert rules.fees.compute("farm", KAZAKHSTAN_AREA_HA, PAID).tenge == Decimal("7248.64")


@pytest.mark.parametrize(
    "mci, code",
    [
        (Decimal(0), "mci_not_positive"),
        (Decimal(-1618), "mci_not_positive"),
        (Decimal("NaN"), "mci_not_a_number"),
        (Decimal("1000000.01"), "mci_too_large"),
        (Decimal("1618.001"), "mci_too_precise"),
    ],
)
def test_impossible_typed_mci_values_are_refused(rules, mci, code):
    with pytest.raises(InputError) as caught:
        rules.fees.compute("farm", Decimal(10), None, mci)
    assert (caught.value.code, caught.value.field) == (code, "mci")


def test_a_date_or_an_mci_is_needed(rules):
    with pytest.raises(InputError) as caught:
        rules.fees.compute("farm", Decimal(10))
    assert (caught.value.code, caught.value.field) == ("paid_on_or_mci_required", "paid_on")


def test_an_unknown_category_is_refused(rules):
    with pytest.raises(InputError) as caught:
        rules.fees.compute("akimat", Decimal(1), PAID)
    assert caught.value.code == "unknown_category"


areas = st.decimals(min_value=Decimal("0.0001"), max_value=KAZAKHSTAN_AREA_HA, places=4)


@settings(max_examples=300, deadline=None)
@given(category=st.sampled_from(["farm", "legal_entity", "condominium"]), a=areas, b=areas)
def test_the_fee_never_falls_as_the_area_grows(rules, category, a, b):
    small, large = sorted((a, b))
    assert (
        rules.fees.compute(category, small, PAID).tenge
        <= rules.fees.compute(category, large, PAID).tenge
    )
