"""The fee for preparing the act (қызмет ақысы): clause 8 and appendix 7 of every standard.

Tenge = tariff in АЕК × coefficient of the area band × АЕК in force on the day of payment, in
decimal arithmetic, rounded half-up to the tiyn. The table does not distinguish a duplicate, so
a duplicate pays the same tariff.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal

from calculator.errors import InputError
from calculator.legal import InForce
from calculator.mci import MciRecord, MciTable

# Kazakhstan's whole territory, 2 724 900 km²: any larger plot is a typing error.
KAZAKHSTAN_AREA_HA = Decimal("272490000")
# The index was 4 325 ₸ in 2026; a typed value above this is a slip of the keyboard, and the
# bound keeps every product exact within the context below.
MAX_TYPED_MCI = Decimal("1000000")
TIYN = Decimal("0.01")
ONE = Decimal(1)
_EXACT = Context(prec=60)


@dataclass(frozen=True)
class Band:
    bound_ha: Decimal | None  # None: the last band, above the previous bound
    coefficient: Decimal


@dataclass(frozen=True)
class AppliedBand:
    kind: str  # "flat" (individuals), "base" (within the base area), "up_to" or "above"
    bound_ha: Decimal | None  # the base area, the band's bound, or the bound the area is above
    coefficient: Decimal


@dataclass(frozen=True)
class Category:
    id: str
    name: Mapping[str, str]
    tariff_mci: Decimal
    base_area_ha: Decimal | None  # None: a flat tariff, the area is not asked
    bands: tuple[Band, ...]

    @classmethod
    def from_data(cls, data: Mapping) -> Category:
        base = data["base_area_ha"]
        bands = tuple(
            Band(
                None if b["bound_ha"] is None else Decimal(b["bound_ha"]), Decimal(b["coefficient"])
            )
            for b in data["bands"]
        )
        if base is not None and (not bands or bands[-1].bound_ha is not None):
            raise ValueError(
                f"category {data['id']}: the last band must be the one above all bounds"
            )
        return cls(
            data["id"],
            dict(data["name"]),
            Decimal(data["tariff_mci"]),
            None if base is None else Decimal(base),
            bands,
        )

    @property
    def flat(self) -> bool:
        return self.base_area_ha is None

    def band_for(self, area_ha: Decimal | None) -> AppliedBand:
        """ "Up to X ha" includes X: the first band whose bound is not exceeded applies."""
        if self.base_area_ha is None:
            return AppliedBand("flat", None, ONE)
        if area_ha <= self.base_area_ha:
            return AppliedBand("base", self.base_area_ha, ONE)
        previous = self.base_area_ha
        for band in self.bands[:-1]:
            if area_ha <= band.bound_ha:
                return AppliedBand("up_to", band.bound_ha, band.coefficient)
            previous = band.bound_ha
        return AppliedBand("above", previous, self.bands[-1].coefficient)


@dataclass(frozen=True)
class FeeResult:
    category: Category
    area_ha: Decimal | None  # None for a flat tariff
    band: AppliedBand
    mci: Decimal
    mci_record: MciRecord | None  # None when the user typed the АЕК value
    paid_on: date | None
    tenge: Decimal
    warnings: tuple[str, ...]  # message codes

    @property
    def mci_multiple(self) -> Decimal:
        return _EXACT.multiply(self.category.tariff_mci, self.band.coefficient)

    @property
    def rounded(self) -> bool:
        """The exact product had more than tiyns, so the sum shown was rounded."""
        return _EXACT.multiply(self.mci_multiple, self.mci) != self.tenge


def _bounded(value: Decimal, field: str, maximum: Decimal) -> Decimal:
    """A finite number above zero and not above ``maximum``; each failure has its own message."""
    if not value.is_finite():
        raise InputError(f"{field}_not_a_number", field)
    if value <= 0:
        raise InputError(f"{field}_not_positive", field)
    if value > maximum:
        raise InputError(f"{field}_too_large", field, max=maximum)
    return value


def checked_area(area_ha: Decimal | None) -> Decimal:
    if area_ha is None:
        raise InputError("missing_field", "area")
    return _bounded(area_ha, "area", KAZAKHSTAN_AREA_HA)


def checked_mci(mci: Decimal) -> Decimal:
    _bounded(mci, "mci", MAX_TYPED_MCI)
    if mci.quantize(TIYN, context=_EXACT) != mci:
        raise InputError("mci_too_precise", "mci")
    return mci


class FeeSchedule:
    def __init__(self, categories: Iterable[Mapping], mci_table: MciTable, in_force: InForce):
        self.categories = {c.id: c for c in map(Category.from_data, categories)}
        self.mci_table = mci_table
        self.in_force = in_force

    def category(self, category_id: str) -> Category:
        try:
            return self.categories[category_id]
        except KeyError:
            raise InputError("unknown_category", "category", value=category_id) from None

    def compute(
        self,
        category: str,
        area_ha: Decimal | None = None,
        paid_on: date | None = None,
        mci: Decimal | None = None,
    ) -> FeeResult:
        """A typed ``mci`` overrides the table; ``paid_on`` then only drives the period warning."""
        chosen = self.category(category)
        area = None if chosen.flat else checked_area(area_ha)
        if mci is not None:
            record, value = None, checked_mci(mci)
        elif paid_on is None:
            raise InputError("paid_on_or_mci_required", "paid_on")
        else:
            record = self.mci_table.on(paid_on)
            value = record.tenge
        band = chosen.band_for(area)
        multiple = _EXACT.multiply(chosen.tariff_mci, band.coefficient)
        tenge = _EXACT.multiply(multiple, value).quantize(
            TIYN, rounding=ROUND_HALF_UP, context=_EXACT
        )
        warnings = self.in_force.warnings(paid_on) if paid_on is not None else ()
        return FeeResult(chosen, area, band, value, record, paid_on, tenge, warnings)
