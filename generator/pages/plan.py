"""Which pages exist and what each template receives (rendering is in ``generator.pages.render``).

Templates only print: every decision (what a page lists, in which order) is made here or in
data/, and every number comes from data/ or from the ``calculator`` rules.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from calculator.checklist import APPLICANTS, CASES, tailored
from calculator.messages import LANGS, day, kk_date
from generator.load.site_data import SiteData
from generator.pages.answer import answer_pages
from generator.pages.desk import desk_pages
from generator.pages.districts import (
    DISTRICT_SECTIONS,
    Groups,
    district_groups,
    district_names,
    district_spellings,
    source_spellings,
)
from generator.pages.order import (
    DIRECTORY_ORDER,
    alphabetical,
    by_language,
    district_line,
)
from generator.pages.page import Page

# The longest entry one field of the online form keeps on the device: far above any address or
# purpose the paper form has room for, and small enough that restoring a page stays instant.
ENTRY_MAX_CHARS = 2000


def checklist_context(standard: dict[str, Any]) -> dict[str, Any]:
    """Every tailored list, made here by the calculator's checklist rule; the page only shows one."""
    applicants = [a for a in APPLICANTS if a in standard["facts"]["recipients"]["applicant_types"]]
    variants = [
        {
            "id": f"{case}--{applicant}--{int(rep)}",
            "case": case,
            "applicant": applicant,
            "representative": rep,
            "documents": tailored(standard["facts"]["documents"][case], applicant, rep),
        }
        for case in CASES
        for applicant in applicants
        for rep in (False, True)
    ]
    return {"standard": standard, "cases": CASES, "applicants": applicants, "variants": variants}


def calculator_context(site: SiteData) -> dict[str, Any]:
    """The form's option lists: offices where documents are handed in (the ones clause 9 gives hours
    for, which clause 26 says keep them), every office the catalogue names for "open now"."""
    facts = site.standards[0]["facts"]
    named = [
        key.removeprefix("office_name_")
        for key in site.calculator_strings
        if key.startswith("office_name_")
    ]
    submit = [office for office in named if office in facts["hours"]]
    return {
        "fees": site.fees,
        "standards": site.standards,
        "regions": by_language(site.regions),
        "cases": CASES,
        "offices": {"deadline": submit, "storage": submit, "open": named},
        "complaint_days": facts["complaint_terms"]["calendar_days"],
        "simple_days": facts["complaint_terms"]["calendar_days_simple"],
    }


_UNSAFE = re.compile(r'[«»"“”„\\/:*?<>|\x00-\x1f]+')


def vcard_filename(entry: dict[str, Any], lang: str) -> str:
    """What the entry's vCard is saved as, in the page's language: "Ақкөл ауданы жер қатынастары
    бөлімі мемлекеттік мекемесі.vcf", the district put first where the name does not say it;
    characters file systems refuse (quotes, slashes, colons) left out, at most 120 characters."""
    name = entry["name"][lang]
    district = (entry.get("district") or {}).get(lang)
    stem = name if not district or district in name else f"{district} — {name}"
    stem = re.sub(r"\s+", " ", _UNSAFE.sub(" ", stem)).strip(" .")
    return stem[:120].rstrip(" .") + ".vcf"


# Sections whose offices each serve one district of a region: the district filter narrows them and
# leaves the others (the region's centres and enterprise) whole, with a note. A city has no
# districts in these sections; there the filter narrows its centres, one per city district.
CITY_FILTERED_SECTIONS = ("service_centres",)


