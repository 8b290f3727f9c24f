"""АЕК (айлық есептік көрсеткіш; МРП, месячный расчётный показатель): the index in tenge.

Appendix 7 prices the work in АЕК "established by the law on the republican budget for the
corresponding financial year", so the value in force on the day of payment applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise

from calculator.errors import InputError


def as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


@dataclass(frozen=True)
class MciRecord:
    starts: date
    tenge: Decimal
    law: Mapping[str, str]  # the budget law's title, {"kk": ..., "ru": ...}


class MciOutOfRange(InputError):
    """The table has no value for the day: the page asks the user to type one."""

    def __init__(self, day: date, first: date, last: date):
        super().__init__("mci_needed", "mci", day=day, first=first, last=last)
        self.day = day


class MciTable:
    def __init__(self, records: Iterable[Mapping]):
        rows = [
            MciRecord(as_date(r["from"]), Decimal(str(r["tenge"])), dict(r["law"])) for r in records
        ]
        if not rows:
            raise ValueError("an АЕК table needs at least one row")
        if any(a.starts >= b.starts for a, b in pairwise(rows)):
            raise ValueError("АЕК rows must be in strictly increasing date order")
        self.rows = tuple(rows)
        self.first_day = rows[0].starts
        # A budget law sets the index for its own financial year, so the table says nothing
        # about any day after the end of the year of its last row.
        self.last_day = date(rows[-1].starts.year, 12, 31)

    def on(self, day: date) -> MciRecord:
        """The record in force on ``day``; MciOutOfRange outside the table."""
        if not self.first_day <= day <= self.last_day:
            raise MciOutOfRange(day, self.first_day, self.last_day)
        return [row for row in self.rows if row.starts <= day][-1]
