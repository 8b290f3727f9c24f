"""Directory appendices 1, 2, 3 and 6 of the four standards: nothing of the source lost, every
value traceable to its source line, the four copies compared.

The counts in ROWS_PER_REGION and ROWS_PER_STANDARD were made by reading data/source/ (rows of the tables under each region
heading, a row broken over two lines counted once); see the comment above the table."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generator.extract.corrections import correction_files, corrected_lines
from generator.load.schema import validate_file
from tests.datatools import ROOT, SOURCE

APPENDICES = {1: "authorized_bodies", 2: "specialized_enterprises", 3: "service_centres", 6: "akimat_offices"}
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CORRECTED = corrected_lines(SOURCE, correction_files(ROOT / "data", "directories"))


def entries(data, appendix):
    return data[f"directories/{APPENDICES[appendix]}"]["entries"]


def rows_by_standard(data, appendix):
    """(standard, region) → number of source rows the data keeps for it."""
    return Counter((s["standard"], e["region"]) for e in entries(data, appendix) for s in e["source"])


# Rows per region in each standard's copy, counted by hand in data/source/ (appendix 1 and appendix 6
# list the same offices: a region's own body, then one per district and town). Worked example:
# Ақмола, standard 1, appendix 1 is lines 273-293: the regional department plus 17 districts and the
# towns Степногорск and Көкшетау = 20 rows.
ROWS_PER_REGION = {  # region: rows in standards 1, 2, 3, 4 (appendix 1 and appendix 6 alike)
    "akmola": 20, "aktobe": 14, "almaty-region": 20, "atyrau": 9, "east-kazakhstan": 19,
    "zhambyl": 12, "west-kazakhstan": 14, "karaganda": 19, "kostanay": 21, "kyzylorda": 9,
    "mangystau": 8, "pavlodar": 14, "north-kazakhstan": 15, "south-kazakhstan": 16,
    "astana": 1, "almaty-city": 1,
}
# Appendix 2 has one enterprise per region; standard 1 omits Алматы city's (15 rows, the others 16).
# Appendix 3 numbers its centres 1-27 in every standard.
ROWS_PER_STANDARD = {2: {1: 15, 2: 16, 3: 16, 4: 16}, 3: {1: 27, 2: 27, 3: 27, 4: 27}}


@pytest.mark.parametrize("appendix", [1, 6])
def test_rows_per_region_and_standard_match_the_hand_count(data, appendix):
    counts = rows_by_standard(data, appendix)
    expected = {(standard, region): rows for region, rows in ROWS_PER_REGION.items() for standard in (1, 2, 3, 4)}
    assert dict(counts) == expected


@pytest.mark.parametrize("appendix", [2, 3])
def test_rows_per_standard_match_the_hand_count(data, appendix):
    counts = Counter(standard for standard, _ in rows_by_standard(data, appendix).elements())
    assert dict(counts) == ROWS_PER_STANDARD[appendix]


def test_appendix_2_has_one_enterprise_per_region(data):
    # (a region whose copies differ in substance has one entry per version)
    assert {e["region"] for e in entries(data, 2)} == set(ROWS_PER_REGION)


def test_every_source_row_is_one_entry_version(data):
    for appendix in APPENDICES:
        cited = [(s["standard"], s["line"]) for e in entries(data, appendix) for s in e["source"]]
        assert len(cited) == len(set(cited)), f"appendix {appendix}: a source row kept twice"


@pytest.mark.parametrize("appendix", sorted(APPENDICES))
def test_every_value_traces_back_to_its_source_cells(data, appendix):
    for entry in entries(data, appendix):
        # The entry's texts are cells of a cited line, after the recorded corrections.
        cells = [c.strip() for s in entry["source"] for c in CORRECTED[s["line"] - 1].split("\t")]
        for field in ("name", "address"):
            assert entry[field]["kk"] in cells, (entry["id"], field, entry[field]["kk"])
        if entry["position"]:
            assert entry["position"]["kk"] in cells, entry["id"]


@pytest.mark.parametrize("appendix", sorted(APPENDICES))
def test_every_phone_number_of_the_source_rows_is_in_the_data(data, appendix):
    for entry in entries(data, appendix):
        digits = "".join(re.sub(r"\D", "", p["e164"] or p["raw"]) for p in entry["phones"])
        first = entry["source"][0]
        cells = CORRECTED[first["line"] - 1].split("\t")
        phone_cells = cells[-2:] if appendix == 3 else cells[3:4]
        for cell in phone_cells:
            # Each group of digits joined by hyphens ("25-00-96", "2-13-45") is a number or part of one.
            for token in re.findall(r"\d+(?:\s?-\s?\d+)+", cell):
                token_digits = re.sub(r"\D", "", token)
                # an area code ("8-727") is found without its trunk prefix 8
                needle = token_digits[1:] if token_digits.startswith("8") and len(token_digits) <= 6 else token_digits[-4:]
                assert needle in digits, (entry["id"], token, cell)


@pytest.mark.parametrize("appendix", [1, 2, 6])
def test_every_email_of_the_source_rows_is_in_the_data(data, appendix):
    for entry in entries(data, appendix):
        for source in entry["source"]:
            cell = CORRECTED[source["line"] - 1].split("\t")[4]
            for address in EMAIL.findall(cell):
                assert entry["contact"]["kind"] == "email" or len(entry["source"]) > 1, (entry["id"], cell)
        if entry["contact"]["kind"] == "email":
            assert EMAIL.fullmatch(entry["contact"]["value"]), entry["id"]
        else:
            # A web site, a person's name, nothing, or an address printed wrong ("irgizzem@kz"):
            # never an address for mailto:, and a malformed one is marked so.
            value = entry["contact"]["value"] or ""
            assert ("@" in value) == (entry["contact"]["kind"] == "invalid_email"), entry["id"]


def test_centres_numbers_get_their_citys_area_code(data):
    # Appendix 3 prints local numbers only. Worked examples, the code read from appendix 1 rows of
    # the same city: Көкшетау "8-716-2 25-00-96" (line 273) → 7162, so the Ақмола centre's hall
    # "25-77-16" (line 569) is +7 7162 257716; Алматы "8-727 …" → 727 with a seven-digit number,
    # so the Алмалы district centre's "378-09-10" (line 585) is +7 727 3780910.
    phones = {p["raw"]: p["e164"] for e in entries(data, 3) for p in e["phones"]}
    assert phones["25-77-16"] == "+77162257716"
    assert phones["378-09-10"] == "+77273780910"


def test_enterprises_are_one_per_region_by_city(data):
    # Appendix 2 (lines 543-557 in standard 1): 15 enterprises, one per oblast and Astana; the
    # region is known by the city of the address (Талдықорған → Алматы облысы).
    by_region = Counter(e["region"] for e in entries(data, 2) if 1 in e["standards"])
    assert sum(by_region.values()) == 15 and set(by_region.values()) == {1}
    assert "almaty-region" in by_region and "almaty-city" not in by_region


def test_versions_that_differ_are_in_the_difference_report(data):
    substance = {(d["appendix"], d["name"]) for d in data["differences"] if d["kind"] == "substance"}
    for appendix in APPENDICES:
        for entry in entries(data, appendix):
            if len(entry["standards"]) < 4:
                names = {s["cells"][1 if appendix == 3 else 0].strip() for s in entry["source"]}
                assert any((appendix, n) in substance for n in names) or any(
                    d["appendix"] == appendix and d["region"] == entry["region"] for d in data["differences"]), entry["id"]


def test_difference_report_lists_each_version_with_its_lines(data):
    for difference in data["differences"]:
        standards = [s for v in difference["values"] for s in v["standards"]]
        assert len(standards) == len(set(standards)), difference
        for value in difference["values"]:
            assert len(value["lines"]) == len(value["standards"]), difference


def test_schema_rejects_a_broken_directory_with_file_line_and_path(tmp_path):
    data = tmp_path / "data"
    (data / "schema").mkdir(parents=True)
    (data / "directories").mkdir()
    (data / "schema" / "directories.schema.json").write_bytes((ROOT / "data/schema/directories.schema.json").read_bytes())
    broken = (ROOT / "data/directories/authorized_bodies.yaml").read_text(encoding="utf-8")
    broken = broken.replace("kind: email", "kind: telepathy", 1)
    (data / "directories" / "authorized_bodies.yaml").write_text(broken, encoding="utf-8")
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if "telepathy" in row)
    _, problems = validate_file(data, data / "directories" / "authorized_bodies.yaml")
    assert problems == [f"data/directories/authorized_bodies.yaml:{line}: .entries[0].contact.kind: "
                        "'telepathy' is not one of ['email', 'web', 'person', 'invalid_email', 'none']"]