def region_sections(
    region: dict[str, Any], directories: dict[str, Any], groups: Groups
) -> dict[str, list[dict[str, Any]]]:
    """Per language: each directory's entries for the region, region-level first, then by district.
    Each section says whether the district filter narrows it (``narrows``), whether it carries the
    note that the filter leaves it whole (``note``) and how many entries it has. ``groups``: the
    region's districts with all their spellings (``districts.district_groups``)."""
    has_districts = any(
        e["district"]
        for n in DISTRICT_SECTIONS
        if n in directories
        for e in directories[n]["entries"]
        if e["region"] == region["id"]
    )
    spelled = district_names(groups)
    spellings = {name.lower(): group for group in groups for name in group["kk"]}
    sections = {}
    for lang in LANGS:
        sections[lang] = []
        for name in (n for n in DIRECTORY_ORDER if n in directories):
            entries = [e for e in directories[name]["entries"] if e["region"] == region["id"]]
            if not entries:
                continue
            entries.sort(
                key=lambda e: (
                    e["district"] is not None,
                    alphabetical((e["district"] or e["name"])[lang], lang),
                )
            )
            # "the region's own office" only means something where the others serve districts
            by_district = name in DISTRICT_SECTIONS and any(e["district"] for e in entries)
            narrows = name in DISTRICT_SECTIONS if has_districts else name in CITY_FILTERED_SECTIONS
            sections[lang].append(
                {
                    "name": name,
                    "title": directories[name]["title"],
                    "appendix": directories[name]["appendix"],
                    "anchor": name.replace("_", "-"),
                    "narrows": narrows,
                    # a block the district filter leaves whole says why, in its number
                    "note": has_districts
                    and not narrows
                    and f"directory_scope_note_{name}{'_one' if len(entries) == 1 else ''}",
                    "count": len(entries),
                    # the label of the count: one office is named in the singular
                    "toc": f"toc_{name}_one" if len(entries) == 1 else f"toc_{name}",
                    "entries": [
                        {
                            **e,
                            "vcard_name": vcard_filename(e, lang),
                            "region_level": by_district and e["district"] is None,
                            "district_line": district_line(e),
                            # the district as the filter line names it: its first spelling in
                            # the page's language, then the others
                            "district_spellings": e["district"]
                            and spellings[e["district"]["kk"].lower()],
                            "district_names": e["district"]
                            and spelled.get(
                                e["district"]["kk"].lower(),
                                "|".join(e["district"][lg].lower() for lg in LANGS),
                            ),
                            "search": {
                                lg: " ".join(
                                    filter(
                                        None,
                                        (
                                            e["name"][lg],
                                            (e["district"] or {}).get(lg),
                                            e["address"][lg],
                                        ),
                                    )
                                ).lower()
                                for lg in LANGS
                            },
                        }
                        for e in entries
                    ],
                }
            )
    return sections


# The clause of every standard that says who sets appendix 5's target values (the same words in
# all four: source lines 223, 1182, 2172, 3112); the indicators page quotes it.
TARGET_VALUES_CLAUSE = 19


def target_values_clause(standard: dict[str, Any]) -> dict[str, Any]:
    return next(
        clause
        for section in standard["sections"]
        for clause in section["clauses"]
        if clause["number"] == TARGET_VALUES_CLAUSE
    )


def amended_clauses_from(amendments: list[dict]) -> dict[str, dict]:
    """note id → when the wording it announces applies: {"day": {"kk": …, "ru": "30.01.2012"}}, or the number of
    days after a publication the source does not date ({"days": 10})."""
    found = {}
    for amendment in amendments:
        effective = amendment["effective"]
        if effective["kind"] == "on":
            on = date.fromisoformat(effective["date"])
            # Kazakh writes the date in words with the ending "бастап" needs (2012 жылғы 30 қаңтардан).
            when = {"day": {"kk": kk_date(on, "abl"), "ru": day(on)}}
        else:
            when = {"days": effective.get("days")}
        for change in amendment["changes"]:
            if change["note"]:
                found[change["note"]] = when
    return found


def whole_standard_notes(amendments: list[dict]) -> dict[int, list[str]]:
    """standard number → the notes of the acts that restated it whole (shown above its text)."""
    found: dict[int, list[str]] = {}
    for amendment in amendments:
        for change in amendment["changes"]:
            if change["scope"] == "standard" and change["clause"] == "all" and change["note"]:
                found.setdefault(change["standard"], []).append(change["note"])
    return found


def plan(site: SiteData) -> list[Page]:
    standards, directories = site.standards, site.directories
    spelled_so = source_spellings(site.quality)
    groups = {r["id"]: district_groups(r, directories, spelled_so) for r in site.regions}
    region_pages = [
        Page(
            f"regions/{region['id']}",
            "region.md.j2",
            {
                "region": region,
                "sections_by_lang": sections,
                "districts": district_spellings(groups[region["id"]]),
            },
        )
        for region in site.regions
        if (sections := region_sections(region, directories, groups[region["id"]]))["kk"]
    ]
    notes = {note["id"]: note for note in site.act["amendments"]}
    wording_from = amended_clauses_from(site.amendments)
    restated = whole_standard_notes(site.amendments)
    region_counts = [
        {
            "region": p.context["region"],
            "count": sum(len(s["entries"]) for s in p.context["sections_by_lang"]["kk"]),
        }
        for p in region_pages
    ]
    return [
        Page(
            "regions/index",
            "regions.md.j2",
            {"region_counts": by_language(region_counts, lambda c: c["region"]["name"])},
        ),
        Page(
            "embedding",
            "embed.md.j2",
            {
                "regions": by_language([p.context["region"] for p in region_pages]),
                "districts": {
                    p.context["region"]["id"]: district_spellings(groups[p.context["region"]["id"]])
                    for p in region_pages
                },
                "standards": standards,
            },
        ),
        Page(
            "index",
            "home.md.j2",
            {
                "standards": standards,
                "checklists": [s["id"] for s in standards],
                "tariffs": sorted(Decimal(c["tariff_mci"]) for c in site.categories),
                "region_pages": by_language([p.context["region"] for p in region_pages]),
            },
        ),
        Page("fees", "fees.md.j2", {"fees": site.fees, "mci": site.mci}),
        Page(
            "indicators",
            "indicators.md.j2",
            {"indicators": site.indicators, "target_values": target_values_clause(standards[0])},
        ),
        Page("calculator", "calculator.md.j2", calculator_context(site)),
        *(
            Page(
                f"standards/{s['id']}",
                "standard.md.j2",
                {
                    "standard": s,
                    "cases": CASES,
                    "notes": notes,
                    "wording_from": wording_from,
                    "restated_by": restated.get(s["number"], []),
                },
            )
            for s in standards
        ),
        *(
            Page(f"checklists/{s['id']}", "checklist.md.j2", checklist_context(s))
            for s in standards
        ),
        Page("forms/index", "forms.md.j2", {"standards": standards}),
        *(
            Page(
                f"forms/{s['id']}-application",
                "application.md.j2",
                {
                    "standard": s,
                    "form": site.forms["application"][str(s["number"])],
                    "entry_max_chars": ENTRY_MAX_CHARS,
                },
            )
            for s in standards
        ),
        *(
            Page(
                f"forms/{s['id']}-receipt",
                "receipt.md.j2",
                {
                    "standard": s,
                    "form": site.forms["receipt"][str(s["number"])],
                    "entry_max_chars": ENTRY_MAX_CHARS,
                },
            )
            for s in standards
        ),
        *region_pages,
        *answer_pages(site),
        *desk_pages(site),
    ]


