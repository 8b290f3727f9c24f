"""The About page's amendment history: one sentence per change each amending act made
(data/amendments.yaml), in date order, with the date in words and when the act took effect."""

from __future__ import annotations

from datetime import date
from typing import Any

from calculator.messages import Strings
from generator.core.errors import DataError
from generator.load.site_data import SiteData


def _effective(strings: Strings, effective: dict[str, Any], lang: str) -> str:
    kind = effective["kind"]
    if kind == "after_publication":
        days = strings.text(f"amendment_days_{effective['days']}", lang)
        return strings.text("amendment_effective_after_publication", lang, days=days)
    if kind == "on":
        return strings.text(
            "amendment_effective_on", lang, day=date.fromisoformat(effective["date"])
        )
    return strings.text("amendment_effective_see_act", lang, clause=effective["clause"])


def _sentence_key(change: dict[str, Any], standards: set[int], all_standards: set[int]) -> str:
    if change["scope"] == "standard" and standards != all_standards:
        # Every change to a standard in the source reaches all four; another needs its own words.
        raise DataError(
            f"data/amendments.yaml line {change['line']}: a change to some standards only "
            "has no sentence in data/strings/act.yaml"
        )
    which = {"all": "all", "preamble": "preamble"}.get(change["clause"], "clause")
    return f"amendment_{change['scope']}_{change['change']}_{which}"


def amendment_history(site: SiteData, lang: str) -> list[str]:
    strings = Strings(site.strings)
    all_standards = {s["number"] for s in site.standards}
    lines = []
    for amendment in sorted(site.amendments, key=lambda a: (a["act"]["date"], a["act"]["number"])):
        act, changes = amendment["act"], amendment["changes"]
        effective = _effective(strings, amendment["effective"], lang)
        done = set()
        for change in changes:
            same = (change["scope"], change["clause"], change["change"])
            if same in done:
                continue
            done.add(same)
            standards = {
                c.get("standard") for c in changes if (c["scope"], c["clause"], c["change"]) == same
            }
            lines.append(
                strings.text(
                    _sentence_key(change, standards, all_standards),
                    lang,
                    act=date.fromisoformat(act["date"]),
                    number=act["number"],
                    clause=change["clause"],
                    effective=effective,
                )
            )
    return lines
