"""vCard 3.0 (RFC 2426) for a directory entry, in one language: staff import contacts with it."""

from __future__ import annotations

from typing import Any, Mapping

from calculator.contentlines import escape as _escape, write


def vcard(entry: Mapping[str, Any], lang: str, region_name: str) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{_escape(entry['name'][lang])}",
        f"ORG:{_escape(entry['name'][lang])}",
        f"ADR;TYPE=work:;;{_escape(entry['address'][lang])};;{_escape(region_name)};;KZ",
    ]
    if entry.get("position"):
        lines.append(f"TITLE:{_escape(entry['position'][lang])}")
    for phone in entry["phones"]:
        kind = "fax" if phone["kind"] == "fax" else "voice"
        lines.append(f"TEL;TYPE=work,{kind}:{phone['e164'] or _escape(phone['raw'])}")
    contact = entry["contact"]
    if contact["kind"] == "email":
        lines.append(f"EMAIL;TYPE=internet:{contact['value']}")
    elif contact["kind"] == "web":
        lines.append(f"URL:{contact['value']}")
    lines += [f"UID:urn:zher-aktileri:{entry['id']}", "END:VCARD"]
    return write(lines)
