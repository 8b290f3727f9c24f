"""The built site read as the independent validators read it: every JSON against its schema,
every vCard by a strict reader of RFC 2426, every mailto: by an address check, the data package
by `frictionless validate`, every JSON-LD block for its type's properties."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from email.headerregistry import Address
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import phonenumbers
import pytest

# The JSON the site ships with a schema beside it (NAME.schema.json for NAME.json); the rest are
# named here so that a new JSON file without a schema is a decision, not an accident.
WITHOUT_SCHEMA = {
    "opendata/production-calendar.json",  # made by the rules from the holidays package
    "opendata/datapackage.json",  # checked by frictionless below
}


def shipped_json(site_dir: Path) -> list[Path]:
    return sorted(
        p for p in (site_dir / "opendata").rglob("*.json") if not p.name.endswith(".schema.json")
    )


def test_every_shipped_json_file_validates_against_its_schema(site_dir):
    from jsonschema import Draft202012Validator

    checked = []
    for path in shipped_json(site_dir):
        rel = path.relative_to(site_dir).as_posix()
        schema_path = path.with_name(path.stem + ".schema.json")
        if rel in WITHOUT_SCHEMA:
            assert not schema_path.exists(), f"{rel} has a schema: drop it from WITHOUT_SCHEMA"
            continue
        assert schema_path.exists(), f"{rel} has no {schema_path.name} beside it"
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        document = json.loads(path.read_text(encoding="utf-8"))
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
            for e in Draft202012Validator(schema).iter_errors(document)
        ]
        assert errors == [], rel
        checked.append(rel)
    assert "opendata/directories.json" in checked


def test_the_directories_schema_rejects_what_is_not_the_file(site_dir):
    # The schema must describe the file, not any object: a missing appendix, an unknown key and
    # an entry without a name are each an error (worked out from the schema's required lists).
    from jsonschema import Draft202012Validator

    schema = json.loads((site_dir / "opendata/directories.schema.json").read_text("utf-8"))
    document = json.loads((site_dir / "opendata/directories.json").read_text("utf-8"))
    validator = Draft202012Validator(schema)
    without_appendix = {k: v for k, v in document.items() if k != "akimat_offices"}
    assert not validator.is_valid(without_appendix)
    assert not validator.is_valid(document | {"extra": []})
    broken = json.loads(json.dumps(document))
    del broken["service_centres"]["entries"][0]["name"]
    assert not validator.is_valid(broken)


# --- vCards -------------------------------------------------------------------------------------

_CONTENT_LINE = re.compile(r"^(?P<name>[A-Za-z0-9-]+)(?P<params>(;[^:]*)?):(?P<value>.*)$")


def vcard_problems(text: str) -> list[str]:
    """A strict reader of a vCard 3.0 file (RFC 2426): CRLF lines folded at most 75 octets,
    BEGIN/END paired, VERSION 3.0, N and FN on every card, TEL in E.164 only, no UID twice."""
    problems: list[str] = []
    if not text.endswith("\r\n") or re.search(r"(?<!\r)\n", text):
        problems.append("lines must end with CRLF")
    for raw in text.split("\r\n"):
        if len(raw.encode("utf-8")) > 75:
            problems.append(f"line over 75 octets: {raw[:40]}")
    lines = text.replace("\r\n ", "").split("\r\n")[:-1]
    uids: set[str] = set()
    card: list[tuple[str, str]] | None = None
    for number, line in enumerate(lines, 1):
        match = _CONTENT_LINE.match(line)
        if not match:
            problems.append(f"line {number}: not a content line: {line[:40]}")
            continue
        name, value = match["name"].upper(), match["value"]
        if name == "BEGIN":
            if card is not None or value.upper() != "VCARD":
                problems.append(f"line {number}: BEGIN inside a card or not VCARD")
            card = []
            continue
        if card is None:
            problems.append(f"line {number}: {name} outside a card")
            continue
        if name != "END":
            card.append((name, value))
            continue
        names = [n for n, _ in card]
        if names[:1] != ["VERSION"] or card[0][1] != "3.0":
            problems.append(f"line {number}: the card does not start with VERSION:3.0")
        for required in ("N", "FN"):
            if names.count(required) != 1:
                problems.append(f"line {number}: {names.count(required)} {required} in a card")
        for n, v in card:
            if n == "N" and v.count(";") != 4:
                problems.append(f"line {number}: N needs five components: {v}")
            if n == "TEL" and not _e164(v):
                problems.append(f"line {number}: TEL not a valid E.164 number: {v}")
            if n == "EMAIL" and not _email_ok(v):
                problems.append(f"line {number}: EMAIL not a valid address: {v}")
            if n == "UID":
                if v in uids:
                    problems.append(f"line {number}: UID {v} used twice in the file")
                uids.add(v)
        if "UID" not in names:
            problems.append(f"line {number}: a card without UID")
        card = None
    if card is not None:
        problems.append("a card without END")
    return problems


def _e164(value: str) -> bool:
    if not re.fullmatch(r"\+[1-9]\d{6,14}", value):
        return False
    return phonenumbers.is_valid_number(phonenumbers.parse(value))


def _email_ok(address: str) -> bool:
    """The address as the standard library's RFC 5322 parser and a dot-atom check accept it."""
    local, at, domain = address.rpartition("@")
    if not at or not re.fullmatch(
        r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*", local
    ):
        return False
    if not re.fullmatch(r"([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}", domain):
        return False
    try:
        Address(addr_spec=address)
    except (ValueError, IndexError):
        return False
    return True


