"""Kazakhstan's production calendar (өндірістік күнтізбе) as plain data from the bundle.

A working day is Monday to Friday, minus the days off (public holidays that are days off, the
next working day after a holiday that fell on a weekend, and days off moved by a transfer
decree), plus the Saturdays and Sundays a transfer decree made working days. The bundle builds
the lists from the ``holidays`` package; here they are only looked up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from calculator.errors import InputError
from calculator.mci import as_date

SATURDAY, SUNDAY = 6, 7  # ISO weekdays


@dataclass(frozen=True)
class DayOff:
    day: date
    name: Mapping[str, str]  # {"kk": ..., "ru": ...}


@dataclass(frozen=True)
class WorkingWeekend:
    day: date
    day_off: date  # the weekday off it was exchanged for


class OutsideCalendar(InputError):
    def __init__(self, day: date, first: date, last: date, field: str | None = None):
        super().__init__("date_outside_calendar", field, day=day, first=first, last=last)


class ProductionCalendar:
    def __init__(
        self,
        first: date,
        last: date,
        days_off: Iterable[DayOff],
        working_weekends: Iterable[WorkingWeekend],
    ):
        self.first, self.last = first, last
        self.days_off = {d.day: d for d in days_off}
        self.working_weekends = {w.day: w for w in working_weekends}

    @classmethod
    def from_data(cls, data: Mapping) -> ProductionCalendar:
        return cls(
            as_date(data["first"]),
            as_date(data["last"]),
            (DayOff(as_date(d["date"]), {"kk": d["kk"], "ru": d["ru"]}) for d in data["days_off"]),
            (
                WorkingWeekend(as_date(w["date"]), as_date(w["day_off"]))
                for w in data["working_weekends"]
            ),
        )

    def check(self, day: date, field: str | None = None) -> date:
        if not self.first <= day <= self.last:
            raise OutsideCalendar(day, self.first, self.last, field)
        return day

    def day_off(self, day: date) -> DayOff | None:
        return self.days_off.get(self.check(day))

    def working_weekend(self, day: date) -> WorkingWeekend | None:
        return self.working_weekends.get(self.check(day))

    def is_working_day(self, day: date) -> bool:
        if self.day_off(day):
            return False
        return day.isoweekday() < SATURDAY or day in self.working_weekends
