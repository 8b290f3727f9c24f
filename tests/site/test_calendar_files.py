"""Every shipped .ics and .vcf is written the way RFC 5545 3.1 and RFC 2426 2.6 say: CRLF line ends,
physical lines of at most 75 octets, folds that never split a UTF-8 character, text escaped."""

from __future__ import annotations

import re

import pytest

BEGIN = {".ics": b"BEGIN:VCALENDAR", ".vcf": b"BEGIN:VCARD"}
TEXT = {".ics": ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME"), ".vcf": ("FN", "TITLE")}


def shipped(site_dir):
    files = sorted(p for suffix in BEGIN for p in site_dir.rglob(f"*{suffix}"))
    assert (
        len(files) > 100
    )  # a vCard per entry and language, one file per region, the production calendar
    return files


def test_there_is_a_production_calendar_and_region_vcards(site_dir):
    names = {p.relative_to(site_dir).as_posix() for p in shipped(site_dir)}
    assert "opendata/production-calendar.ics" in names
    assert "opendata/vcards/akmola.vcf" in names


def test_every_line_ends_with_crlf_and_folds_within_75_octets(site_dir):
    problems = []
    for path in shipped(site_dir):
        raw = path.read_bytes()
        name = path.relative_to(site_dir).as_posix()
        if not raw.startswith(BEGIN[path.suffix]) or not raw.endswith(b"\r\n"):
            problems.append(f"{name}: does not start with {BEGIN[path.suffix]!r} or end with CRLF")
        physical = raw[:-2].split(b"\r\n")
        for number, line in enumerate(physical, 1):
            if b"\r" in line or b"\n" in line:
                problems.append(f"{name}:{number}: a bare CR or LF")
            if len(line) > 75:
                problems.append(f"{name}:{number}: {len(line)} octets")
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{name}:{number}: a fold splits a UTF-8 character")
    assert problems == []


@pytest.mark.parametrize("suffix", sorted(BEGIN))
def test_text_values_are_escaped(site_dir, suffix):
    unescaped = []
    files = [p for p in shipped(site_dir) if p.suffix == suffix]
    for path in files:
        for line in path.read_text(encoding="utf-8").replace("\r\n ", "").split("\r\n"):
            name, _, value = line.partition(":")
            if name.split(";")[0] in TEXT[suffix] and re.search(
                r"(?<!\\)[,;]", value.replace("\\\\", "")
            ):
                unescaped.append(f"{path.name}: {line}")
    assert unescaped == []
