"""Directory appendices 1, 2, 3 and 6 of the four standards: nothing of the source lost, every
value traceable to its source line, the four copies compared.

The counts in ROWS_PER_REGION and ROWS_PER_STANDARD were made by reading data/source/ (rows of the tables under each region
heading, a row broken over two lines counted once); see the comment above the table."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generator.core.yamlio import load_yaml
from generator.extract.corrections import corrected_lines, correction_files
from generator.extract.directories.extraction import common_nouns, site_text
from generator.load.schema import validate_file
from tests.datatools import ROOT, SOURCE

APPENDICES = {
    1: "authorized_bodies",
    2: "specialized_enterprises",
    3: "service_centres",
    6: "akimat_offices",
}
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CORRECTED = corrected_lines(SOURCE, correction_files(ROOT / "data", "directories"))
NOUNS = common_nouns(load_yaml(ROOT / "data" / "glossary.yaml").data)


def entries(data, appendix):
    return data[f"directories/{APPENDICES[appendix]}"]["entries"]


def rows_by_standard(data, appendix):
    """(standard, region) → number of source rows the data keeps for it."""
    return Counter(
        (s["standard"], e["region"]) for e in entries(data, appendix) for s in e["source"]
    )


# Rows per region in each standard's copy, counted by hand in data/source/ (appendix 1 and appendix 6
# list the same offices: a region's own body, then one per district and town). Worked example:
# Ақмола, standard 1, appendix 1 is lines 273-293: the regional department plus 17 districts and the
# towns Степногорск and Көкшетау = 20 rows.
ROWS_PER_REGION = {  # region: rows in standards 1, 2, 3, 4 (appendix 1 and appendix 6 alike)
    "akmola": 20,
    "aktobe": 14,
    "almaty-region": 20,
    "atyrau": 9,
    "east-kazakhstan": 19,
    "zhambyl": 12,
    "west-kazakhstan": 14,
    "karaganda": 19,
    "kostanay": 21,
    "kyzylorda": 9,
    "mangystau": 8,
    "pavlodar": 14,
    "north-kazakhstan": 15,
    "south-kazakhstan": 16,
    "astana": 1,
    "almaty-city": 1,
}
# Appendix 2 has one enterprise per region; standard 1 omits Алматы city's (15 rows, the others 16).
# Appendix 3 numbers its centres 1-27 in every standard.
ROWS_PER_STANDARD = {2: {1: 15, 2: 16, 3: 16, 4: 16}, 3: {1: 27, 2: 27, 3: 27, 4: 27}}


@pytest.mark.parametrize("appendix", [1, 6])
def test_rows_per_region_and_standard_match_the_hand_count(data, appendix):
    counts = rows_by_standard(data, appendix)
    expected = {
        (standard, region): rows
        for region, rows in ROWS_PER_REGION.items()
        for standard in (1, 2, 3, 4)
    }
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
        # The site's typography (straight quotes as «», a common noun in a name in lower case,
        # review10 K1/K2) is the only change.
        cells = [c.strip() for s in entry["source"] for c in CORRECTED[s["line"] - 1].split("\t")]
        assert entry["name"]["kk"] in [site_text(c, NOUNS) for c in cells], entry["id"]
        shown = [site_text(c) for c in cells]
        assert entry["address"]["kk"] in shown, (entry["id"], entry["address"]["kk"])
        if entry["position"]:
            assert entry["position"]["kk"] in shown, entry["id"]


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
                needle = (
                    token_digits[1:]
                    if token_digits.startswith("8") and len(token_digits) <= 6
                    else token_digits[-4:]
                )
                assert needle in digits, (entry["id"], token, cell)


# Anything printed like an e-mail address or a web site: a token with "@", or with a dot followed
# by a top-level-domain-like ending (the source's own, plus "rz", which it prints once by mistake).
ADDRESS_LIKE = re.compile(
    r"[^\s,;]*@[^\s;]*|[^\s,;@]+\.(?:kz|ru|com|net|org|rz)\b[^\s,;]*", re.IGNORECASE
)


def printed_addresses(cell: str) -> list[str]:
    """Every address-like token of a contact cell, trailing punctuation dropped."""
    return [t.rstrip(".,;") for t in ADDRESS_LIKE.findall(cell) if t.rstrip(".,;")]


def all_contact_cells(data):
    """(entry, cell) for every source row of appendices 1, 2 and 6 (appendix 3 has no contact column)."""
    for appendix in (1, 2, 6):
        for entry in entries(data, appendix):
            for source in entry["source"]:
                yield entry, CORRECTED[source["line"] - 1].split("\t")[4]


def test_every_address_printed_in_a_contact_cell_is_a_contact_of_its_entry(data):
    # Over the whole source, not a list of known cases: a cell with two addresses keeps both.
    cells_with_several = set()
    for entry, cell in all_contact_cells(data):
        # "акимат-zsnakim@mail.ru" (line 360): the word before the hyphen names whose address it is.
        values = [c["value"] for c in entry["contacts"]] + [
            f"{c['label']}-{c['value']}" for c in entry["contacts"] if "label" in c
        ]
        found = printed_addresses(cell)
        if len(found) > 1:
            cells_with_several.add(cell)
        for token in found:
            assert any(token in value for value in values), (entry["id"], token, values)
    # Hand-checked in data/source/ (lines 429, 457, 483, 335, 549, 702, 712, 833 and the other copies):
    assert {
        "pozakim@mail.ru org_acim@mail.ru",
        "irtadm@pavlakimat.kz irtadm@mail.ru",
        "uzo@kostanay.kz, www.e-kostanai.kz",
        "akimat_tekeliforever.kz ozeo@mail.ru",
        "zkgnpocz@mail.kz zap_08@aisgzk.kz",
        "irgiznal@taxaktub.mgd.kz 020201@rups.kazpost.kz",
        "ak_aktobe@mail.ru iao_aktobe@mail.ru",
        "akim@kostanay.kz, abenov@kostanay.kz",
    } <= cells_with_several


def test_a_contact_links_only_where_it_is_a_valid_address(data):
    for appendix in APPENDICES:
        for entry in entries(data, appendix):
            for contact in entry["contacts"]:
                if contact["kind"] == "email" and contact["href"]:
                    assert contact["href"] == "mailto:" + contact["value"] and EMAIL.fullmatch(
                        contact["value"]
                    )
                elif contact["kind"] == "web" and contact["href"]:
                    assert re.fullmatch(
                        r"http://[a-z0-9-]+(\.[a-z0-9-]+)*\.(kz|ru)", contact["href"], re.I
                    ), contact
                elif contact["kind"] == "person":
                    assert (
                        "@" not in contact["value"]
                        and not contact["href"]
                        and not contact["problem"]
                    )
                else:
                    assert contact["problem"], (entry["id"], contact)


def contact(data, value):
    return next(
        c
        for a in APPENDICES
        for e in entries(data, a)
        for c in e["contacts"]
        if c["value"] == value
    )


def test_addresses_printed_wrong_are_kept_as_printed_with_their_reason(data):
    # Read in data/source/: the 13 district akimats of North Kazakhstan (lines 902-915) print a
    # backslash inside the address; Ырғыз (line 301) has no domain; "Fort_akimat.mail.ru" (line
    # 875) a dot for "@"; www.Aktau_info.kz (474) an underscore in a host name. Every copy prints
    # them so and no other entry shows the right form: no correction, no link.
    backslashed = [
        c
        for e in entries(data, 6)
        if e["region"] == "north-kazakhstan"
        for c in e["contacts"]
        if c["problem"] == "backslash"
    ]
    assert len(backslashed) == 13 and all("\\" in c["value"] and not c["href"] for c in backslashed)
    assert contact(data, "irgizzem@kz")["problem"] == "no_domain"
    assert contact(data, "Fort_akimat.mail.ru") | {"kind": "email"} == contact(
        data, "Fort_akimat.mail.ru"
    )
    assert contact(data, "gor.akimat_kz.list.ru")["problem"] == "at_missing"
    assert (
        contact(data, "www.Aktau_info.kz")["kind"],
        contact(data, "www.Aktau_info.kz")["problem"],
    ) == ("web", "host_underscore")
    reasons = {(c["line"], c["problem"]): c.get("reason") for c in data["quality"]["contacts"]}
    assert reasons[(902, "contact_backslash")] and reasons[(301, "contact_no_domain")]


def test_a_broken_address_another_entry_shows_the_right_form_of_is_corrected(data):
    # Line 508 prints "ual_zem@mail, online.kz" in every copy; line 750 (Атырау city akimat)
    # prints Orgotdel_atyray@mail.online.kz: the comma and space stand for the dot.
    assert contact(data, "ual_zem@mail.online.kz")["href"] == "mailto:ual_zem@mail.online.kz"
    records = [
        c for c in data["quality"]["corrections"] if c["original"] == "ual_zem@mail, online.kz"
    ]
    assert sorted(c["lines"][0] for c in records) == [508, 1453, 2444, 3381]
    assert all("line 750" in c["why"] for c in records)


def test_a_number_printed_with_the_country_code_is_normalized(data):
    # Line 410: "7-710-30-2-64-59" is 7 (country code) 710 30 (Жаңаарқа) 2-64-59 → +7 71030 26459.
    phones = [p for e in entries(data, 1) for p in e["phones"] if p["raw"] == "7-710-30-2-64-59"]
    assert phones and all(p["e164"] == "+77103026459" for p in phones)


def test_the_initial_read_as_a_digit_is_corrected_as_the_other_copy_shows(data):
    # Line 2661 (standard 3) prints "З. Батталханов"; the other three copies print the digit 3.
    addresses = [
        s["cells"][1]
        for e in entries(data, 6)
        for s in e["source"]
        if "Батталханов" in s["cells"][1]
    ]
    assert len(addresses) == 4
    entry = next(e for e in entries(data, 6) if "Батталханов" in e["address"]["kk"])
    assert (
        "З.Батталханов" in entry["address"]["kk"] and "ул. З.Батталханова" in entry["address"]["ru"]
    )
    assert len(entry["standards"]) == 4


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
    substance = {
        (d["appendix"], d["name"]) for d in data["differences"] if d["kind"] == "substance"
    }
    for appendix in APPENDICES:
        for entry in entries(data, appendix):
            if len(entry["standards"]) < 4:
                names = {s["cells"][1 if appendix == 3 else 0].strip() for s in entry["source"]}
                assert any((appendix, n) in substance for n in names) or any(
                    d["appendix"] == appendix and d["region"] == entry["region"]
                    for d in data["differences"]
                ), entry["id"]


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
    (data / "schema" / "directories.schema.json").write_bytes(
        (ROOT / "data/schema/directories.schema.json").read_bytes()
    )
    broken = (ROOT / "data/directories/authorized_bodies.yaml").read_text(encoding="utf-8")
    broken = broken.replace("kind: email", "kind: telepathy", 1)
    (data / "directories" / "authorized_bodies.yaml").write_text(broken, encoding="utf-8")
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if "telepathy" in row)
    _, problems = validate_file(data, data / "directories" / "authorized_bodies.yaml")
    assert problems == [
        f"data/directories/authorized_bodies.yaml:{line}: .entries[0].contacts[0].kind: "
        "'telepathy' is not one of ['email', 'web', 'person']"
    ]


def test_the_sixteen_enterprises_read_alike_in_russian(data):
    """review3 ru 9: the glossary's pattern «Акмолинский НПЦзем» for the fourteen regions and, for
    the two cities, which have no adjective in the glossary, «НПЦзем города Астаны» / «… Алматы»
    (data/translations/directories/regions.ru.yaml, each with its source)."""
    # One per region; West Kazakhstan's has a second version (…-enterprise-1-v2), the same name.
    names = sorted(
        {e["name"]["ru"] for e in data["directories/specialized_enterprises"]["entries"]}
    )
    assert len(names) == 16
    assert [
        n
        for n in names
        if not re.fullmatch(r"[А-Я][а-я-]+(?:[А-Я][а-я]+)?ий НПЦзем|НПЦзем города [А-Я]\w+", n)
    ] == []
    assert sorted(n for n in names if n.startswith("НПЦзем города")) == [
        "НПЦзем города Алматы",
        "НПЦзем города Астаны",
    ]