@pytest.mark.parametrize(
    ("card", "problem"),
    [
        # Each a card that breaks one rule; the reader must name it (cases written by hand).
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nUID:x\r\nEND:VCARD\r\n", "0 N in a card"),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:A\r\nTEL:8-727-73 88-16-71\r\nUID:x\r\nEND:VCARD\r\n",
            "TEL not",
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:A\r\nEMAIL:Shimkent.gov.@mail.kz\r\nUID:x\r\nEND:VCARD\r\n",
            "EMAIL not",
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:A\r\nUID:x\r\nEND:VCARD\r\n" * 2,
            "UID x used twice",
        ),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:A\r\nUID:x\r\n", "without END"),
    ],
)
def test_the_vcard_reader_finds_each_fault(card, problem):
    assert any(problem in p for p in vcard_problems(card))


def test_every_vcard_file_passes_the_strict_reader(site_dir):
    paths = sorted((site_dir / "opendata" / "vcards").glob("*.vcf")) + sorted(
        (site_dir / "vcards").rglob("*.vcf")
    )
    assert len(paths) > 900  # a file per region and a card per entry and language
    problems = {
        p.relative_to(site_dir).as_posix(): found
        for p in paths
        if (found := vcard_problems(p.read_bytes().decode("utf-8")))
    }
    assert problems == {}


def test_a_misprinted_number_stays_in_the_card_as_printed_and_marked(site_dir):
    # "8-725-52 53-56-58" (Шымкент, appendix 1, source line 528) has eleven digits after the
    # trunk prefix: no valid number, so no TEL, but the printed text is in NOTE after the mark.
    text = (site_dir / "opendata/vcards/south-kazakhstan.vcf").read_bytes().decode("utf-8")
    text = text.replace("\r\n ", "")
    # NOTE is TEXT: its commas are escaped (RFC 2426 4).
    assert "NOTE:Стандартта басылғандай\\, жарамсыз: 8-725-52 53-56-58" in text
    assert "NOTE:Как напечатано в стандарте\\, недействительно: 8-725-52 53-56-58" in text
    assert not re.search(r"^TEL[^:]*:[^+]", text, re.M)


# --- mailto: ------------------------------------------------------------------------------------


def test_every_mailto_link_is_an_address_a_validator_accepts(site_dir):
    bad: dict[str, set[str]] = {}
    pages = 0
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="mailto:([^"?]*)', html):
            address = unquote(href).replace("&amp;", "&")
            if not _email_ok(address):
                bad.setdefault(address, set()).add(page.relative_to(site_dir).as_posix())
        pages += 1
    assert pages > 100
    assert bad == {}


def test_shimkent_address_is_shown_as_printed_and_marked(site_dir):
    html = (site_dir / "ru/regions/south-kazakhstan/index.html").read_text(encoding="utf-8")
    assert "mailto:Shimkent" not in html
    assert '<span class="contact-as-printed">Shimkent.gov.@mail.kz</span>' in html


# --- Frictionless data package ------------------------------------------------------------------


def test_datapackage_describes_every_csv_and_frictionless_finds_no_error(site_dir):
    package = json.loads((site_dir / "opendata/datapackage.json").read_text(encoding="utf-8"))
    described = {r["path"] for r in package["resources"]}
    assert described == {p.name for p in (site_dir / "opendata").glob("*.csv")}
    for resource in package["resources"]:
        assert resource["schema"]["fields"], resource["name"]
    frictionless = Path(sys.executable).with_name("frictionless")
    run = subprocess.run(
        [str(frictionless), "validate", "--json", "datapackage.json"],
        cwd=site_dir / "opendata",
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stdout)
    errors = [
        (task["name"], e.get("message", "")[:200])
        for task in report["tasks"]
        for e in task["errors"]
    ]
    assert (report["valid"], errors, run.returncode) == (True, [], 0)
    assert len(report["tasks"]) == len(described)


