"""Directory appendices → data/regions.yaml, data/directories/*.yaml and data/differences.yaml.

Each of the four standards carries its own copy of four directory appendices (қосымша):
1 authorized bodies (уәкілетті органдар), 2 specialized enterprises (мамандандырылған кәсіпорындар),
3 public service centres (халыққа қызмет көрсету орталықтары) and 6 akimat apparatus (әкім
аппараты). Rows are tab-separated cells; appendices 1 and 6 group them under a region heading,
appendix 2 has one row per region (known by its city) and appendix 3 numbers its rows (known by
the region named in the centre's name).

Conversion errors are fixed before parsing by data/corrections/directories.yaml and
data/corrections/directories/*.yaml. The four copies are then compared: a row that reads the same
in every standard becomes one entry listing the standards; where the copies differ in substance,
each version is kept with its own standards, and every difference — of substance or of form only —
goes to the difference report. Russian comes from data/translations/directories*.ru.yaml; a missing
translation fails the extraction, listing what is missing.

``python -m generator extract --check REGION`` prints what the parser sees for one region (or
``appendix-2``/``appendix-3``) without writing anything, for whoever is fixing or translating it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from generator.extract.corrections import correction_files, corrected_lines
from generator.extract.source import Source, appendix_spans
from generator.extract.translations import TranslationMemory, to_translate
from generator.errors import DataError
from generator.load.yamlio import load_yaml

# The sixteen first-level units of 2010-2012 in the glossary's order, and the IANA zone of each:
# Aktobe, Atyrau, West Kazakhstan, Mangystau, Kyzylorda and Kostanay have zones of their own
# because their offsets differed from Almaty's at some time; the rest keep Almaty time.
REGION_IDS = ("akmola", "aktobe", "almaty-region", "atyrau", "east-kazakhstan", "zhambyl", "west-kazakhstan",
              "karaganda", "kostanay", "kyzylorda", "mangystau", "pavlodar", "north-kazakhstan",
              "south-kazakhstan", "almaty-city", "astana")
CITY_REGIONS = ("almaty-city", "astana")
ZONES = {"aktobe": "Asia/Aqtobe", "atyrau": "Asia/Atyrau", "west-kazakhstan": "Asia/Oral",
         "mangystau": "Asia/Aqtau", "kyzylorda": "Asia/Qyzylorda", "kostanay": "Asia/Qostanay"}

# Appendix number → file name, page title, entry id stem.
APPENDICES = {
    1: ("authorized_bodies",
        {"kk": "Мемлекеттік қызмет көрсету жөніндегі уәкілетті органдардың тізбесі (1-қосымша)",
         "ru": "Перечень уполномоченных органов по оказанию государственной услуги (приложение 1)"},
        "authorized-body"),
    2: ("specialized_enterprises",
        {"kk": "Мамандандырылған республикалық мемлекеттік кәсіпорындар (2-қосымша)",
         "ru": "Специализированные республиканские государственные предприятия (приложение 2)"},
        "enterprise"),
    3: ("service_centres",
        {"kk": "Халыққа қызмет көрсету орталықтары (3-қосымша)",
         "ru": "Центры обслуживания населения (приложение 3)"},
        "service-centre"),
    6: ("akimat_offices",
        {"kk": "Мемлекеттік қызмет көрсетуді ұйымдастыруға жауапты жергілікті атқарушы органдар (6-қосымша)",
         "ru": "Местные исполнительные органы, ответственные за организацию оказания государственной услуги (приложение 6)"},
        "akimat-office"),
}
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_WEB = re.compile(r"^(https?://)?(www\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")
_NUMBER = re.compile(r"[\d()]+(?:-[\d()]+)*")
_FAX = re.compile(r"(?:факс|ф\.)\s*:?\s*$", re.IGNORECASE)
_RECEPTION = "қабылдау бөлмесі"
# Kazakhstan's numbers have ten digits after the trunk prefix 8: area code plus local number.
_NATIONAL_DIGITS = 10


@dataclass
class Row:
    """One table row of one standard's copy, after corrections."""

    appendix: int
    standard: int
    line: int
    region: str
    cells: list[str]  # name, address, position (None for centres), phones, contact


