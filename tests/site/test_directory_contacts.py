"""Over the whole source: every phone number and every e-mail address or web site printed in
appendices 1, 2, 3 and 6 is shown on its region's page in both languages (a link where valid,
marked text where not) and is in the CSV, the JSON and the entry's vCards."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from markupsafe import escape

from generator.core.yamlio import load_yaml
from generator.extract.corrections import corrected_lines, correction_files
from tests.data.test_directories import printed_addresses
from tests.datatools import ROOT, SOURCE

APPENDICES = {
    1: "authorized_bodies",
    2: "specialized_enterprises",
    3: "service_centres",
    6: "akimat_offices",
}
CORRECTED = corrected_lines(SOURCE, correction_files(ROOT / "data", "directories"))
LANGS = ("kk", "ru")


def cards(site_dir, region, lang):
    path = site_dir / ("ru" if lang == "ru" else "") / "regions" / region / "index.html"
    html = path.read_text(encoding="utf-8")
    return dict(
        re.findall(r'<article class="contact-card" id="([^"]+)".*?>(.*?)</article>', html, re.S)
    )


def unfolded(path):
    return path.read_bytes().decode("utf-8").replace("\r\n ", "")


def vcard_text(value):
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


@pytest.fixture(scope="module")
def csv_rows(site_dir):
    rows = {}
    for name in APPENDICES.values():
        raw = (site_dir / "opendata" / f"{name}.csv").read_text(encoding="utf-8-sig")
        rows.update({r["id"]: r for r in csv.DictReader(io.StringIO(raw))})
    return rows


@pytest.mark.parametrize("appendix", sorted(APPENDICES))
def test_every_printed_contact_is_on_the_pages_and_in_every_download(
    site_dir, data, csv_rows, appendix
):
    download = json.loads((site_dir / "opendata" / "directories.json").read_text(encoding="utf-8"))
    in_json = {e["id"]: e for e in download[APPENDICES[appendix]]["entries"]}
    by_region: dict[tuple, dict] = {}
    checked = 0
    for entry in data[f"directories/{APPENDICES[appendix]}"]["entries"]:
        key = entry["region"]
        for lang in LANGS:
            if (key, lang) not in by_region:
                by_region[key, lang] = cards(site_dir, key, lang)
        row, vcards = (
            csv_rows[entry["id"]],
            [unfolded(site_dir / "vcards" / lang / f"{entry['id']}.vcf") for lang in LANGS],
        )
        shown_digits = {}
        for lang in LANGS:
            card = by_region[key, lang][entry["id"]]
            shown_digits[lang] = "".join(
                re.sub(r"\D", "", m)
                for m in re.findall(
                    r'<a href="tel:\+7(\d{10})">|<span class="contact-as-printed"[^>]*>([^<]*)</span>',
                    card,
                )
                for m in m
            )
        # Phones: every group of digits of the source's phone cells is shown (as a tel: link or
        # marked as printed), and the numbers are in the CSV and the vCards.
        for source in entry["source"]:
            cells = CORRECTED[source["line"] - 1].split("\t")
            for cell in cells[-2:] if appendix == 3 else cells[3:4]:
                for token in re.findall(r"\d+(?:\s?-\s?\d+)+", cell):
                    digits = re.sub(r"\D", "", token)
                    needle = (
                        digits[1:] if digits.startswith("8") and len(digits) <= 6 else digits[-4:]
                    )
                    for lang in LANGS:
                        assert needle in shown_digits[lang], (entry["id"], lang, token)
                    checked += 1
        for phone in entry["phones"]:
            assert (phone["e164"] or "") in row["phones_e164"] and phone["raw"] in row[
                "phones_source"
            ]
            for text in vcards:  # a valid number is a TEL; a misprint is kept in NOTE, as printed
                if phone["e164"]:
                    assert f":{phone['e164']}\r\n" in text, (entry["id"], phone)
                else:
                    assert vcard_text(phone["raw"]) in text.split("NOTE:", 1)[1], (
                        entry["id"],
                        phone,
                    )
        # E-mails and web sites: every address-like token printed in the cell is one of the
        # entry's contacts, and each contact is shown as a link (valid) or marked text (not).
        for source in entry["source"] if appendix != 3 else []:
            for token in printed_addresses(CORRECTED[source["line"] - 1].split("\t")[4]):
                assert any(
                    token in c["value"] or token == f"{c.get('label')}-{c['value']}"
                    for c in entry["contacts"]
                ), token
                checked += 1
        for contact in entry["contacts"]:
            value = str(escape(contact["value"]))
            for lang in LANGS:
                card = by_region[key, lang][entry["id"]]
                if contact["href"]:
                    assert f'<a href="{escape(contact["href"])}">{value}</a>' in card, (
                        entry["id"],
                        lang,
                    )
                elif contact["problem"]:
                    assert f'<span class="contact-as-printed">{value}</span>' in card, (
                        entry["id"],
                        lang,
                    )
                else:
                    assert value in card
            if contact["kind"] == "email" and contact["href"]:
                assert contact["value"] in row["emails"].split()
                assert all(f"EMAIL;TYPE=internet:{contact['value']}\r\n" in text for text in vcards)
            elif contact["kind"] == "web" and contact["href"]:
                assert contact["value"] in row["websites"].split()
                assert all(f"URL:{contact['href']}\r\n" in text for text in vcards)
            else:
                assert contact["value"] in row["contacts_as_printed"] + row["contact_persons"]
                assert all(
                    vcard_text(contact["value"]) in text.split("NOTE:", 1)[1] for text in vcards
                )
        assert in_json[entry["id"]]["contacts"] == entry["contacts"]
        assert in_json[entry["id"]]["phones"] == entry["phones"]
    assert checked > 50


def test_a_vcard_of_an_entry_with_two_emails_carries_both(site_dir):
    # Line 457 prints "pozakim@mail.ru org_acim@mail.ru" for the Жаңақорған district land department (Қызылорда).
    path = next(
        p for p in (site_dir / "vcards" / "kk").glob("*.vcf") if "org_acim@mail.ru" in unfolded(p)
    )
    text = unfolded(path)
    assert (
        "EMAIL;TYPE=internet:pozakim@mail.ru\r\n" in text
        and "EMAIL;TYPE=internet:org_acim@mail.ru\r\n" in text
    )


@pytest.mark.parametrize(
    ("lang", "label"), [("kk", "Электрондық пошта"), ("ru", "Электронная почта")]
)
def test_two_emails_of_one_office_share_one_label(site_dir, lang, label):
    # Line 833 prints "akim@kostanay.kz, abenov@kostanay.kz" for the Kostanay region's akimat
    # apparatus: the second address stood under a label of its own, read as a contact without a name.
    card = cards(site_dir, "kostanay", lang)["kostanay-akimat-office-1"]
    assert card.count(f"<dt>{label}</dt>") == 1
    line = re.search(rf"<dt>{label}</dt><dd>(.*?)</dd>", card, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", line) == "akim@kostanay.kz, abenov@kostanay.kz"


def test_a_heading_over_one_office_is_singular(site_dir):
    # A section heading is its appendix's plural title over several offices and its singular
    # (data/strings/directory.yaml heading_*_one) over one: Akmola has one enterprise, Astana one
    # land department, under headings read off the strings by hand.
    plural = {
        name: load_yaml(ROOT / "data" / "directories" / f"{name}.yaml").data["title"]
        for name in APPENDICES.values()
    }
    section = re.compile(
        r'<h2 id="([a-z-]+)"[^>]*>(.*?)<a class="headerlink".*?<div class="directory"[^>]*>(.*?)</div>\n',
        re.S,
    )
    seen = {}
    for path in sorted(site_dir.glob("**/regions/*/index.html")):
        lang = "ru" if path.relative_to(site_dir).parts[0] == "ru" else "kk"
        for anchor, heading, body in section.findall(path.read_text(encoding="utf-8")):
            many = plural[anchor.replace("-", "_")][lang]
            one = body.count('<article class="contact-card"') == 1
            assert (heading != many) if one else (heading == many), (path, anchor, heading)
            seen[(path.parent.name, lang, anchor)] = heading
    assert seen[("akmola", "kk", "specialized-enterprises")] == (
        "Мамандандырылған республикалық мемлекеттік кәсіпорын (2-қосымша)"
    )
    assert seen[("astana", "ru", "authorized-bodies")] == (
        "Уполномоченный орган по оказанию государственной услуги (приложение 1)"
    )
