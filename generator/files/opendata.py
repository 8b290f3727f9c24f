"""Open-data downloads made from data/ at build time: CSV per directory appendix described by a
Frictionless data package (datapackage.json, a table schema per CSV), JSON with the JSON Schema
it validates against, a vCard file per region, and the production calendar as JSON and iCalendar.

CSV is UTF-8 with a byte-order mark so that Excel opens Cyrillic correctly. Every file is
deterministic (same data, same bytes), so its checksum on the about page is stable.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from calculator import ics
from calculator.contentlines import escape
from calculator.messages import LANGS
from generator.files.vcard import vcard
from generator.load.site_data import SiteData

DIRECTORY_COLUMNS = (
    "id",
    "appendix",
    "region",
    "region_kk",
    "region_ru",
    "district_kk",
    "district_ru",
    "name_kk",
    "name_ru",
    "address_kk",
    "address_ru",
    "position_kk",
    "position_ru",
    "phones_e164",
    "phones_source",
    "emails",
    "websites",
    "contact_persons",
    "contacts_as_printed",
    "standards",
)
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "data" / "schema"
# Columns a row never leaves empty (the schema of data/directories requires them); every other
# column may be empty: a region's own office has no district, appendix 3 prints no position.
REQUIRED_COLUMNS = {"id", "appendix", "region", "region_kk", "region_ru", "name_kk", "name_ru"}
REQUIRED_COLUMNS |= {"address_kk", "address_ru", "standards"}
COLUMN_PATTERNS = {
    "id": "^[a-z0-9-]+$",
    "region": "^[a-z-]+$",
    "phones_e164": r"^(\+7\d{10}( \+7\d{10})*)?$",
    "standards": "^[1-4]( [1-4])*$",
}


def _both(value: dict | None, lang: str) -> str:
    return value[lang] if value else ""


def _values(entry: dict, kind: str, linked: bool) -> list[str]:
    return [
        c["value"] for c in entry["contacts"] if c["kind"] == kind and bool(c["href"]) == linked
    ]


def directory_csv(appendix: dict[str, Any], regions: dict[str, dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DIRECTORY_COLUMNS)
    for e in appendix["entries"]:
        region = regions[e["region"]]
        writer.writerow(
            [
                e["id"],
                appendix["appendix"],
                e["region"],
                region["name"]["kk"],
                region["name"]["ru"],
                _both(e["district"], "kk"),
                _both(e["district"], "ru"),
                e["name"]["kk"],
                e["name"]["ru"],
                e["address"]["kk"],
                e["address"]["ru"],
                _both(e.get("position"), "kk"),
                _both(e.get("position"), "ru"),
                " ".join(p["e164"] or "" for p in e["phones"]).strip(),
                "; ".join(p["raw"] for p in e["phones"]),
                # Several e-mails or sites in one cell are separated by spaces (none holds one); values
                # printed wrong may hold spaces and commas ("ual_zem@mail, online.kz"): " | " between them.
                " ".join(_values(e, "email", True)),
                " ".join(_values(e, "web", True)),
                "; ".join(_values(e, "person", False)),
                " | ".join(
                    c["value"] for c in e["contacts"] if c["kind"] != "person" and not c["href"]
                ),
                " ".join(map(str, e["standards"])),
            ]
        )
    return "\ufeff".encode("utf-8") + out.getvalue().encode("utf-8")


CALENDAR_STAMP = datetime(2010, 1, 1)  # a fixed DTSTAMP keeps the file's bytes and checksum stable


def calendar_ics(calendar: dict[str, Any], name: str) -> bytes:
    """Days off (with their names in Kazakh and Russian) as all-day events."""
    events = [
        ics.all_day(
            f"{day['date'].replace('-', '')}-day-off@zher-aktileri",
            CALENDAR_STAMP,
            date.fromisoformat(day["date"]),
            f"{day['kk']} / {day['ru']}",
        )
        for day in calendar["days_off"]
    ]
    return ics.calendar(
        "-//zher-aktileri//production-calendar//KK",
        events,
        [f"X-WR-CALNAME:{escape(name)}"],
    ).encode("utf-8")


def _json(value: Any) -> bytes:
    return (
        json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n"
    ).encode("utf-8")


def _schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def _inlined(schema: dict[str, Any], prefix: str, defs: dict[str, Any]) -> dict[str, Any]:
    """``schema`` as a part of a larger one: its $defs moved into ``defs`` under ``prefix``, its
    references rewritten to them (two source schemas each define a different "text")."""

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: v.replace("#/$defs/", f"#/$defs/{prefix}-")
                if k == "$ref" and isinstance(v, str)
                else rewrite(v)
                for k, v in node.items()
            }
        return [rewrite(v) for v in node] if isinstance(node, list) else node

    for name, part in schema.get("$defs", {}).items():
        defs[f"{prefix}-{name}"] = rewrite(part)
    return rewrite({k: v for k, v in schema.items() if k not in ("$schema", "$defs")})


def directories_schema(appendices: list[str]) -> dict[str, Any]:
    """The JSON Schema of directories.json: the regions and each appendix, as data/ checks them."""
    defs: dict[str, Any] = {}
    regions = _inlined(_schema("regions"), "regions", defs)
    appendix = _inlined(_schema("directories"), "appendix", defs)
    defs |= {"regions": regions, "appendix": appendix}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "directories.json: the regions and the directory appendices 1, 2, 3 and 6",
        "type": "object",
        "additionalProperties": False,
        "required": ["regions", *appendices],
        "properties": {
            "regions": {"$ref": "#/$defs/regions"},
            **{name: {"$ref": "#/$defs/appendix"} for name in appendices},
        },
        "$defs": defs,
    }


def _column(name: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": "integer" if name == "appendix" else "string"}
    constraints: dict[str, Any] = {"required": True} if name in REQUIRED_COLUMNS else {}
    if name in COLUMN_PATTERNS:
        constraints["pattern"] = COLUMN_PATTERNS[name]
    if name == "appendix":
        constraints["enum"] = [1, 2, 3, 6]
    return field | ({"constraints": constraints} if constraints else {})


def datapackage(appendices: dict[str, dict[str, Any]], title: str) -> dict[str, Any]:
    """A Frictionless tabular data package: each directory CSV with its table schema."""
    return {
        "profile": "tabular-data-package",
        "name": "zher-aktileri-directories",
        "title": title,
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": name,
                "path": f"{name}.csv",
                "title": f"{appendix['title']['kk']} / {appendix['title']['ru']}",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",  # the byte-order mark Excel needs is not part of a header
                "schema": {
                    "fields": [_column(c) for c in DIRECTORY_COLUMNS],
                    "primaryKey": ["id"],
                },
            }
            for name, appendix in sorted(appendices.items())
        ],
    }


def _bilingual(string: dict[str, str]) -> str:
    """A name the file gives in both languages at once: "Kazakh / Russian"."""
    return " / ".join(string[lang] for lang in LANGS)


def open_data_files(site: SiteData, bundle: dict[str, Any]) -> dict[str, bytes]:
    """{"opendata/<file>": bytes}."""
    regions = {r["id"]: r for r in site.regions}
    directories = dict(site.directories)
    files: dict[str, bytes] = {}
    for name, appendix in sorted(directories.items()):
        files[f"opendata/{name}.csv"] = directory_csv(appendix, regions)
    files["opendata/directories.json"] = _json({"regions": list(site.regions), **directories})
    files["opendata/directories.schema.json"] = _json(directories_schema(sorted(directories)))
    files["opendata/datapackage.json"] = _json(
        datapackage(directories, _bilingual(site.strings["opendata_directories_title"]))
    )
    for region_id, region in regions.items():
        cards = [
            vcard(e, lang, region["name"][lang], site.strings)
            for appendix in directories.values()
            for e in appendix["entries"]
            if e["region"] == region_id
            for lang in ("kk", "ru")
        ]
        if cards:
            files[f"opendata/vcards/{region_id}.vcf"] = "".join(cards).encode("utf-8")
    for name, value in (("differences", site.differences), ("quality", site.quality)):
        # each with the schema data/ checks it against
        files[f"opendata/{name}.json"] = _json(value)
        files[f"opendata/{name}.schema.json"] = (SCHEMA_DIR / f"{name}.schema.json").read_bytes()
    files["opendata/production-calendar.json"] = _json(bundle["calendar"])
    files["opendata/production-calendar.ics"] = calendar_ics(
        bundle["calendar"], _bilingual(site.strings["production_calendar_name"])
    )
    return files


def listing(files: dict[str, bytes]) -> list[dict[str, Any]]:
    """What the about page shows for each download."""
    return [
        {
            "path": path,
            "name": path.removeprefix("opendata/"),
            "bytes": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
        }
        for path, content in sorted(files.items())
    ]
