"""vCard 3.0 (RFC 2426) for a directory entry, in one language: staff import contacts with it.

Every valid phone (E.164), every valid e-mail and every valid web site of the entry is a field of
its own; a contact person and a value printed wrong (a number that is no valid number, no valid
address) go to NOTE as printed and marked so, so nothing of the source is lost on import and no
client dials or mails a misprint. ``filename`` is the name a browser saves the card under.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from calculator.contentlines import escape as _escape
from calculator.contentlines import write
from generator.load.site_data import SiteData


def _notes(
    entry: Mapping[str, Any], lang: str, words: Mapping[str, Mapping[str, str]]
) -> list[str]:
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


def vcard(
    entry: Mapping[str, Any], lang: str, region_name: str, words: Mapping[str, Mapping[str, str]]
) -> str:
    """The card; ``words`` is the string catalogue (the notes' labels)."""
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
    if notes := _notes(entry, lang, words):
        lines.append(f"NOTE:{_escape('; '.join(notes))}")
    # The kk and ru cards of an office are two cards in one region file: each its own UID.
    lines += [f"UID:urn:zher-aktileri:{entry['id']}:{lang}", "END:VCARD"]
    return write(lines)


def entry_vcards(site: SiteData) -> dict[str, str]:
    """{"vcards/<lang>/<entry id>.vcf": card}: one card per directory entry and language, the
    download beside each entry of a region page."""
    return {
        f"vcards/{lang}/{entry['id']}.vcf": vcard(
            entry, lang, site.region(entry["region"])["name"][lang], site.strings
        )
        for directory in site.directories.values()
        for entry in directory["entries"]
        for lang in ("kk", "ru")
    }
