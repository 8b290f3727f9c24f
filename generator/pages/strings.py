"""The site's interface strings (one catalogue in data/strings/, Kazakh first) as templates use them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calculator.messages import LANGS
from generator.errors import DataError
from generator.load.yamlio import load_yaml

STRINGS_DIR = Path(__file__).resolve().parents[2] / "data" / "strings"


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


def load_ui(strings_dir: Path = STRINGS_DIR) -> dict[str, dict[str, str]]:
    """Every file of data/strings/ merged; a key defined in two files is an error."""
    merged: dict[str, dict[str, str]] = {}
    where: dict[str, str] = {}
    for path in sorted(Path(strings_dir).glob("*.yaml")):
        for key, value in load_yaml(path).data.items():
            if key in merged:
                raise DataError(f"{path}: string {key!r} is already defined in {where[key]}")
            merged[key], where[key] = value, path.name
    return merged
