"""The wording in force: which amending act's wording of a clause the rules apply, and whether that
wording had taken effect on a given day (from the bundle's ``amendments``, read from the act's notes).

The rules always apply the last wording, the only one the source prints. For a day before that
wording took effect they still answer, and say so: the earlier wording is not in the source, so
it is neither applied nor guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

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
        """The last day this wording may still have been waiting for its publication, plus one.
        A later act amended clauses of this wording (the source prints its notes inside it), and
        an act amends a text already officially published: so this wording was published by the
        later act's adoption at the latest, and in force once its days after publication had
        passed (№ 1429 of 01.12.2011 amends № 545's wording: published by 01.12.2011, in force
        from 12.12.2011 at the latest). A later act that took effect on a known date bounds it
        too."""
        bounds = []
        for later in self.amendments:
            if later.adopted <= amendment.adopted:
                continue
            if amendment.days_after_publication is not None:
                bounds.append(later.adopted + timedelta(days=amendment.days_after_publication + 1))
            if later.effective_on is not None:
                bounds.append(later.effective_on)
        return min(bounds, default=None)

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
