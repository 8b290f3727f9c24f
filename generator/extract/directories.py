"""Directory appendices → data/regions.yaml and data/directories/*.yaml.

First slice (issue 2): appendix 1 (authorized bodies, уәкілетті органдар) of standard 1 for
Ақмола облысы. Rows are tab-separated cells (name, address, position, phones, e-mail) under a
region heading; conversion errors are fixed by data/corrections/directories.yaml before parsing,
and every Russian text comes from data/translations/directories.ru.yaml (a missing translation
fails the extraction, listing what is missing).
"""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers

from generator.extract.corrections import apply_corrections, load_corrections
from generator.extract.source import Source
from generator.extract.translations import TranslationMemory
from generator.yamlio import load_yaml

# The sixteen first-level units of 2010-2012 in the glossary's order, and the IANA zone of each:
# Aktobe, Atyrau, West Kazakhstan, Mangystau, Kyzylorda and Kostanay have zones of their own
# because their offsets differed from Almaty's at some time; the rest keep Almaty time.
REGION_IDS = ("akmola", "aktobe", "almaty-region", "atyrau", "east-kazakhstan", "zhambyl", "west-kazakhstan",
              "karaganda", "kostanay", "kyzylorda", "mangystau", "pavlodar", "north-kazakhstan",
              "south-kazakhstan", "almaty-city", "astana")
ZONES = {"aktobe": "Asia/Aqtobe", "atyrau": "Asia/Atyrau", "west-kazakhstan": "Asia/Oral",
         "mangystau": "Asia/Aqtau", "kyzylorda": "Asia/Qyzylorda", "kostanay": "Asia/Qostanay"}
SLICE = ("akmola",)  # regions extracted so far; the others follow with their translations
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_AREA = re.compile(r"^8-(\d{3})-(\d{1,2})\s+(.*)$")


def _phones(cell: str) -> list[dict]:
    """"8-716-43 2-13-45, 2-43-71" → two numbers with the area code 716 43."""
    match = _AREA.match(cell.strip())
    if not match:
        return [{"raw": cell.strip(), "e164": None, "kind": "phone"}]
    area = match.group(1) + match.group(2)
    phones = []
    for local in re.findall(r"\d+(?:-\d+)+", match.group(3)):
        number = phonenumbers.parse(f"8{area}{local.replace('-', '')}", "KZ")
        valid = phonenumbers.is_valid_number(number)
        phones.append({"raw": f"8-{match.group(1)}-{match.group(2)} {local}",
                       "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if valid else None,
                       "kind": "phone"})
    return phones


def _contact(cell: str) -> dict:
    value = cell.strip()
    if _EMAIL.match(value):
        return {"kind": "email", "value": value, "raw": cell}
    if not value or value == "-":
        return {"kind": "none", "value": None, "raw": cell}
    return {"kind": "web" if "." in value and " " not in value else "person", "value": value, "raw": cell}


# Appendix number → file name, page title, entry id stem.
APPENDICES = {
    1: ("authorized_bodies",
        {"kk": "Мемлекеттік қызмет көрсету жөніндегі уәкілетті органдардың тізбесі (1-қосымша)",
         "ru": "Перечень уполномоченных органов по оказанию государственной услуги (приложение 1)"},
        "authorized-body"),
    6: ("akimat_offices",
        {"kk": "Мемлекеттік қызмет көрсетуді ұйымдастыруға жауапты жергілікті атқарушы органдар (6-қосымша)",
         "ru": "Местные исполнительные органы, ответственные за организацию оказания государственной услуги (приложение 6)"},
        "akimat-office"),
}


def _appendix(corrected: list[str], source: Source, standard, number: int, region_by_name: dict, both) -> list[dict]:
    """The rows of one directory appendix of a standard: five tab-separated cells under a region heading."""
    marker = f"{number}-қосымша"
    first = next(n for n in range(standard.first, standard.last) if corrected[n - 1].strip().strip("*").endswith(marker))
    last = next(n for n in range(first + 1, standard.last) if "қосымша" in corrected[n - 1]) - 1
    entries, region = [], None
    for n in range(first, last + 1):
        line = corrected[n - 1]
        heading = line.strip().strip("\t")
        if heading in region_by_name:
            region = region_by_name[heading]
            continue
        cells = line.split("\t")
        if region not in SLICE or len(cells) != 5 or not cells[0].strip() or cells[0].strip() == "1":
            continue
        name, address, position, phones, contact = (c.strip() for c in cells)
        # The oblast's own office has no district; the others are a district's or a city's.
        district = None if "облысы" in name.split()[1:2] or "облысының" in name else address.split(",")[0].strip()
        entries.append({
            "id": f"{region}-{APPENDICES[number][2]}-{len([e for e in entries if e['region'] == region]) + 1}",
            "region": region,
            "district": both(district) if district else None,
            "name": both(name), "address": both(address), "position": both(position),
            "phones": _phones(phones), "contact": _contact(contact), "standards": [1],
            "source": [{"standard": 1, "line": n, "cells": source.line(n).split("\t")}],
        })
    return entries


def extract(source: Source, data_dir: Path) -> dict[str, tuple[str, object]]:
    data_dir = Path(data_dir)
    corrected = apply_corrections(source.lines, load_corrections(data_dir / "corrections" / "directories.yaml"))
    glossary = load_yaml(data_dir / "glossary.yaml").data
    memory = TranslationMemory(data_dir, "directories")
    both = memory.both

    regions = [{"id": rid, "name": {"kk": g["kk"], "ru": g["ru"]},
                "centre": {"kk": g["centre_kk"], "ru": g["centre_ru"]} if "centre_kk" in g else None,
                "timezone": ZONES.get(rid, "Asia/Almaty")}
               for rid, g in zip(REGION_IDS, glossary["regions"])]
    region_by_name = {r["name"]["kk"]: r["id"] for r in regions}

    standard = source.standard_spans()[1]
    entries = {
        number: _appendix(corrected, source, standard, number, region_by_name, both)
        for number in (1, 6)
    }
    memory.check()
    header = ("Generated by generator/extract/directories.py from data/source/; do not edit.\n"
              "First slice: appendix {n} of standard 1, Ақмола облысы.")
    return {
        "regions.yaml": ("The sixteen regions of 2010-2012 (names from data/glossary.yaml) and their time zones.", regions),
        **{f"directories/{APPENDICES[n][0]}.yaml": (header.format(n=n), {"appendix": n, "title": APPENDICES[n][1],
                                                                         "entries": entries[n]})
           for n in entries},
    }
