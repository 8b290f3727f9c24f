"""Which pages exist and what each template receives (rendering is in ``generator.pages.render``).

Templates only print: every decision (what a page lists, in which order) is made here or in
data/, and every number comes from data/ or from the ``calculator`` rules.
"""

from __future__ import annotations

from decimal import Decimal
from dataclasses import dataclass, field
from typing import Any

from calculator.checklist import APPLICANTS, CASES, tailored
from generator.files.forms import HEADER_FIELDS
from generator.pages.strings import LANGS



@dataclass(frozen=True)
class Page:
    path: str  # without language suffix or extension, e.g. "regions/akmola"
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def checklist_context(standard: dict[str, Any]) -> dict[str, Any]:
    """Every tailored list, made here by the calculator's checklist rule; the page only shows one."""
    applicants = [a for a in APPLICANTS if a in standard["facts"]["recipients"]["applicant_types"]]
    variants = [
        {"id": f"{case}--{applicant}--{int(rep)}", "case": case, "applicant": applicant, "representative": rep,
         "documents": tailored(standard["facts"]["documents"][case], applicant, rep)}
        for case in CASES for applicant in applicants for rep in (False, True)
    ]
    return {"standard": standard, "cases": CASES, "applicants": applicants, "variants": variants}


# The reader's order of a region page: where to apply, where else, who prepares, who oversees.
DIRECTORY_ORDER = ("authorized_bodies", "service_centres", "specialized_enterprises", "akimat_offices")
ALPHABETS = {
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


def alphabetical(text: str, lang: str) -> tuple:
    """Sort key in the language's own alphabet (Python's code-point order puts ә, қ, ө… last)."""
    order = ALPHABETS[lang]
    return tuple(order.index(c) if c in order else len(order) + ord(c) for c in text.lower())


def region_sections(region: dict[str, Any], directories: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Per language: each directory's entries for the region, region-level first, then by district."""
    sections = {}
    for lang in LANGS:
        sections[lang] = []
        for name in (n for n in DIRECTORY_ORDER if n in directories):
            entries = [e for e in directories[name]["entries"] if e["region"] == region["id"]]
            if not entries:
                continue
            entries.sort(key=lambda e: (e["district"] is not None,
                                        alphabetical((e["district"] or e["name"])[lang], lang)))
            sections[lang].append({
                "title": directories[name]["title"], "anchor": name.replace("_", "-"),
                "entries": [{**e, "search": {l: " ".join(filter(None, (
                    e["name"][l], (e["district"] or {}).get(l), e["address"][l]))).lower() for l in LANGS}}
                    for e in entries],
            })
    return sections


def plan(data: dict[str, Any]) -> list[Page]:
    from generator.pages.answer import answer_pages  # it sorts and orders as this module does
    standards = sorted((v for k, v in data.items() if k.startswith("standards/")), key=lambda s: s["number"])
    directories = {k.split("/", 1)[1]: v for k, v in data.items() if k.startswith("directories/")}
    region_pages = [
        Page(f"regions/{region['id']}", "region.md.j2", {"region": region, "sections_by_lang": sections})
        for region in data["regions"]
        if (sections := region_sections(region, directories))["kk"]
    ]
    notes = {note["id"]: note for note in data["act"]["amendments"]}
    region_counts = [{"region": p.context["region"],
                      "count": sum(len(s["entries"]) for s in p.context["sections_by_lang"]["kk"])}
                     for p in region_pages]
    return [
        Page("regions/index", "regions.md.j2", {"region_counts": region_counts}),
        Page("embedding", "embed.md.j2", {"regions": [p.context["region"] for p in region_pages],
                                          "standards": standards}),
        Page("index", "home.md.j2", {"standards": standards, "checklists": [s["id"] for s in standards],
                                     "tariffs": sorted(Decimal(c["tariff_mci"]) for c in data["fees"]["categories"]),
                                     "region_pages": [p.context["region"] for p in region_pages]}),
        Page("fees", "fees.md.j2", {"fees": data["fees"], "mci": data["mci"]}),
        Page("indicators", "indicators.md.j2", {"indicators": data["indicators"]}),
        Page("calculator", "calculator.md.j2", {"fees": data["fees"], "standards": standards,
                                                "regions": data["regions"]}),
        *(Page(f"standards/{s['id']}", "standard.md.j2", {"standard": s, "cases": CASES, "notes": notes})
          for s in standards),
        *(Page(f"checklists/{s['id']}", "checklist.md.j2", checklist_context(s)) for s in standards),
        Page("forms/index", "forms.md.j2", {"standards": standards}),
        *(Page(f"forms/{s['id']}-application", "application.md.j2",
               {"standard": s, "form": data["forms"]["application"][str(s["number"])],
                "header_fields": HEADER_FIELDS}) for s in standards),
        *(Page(f"forms/{s['id']}-receipt", "receipt.md.j2", {"standard": s, "form": data["forms"]["receipt"][str(s["number"])]})
          for s in standards),
        *region_pages,
        *answer_pages(data),
    ]


# Navigation sections (Kazakh; mkdocs.yml translates them for /ru/) and the pages in each.
NAV_SECTIONS = (
    ("Сіздің жағдайыңыз", ("answer", "compare")),
    ("Қызметтер", "standards/"),
    ("Құжаттар тізбесі", "checklists/"),
    ("Есептеу", ("calculator", "fees")),
    ("Бланкілер", "forms/"),
    ("Байланыстар", "regions/"),
    ("Анықтамалық", ("indicators", "embedding", "about")),
)


def navigation(pages: list[Page]) -> list:
    """MkDocs nav: page titles come from the pages themselves, in each language."""
    paths = [p.path for p in pages]
    nav: list = ["index.md"]
    for title, members in NAV_SECTIONS:
        if isinstance(members, str):  # a folder: its index first, then in the plan's order
            chosen = sorted((p for p in paths if p.startswith(members)), key=lambda p: not p.endswith("/index"))
        else:
            chosen = [p for p in members if p in paths]
        if chosen:
            nav.append({title: [f"{p}.md" for p in chosen]})
    return nav


WIDGETS = {"region.md.j2": "directory", "checklist.md.j2": "checklist", "calculator.md.j2": "calculator",
           "answer.md.j2": "answer"}


def plan_widgets(data: dict[str, Any]) -> list[Page]:
    """Chrome-less pages that akimat sites embed (see embed.js): one region's directory, one
    standard's checklist, the calculator. embed/<kind>/[<region or standard>/]index."""
    widgets = []
    for page in plan(data):
        if page.template in WIDGETS:
            kind = WIDGETS[page.template]
            name = page.path.split("/", 1)[1] if "/" in page.path else None
            path = "/".join(filter(None, ("embed", kind, name, "index")))
            widgets.append(Page(path, f"embed/{kind}.html.j2", {**page.context, "kind": kind, "source_page": page.path}))
    return widgets
