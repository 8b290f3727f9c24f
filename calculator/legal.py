"""When the standards were in force: from Resolution No. 102 to its repeal (from the bundle)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calculator.mci import as_date


@dataclass(frozen=True)
class InForce:
    adopted: date
    act: str
    repealed: date
    repealed_by: str

    @classmethod
    def from_data(cls, data: Mapping) -> InForce:
        return cls(
            as_date(data["act"]["date"]),
            str(data["act"]["number"]),
            as_date(data["repealed_by"]["date"]),
            str(data["repealed_by"]["number"]),
        )

    def covers(self, day: date) -> bool:
        # The repealing resolution took effect ten days after a publication date the source does
        # not give, so only days after the repealing act's own date are flagged.
        return self.adopted <= day <= self.repealed

    def warnings(self, day: date) -> tuple[str, ...]:
        return () if self.covers(day) else ("outside_period",)
