"""Russian translation memories: data/translations/<name>.ru.yaml and data/translations/<name>/*.ru.yaml,
lists of {kk, ru} keyed by the corrected Kazakh text. An extractor asks for each text in both languages and, at the end,
fails listing every Kazakh text that has no Russian, so nothing reaches /ru/ untranslated."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.core.errors import DataError
from generator.core.yamlio import load_yaml


class TranslationMemory:
    def __init__(self, data_dir: Path, name: str):
        folder = Path(data_dir) / "translations"
        self.rel = f"data/translations/{name}.ru.yaml"
        self._ru: dict[str, str] = {}
        for path in [folder / f"{name}.ru.yaml", *sorted((folder / name).glob("*.ru.yaml"))]:
            loaded = load_yaml(path)
            for row in loaded.data or []:
                if not row.get("ru"):
                    continue  # a row still being translated
                previous = self._ru.get(row["kk"])
                if previous is not None and previous != row["ru"]:
                    raise DataError(
                        f"{path}:{loaded.line_of(row)}: two Russian texts for {row['kk']!r}: "
                        f"{previous!r} and {row['ru']!r}"
                    )
                self._ru[row["kk"]] = row["ru"]
        self._missing: set[str] = set()

    def both(self, kk: str) -> dict:
        """{"kk": kk, "ru": its Russian}; a missing Russian is remembered for ``check``."""
        if kk not in self._ru:
            self._missing.add(kk)
        return {"kk": kk, "ru": self._ru.get(kk, "")}

    def missing(self) -> list[str]:
        return sorted(self._missing)

    def check(self) -> None:
        if missing := self.missing():
            raise DataError(f"{self.rel}: no Russian for:\n  " + "\n  ".join(missing))


def to_translate(missing: list[str]) -> list[str]:
    """The ``--check`` section listing Kazakh texts without Russian, as YAML rows to fill in and
    paste into a translation memory."""

    def scalar(text: str) -> str:
        return (
            yaml.safe_dump(text, allow_unicode=True, width=10_000)
            .strip()
            .removesuffix("\n...")
            .strip()
        )

    return [f"\n## missing Russian: {len(missing)}"] + [
        f"- kk: {scalar(text)}\n  ru: " for text in missing
    ]
