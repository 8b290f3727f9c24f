"""RFC 5545 calendar files: one all-day event for a due date, and the calendar wrapper the
open-data production calendar uses too (lines written by ``calculator.contentlines``).

Nothing here reads the clock: the caller passes DTSTAMP, and the UID is a hash of the inputs, so
the same question always gives byte-identical files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from calculator.contentlines import escape, write

PRODID = "-//Zher aktileri//Land act calculator//KK"


def uid(parts: Iterable[str]) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32] + "@zher-aktileri"


def all_day(
    uid_value: str,
    stamp: datetime,
    day: date,
    summary: str,
    lang: str | None = None,
    description: str | None = None,
) -> list[str]:
    """The lines of one transparent all-day VEVENT (DTEND is the next day, exclusive)."""
    language = f";LANGUAGE={lang}" if lang else ""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid_value}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY{language}:{escape(summary)}",
    ]
    if description is not None:
        lines.append(f"DESCRIPTION{language}:{escape(description)}")
    return lines + ["TRANSP:TRANSPARENT", "END:VEVENT"]


def calendar(
    prodid: str, events: Iterable[Sequence[str]], properties: Sequence[str] = ("METHOD:PUBLISH",)
) -> str:
    """A VCALENDAR around ``events`` (each a list of lines), folded, CRLF."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{prodid}",
        "CALSCALE:GREGORIAN",
        *properties,
    ]
    for event in events:
        lines += event
    return write(lines + ["END:VCALENDAR"])


def all_day_event(
    day: date, summary: str, description: str, lang: str, uid_parts: Iterable[str], stamp: datetime
) -> str:
    """``stamp`` is DTSTAMP in UTC; the event spans ``day``."""
    return calendar(PRODID, [all_day(uid(uid_parts), stamp, day, summary, lang, description)])
