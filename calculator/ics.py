"""An RFC 5545 calendar file with one all-day event for a due date.

Nothing here reads the clock: the caller passes DTSTAMP, and the UID is a hash of the inputs, so
the same question always gives byte-identical files.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from typing import Iterable

PRODID = "-//Zher aktileri//Land act calculator//KK"
MAX_OCTETS = 75  # RFC 5545 3.1: fold longer content lines


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Split at 75 octets without cutting a UTF-8 character; continuations start with a space."""
    parts, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > MAX_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += octets
    parts.append(current)
    return "\r\n".join(parts)


def uid(parts: Iterable[str]) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32] + "@zher-aktileri"


def all_day_event(day: date, summary: str, description: str, lang: str,
                  uid_parts: Iterable[str], stamp: datetime) -> str:
    """``stamp`` is DTSTAMP in UTC; the event spans ``day`` (DTEND is the next day, exclusive)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid(uid_parts)}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY;LANGUAGE={lang}:{_escape(summary)}",
        f"DESCRIPTION;LANGUAGE={lang}:{_escape(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)
