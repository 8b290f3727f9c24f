"""The official text (data/source/) as numbered lines, split into the act and its four standards.

Line numbers are 1-based and refer to ``data/source/resolution-2010-102.kk.txt`` exactly, so every
extracted value can point back to the line it came from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.core.errors import DataError

SOURCE_NAME = "resolution-2010-102.kk.txt"
SOURCE_SHA256 = "bdc51327befdf3585d7eb454fa8099a78bdd6b489cd84490b9477b115886de6d"

# Each standard begins with the line that carries its title and "мемлекеттік қызмет стандарты";
# the approval stamp ("Қазақстан Республикасы Үкіметінің ... бекітілген") before it belongs to the
# previous standard's tail and is skipped. The editorial note on the next line confirms the start.
_NEW_EDITION_NOTE = "Ескерту. Стандарт жаңа редакцияда"
# An appendix heading ends its stamp with "N-қосымша" ("appendix N"); a clause citing one says
# "N-қосымшасына" and is not a heading.
_APPENDIX_MARKER = re.compile(r"(\d)\s*-\s*қосымша(?![а-яәғқңөұүһі])")


def source_info(data_dir: Path) -> dict:
    """Name, size and checksum of the shipped official text, for the about page; an edited text
    is refused here as by the extractors."""
    raw = Source.load(data_dir).text.encode("utf-8")
    return {"name": SOURCE_NAME, "bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}


@dataclass(frozen=True)
class Span:
    """Inclusive 1-based line range."""

    first: int
    last: int


class Source:
    def __init__(self, text: str):
        self.text = text
        self.lines = text.split("\n")

    @classmethod
    def load(cls, data_dir: Path) -> Source:
        raw = (Path(data_dir) / "source" / SOURCE_NAME).read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != SOURCE_SHA256:
            raise DataError(
                f"data/source/{SOURCE_NAME}: sha256 {digest} does not match {SOURCE_SHA256} "
                "(the official text is never edited; corrections go to data/corrections/)"
            )
        return cls(raw.decode("utf-8"))

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def numbered(self, span: Span) -> list[tuple[int, str]]:
        return [(n, self.lines[n - 1]) for n in range(span.first, span.last + 1)]

    def standard_spans(self) -> dict[int, Span]:
        """Lines of standards 1–4: from the title line to the line before the next title block."""
        notes = [i + 1 for i, line in enumerate(self.lines) if line.startswith(_NEW_EDITION_NOTE)]
        if len(notes) != 4:
            raise DataError(
                f"data/source/{SOURCE_NAME}: expected 4 standards, found {len(notes)} new-edition notes"
            )
        starts = []
        for note in notes:
            # The title ends with "стандарты" (possibly bold); it may wrap over two lines.
            title = note - 2
            while not self.lines[title - 1].strip():
                title -= 1
            if not self.lines[title - 1].lstrip("*").startswith("«"):
                title -= 1
            starts.append(title)
        ends = [self._stamp_start(s) - 1 for s in starts[1:]] + [len(self.lines)]
        return {k + 1: Span(starts[k], ends[k]) for k in range(4)}

    def act_span(self) -> Span:
        first_standard = self.standard_spans()[1].first
        return Span(1, self._stamp_start(first_standard) - 1)

    def _stamp_start(self, title_line: int) -> int:
        """First line of the approval stamp block that precedes a standard's title."""
        n = title_line - 1
        while (
            n > 1
            and "Қазақстан" not in self.lines[n - 1].replace(" ", "")
            and "Қазақстан" not in self.lines[n - 1]
        ):
            n -= 1
        return n


def appendix_spans(lines: list[str], standard: Span) -> dict[int, tuple[int, int]]:
    """Appendix number → (first, last) line of its block in one standard of the (corrected) ``lines``."""
    marks = []
    for n in range(standard.first, standard.last + 1):
        text = lines[n - 1]
        match = _APPENDIX_MARKER.search(text) if len(text) < 250 else None
        if match and (not marks or marks[-1][1] != int(match.group(1))):
            marks.append((n, int(match.group(1))))
    spans = {}
    for (line, number), nxt in zip(marks, marks[1:] + [(standard.last + 1, 0)], strict=True):
        spans.setdefault(number, (line, nxt[0] - 1))
    return spans
