"""Terms of the service: the act's due date (clause 7), complaint answers (clause 25) and the
storage of unclaimed documents (clause 26). The numbers come from the bundle's ``terms``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from calculator.calendar import DayOff, ProductionCalendar
from calculator.errors import InputError

AUTHORIZED_BODY = "authorized-body"  # уәкілетті орган: the land relations department
CENTRE = "centre"  # халыққа қызмет көрсету орталығы (ХҚКО), a public service centre
SUBMISSION_OFFICES = (AUTHORIZED_BODY, CENTRE)  # where documents are handed in (clause 9)
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class SkippedDay:
    day: date
    day_off: DayOff | None  # None: an ordinary Saturday or Sunday


@dataclass(frozen=True)
class Deadline:
    submitted: date
    case: str
    office: str
    working_days: int
    counted: tuple[date, ...]
    skipped: tuple[SkippedDay, ...]

    @property
    def ready_on(self) -> date:
        return self.counted[-1]


@dataclass(frozen=True)
class ComplaintDue:
    registered: date
    calendar_days: int
    nominal: date  # registration + calendar days
    skipped: tuple[SkippedDay, ...]  # non-working days the due date rolled over
    due_on: date


@dataclass(frozen=True)
class Storage:
    office: str
    ready_on: date
    months: int
    until: date
    clamped: bool  # the month had no such day, so its last day was taken
    then: str  # who receives the documents afterwards


class OfficeClosed(InputError):
    def __init__(self, day: date, office: str, day_off: DayOff | None):
        super().__init__("office_closed", "submitted", day=day, office=office, day_off=day_off)


def add_months(day: date, months: int) -> tuple[date, bool]:
    """Calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    last = (following - ONE_DAY).day
    return date(year, month, min(day.day, last)), day.day > last


class ServiceTerms:
    def __init__(self, calendar: ProductionCalendar, data: Mapping, offices: Mapping):
        """``data`` is the bundle's "terms"; ``offices`` its "offices" (hours by office id)."""
        self.calendar = calendar
        self.data = data
        self.offices = offices

    def office_open_on(self, office: str, day: date) -> bool:
        """The authorized body works on working days; a centre also on Saturdays that are not
        days off (and on a Sunday only when a transfer made it a working day)."""
        if self.calendar.is_working_day(day):
            return True
        return (
            day.isoweekday() in self.offices[office]["weekdays"]
            and self.calendar.day_off(day) is None
        )

    def _skipped(self, day: date) -> SkippedDay:
        return SkippedDay(day, self.calendar.day_off(day))

    def deadline(self, submitted: date, case: str, office: str = AUTHORIZED_BODY) -> Deadline:
        """Counting starts with the first working day after the submission day; the act is due
        on the last counted day."""
        working_days = self.data["working_days"].get(case)
        if working_days is None:
            raise InputError("unknown_case", "case", value=case)
        if office not in SUBMISSION_OFFICES:
            raise InputError("unknown_office", "office", value=office)
        self.calendar.check(submitted, "submitted")
        if not self.office_open_on(office, submitted):
            raise OfficeClosed(submitted, office, self.calendar.day_off(submitted))
        counted: list[date] = []
        skipped: list[SkippedDay] = []
        day = submitted
        while len(counted) < working_days:
            day += ONE_DAY
            if self.calendar.is_working_day(day):
                counted.append(day)
            else:
                skipped.append(self._skipped(day))
        return Deadline(submitted, case, office, working_days, tuple(counted), tuple(skipped))

    def complaint(self, registered: date, simple: bool) -> ComplaintDue:
        """30 calendar days from registration, 15 where no extra information or study is needed;
        a due date on a non-working day moves to the next working day (the site's reading of the
        general rule on terms)."""
        complaint = self.data["complaint"]
        days = complaint["calendar_days_simple" if simple else "calendar_days"]
        self.calendar.check(registered, "registered")
        nominal = registered + timedelta(days=days)
        due, skipped = nominal, []
        while not self.calendar.is_working_day(due):
            skipped.append(self._skipped(due))
            due += ONE_DAY
        return ComplaintDue(registered, days, nominal, tuple(skipped), due)

    def storage(self, ready_on: date, office: str) -> Storage:
        """Unclaimed documents are kept for whole calendar months counted from the due date."""
        rule = self.data["storage"].get(office)
        if rule is None:
            raise InputError("unknown_office", "office", value=office)
        self.calendar.check(ready_on, "ready_on")
        until, clamped = add_months(ready_on, rule["months"])
        return Storage(office, ready_on, rule["months"], until, clamped, rule["then"])