def _phones(cell: str, area: str | None = None, kind: str = "phone") -> list[dict]:
    """Every number in a phone cell: "8-716-43 2-13-45, ф. 2-43-71" → two numbers with area code
    71643, the second a fax. A cell that starts with its own trunk prefix sets the area code;
    a centre's cell (appendix 3) has none and gets ``area``, its city's code."""
    text = re.sub(r"(\d)\s+-|-\s+(\d)", lambda m: (m.group(1) or "") + "-" + (m.group(2) or ""), cell.strip())
    phones, area_raw = [], None
    for match in _NUMBER.finditer(text):
        token = match.group(0)
        digits = re.sub(r"\D", "", token)
        before = text[:match.start()]
        if digits.startswith("8") and len(digits) == _NATIONAL_DIGITS + 1:
            local, code = digits[1:], ""
        elif digits.startswith("8") and 4 <= len(digits) <= 6 and (match.start() == 0 or before.rstrip().endswith(",")):
            area, area_raw = digits[1:], token  # "8-716-2" or "8(716-2)": the code of the numbers after it
            continue
        else:
            local, code = digits, area or ""
            if phones and len(local) == 4 and phones[-1]["local"] and len(phones[-1]["local"]) > 4:
                # "33-47-54 47-48": the second number printed with only the digits that differ
                local = phones[-1]["local"][:-4] + local
            if len(code) + len(local) > _NATIONAL_DIGITS:
                # "8-727-2 …" prints Almaty's code 727 with the first digit of a six-digit number;
                # a seven-digit number there takes the three-digit code. A longer code with too
                # long a number ("8-727-73 88-16-71") is left as printed, without a tel: link.
                if not area_raw or len(area_raw.rstrip(")").split("-")[-1]) == 1:
                    code = code[:_NATIONAL_DIGITS - len(local)]
        number_kind = "fax" if _FAX.search(before[-8:]) else kind
        national = code + local
        e164 = None
        if len(national) == _NATIONAL_DIGITS:
            parsed = phonenumbers.parse("8" + national, "KZ")
            if phonenumbers.is_valid_number(parsed):
                e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        raw = f"{area_raw} {token}" if area_raw and code else token
        phones.append({"raw": raw, "e164": e164, "kind": number_kind, "local": local})
    return [{k: v for k, v in p.items() if k != "local"} for p in phones]


def _contact(cell: str) -> dict:
    """An e-mail, a web site or a person's name: only a valid address becomes ``mailto:``."""
    value = cell.strip()
    if not value or set(value) <= {"-", " "}:
        return {"kind": "none", "value": None, "raw": cell}
    tokens = [t.rstrip(",;.") for t in value.split()]
    # "akimat_tekeliforever.kz ozeo@mail.ru": a broken address followed by a valid one
    email = next((t for t in tokens if _EMAIL.match(t)), None)
    if email:
        return {"kind": "email", "value": email, "raw": cell}
    if _WEB.match(tokens[0]) and "@" not in tokens[0]:
        return {"kind": "web", "value": tokens[0], "raw": cell}
    if "@" in value:
        # "irgizzem@kz", "airtay\\akimat@sko.kz": meant as an address but not one; shown as printed
        return {"kind": "invalid_email", "value": value, "raw": cell}
    return {"kind": "person", "value": value, "raw": cell}


def _region_by_heading(regions: list[dict]) -> dict[str, str]:
    return {r["name"]["kk"]: r["id"] for r in regions}


def _is_data(cells: list[str]) -> bool:
    """A table row (not the header, the column numbers or a separator)."""
    return (len(cells) >= 5 and bool(cells[0].strip()) and not cells[0].strip().isdigit()
            and any(ch.isdigit() for ch in cells[3] + cells[4] + cells[1]))


