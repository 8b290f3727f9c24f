"""schema.org JSON-LD, so that a search engine can answer "land relations department, <district>"
with the office's address and telephone, and "<service name>" with the standard's page.

``GovernmentService`` on a standard's page, ``GovernmentOffice`` per directory entry on a region's
page; only valid values go in (a telephone only in E.164, an e-mail only where it is a link).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def script(value: Mapping[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` block; "<" escaped so no value can end it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return f'<script type="application/ld+json">{text}</script>'


def _office(entry: Mapping[str, Any], lang: str, region_name: str, page_url: str) -> dict:
    phones = [p["e164"] for p in entry["phones"] if p["e164"] and p["kind"] != "fax"]
    faxes = [p["e164"] for p in entry["phones"] if p["e164"] and p["kind"] == "fax"]
    emails = [c["value"] for c in entry["contacts"] if c["kind"] == "email" and c["href"]]
    sites = [c["href"] for c in entry["contacts"] if c["kind"] == "web" and c["href"]]
    office: dict[str, Any] = {
        "@type": "GovernmentOffice",
        "@id": f"{page_url}#{entry['id']}",
        "name": entry["name"][lang],
        "url": f"{page_url}#{entry['id']}",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": entry["address"][lang],
            "addressRegion": region_name,
            "addressCountry": "KZ",
        },
    }
    optional = {
        "telephone": phones,
        "faxNumber": faxes,
        "email": emails,
        "sameAs": sites,
        "areaServed": [entry["district"][lang]] if entry.get("district") else [],
    }
    for key, values in optional.items():
        if values:
            office[key] = values[0] if len(values) == 1 else values
    return office


def offices(sections: list[Mapping[str, Any]], lang: str, region_name: str, page_url: str) -> str:
    """Every entry of a region page as a GovernmentOffice, in one graph."""
    graph = [
        _office(entry, lang, region_name, page_url)
        for section in sections
        for entry in section["entries"]
    ]
    return script({"@context": "https://schema.org", "@graph": graph})


def service(standard: Mapping[str, Any], lang: str, page_url: str, country: str) -> str:
    """A standard's passport as a GovernmentService: what it is, who provides it, where."""
    facts = standard["facts"]
    return script(
        {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "@id": page_url,
            "name": standard["title"][lang],
            "url": page_url,
            "serviceType": standard["title"][lang],
            "provider": {"@type": "GovernmentOrganization", "name": facts["provider"][lang]},
            "audience": {"@type": "Audience", "audienceType": facts["recipients"]["text"][lang]},
            "areaServed": {"@type": "Country", "name": country},
        }
    )
