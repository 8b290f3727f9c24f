"""The wording in force: which amending act's wording of a clause the rules apply, and whether that
wording had taken effect on a given day (from the bundle's ``amendments``, read from the act's notes).

The rules always apply the last wording, the only one the source prints. For a day before that
wording took effect they still answer, and say so: the earlier wording is not in the source, so
it is neither applied nor guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from calculator.mci import as_date

IN_FORCE, NOT_YET, UNKNOWN = "in_force", "not_yet", "unknown"
WHOLE = "all"  # a change of the whole standard: its new edition


@dataclass(frozen=True)
class Amendment:
    act: int
    adopted: date
    effective_on: date | None  # None: a number of days after a publication the source does not date
    days_after_publication: int | None
    changes: Mapping[str, str]  # clause of the standards ("all" for all of them) → kind of change


@dataclass(frozen=True)
class WordingNote:
    """One amendment behind a clause a rule applied, and whether it was in force on ``day``."""

    amendment: Amendment
    clause: str  # the clause it changed, or "all"
    change: str  # amended | new_wording
    day: date
    status: str  # in_force | not_yet | unknown


class Wording:
    def __init__(self, amendments: Iterable[Amendment]):
        self.amendments = tuple(sorted(amendments, key=lambda a: a.adopted))

    @classmethod
    def from_data(cls, data: Iterable[Mapping]) -> Wording:
        """The four standards were amended alike; a clause changed in any of them counts for all."""
        found = []
        for item in data:
            effective = item["effective"]
            found.append(
                Amendment(
                    int(item["act"]["number"]),
                    as_date(item["act"]["date"]),
                    as_date(effective["date"]) if effective["kind"] == "on" else None,
                    effective.get("days"),
                    {change["clause"]: change["change"] for change in item["changes"]},
                )
            )
        return cls(found)

    def _settled(self, amendment: Amendment) -> date | None:
        """The first day a later amendment of the same standards took effect on a known date. The
        source prints that later act's changes inside this act's wording, so from that day on this
        wording was in force even though its own start is not dated."""
        later = [
            a.effective_on
            for a in self.amendments
            if a.adopted > amendment.adopted and a.effective_on is not None
        ]
        return min(later, default=None)

    def status(self, amendment: Amendment, day: date) -> str:
        if amendment.effective_on is not None:
            return IN_FORCE if day >= amendment.effective_on else NOT_YET
        if day < amendment.adopted:
            return NOT_YET
        settled = self._settled(amendment)
        return IN_FORCE if settled is not None and day >= settled else UNKNOWN

    def notes(self, day: date, clauses: Iterable[str]) -> tuple[WordingNote, ...]:
        """Each amendment of ``clauses`` (or of the whole standard), oldest first."""
        wanted = set(clauses)
        notes = []
        for amendment in self.amendments:
            for clause, change in amendment.changes.items():
                if clause == WHOLE or clause in wanted:
                    notes.append(
                        WordingNote(amendment, clause, change, day, self.status(amendment, day))
                    )
        return tuple(notes)