def _rows(corrected: list[str], source: Source, regions: list[dict], odd: list) -> list[Row]:
    """Every data row of every directory appendix of every standard."""
    heading = _region_by_heading(regions)
    by_city = {r["centre"]["kk"]: r["id"] for r in regions if r["centre"]}
    by_city.update({r["name"]["kk"].removesuffix(" қаласы"): r["id"] for r in regions if r["id"] in CITY_REGIONS})
    # "Ақмола облысының …", "Алматы қаласы Алмалы ауданының …": the region a centre belongs to.
    prefixes = [(r["name"]["kk"] + " " if r["id"] in CITY_REGIONS else r["name"]["kk"].rsplit(" ", 1)[0] + " облыс", r["id"])
                for r in regions]
    rows = []
    for number, standard in source.standard_spans().items():
        spans = appendix_spans(corrected, standard)
        for appendix in APPENDICES:
            if appendix not in spans:
                raise DataError(f"data/source: standard {number} has no appendix {appendix} heading")
            first, last = spans[appendix]
            region, numbered = None, False
            for n in range(first + 1, last + 1):
                line = corrected[n - 1]
                if line.strip().strip("\t") in heading:
                    region = heading[line.strip().strip("\t")]
                    continue
                cells = [c.strip() for c in line.split("\t")]
                while len(cells) > 5 and not cells[-1]:
                    cells.pop()  # trailing tabs
                if appendix == 3 and len(cells) == 5 and cells[0].isdigit():
                    cells = cells[1:3] + [""] + cells[3:5]
                elif appendix == 3 and len(cells) >= 2 and cells[0].isdigit() and not cells[1].isdigit():
                    odd.append((number, appendix, n, None, line))
                    continue
                filled = [c for c in cells if c]
                if len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]:
                    numbered = True  # the column numbers "1 2 3 4 5" end the table's header
                if not _is_data(cells):
                    fragment = numbered and not cells[0] and any(c.strip("- ") for c in cells[1:])
                    if fragment or (line.strip() and "\t" in line and any(ch.isdigit() for ch in line)
                                    and not line.strip().replace("\t", "").isdigit()):
                        odd.append((number, appendix, n, region, line))
                    continue
                if len(cells) != 5:
                    odd.append((number, appendix, n, region, line))
                    continue
                row_region = region
                if appendix == 2:
                    row_region = by_city.get(_city(cells[1]))
                elif appendix == 3:
                    row_region = next((rid for prefix, rid in prefixes if cells[0].startswith(prefix)), None)
                if row_region is None:
                    odd.append((number, appendix, n, None, line))
                    continue
                rows.append(Row(appendix, number, n, row_region, cells))
    return rows


def _city(address: str) -> str | None:
    """"020000 Көкшетау қаласы, Абай көшесі, 89" → "Көкшетау"; None when the address starts elsewhere."""
    head = re.sub(r"^\d{6}\s+", "", address.split(",")[0].strip())
    return head.removesuffix(" қаласы") if head.endswith(" қаласы") else None


def _norm(text: str) -> str:
    """Text compared for substance: case, spacing, quote style and punctuation spacing ignored."""
    text = text.lower().replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", "", text)


def _substance(row: Row, phones: list[dict]) -> tuple:
    name, address, position, _, contact = row.cells
    return (_norm(name), _norm(address), _norm(position),
            tuple(p["e164"] or _norm(p["raw"]) for p in phones), _norm(contact))


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
        key = _norm(row.cells[0])
        candidates = [g for g in groups if g.appendix == row.appendix and g.region == row.region
                      and row.standard not in {r.standard for r in g.rows}]
        best = max(candidates, key=lambda g: difflib.SequenceMatcher(None, g.key, key).ratio(), default=None)
        if best and difflib.SequenceMatcher(None, best.key, key).ratio() >= 0.9:
            best.rows.append(row)
        else:
            groups.append(Group(row.appendix, row.region, key, [row]))
    return groups


FIELDS = ("name", "address", "position", "phones", "contact")


def _district(region: dict, name: str, address: str) -> str | None:
    """The district or town an office serves; None for the region's (or city's) own office."""
    if region["id"] in CITY_REGIONS:
        return None
    stem = region["name"]["kk"].rsplit(" ", 1)[0]
    if name.replace("«", "").startswith(stem + " облыс") or f"{stem} облыс" in name:
        return None
    head = address.split(",")[0].strip()
    head = re.sub(r"^\d{6}\s+", "", head)  # a postcode before the place
    return head if head.endswith(("ауданы", "қаласы")) else None


