"""The rows of the 4 × 4 directory appendices, matched across the standards' copies."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from generator.core.errors import DataError
from generator.core.source import Source, appendix_spans
from generator.core.yamlio import load_yaml
from generator.extract.corrections import corrected_lines, correction_files
from generator.extract.directories.layout import (
    APPENDICES,
    BY_CITY,
    BY_NAME,
    CITY_REGIONS,
    REGION_IDS,
    ZONES,
    Layout,
)
from generator.extract.directories.parsing import (
    Cells,
    city,
    contacts,
    district,
    is_data,
    norm,
    phones,
)
from generator.extract.translations import TranslationMemory

_RECEPTION = "қабылдау бөлмесі"
FIELDS = Cells._fields

# What the site shows of a row follows its own typography and the language guide; the row's
# "source" cells keep the act as published. Quotation marks are «», as most rows print them
# (review10 K2: «189-ші "а" үй» beside «2-23-ші «б» үй»).
_STRAIGHT_QUOTES = re.compile(r'"([^"]*)"')


def common_nouns(glossary: dict) -> re.Pattern[str]:
    """The glossary's terms written in lower case (a common noun: «халыққа қызмет көрсету
    орталығы», docs/dev/language.md) as the appendices capitalise them after the first word of an
    office's name («Қостанай облысының Халыққа …», review10 K1), after a word; not at the start
    of a name, a quotation or a sentence."""
    terms = [re.split(r" \(|,", term)[0] for term in glossary["terms"]]
    capitalised = (t[:1].upper() + t[1:] for t in terms if t[:1].islower())
    return re.compile(r"(?<=\w )(?:" + "|".join(map(re.escape, capitalised)) + ")")


def site_text(text: str, nouns: re.Pattern[str] | None = None) -> str:
    """A Kazakh cell as the site shows it and the translation memory (data/translations/) holds
    it: «» for straight quotes; with ``nouns`` (an office's name), the common nouns in lower
    case."""
    text = _STRAIGHT_QUOTES.sub(r"«\1»", text)
    return nouns.sub(lambda m: m[0][:1].lower() + m[0][1:], text) if nouns else text


@dataclass
class Row:
    """One table row of one standard's copy, after corrections."""

    appendix: int
    standard: int
    line: int
    region: str
    cells: Cells

    @property
    def layout(self) -> Layout:
        return APPENDICES[self.appendix]


class Unparsed(NamedTuple):
    """A line inside a directory table that is not a row the parser understood."""

    standard: int
    appendix: int
    line: int
    region: str | None
    text: str


class Substance(NamedTuple):
    """What must agree for two copies of a row to be one entry (form such as spacing aside)."""

    name: str
    address: str
    position: str
    phones: tuple
    contact: str


def _cells(line: str, layout: Layout) -> list[str] | None:
    """The row's cells brought to five; None for a numbered line that is not a row."""
    cells = [c.strip() for c in line.split("\t")]
    while len(cells) > 5 and not cells[-1]:
        cells.pop()  # trailing tabs
    if layout.numbered and len(cells) == 5 and cells[0].isdigit():
        return cells[1:3] + [""] + cells[3:5]
    if layout.numbered and len(cells) >= 2 and cells[0].isdigit() and not cells[1].isdigit():
        return None
    return cells


def _rows(
    corrected: list[str], source: Source, regions: list[dict], odd: list[Unparsed]
) -> list[Row]:
    """Every data row of every directory appendix of every standard."""
    heading = {r["name"]["kk"]: r["id"] for r in regions}
    by_city = {r["centre"]["kk"]: r["id"] for r in regions if r["centre"]}
    by_city.update(
        {
            r["name"]["kk"].removesuffix(" қаласы"): r["id"]
            for r in regions
            if r["id"] in CITY_REGIONS
        }
    )
    # "Ақмола облысының …", "Алматы қаласы Алмалы ауданының …": the region a centre belongs to.
    prefixes = [
        (
            r["name"]["kk"] + " "
            if r["id"] in CITY_REGIONS
            else r["name"]["kk"].rsplit(" ", 1)[0] + " облыс",
            r["id"],
        )
        for r in regions
    ]
    region_of = {
        BY_CITY: lambda cells, region: by_city.get(city(cells[1])),
        BY_NAME: lambda cells, region: next(
            (rid for p, rid in prefixes if cells[0].startswith(p)), None
        ),
    }
    rows = []
    for number, standard in source.standard_spans().items():
        spans = appendix_spans(corrected, standard)
        for layout in APPENDICES.values():
            if layout.number not in spans:
                raise DataError(
                    f"data/source: standard {number} has no appendix {layout.number} heading"
                )
            first, last = spans[layout.number]
            region, numbered = None, False
            for n in range(first + 1, last + 1):
                line = corrected[n - 1]
                if line.strip().strip("\t") in heading:
                    region = heading[line.strip().strip("\t")]
                    continue
                cells = _cells(line, layout)
                if cells is None:
                    odd.append(Unparsed(number, layout.number, n, None, line))
                    continue
                filled = [c for c in cells if c]
                if len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]:
                    numbered = True  # the column numbers "1 2 3 4 5" end the table's header
                if not is_data(cells):
                    fragment = numbered and not cells[0] and any(c.strip("- ") for c in cells[1:])
                    if fragment or (
                        line.strip()
                        and "\t" in line
                        and any(ch.isdigit() for ch in line)
                        and not line.strip().replace("\t", "").isdigit()
                    ):
                        odd.append(Unparsed(number, layout.number, n, region, line))
                    continue
                if len(cells) != 5:
                    odd.append(Unparsed(number, layout.number, n, region, line))
                    continue
                row_region = region_of.get(layout.region_by, lambda cells, region: region)(
                    cells, region
                )
                if row_region is None:
                    odd.append(Unparsed(number, layout.number, n, None, line))
                    continue
                rows.append(Row(layout.number, number, n, row_region, Cells(*cells)))
    return rows


