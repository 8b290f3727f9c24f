"""Is my act late? The due date of clause 7, the working days past it on a check date, and when a
complaint registered that day must be answered (clause 25)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calculator.calendar import OutsideCalendar
from calculator.errors import InputError
from calculator.terms import ONE_DAY, ComplaintDue, Deadline, ServiceTerms


@dataclass(frozen=True)
class Lateness:
    deadline: Deadline
    checked_on: date
    late_days: tuple[date, ...]  # the working days d with due date < d ≤ check date
    complaint: ComplaintDue | None  # registered on the check date; None when not late
    complaint_simple: ComplaintDue | None  # the shorter term, where no study is needed

    @property
    def late(self) -> bool:
        return bool(self.late_days)

    @property
    def late_working_days(self) -> int:
        return len(self.late_days)


def lateness(
    terms: ServiceTerms, submitted: date, case: str, office: str, checked_on: date
) -> Lateness:
    """The act is late from the first working day after its due date; a check on the due date
    itself, or on the days off right after it, finds it not late yet."""
    deadline = terms.deadline(submitted, case, office)
    terms.calendar.check(checked_on, "checked_on")
    if checked_on < submitted:
        raise InputError(
            "checked_before_submitted", "checked_on", day=checked_on, submitted=submitted
        )
    late_days = []
    day = deadline.ready_on + ONE_DAY
    while day <= checked_on:
        if terms.calendar.is_working_day(day):
            late_days.append(day)
        day += ONE_DAY
    if not late_days:
        return Lateness(deadline, checked_on, (), None, None)
    try:
        complaints = terms.complaint(checked_on, False), terms.complaint(checked_on, True)
    except (
        OutsideCalendar
    ) as beyond:  # the answer term runs past the calendar: the check date is too late
        raise OutsideCalendar(**beyond.params, field="checked_on") from None
    return Lateness(deadline, checked_on, tuple(late_days), *complaints)
