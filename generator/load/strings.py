"""The site's interface strings (one catalogue in data/strings/, Kazakh first) as templates use them.

data/strings/calculator.yaml holds the words the calculator's rules print (shipped to the browser
in the bundle) and the field, office and case names the form shares with them; the other files
hold the pages' own words. Counted nouns and clause references are formatted by code, never
hand-written next to a number: ``t.count(6, "working_day")``, ``t.clause("11.1")``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from calculator.messages import Strings
from generator.core.errors import DataError
from generator.core.yamlio import load_yaml


class Ui:
    """UI strings of one language: ``t.key`` or ``t('key', n=1)`` in templates."""

    def __init__(self, strings: dict[str, dict[str, str]], lang: str):
        self._strings = strings
        self._lang = lang

    def __getattr__(self, key: str) -> str:
        try:
            return self._strings[key][self._lang]
        except KeyError:
            raise AttributeError(f"data/strings/: no string {key!r} in {self._lang!r}") from None

    def __call__(self, key: str, **values: Any) -> str:
        return getattr(self, key).format(**values)

    def count(self, n: int, unit: str) -> str:
        """A count with its unit in the page's language ("6 жұмыс күні", "4 рабочих дня"), by the
        calculator's own plural rule and units."""
        return Strings(self._strings).count(int(n), unit, self._lang)

    def note_on_originals(self, facts: Mapping, case: str) -> str:
        """Clause 11's rule on showing originals as the note under a case's list of documents
        (review8 K9): the act's sentence quoted, with its clause; "" where the case has none."""
        note = facts.get("originals", {}).get(case)
        if not note:
            return ""
        return self(
            "originals_note", text=note["text"][self._lang], clause=self.clause(note["clause"])
        )

    def clause(self, number: object) -> str:
        """A clause reference: "11" → 11-тармақ / пункт 11; "11.1" → 11-тармақтың 1) тармақшасы /
        подпункт 1) пункта 11."""
        whole, _, sub = str(number).partition(".")
        if sub:
            return self("subclause_ref", n=whole, sub=sub)
        return self("clause_ref", n=whole)


def merged_strings(files: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Every file of data/strings/ as one catalogue; a key defined in two files is an error."""
    merged: dict[str, dict[str, str]] = {}
    where: dict[str, str] = {}
    for name in sorted(k for k in files if k.startswith("strings/")):
        for key, value in files[name].items():
            if key in merged:
                raise DataError(
                    f"data/{name}.yaml: string {key!r} is already defined in {where[key]}"
                )
            merged[key], where[key] = value, f"data/{name}.yaml"
    return merged


def load_ui(strings_dir: Path) -> dict[str, dict[str, str]]:
    """Every file of ``strings_dir`` (data/strings/) merged. The build reads them once, in
    ``load_site``; this is for the local server alone."""
    paths = sorted(Path(strings_dir).glob("*.yaml"))
    return merged_strings({f"strings/{p.stem}": load_yaml(p).data for p in paths})
