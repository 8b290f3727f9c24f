"""Recorded corrections of conversion errors in the official text.

A corrections file is a YAML list; each record says what the conversion broke and why the fix is
right, so a reader can audit every change made to the source:

    - line: 280                 # 1-based line in data/source/resolution-2010-102.kk.txt
      original: "Б өлім бастығы"
      corrected: "Бөлім бастығы"
      why: split word
    - lines: [258, 540]         # or a range: every line from 258 to 540 inclusive
      original: "қатаинастары"
      corrected: "қатынастары"
      why: misspelt in the conversion

``original`` must occur on every line a record names (a stale record fails loudly instead of
silently doing nothing). Records apply in file order; the result is the text the extractors parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.core.errors import DataError
from generator.core.yamlio import load_yaml


@dataclass(frozen=True)
class Correction:
    first: int
    last: int
    original: str
    corrected: str
    why: str
    file: str
    file_line: int
    # The source's own spelling of a place, replaced by the one the other tables use: a reader who
    # copies it from the act still finds the place (the directory's district filter accepts it).
    source_spelling: bool = False


def load_corrections(path: Path) -> list[Correction]:
    loaded = load_yaml(path)
    records = loaded.data or []
    if not isinstance(records, list):
        raise DataError(f"{path}:1: a corrections file is a list of records")
    result = []
    for index, record in enumerate(records):
        where = f"{path}:{loaded.line_of(record)}: [{index}]"
        if not isinstance(record, dict):
            raise DataError(f"{where}: a correction is a mapping")
        unknown = set(record) - {"line", "lines", "original", "corrected", "why", "source_spelling"}
        if unknown:
            raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
        for field in ("original", "corrected", "why"):
            if not isinstance(record.get(field), str) or (
                field != "corrected" and not record[field]
            ):
                raise DataError(f"{where}.{field}: required text")
        if "line" in record:
            first = last = record["line"]
        elif isinstance(record.get("lines"), list) and len(record["lines"]) == 2:
            first, last = record["lines"]
        else:
            raise DataError(f"{where}: give `line: N` or `lines: [first, last]`")
        result.append(
            Correction(
                first,
                last,
                record["original"],
                record["corrected"],
                record["why"],
                str(path),
                loaded.line_of(record) or 0,
                record.get("source_spelling") is True,
            )
        )
    return result


def apply_corrections(lines: list[str], corrections: list[Correction]) -> list[str]:
    """Return a corrected copy of the 0-indexed ``lines`` (numbers in records are 1-based)."""
    fixed = list(lines)
    for c in corrections:
        hits = 0
        for n in range(c.first, c.last + 1):
            if c.original in fixed[n - 1]:
                fixed[n - 1] = fixed[n - 1].replace(c.original, c.corrected)
                hits += 1
            elif c.first == c.last:
                break
        if hits == 0:
            raise DataError(
                f"{c.file}:{c.file_line}: correction {c.original!r} → {c.corrected!r} "
                f"matches nothing on source line(s) {c.first}-{c.last}"
            )
    return fixed


# The extractors that read correction files, in the order the quality report lists their records.
EXTRACTOR_CORRECTIONS = ("fees", "standards", "directories")


def correction_files(data_dir: Path, name: str) -> list[Path]:
    """data/corrections/<name>.yaml, then data/corrections/<name>/*.yaml in file-name order: the
    same layout as the translation memories."""
    folder = Path(data_dir) / "corrections"
    return [folder / f"{name}.yaml", *sorted((folder / name).glob("*.yaml"))]


def corrected_lines(
    lines: list[str], files: list[Path], problems: list[str] | None = None
) -> list[str]:
    """``lines`` with the records of ``files`` applied in order. Given a ``problems`` list (the
    ``--check`` view), a file or record that fails is noted there and the rest still apply."""
    corrections: list[Correction] = []
    for path in files:
        try:
            corrections += load_corrections(path)
        except DataError as exc:
            if problems is None:
                raise
            problems.append(str(exc))
    if problems is None:
        return apply_corrections(lines, corrections)
    for c in corrections:
        try:
            lines = apply_corrections(lines, [c])
        except DataError as exc:
            problems.append(str(exc))
    return lines