def test_frictionless_refuses_a_csv_that_breaks_its_table_schema(site_dir, tmp_path):
    # The table schema must be able to fail: a row with a phone not in E.164 and an empty id.
    opendata = site_dir / "opendata"
    package = json.loads((opendata / "datapackage.json").read_text(encoding="utf-8"))
    resource = package["resources"][0]
    package["resources"] = [resource]
    lines = (opendata / resource["path"]).read_bytes().decode("utf-8-sig").split("\r\n")
    columns = lines[0].split(",")
    row = next(csv_row for csv_row in _rows(lines) if csv_row[columns.index("phones_e164")])
    row[columns.index("id")] = ""
    row[columns.index("phones_e164")] = "87172000000"
    (tmp_path / resource["path"]).write_bytes(
        "\ufeff".encode() + "\r\n".join([lines[0], _csv(row)]).encode("utf-8") + b"\r\n"
    )
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    frictionless = Path(sys.executable).with_name("frictionless")
    run = subprocess.run(
        [str(frictionless), "validate", "--json", "datapackage.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stdout)
    types = {e["type"] for task in report["tasks"] for e in task["errors"]}
    assert report["valid"] is False and {"constraint-error"} <= types, types


def _rows(lines: list[str]) -> list[list[str]]:
    import csv

    return list(csv.reader(lines[1:]))


def _csv(row: list[str]) -> str:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(row)
    return out.getvalue()


# --- schema.org JSON-LD -------------------------------------------------------------------------


class _JsonLd(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def json_ld(path: Path) -> list[dict]:
    parser = _JsonLd()
    parser.feed(path.read_text(encoding="utf-8"))
    return [json.loads(block) for block in parser.blocks]


def _nodes(block: dict) -> list[dict]:
    return block.get("@graph", [block])


def _text(value) -> bool:
    return isinstance(value, str) and value.strip() == value and bool(value)


def test_every_region_page_lists_its_offices_as_government_offices(site_dir, data):
    entries = {}
    for name, appendix in data.items():
        if name.startswith("directories/"):
            for e in appendix["entries"]:
                entries[e["id"]] = e
    for region in data["regions"]:
        for lang, prefix in (("kk", ""), ("ru", "ru/")):
            page = site_dir / prefix / "regions" / region["id"] / "index.html"
            blocks = json_ld(page)
            assert len(blocks) == 1, page
            assert blocks[0]["@context"] == "https://schema.org"
            offices = _nodes(blocks[0])
            ids = [o["@id"].rsplit("#", 1)[1] for o in offices]
            assert sorted(ids) == sorted(
                e["id"] for e in entries.values() if e["region"] == region["id"]
            )
            for office in offices:
                entry = entries[office["@id"].rsplit("#", 1)[1]]
                assert office["@type"] == "GovernmentOffice"
                assert office["name"] == entry["name"][lang]
                address = office["address"]
                assert address["@type"] == "PostalAddress" and address["addressCountry"] == "KZ"
                assert address["streetAddress"] == entry["address"][lang]
                assert address["addressRegion"] == region["name"][lang]
                valid = [p["e164"] for p in entry["phones"] if p["e164"] and p["kind"] != "fax"]
                phones = office.get("telephone", [])
                phones = [phones] if isinstance(phones, str) else phones
                assert phones == valid
                assert all(_e164(p) for p in phones)
                emails = office.get("email", [])
                assert all(_email_ok(e) for e in ([emails] if isinstance(emails, str) else emails))


def test_most_offices_carry_a_telephone(site_dir):
    # The search-engine use is "find the office and call it": at least nine in ten entries of a
    # region page have a valid number (the source prints one for nearly every office).
    offices = [o for b in json_ld(site_dir / "regions/akmola/index.html") for o in _nodes(b)]
    assert sum("telephone" in o for o in offices) >= 0.9 * len(offices)


def test_every_standard_page_is_a_government_service(site_dir, data):
    standards = [v for k, v in data.items() if k.startswith("standards/")]
    assert len(standards) == 4
    for standard in standards:
        for lang, prefix in (("kk", ""), ("ru", "ru/")):
            blocks = json_ld(site_dir / prefix / "standards" / str(standard["id"]) / "index.html")
            assert len(blocks) == 1
            service = blocks[0]
            assert service["@context"] == "https://schema.org"
            assert service["@type"] == "GovernmentService"
            assert service["name"] == standard["title"][lang]
            assert service["provider"]["@type"] == "GovernmentOrganization"
            assert _text(service["provider"]["name"])
            assert service["areaServed"] == {
                "@type": "Country",
                "name": {"kk": "Қазақстан", "ru": "Казахстан"}[lang],
            }
            assert service["url"].endswith(f"{prefix}standards/{standard['id']}/")


def test_json_ld_blocks_cannot_end_their_script():
    from generator.pages.structured import script

    assert "</script>" not in script({"name": "</script><script>alert(1)</script>"})[:-9]


def test_no_json_ld_block_anywhere_is_broken(site_dir):
    count = 0
    for page in site_dir.rglob("*.html"):
        for block in json_ld(page):
            for node in _nodes(block):
                assert node["@type"] in {"GovernmentOffice", "GovernmentService"}, page
                count += 1
    assert count > 900  # an office per directory entry, a service per standard page