class Extraction:
    """Everything parsed from the directory appendices, shared by ``extract`` and ``check``."""

    def __init__(self, source: Source, data_dir: Path, tolerant: bool = False):
        self.problems: list[str] = []
        corrected = corrected_lines(source.lines, correction_files(data_dir, "directories"),
                                    self.problems if tolerant else None)
        self.corrected = corrected
        self.raw_lines = source.lines
        glossary = load_yaml(Path(data_dir) / "glossary.yaml").data
        self.regions = [{"id": rid, "name": {"kk": g["kk"], "ru": g["ru"]},
                         "centre": {"kk": g["centre_kk"], "ru": g["centre_ru"]} if "centre_kk" in g else None,
                         "timezone": ZONES.get(rid, "Asia/Almaty")}
                        for rid, g in zip(REGION_IDS, glossary["regions"])]
        self.region = {r["id"]: r for r in self.regions}
        self.odd: list = []
        self.rows = _rows(corrected, source, self.regions, self.odd)
        self.areas = self._area_codes()
        self.groups = _group(self.rows)

    def _area_codes(self) -> dict[str, str]:
        """City → area code, learnt from appendices 1, 2 and 6, whose cells carry their trunk prefix:
        the code a centre's number needs (appendix 3 prints local numbers only)."""
        seen: dict[str, dict[str, int]] = {}
        for row in self.rows:
            if row.appendix == 3:
                continue
            city = _city(row.cells[1])
            match = re.match(r"^8\s*[-(]\s*(\d{3})\s*-?\s*(\d{0,2})\)?", row.cells[3].strip())
            if city and match:
                code = match.group(1) + match.group(2)
                seen.setdefault(city, {}).setdefault(code, 0)
                seen[city][code] += 1
        return {city: max(codes, key=codes.get) for city, codes in seen.items()}

    def phones(self, row: Row) -> list[dict]:
        if row.appendix != 3:
            return _phones(row.cells[3])
        area = self.areas.get(_city(row.cells[1]))
        hall, head = row.cells[3], row.cells[4]
        return _phones(hall, area, "operations_hall") + _phones(head.replace(_RECEPTION, ""), area,
                                                                "reception" if _RECEPTION in head else "phone")

    def contact(self, row: Row) -> dict:
        return {"kind": "none", "value": None, "raw": ""} if row.appendix == 3 else _contact(row.cells[4])

    def versions(self, group: Group) -> list[list[Row]]:
        """The group's rows split into versions that agree in substance, in standard order."""
        versions: dict[tuple, list[Row]] = {}
        for row in sorted(group.rows, key=lambda r: r.standard):
            versions.setdefault(_substance(row, self.phones(row)), []).append(row)
        return list(versions.values())

    def differences(self) -> list[dict]:
        """Every field on which the copies of one office differ, substance or form."""
        report = []
        for group in self.groups:
            present = sorted(r.standard for r in group.rows)
            base = {"appendix": group.appendix, "region": group.region, "name": group.rows[0].cells[0],
                    "standards": present}
            if present != [1, 2, 3, 4]:
                report.append(base | {"field": "presence", "kind": "substance", "values": [
                    {"standards": present, "text": "—", "lines": [r.line for r in group.rows]}]})
            for index, name in enumerate(FIELDS):
                if group.appendix == 3 and name in ("position", "contact"):
                    continue
                texts: dict[str, list[Row]] = {}
                for row in sorted(group.rows, key=lambda r: r.standard):
                    texts.setdefault(row.cells[index], []).append(row)
                if len(texts) < 2:
                    continue
                kinds = {(_norm(t) if name != "phones" else tuple(p["e164"] or _norm(p["raw"]) for p in self.phones(rs[0])))
                         for t, rs in texts.items()}
                report.append(base | {"field": name, "kind": "substance" if len(kinds) > 1 else "form", "values": [
                    {"standards": [r.standard for r in rs], "text": t, "lines": [r.line for r in rs]}
                    for t, rs in texts.items()]})
        return report

    def entries(self, appendix: int, both) -> list[dict]:
        entries = []
        for group in (g for g in self.groups if g.appendix == appendix):
            ordinal = sum(1 for e in entries if e["region"] == group.region and e["id"].count("-v") == 0) + 1
            for version_index, rows in enumerate(self.versions(group)):
                row = rows[0]
                name, address, position, _, _ = row.cells
                district = _district(self.region[row.region], name, address)
                suffix = f"-v{version_index + 1}" if version_index else ""
                entries.append({
                    "id": f"{row.region}-{APPENDICES[appendix][2]}-{ordinal}{suffix}",
                    "region": row.region,
                    "district": both(district) if district else None,
                    "name": both(name), "address": both(address),
                    "position": both(position) if position else None,
                    "phones": self.phones(row), "contact": self.contact(row),
                    "standards": [r.standard for r in rows],
                    "source": [{"standard": r.standard, "line": r.line, "cells": self.raw_lines[r.line - 1].split("\t")} for r in rows],
                })
        return entries


def translation_memory(data_dir: Path) -> TranslationMemory:
    return TranslationMemory(data_dir, "directories")