# Navigation sections (their titles are the strings nav_<id>, data/strings/menu.yaml) and the
# pages in each: a tuple of pages, or a folder.
NAV_SECTIONS = (
    ("your_case", ("answer", "compare")),
    ("services", "standards/"),
    ("checklists", "checklists/"),
    ("calculation", ("calculator", "fees")),
    ("forms", "forms/"),
    ("contacts", "regions/"),
    ("reference", ("indicators", "embedding", "about")),
)


def nav_title(path: str, ui: dict[str, dict[str, str]], lang: str) -> str | None:
    """A short menu title where the page's own is the long official one (the page keeps it):
    the right's short name for a standard or checklist, "Өтініш — жеке меншік" for a form."""
    folder, _, name = path.partition("/")
    if folder in ("standards", "checklists") and f"short_{name}" in ui:
        return ui[f"short_{name}"][lang].capitalize()
    if folder == "forms" and name.endswith(("-application", "-receipt")):
        standard, kind = name.rsplit("-", 1)
        return f"{ui[kind + '_title'][lang]} — {ui['short_' + standard][lang]}"
    return None


def navigation(
    pages: list[Page], ui: dict[str, dict[str, str]]
) -> tuple[dict[str, list], dict[str, str]]:
    """MkDocs nav per edition (page titles from the pages themselves, short ones where they are
    long; regions in the reader's alphabet, as the region index lists them) and the Russian forms
    of the section and short titles (nav_translations of the Russian edition)."""
    paths = [p.path for p in pages]
    regions = by_language([p.context["region"] for p in pages if p.template == "region.md.j2"])
    translations: dict[str, str] = {}

    def entry(path: str):
        title = nav_title(path, ui, "kk")
        if title is None:
            return f"{path}.md"
        translations[title] = nav_title(path, ui, "ru")
        return {title: f"{path}.md"}

    def members_of(members: str | tuple[str, ...], lang: str) -> list[str]:
        if members == "regions/":
            return [
                p
                for p in ["regions/index", *(f"regions/{r['id']}" for r in regions[lang])]
                if p in paths
            ]
        if isinstance(members, str):  # a folder: its index first, then in the plan's order
            return sorted(
                (p for p in paths if p.startswith(members)), key=lambda p: not p.endswith("/index")
            )
        return [p for p in members if p in paths]

    navs = {}
    for lang in LANGS:
        navs[lang] = ["index.md"]
        for section, members in NAV_SECTIONS:
            if chosen := members_of(members, lang):
                title = ui[f"nav_{section}"]
                translations[title["kk"]] = title["ru"]
                navs[lang].append({title["kk"]: [entry(p) for p in chosen]})
    return navs, translations


WIDGETS = {
    "region.md.j2": "directory",
    "checklist.md.j2": "checklist",
    "calculator.md.j2": "calculator",
    "answer.md.j2": "answer",
}


def plan_widgets(site: SiteData) -> list[Page]:
    """Chrome-less pages that akimat sites embed (see embed.js): one region's directory, one
    standard's checklist, the calculator. embed/<kind>/[<region or standard>/]index."""
    widgets = []
    for page in plan(site):
        if page.template in WIDGETS:
            kind = WIDGETS[page.template]
            name = page.path.split("/", 1)[1] if "/" in page.path else None
            path = "/".join(filter(None, ("embed", kind, name, "index")))
            widgets.append(
                Page(
                    path,
                    f"embed/{kind}.html.j2",
                    {**page.context, "kind": kind, "source_page": page.path},
                )
            )
    return widgets
