"""Which pages exist and what each template receives; rendering in both languages.

Templates only print: every decision (what a page lists, in which order) is made here or in
data/, and every number comes from data/ or from the ``calculator`` rules.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from calculator.checklist import APPLICANTS, CASES, tailored
from generator.render import Html, environment
from generator.yamlio import load_yaml

LANGS = ("kk", "ru")
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
         "items": tailored(standard["facts"]["documents"][case], applicant, rep)}
        for case in CASES for applicant in applicants for rep in (False, True)
    ]
    return {"standard": standard, "cases": CASES, "applicants": applicants, "variants": variants}


def plan(data: dict[str, Any]) -> list[Page]:
    standards = sorted((v for k, v in data.items() if k.startswith("standards/")), key=lambda s: s["number"])
    directories = {k.split("/", 1)[1]: v for k, v in data.items() if k.startswith("directories/")}
    region_pages = []
    for region in data["regions"]:
        entries = {name: [e for e in appendix["entries"] if e["region"] == region["id"]]
                   for name, appendix in directories.items()}
        if any(entries.values()):
            region_pages.append(Page(f"regions/{region['id']}", "region.md.j2",
                                     {"region": region, "entries": entries, "directories": directories}))
    return [
        Page("index", "home.md.j2", {"standards": standards,
                                     "region_pages": [p.context["region"] for p in region_pages]}),
        Page("fees", "fees.md.j2", {"fees": data["fees"], "mci": data["mci"]}),
        Page("calculator", "calculator.md.j2", {"fees": data["fees"], "standards": standards,
                                                "regions": data["regions"]}),
        *(Page(f"standards/{s['id']}", "standard.md.j2", {"standard": s}) for s in standards),
        *(Page(f"checklists/{s['id']}", "checklist.md.j2", checklist_context(s)) for s in standards),
        *region_pages,
    ]


def render_all(data: dict[str, Any], runtime: str) -> dict[str, str]:
    """{"regions/akmola.kk.md": text, ...} from validated data; ``runtime`` is the calculator's
    asset folder relative to the site root."""
    ui = load_ui()
    env = environment()
    pages = plan(data)
    out: dict[str, str] = {}
    for page in pages:
        for lang in LANGS:
            def link(target: str, _from: str = page.path) -> Html:
                """Relative Markdown link from this page to another page's source file."""
                return Html(posixpath.relpath(f"{target}.md", posixpath.dirname(_from) or "."))

            depth = page.path.count("/") + (0 if page.path == "index" else 1) + (1 if lang != "kk" else 0)
            context = {
                **page.context,
                "lang": lang,
                "t": Ui(ui, lang),
                "act": data["act"],
                "link": link,
                "asset_root": Html("../" * depth),
                "runtime": Html("../" * depth + runtime),
            }
            out[f"{page.path}.{lang}.md"] = env.get_template(page.template).render(context)
    return out


def write_pages(docs_dir: Path, files: dict[str, str]) -> None:
    """Replace every generated Markdown file under docs/ (all *.md there are generated)."""
    for old in Path(docs_dir).rglob("*.md"):
        old.unlink()
    for rel, text in sorted(files.items()):
        path = Path(docs_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
