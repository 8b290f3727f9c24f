"""Local time in a region: the offsets of its time zone, as the bundle lists them.

The build reads each zone's offsets from the tz database (generator/load/bundle.py) for the years
the production calendar covers, so the clock the answer page shows and the "UTC+5" said next to it
come from one table: Kazakhstan's zones moved since the standards (all of the country keeps UTC+5
since 1 March 2024), and a label fixed at the standards' time would be wrong for today.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

# A zone's offsets: [[first UTC instant "YYYY-MM-DDTHH:MM", minutes east of UTC], ...], oldest first.
Offsets = Sequence[Sequence]


def offset_at(offsets: Offsets, instant: datetime) -> int:
    """Minutes east of UTC at a UTC instant (naive, or aware in any zone)."""
    if instant.tzinfo:
        instant = instant.astimezone(UTC).replace(tzinfo=None)
    minutes = offsets[0][1]
    for starts, offset in offsets:
        if datetime.fromisoformat(starts) > instant:
            break
        minutes = offset
    return minutes


def local_time(offsets: Offsets, instant: datetime) -> datetime:
    """The region's wall-clock time at a UTC instant."""
    if instant.tzinfo:
        instant = instant.astimezone(UTC).replace(tzinfo=None)
    return instant + timedelta(minutes=offset_at(offsets, instant))


def offset_of_local(offsets: Offsets, wall: datetime) -> int:
    """Minutes east of UTC at a wall-clock time: the offset that maps back onto it (the earlier
    one where the clock was put back and a time came twice; the earlier one in a skipped hour)."""
    for _, minutes in offsets:
        if offset_at(offsets, wall - timedelta(minutes=minutes)) == minutes:
            return minutes
    return offset_at(offsets, wall - timedelta(minutes=offsets[0][1]))


def utc_label(minutes: int) -> str:
    """300 → "UTC+5"; 330 → "UTC+5:30"."""
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")