def extract(source: Source, data_dir: Path) -> dict[str, tuple[str, object]]:
    data_dir = Path(data_dir)
    found = Extraction(source, data_dir)
    if found.odd:
        raise DataError("data/source: directory rows that did not parse (fix them in data/corrections/directories/):\n  "
                        + "\n  ".join(f"line {n} (standard {s}, appendix {a}): {text[:100]}" for s, a, n, _, text in found.odd))
    memory = translation_memory(data_dir)
    entries = {number: found.entries(number, memory.both) for number in APPENDICES}
    memory.check()
    header = ("Generated by generator/extract/directories.py from data/source/; do not edit.\n"
              "Appendix {n} of the four standards: one entry per office where the copies agree.")
    return {
        "regions.yaml": ("The sixteen regions of 2010-2012 (names from data/glossary.yaml) and their time zones.",
                         found.regions),
        **{f"directories/{APPENDICES[n][0]}.yaml": (header.format(n=n), {"appendix": n, "title": APPENDICES[n][1],
                                                                         "entries": entries[n]})
           for n in entries},
        "differences.yaml": (
            "Generated by generator/extract/directories.py: every field on which the four standards' copies\n"
            "of a directory row differ (after corrections). kind: substance (kept as separate versions) or\n"
            "form (spacing, quotes or case only; one entry kept).", found.differences()),
    }


def check(source: Source, data_dir: Path, target: str) -> str:
    """A report on one region (or ``appendix-2``/``appendix-3``) for whoever fixes or translates it."""
    data_dir = Path(data_dir)
    found = Extraction(source, data_dir, tolerant=True)
    if target.startswith("appendix-"):
        wanted = lambda appendix, region: appendix == int(target.split("-")[1])  # noqa: E731
    elif target in found.region:
        wanted = lambda appendix, region: appendix in (1, 6) and region == target  # noqa: E731
    else:
        raise DataError(f"--check: unknown target {target!r}; give a region id, appendix-2 or appendix-3")
    out = [f"# check {target}"]
    out += [f"! {p}" for p in found.problems]
    memory = translation_memory(data_dir)
    for appendix in APPENDICES:
        for standard in (1, 2, 3, 4):
            rows = [r for r in found.rows if r.appendix == appendix and r.standard == standard and wanted(appendix, r.region)]
            if not rows:
                continue
            out.append(f"\n## appendix {appendix}, standard {standard}: {len(rows)} rows")
            for row in rows:
                parsed = found.phones(row)
                phones = ", ".join(f"{p['raw']}→{p['e164'] or 'INVALID'}{' (' + p['kind'] + ')' if p['kind'] != 'phone' else ''}"
                                   for p in parsed)
                contact = found.contact(row)
                out.append(f"{row.line} [{row.region}] {' | '.join(row.cells[:3])} | {phones} | {contact['kind']}: {contact['value']}")
                suspicious = [w for cell in row.cells[:3] for w in re.findall(r"\S*[A-Za-z]\S*", cell)
                              if re.search(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", w) or re.fullmatch(r"[A-Z]{2,4}\.?", w)]
                if suspicious:
                    out.append(f"   ? Latin letters: {suspicious}")
                if any(p["e164"] is None for p in parsed) or not parsed:
                    out.append("   ? a phone cell that gave no valid number")
                if contact["kind"] == "person" or ("@" in row.cells[4] and contact["kind"] != "email"):
                    out.append(f"   ? contact cell is not an e-mail: {row.cells[4]!r}")
    odd = [o for o in found.odd if (o[3] is None and (target.startswith("appendix-") and o[1] == int(target.split("-")[1])))
           or (o[3] == target and o[1] in (1, 6))]
    if target in found.region:
        odd += [o for o in found.odd if o[3] is None and o[1] in (1, 6)]
    if odd:
        out.append("\n## lines that did not parse")
        out += [f"{n} (standard {s}, appendix {a}, under {r}): {text!r}" for s, a, n, r, text in odd]
    diffs = [d for d in found.differences() if wanted(d["appendix"], d["region"])]
    if diffs:
        out.append("\n## differences between the copies")
        for d in diffs:
            out.append(f"appendix {d['appendix']} {d['name'][:60]!r} {d['field']} ({d['kind']}):")
            out += [f"    standards {v['standards']} lines {v['lines']}: {v['text']!r}" for v in d["values"]]
    missing = []
    for appendix in APPENDICES:
        for entry in found.entries(appendix, memory.both):
            if wanted(appendix, entry["region"]):
                for key in ("district", "name", "address", "position"):
                    if entry[key] and not entry[key]["ru"] and entry[key]["kk"] not in missing:
                        missing.append(entry[key]["kk"])
    return "\n".join(out + to_translate(missing))
