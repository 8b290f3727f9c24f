"""Is an office open at a given local time? Clause 9 of the standards, hours from the bundle.

The caller passes the local wall-clock time of the plot's oblast (the browser converts with the
region's IANA zone), so the rules need no time-zone database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time

from calculator.calendar import DayOff
from calculator.errors import InputError
from calculator.terms import ServiceTerms


@dataclass(frozen=True)
class OpenCheck:
    office: str
    at: datetime
    open: bool
    reason: str  # "open", "closed_day", "before_opening", "lunch" or "after_closing"
    hours: tuple[tuple[time, time], ...]  # the day's opening intervals, empty on a closed day
    day_off: DayOff | None


def _intervals(office: Mapping) -> tuple[tuple[time, time], ...]:
    return tuple(
        (time.fromisoformat(start), time.fromisoformat(end)) for start, end in office["hours"]
    )


def check_open(terms: ServiceTerms, office: str, at: datetime) -> OpenCheck:
    """``office`` is "authorized-body", "centre" or "centre-branch" (a centre's branch or
    representative office). Intervals are half-open: open at 09:00 and 14:00, closed at 13:00."""
    if office not in terms.offices:
        raise InputError("unknown_office", "office", value=office)
    terms.calendar.check(at.date(), "at")
    day_off = terms.calendar.day_off(at.date())
    if not terms.office_open_on(office, at.date()):
        return OpenCheck(office, at, False, "closed_day", (), day_off)
    hours = _intervals(terms.offices[office])
    now = at.time()
    if any(start <= now < end for start, end in hours):
        reason = "open"
    elif now < hours[0][0]:
        reason = "before_opening"
    elif now >= hours[-1][1]:
        reason = "after_closing"
    else:
        reason = "lunch"
    return OpenCheck(office, at, reason == "open", reason, hours, day_off)