@dataclass
class Group:
    """The copies of one office across the four standards."""

    appendix: int
    region: str
    key: str
    rows: list[Row] = field(default_factory=list)


def _group(rows: list[Row]) -> list[Group]:
    """Rows of the four copies matched by name within their appendix and region."""
    groups: list[Group] = []
    for row in sorted(rows, key=lambda r: (r.appendix, r.standard, r.line)):
        key = norm(row.cells.name)
        candidates = [
            g
            for g in groups
            if g.appendix == row.appendix
            and g.region == row.region
            and row.standard not in {r.standard for r in g.rows}
        ]
        best = max(
            candidates,
            key=lambda g: difflib.SequenceMatcher(None, g.key, key).ratio(),
            default=None,
        )
        if best and difflib.SequenceMatcher(None, best.key, key).ratio() >= 0.9:
            best.rows.append(row)
        else:
            groups.append(Group(row.appendix, row.region, key, [row]))
    return groups


def _phone_key(found: list[dict]) -> tuple:
    return tuple(p["e164"] or norm(p["raw"]) for p in found)


class Extraction:
    """Everything parsed from the directory appendices, shared by ``extract``, ``check`` and the
    quality report."""

    def __init__(self, source: Source, data_dir: Path, tolerant: bool = False):
        self.problems: list[str] = []
        self.corrected = corrected_lines(
            source.lines,
            correction_files(data_dir, "directories"),
            self.problems if tolerant else None,
        )
        self.raw_lines = source.lines
        glossary = load_yaml(Path(data_dir) / "glossary.yaml").data
        self.nouns = common_nouns(glossary)
        self.regions = [
            {
                "id": rid,
                "name": {"kk": g["kk"], "ru": g["ru"]},
                # A city region as a one-line summary names it, among districts written
                # «г. Костанай» (the answer's case line).
                **(
                    {"short": {"kk": g["short_kk"], "ru": g["short_ru"]}} if "short_kk" in g else {}
                ),
                "centre": {"kk": g["centre_kk"], "ru": g["centre_ru"]}
                if "centre_kk" in g
                else None,
                "timezone": ZONES.get(rid, "Asia/Almaty"),
            }
            for rid, g in zip(REGION_IDS, glossary["regions"], strict=True)
        ]
        self.region = {r["id"]: r for r in self.regions}
        self.odd: list[Unparsed] = []
        self.rows = _rows(self.corrected, source, self.regions, self.odd)
        self.areas = self._area_codes()
        self.groups = _group(self.rows)

    def _area_codes(self) -> dict[str, str]:
        """City → area code, learnt from the appendices whose cells carry their trunk prefix: the
        code a centre's number needs (appendix 3 prints local numbers only)."""
        seen: dict[str, dict[str, int]] = {}
        for row in self.rows:
            if not row.layout.teaches_area_codes:
                continue
            where = city(row.cells.address)
            match = re.match(r"^8\s*[-(]\s*(\d{3})\s*-?\s*(\d{0,2})\)?", row.cells.phones.strip())
            if where and match:
                code = match.group(1) + match.group(2)
                seen.setdefault(where, {}).setdefault(code, 0)
                seen[where][code] += 1
        return {where: max(codes, key=codes.get) for where, codes in seen.items()}

    def phones(self, row: Row) -> list[dict]:
        area = None if row.layout.teaches_area_codes else self.areas.get(city(row.cells.address))
        found = []
        for index, kind in row.layout.phone_cells:
            cell = row.cells[index]
            if kind == "phone" and _RECEPTION in cell:
                cell, kind = cell.replace(_RECEPTION, ""), "reception"
            found += phones(cell, area, kind)
        return found

    def contacts(self, row: Row) -> list[dict]:
        index = row.layout.contact_cell
        return [] if index is None else contacts(row.cells[index])

    def substance(self, row: Row) -> Substance:
        name, address, position, _, contact = row.cells
        return Substance(
            norm(name), norm(address), norm(position), _phone_key(self.phones(row)), norm(contact)
        )

    def versions(self, group: Group) -> list[list[Row]]:
        """The group's rows split into versions that agree in substance, in standard order."""
        versions: dict[Substance, list[Row]] = {}
        for row in sorted(group.rows, key=lambda r: r.standard):
            versions.setdefault(self.substance(row), []).append(row)
        return list(versions.values())

    def differences(self) -> list[dict]:
        """Every field on which the copies of one office differ, substance or form."""
        report = []
        for group in self.groups:
            layout = APPENDICES[group.appendix]
            present = sorted(r.standard for r in group.rows)
            base = {
                "appendix": group.appendix,
                "region": group.region,
                "name": group.rows[0].cells.name,
                "standards": present,
            }
            if present != [1, 2, 3, 4]:
                report.append(
                    base
                    | {
                        "field": "presence",
                        "kind": "substance",
                        "values": [
                            {
                                "standards": present,
                                "text": "—",
                                "lines": [r.line for r in group.rows],
                            }
                        ],
                    }
                )
            for index, name in enumerate(FIELDS):
                if (
                    layout.numbered
                    and name == "position"
                    or (name == "contact" and layout.contact_cell is None)
                ):
                    continue
                texts: dict[str, list[Row]] = {}
                for row in sorted(group.rows, key=lambda r: r.standard):
                    texts.setdefault(row.cells[index], []).append(row)
                if len(texts) < 2:
                    continue
                kinds = {
                    (norm(t) if name != "phones" else _phone_key(self.phones(rs[0])))
                    for t, rs in texts.items()
                }
                report.append(
                    base
                    | {
                        "field": name,
                        "kind": "substance" if len(kinds) > 1 else "form",
                        "values": [
                            {
                                "standards": [r.standard for r in rs],
                                "text": t,
                                "lines": [r.line for r in rs],
                            }
                            for t, rs in texts.items()
                        ],
                    }
                )
        return report

    def entries(self, appendix: int, both) -> list[dict]:
        layout = APPENDICES[appendix]
        entries: list[dict] = []
        for group in (g for g in self.groups if g.appendix == appendix):
            ordinal = (
                sum(1 for e in entries if e["region"] == group.region and e["id"].count("-v") == 0)
                + 1
            )
            for version_index, rows in enumerate(self.versions(group)):
                row = rows[0]
                served = district(self.region[row.region], row.cells.name, row.cells.address)
                suffix = f"-v{version_index + 1}" if version_index else ""
                entries.append(
                    {
                        "id": f"{row.region}-{layout.stem}-{ordinal}{suffix}",
                        "region": row.region,
                        "district": both(served) if served else None,
                        "name": both(site_text(row.cells.name, self.nouns)),
                        "address": both(site_text(row.cells.address)),
                        "position": both(site_text(row.cells.position))
                        if row.cells.position
                        else None,
                        "phones": self.phones(row),
                        "contacts": self.contacts(row),
                        "standards": [r.standard for r in rows],
                        "source": [
                            {
                                "standard": r.standard,
                                "line": r.line,
                                "cells": self.raw_lines[r.line - 1].split("\t"),
                            }
                            for r in rows
                        ],
                    }
                )
        return entries


def translation_memory(data_dir: Path) -> TranslationMemory:
    return TranslationMemory(data_dir, "directories")
