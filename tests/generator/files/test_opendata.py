"""Each open-data download, read back from the built site, says exactly what data/ says."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest

from generator.load.bundle import build_bundle
from generator.load.site_data import load_site

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def directories(data):
    return {k.split("/", 1)[1]: v for k, v in data.items() if k.startswith("directories/")}


def test_csv_per_directory_matches_data_and_opens_in_excel(site_dir, directories):
    assert directories
    for name, appendix in directories.items():
        raw = (site_dir / "opendata" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        assert [r["id"] for r in rows] == [e["id"] for e in appendix["entries"]]
        for row, entry in zip(rows, appendix["entries"], strict=True):
            assert (row["name_kk"], row["name_ru"]) == (entry["name"]["kk"], entry["name"]["ru"])
            assert (row["address_kk"], row["address_ru"]) == (
                entry["address"]["kk"],
                entry["address"]["ru"],
            )
            assert row["phones_e164"].split() == [p["e164"] for p in entry["phones"] if p["e164"]]
            linked = [c["value"] for c in entry["contacts"] if c["href"]]
            assert row["emails"].split() + row["websites"].split() == (
                [v for v in linked if "@" in v] + [v for v in linked if "@" not in v]
            )


def test_json_download_equals_data_and_validates_against_its_schema(site_dir, data, directories):
    from jsonschema import Draft202012Validator

    download = json.loads((site_dir / "opendata" / "directories.json").read_text(encoding="utf-8"))
    schema = json.loads(
        (site_dir / "opendata" / "directories.schema.json").read_text(encoding="utf-8")
    )
    assert download["regions"] == json.loads(json.dumps(data["regions"], default=str))
    for name, appendix in directories.items():
        assert download[name] == json.loads(json.dumps(appendix, default=str))
    Draft202012Validator(schema).validate(download)  # the whole file, as a validator reads it


def test_region_vcards_hold_every_entry_in_both_languages(site_dir, directories):
    for path in (site_dir / "opendata" / "vcards").glob("*.vcf"):
        region = path.stem
        expected = sum(
            1 for a in directories.values() for e in a["entries"] if e["region"] == region
        )
        text = path.read_text(encoding="utf-8")
        assert text.count("BEGIN:VCARD") == 2 * expected  # kk and ru
        assert text.count("END:VCARD") == 2 * expected


def test_production_calendar_downloads_match_the_holidays_package(site_dir):
    calendar = build_bundle(load_site(ROOT / "data"))["calendar"]
    assert (
        json.loads((site_dir / "opendata" / "production-calendar.json").read_text(encoding="utf-8"))
        == calendar
    )
    ics = (site_dir / "opendata" / "production-calendar.ics").read_text(encoding="utf-8")
    starts = re.findall(r"DTSTART;VALUE=DATE:(\d{8})", ics)
    assert starts == [d["date"].replace("-", "") for d in calendar["days_off"]]


def test_about_page_lists_every_download_with_its_checksum(site_dir):
    about = (site_dir / "about" / "index.html").read_text(encoding="utf-8")
    files = sorted(
        p
        for p in (site_dir / "opendata").rglob("*")
        if p.is_file() and p.suffix not in (".gz", ".br")
    )
    assert files
    for path in files:
        assert hashlib.sha256(path.read_bytes()).hexdigest() in about, path.name


def test_difference_and_quality_reports_are_downloads_equal_to_the_data(site_dir, data):
    # The four copies' differences and the data-quality report (corrections, doubtful contacts)
    # are published as they are in data/, for anyone who wants to check our reading of the source.
    for name in ("differences", "quality"):
        published = json.loads((site_dir / "opendata" / f"{name}.json").read_text(encoding="utf-8"))
        assert published == json.loads(json.dumps(data[name], default=str)) and published
