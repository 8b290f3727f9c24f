"""Which pages exist and what each template receives; rendering in both languages.

Templates only print: every decision (what a page lists, in which order) is made here or in
data/, and every number comes from data/ or from the ``calculator`` rules.
"""

from __future__ import annotations

import posixpath
from decimal import Decimal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from calculator.checklist import APPLICANTS, CASES, tailored
from calculator.messages import LANGS
from generator.forms import HEADER_FIELDS
from generator.render import Html, environment
from generator.vcard import vcard
from generator.yamlio import load_yaml

UI_FILE = Path(__file__).parent / "ui.yaml"


@dataclass(frozen=True)
class Page:
    path: str  # without language suffix or extension, e.g. "regions/akmola"
    template: str
    context: dict[str, Any] = field(default_factory=dict)


class Ui:
    """UI strings of one language: ``t.key`` or ``t('key', n=1)`` in templates."""

    def __init__(self, strings: dict[str, dict[str, str]], lang: str):
        self._strings = strings
        self._lang = lang

    def __getattr__(self, key: str) -> str:
        try:
            return self._strings[key][self._lang]
        except KeyError:
            raise AttributeError(f"generator/ui.yaml: no string {key!r} in {self._lang!r}") from None

    def __call__(self, key: str, **values: Any) -> str:
        return getattr(self, key).format(**values)


def load_ui() -> dict[str, dict[str, str]]:
    return load_yaml(UI_FILE).data


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
    ]


# Navigation sections (Kazakh; mkdocs.yml translates them for /ru/) and the pages in each.
NAV_SECTIONS = (
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


def _context(page: Page, lang: str, data: dict[str, Any], ui: dict, runtime: str) -> dict[str, Any]:
    """What every template receives besides the page's own context."""
    segments = page.path.split("/")
    depth = len(segments) - (segments[-1] == "index") + (lang != "kk")

    def link(target: str) -> Html:
        """Relative Markdown link from this page to another page's source file."""
        return Html(posixpath.relpath(f"{target}.md", posixpath.dirname(page.path) or "."))

    def link_html(target: str) -> Html:
        """Relative URL of another page of the same language, for raw HTML blocks."""
        path = target.removesuffix("index")
        return Html("../" * (depth - (lang != "kk")) + (path + "/" if path and not path.endswith("/") else path))

    return {
        **page.context,
        "lang": lang,
        "t": Ui(ui, lang),
        "act": data["act"],
        "link": link,
        "link_html": link_html,
        "link_target": Html(""),
        "asset_root": Html("../" * depth),
        "runtime": Html("../" * depth + runtime),
    }


def render_all(data: dict[str, Any], build: dict[str, Any]) -> dict[str, str]:
    """{"regions/akmola.kk.md": text, "vcards/kk/<id>.vcf": text, ...} from validated data.

    ``build`` says what the build made around the pages: ``runtime`` (the calculator's asset
    folder), ``site_url``, ``downloads`` (open-data files with size and checksum), ``source``.
    """
    ui = load_ui()
    env = environment()
    runtime = build["runtime"]
    pages = plan(data) + [Page("about", "about.md.j2", {"downloads": build["downloads"], "source": build["source"],
                                                         "quality": data["quality"], "differences": data["differences"]})]
    out: dict[str, str] = {}
    for page in pages:
        for lang in LANGS:
            context = _context(page, lang, data, ui, runtime) | {"site_url": build["site_url"]}
            out[f"{page.path}.{lang}.md"] = env.get_template(page.template).render(context)
        if page.template == "region.md.j2":
            region = page.context["region"]
            for lang in LANGS:
                for section in page.context["sections_by_lang"][lang]:
                    for entry in section["entries"]:
                        out[f"vcards/{lang}/{entry['id']}.vcf"] = vcard(entry, lang, region["name"][lang])
    return out


WIDGETS = {"region.md.j2": "directory", "checklist.md.j2": "checklist", "calculator.md.j2": "calculator"}


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


def _widget_title(page: Page, t: Ui, lang: str) -> str:
    if page.context["kind"] == "directory":
        return page.context["region"]["name"][lang]
    if page.context["kind"] == "checklist":
        return f"{t.checklist_title}: {page.context['standard']['title'][lang]}"
    return t.calculator_title


def render_widgets(data: dict[str, Any], runtime: str, site_url: str) -> dict[str, str]:
    """{"embed/directory/akmola/index.html": html, "ru/embed/...": html}, written into the built
    site after MkDocs (they are not MkDocs pages). Links lead to the full site in a new tab."""
    ui = load_ui()
    env = environment()
    out = {}
    for page in plan_widgets(data):
        for lang in LANGS:
            context = _context(page, lang, data, ui, runtime)
            site_root = site_url + ("ru/" if lang == "ru" else "")
            context |= {
                "link_target": Html(' target="_blank" rel="noopener"'),
                "site_root": site_root,
                "page_url": site_root + page.context["source_page"] + "/",
                "title": _widget_title(page, context["t"], lang),
                "sections": page.context.get("sections_by_lang", {}).get(lang, []),
            }
            out[("ru/" if lang == "ru" else "") + page.path + ".html"] = env.get_template(page.template).render(context)
    return out


GENERATED = ("**/*.md", "vcards/**/*.vcf", "opendata/**/*", "downloads/**/*")


def generated_files(docs_dir: Path) -> list[Path]:
    """What the generator owns under docs/: every Markdown page, vCard and open-data file."""
    return sorted({p for pattern in GENERATED for p in Path(docs_dir).glob(pattern) if p.is_file()})


def write_pages(docs_dir: Path, files: dict[str, str | bytes]) -> None:
    """Replace every generated file under docs/."""
    for old in generated_files(docs_dir):
        old.unlink()
    for rel, text in sorted(files.items()):
        path = Path(docs_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        # Bytes: vCards and CSV keep their CRLF line ends.
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
