"""The act itself, from the line under its title: its number and date, and the act that repealed
it, each with the source line it was read from (nothing about the act is typed from memory)."""

from __future__ import annotations

import re
from datetime import date

from calculator.messages import KAZAKH_MONTHS
from generator.core.errors import DataError
from generator.core.source import Source

_ACT = re.compile(r"Үкіметінің (\d{4}) жылғы (\d{1,2}) (\w+) № (\d+) Қаулы")


def _kazakh_date(year: str, day: str, month_word: str) -> date:
    months = [n for n, name in enumerate(KAZAKH_MONTHS, 1) if month_word.startswith(name)]
    if len(months) != 1:
        raise DataError(f"cannot read the Kazakh month in «{month_word}»")
    return date(int(year), months[0], int(day))


def legal_period(source: Source) -> dict:
    """Resolution No. 102 and the act that repealed it, from the line under the title."""
    for number, line in source.numbered(source.act_span()):
        acts = _ACT.findall(line)
        if "Күші жойылды" in line and len(acts) == 2:
            (year, day, month, act), (r_year, r_day, r_month, repealing) = acts
            return {
                "number": int(act),
                "adopted": _kazakh_date(year, day, month).isoformat(),
                "repealed_by": {
                    "number": int(repealing),
                    "date": _kazakh_date(r_year, r_day, r_month).isoformat(),
                },
                "line": number,
            }
    raise DataError(
        "data/source: no line of the act names the resolution and the act that repealed it"
    )
