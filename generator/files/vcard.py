"""vCard 3.0 (RFC 2426) for a directory entry, in one language: staff import contacts with it.

Every valid phone (E.164), every valid e-mail and every valid web site of the entry is a field of
its own; a contact person and a value printed wrong (a number that is no valid number, no valid
address) go to NOTE as printed and marked so, so nothing of the source is lost on import and no
client dials or mails a misprint. ``filename`` is the name a browser saves the card under.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from calculator.contentlines import escape as _escape
from calculator.contentlines import write
from generator.pages.strings import load_ui


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    return load_ui()


def _notes(entry: Mapping[str, Any], lang: str) -> list[str]:
    words = _words()
    notes = [
        f"{words['contact_as_printed'][lang]}: {phone['raw']}"
        for phone in entry["phones"]
        if not phone["e164"]
    ]
    for contact in entry["contacts"]:
        if contact["kind"] == "person":
            notes.append(f"{words['contact_person'][lang]}: {contact['value']}")
        elif not contact["href"]:
            notes.append(f"{words['contact_as_printed'][lang]}: {contact['value']}")
    return notes


def vcard(entry: Mapping[str, Any], lang: str, region_name: str) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        # N is required (RFC 2426 3.1.2); an office has no personal name, so its parts are empty
        # and ORG names it, as address books expect of an organisation's card.
        "N:;;;;",
        f"FN:{_escape(entry['name'][lang])}",
        f"ORG:{_escape(entry['name'][lang])}",
        f"ADR;TYPE=work:;;{_escape(entry['address'][lang])};;{_escape(region_name)};;KZ",
    ]
    if entry.get("position"):
        lines.append(f"TITLE:{_escape(entry['position'][lang])}")
    for phone in entry["phones"]:
        if phone["e164"]:
            kind = "fax" if phone["kind"] == "fax" else "voice"
            lines.append(f"TEL;TYPE=work,{kind}:{phone['e164']}")
    for contact in entry["contacts"]:
        if contact["href"] and contact["kind"] == "email":
            lines.append(f"EMAIL;TYPE=internet:{contact['value']}")
        elif contact["href"] and contact["kind"] == "web":
            lines.append(f"URL:{contact['href']}")
    if notes := _notes(entry, lang):
        lines.append(f"NOTE:{_escape('; '.join(notes))}")
    # The kk and ru cards of an office are two cards in one region file: each its own UID.
    lines += [f"UID:urn:zher-aktileri:{entry['id']}:{lang}", "END:VCARD"]
    return write(lines)


_UNSAFE = re.compile(r'[«»"“”„\\/:*?<>|\x00-\x1f]+')


def filename(entry: Mapping[str, Any], lang: str) -> str:
    """What the card is, in the page's language: "Ақкөл ауданы жер қатынастары бөлімі мемлекеттік
    мекемесі.vcf", the district put first where the name does not say it; characters file
    systems refuse (quotes, slashes, colons) left out, at most 120 characters."""
    name = entry["name"][lang]
    district = (entry.get("district") or {}).get(lang)
    stem = name if not district or district in name else f"{district} — {name}"
    stem = re.sub(r"\s+", " ", _UNSAFE.sub(" ", stem)).strip(" .")
    return stem[:120].rstrip(" .") + ".vcf"
