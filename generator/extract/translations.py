"""Russian translation memories: data/translations/<name>.ru.yaml, a list of {kk, ru} keyed by
the corrected Kazakh text. An extractor asks for each text in both languages and, at the end,
fails listing every Kazakh text that has no Russian, so nothing reaches /ru/ untranslated."""

from __future__ import annotations

from pathlib import Path

from generator.yamlio import DataError, load_yaml


class TranslationMemory:
    def __init__(self, data_dir: Path, name: str):
        self.rel = f"data/translations/{name}.ru.yaml"
        self._ru = {row["kk"]: row["ru"] for row in load_yaml(Path(data_dir) / "translations" / f"{name}.ru.yaml").data}
        self._missing: set[str] = set()

    def both(self, kk: str) -> dict:
        """{"kk": kk, "ru": its Russian}; a missing Russian is remembered for ``check``."""
        if kk not in self._ru:
            self._missing.add(kk)
        return {"kk": kk, "ru": self._ru.get(kk, "")}

    def check(self) -> None:
        if self._missing:
            raise DataError(f"{self.rel}: no Russian for:\n  " + "\n  ".join(sorted(self._missing)))
