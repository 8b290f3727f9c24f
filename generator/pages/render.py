"""Rendering the planned pages in both languages: a Jinja2 environment strict about names and
safe about values.

Every value a template prints is escaped for the context it lands in: by default for Markdown
text (HTML special characters become entities, Markdown punctuation is backslash-escaped, so a
data value can never become a tag, a link or a heading); ``|h`` escapes for raw HTML blocks and
attributes. Undefined names fail the build (StrictUndefined), so a typo in a template or a
missing field in data is an error, not an empty string.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2

from calculator.messages import LANGS, day, number, tie
from generator.load.site_data import SiteData
from generator.load.strings import Ui
from generator.pages.amendments import amendment_history
from generator.pages.answer import answer_query
from generator.pages.page import Html, Page
from generator.pages.plan import plan, plan_widgets

TEMPLATES = Path(__file__).parent / "templates"

# Python-Markdown's escapable characters plus the table pipe. Values are printed inline (newlines
# folded), so a definition-list colon or a leading "1." can never start a block.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def md(value: Any) -> Html:
    text = html.escape(tie(str(value)), quote=False)
    return Html(_MD_SPECIAL.sub(r"\\\1", text).replace("\n", " "))


def h(value: Any) -> Html:
    return Html(html.escape(tie(str(value)), quote=True))


def md_sentence(template: str, **values: Any) -> Html:
    """A string of data/strings/ with its {placeholders} filled for Markdown text: the words are
    escaped, an Html value (a link) goes in as it is, any other value is escaped."""
    pieces = re.split(r"\{(\w+)\}", str(template))
    return Html(
        "".join(
            (_finalize(values[piece]) if odd else md(piece))
            for odd, piece in ((i % 2, p) for i, p in enumerate(pieces))
        )
    )


def md_link(title: Any, target: Any) -> Html:
    return Html(f"[{md(title)}]({target})")


def _finalize(value: Any) -> Any:
    return value if isinstance(value, Html) else md(value)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md
    env.globals["md_sentence"] = md_sentence
    env.globals["md_link"] = md_link
    # A name that starts a heading, a list item or a cell starts with a capital («Город Алматы»);
    # the data keep «город Алматы» for running text («местное время города Алматы»).
    env.filters["capfirst"] = lambda value: str(value)[:1].upper() + str(value)[1:]
    env.filters["h"] = h
    # Numbers print exactly as the calculator prints them (decimal comma, grouped thousands).
    env.filters["num"] = lambda value: number(Decimal(str(value)))
    # Tables print dates as the calculator does, DD.MM.YYYY (LANGUAGE.md: no ISO dates for citizens).
    env.filters["day"] = lambda value: day(
        value if isinstance(value, date) else date.fromisoformat(str(value))
    )
    # Front matter is YAML, not Markdown: a JSON string is a valid YAML scalar.
    env.filters["yaml"] = lambda value: Html(json.dumps(str(value), ensure_ascii=False))
    env.globals["answer_query"] = jinja2.pass_context(lambda context: Html(answer_query(context)))
    from generator.pages import structured

    env.globals["jsonld_offices"] = lambda *args: Html(structured.offices(*args))
    env.globals["jsonld_service"] = lambda *args: Html(structured.service(*args))
    return env


def _toc_key(section: dict[str, Any], n: int) -> str:
    """The contents block's label of a count: one office is named in the singular."""
    return f"toc_{section['name']}_one" if n == 1 else f"toc_{section['name']}"


def _context(page: Page, lang: str, site: SiteData, runtime: str) -> dict[str, Any]:
    """What every template receives besides the page's own context."""
    segments = page.path.split("/")
    depth = len(segments) - (segments[-1] == "index") + (lang != "kk")

    def link(target: str) -> Html:
        """Relative Markdown link from this page to another page's source file."""
        return Html(posixpath.relpath(f"{target}.md", posixpath.dirname(page.path) or "."))

    def link_html(target: str) -> Html:
        """Relative URL of another page of the same language, for raw HTML blocks."""
        path = target.removesuffix("index")
        return Html(
            "../" * (depth - (lang != "kk"))
            + (path + "/" if path and not path.endswith("/") else path)
        )

    t = site.ui(lang)

    def standards_named(numbers: list[int]) -> str:
        """«Жеке меншік», «Жалға алу» және «Өтеусіз жер пайдалану»: standards by their short names."""
        ids = {s["number"]: s["id"] for s in site.standards}
        short = [getattr(t, "short_" + ids[n]) for n in numbers]
        names = [f"«{name[:1].upper()}{name[1:]}»" for name in short]
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {t.list_and} {names[-1]}"

    def filter_line(sections: list[dict[str, Any]]) -> str:
        """The district filter's line, {filter} left for the page's script: it names the sections
        the filter leaves whole by their count labels, singular or plural as counted."""
        labels = [getattr(t, s["toc"]) for s in sections if not s["narrows"]]
        labels = [label[:1].lower() + label[1:] for label in labels]
        others = (
            labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} {t.list_and} {labels[-1]}"
        )
        city = not any(s["note"] for s in sections)
        key = "directory_filter_active_city" if city else "directory_filter_active"
        return t(key, filter="{filter}", others=others)

    def section_heading(section: dict[str, Any], shown: int) -> str:
        """A directory section's heading: the appendix's own title over several offices, its
        singular form (data/strings/directory.yaml) over one."""
        if shown == 1:
            return t(f"heading_{section['name']}_one", appendix=section["appendix"])
        return section["title"][lang]

    def section_counts(section: dict[str, Any]) -> dict[int, str]:
        """Every count the district filter can leave in a section (1 … all), as the contents block
        prints it: «Уәкілетті орган: 1», «Уәкілетті органдар: 2»."""
        return {
            n: f"{getattr(t, _toc_key(section, n))}: {n}" for n in range(1, section["count"] + 1)
        }

    return {
        **page.context,
        "lang": lang,
        "t": t,
        "standards_named": standards_named,
        "filter_line": filter_line,
        "section_heading": section_heading,
        "section_counts": section_counts,
        "act": site.act,
        # The standards go by the right's short name on a page, never by the site's number.
        "standard_ids": {s["number"]: s["id"] for s in site.standards},
        "status_line": site.status_line(lang),
        "link": link,
        "link_html": link_html,
        "link_target": Html(""),
        "asset_root": Html("../" * depth),
        "runtime": Html("../" * depth + runtime),
    }


# A form's choices (radio groups, drop-down lists, the district list) are no text to search for:
# Material's search plugin skips an element marked data-search-exclude; unmarked, the calculator's
# and desk's snippets read as runs of options («Регион Акмолинская область Актюбинская область …»).
_CHOICES = re.compile(r"<(fieldset|select|datalist)(?=[\s>])")


def choices_unsearched(page: str) -> str:
    return _CHOICES.sub(r"<\1 data-search-exclude", page)


# Material's search keeps the text of a table cell and of a line after <br> but not the tag, so
# cells written side by side ran together in the index and its snippets («беруТұрақты»,
# «участокОформление»). A line break between them shows nothing on the page.
_CELL_EDGE = re.compile(r"(</t[dh]>|</tr>|<br>)(?=<t[dhr][\s>]|[^\s<])")


def cells_apart(page: str) -> str:
    return _CELL_EDGE.sub("\\1\n", page)


def render_all(site: SiteData, build: dict[str, Any]) -> dict[str, str]:
    """{"regions/akmola.kk.md": text, ...} from validated data.

    ``build`` says what the build made around the pages: ``runtime`` (the calculator's asset
    folder), ``site_url``, ``downloads`` (open-data files with size and checksum), ``source``.
    """
    env = environment()
    runtime = build["runtime"]
    pages = plan(site) + [
        Page(
            "about",
            "about.md.j2",
            {
                "downloads": build["downloads"],
                "source": build["source"],
                "quality": site.quality,
                "differences": site.differences,
                # What the contact column holds where the source prints a person, not an address
                # (the parser's reading, data/directories/*.yaml): the report says so.
                "persons": {
                    contact["value"]
                    for directory in site.directories.values()
                    for entry in directory["entries"]
                    for contact in entry["contacts"]
                    if contact["kind"] == "person"
                },
                # The reports name institutions as the Kazakh source prints them; /ru/ shows
                # the directory's Russian name where the directory has one.
                "institutions": {
                    entry["name"]["kk"]: entry["name"]
                    for directory in site.directories.values()
                    for entry in directory["entries"]
                },
                "amendment_history": lambda lang: amendment_history(site, lang),
            },
        )
    ]
    out: dict[str, str] = {}
    for page in pages:
        for lang in LANGS:
            context = _context(page, lang, site, runtime) | {"site_url": build["site_url"]}
            out[f"{page.path}.{lang}.md"] = cells_apart(
                choices_unsearched(env.get_template(page.template).render(context))
            )
    return out


def _widget_title(page: Page, t: Ui, lang: str) -> str:
    if page.context["kind"] == "directory":
        name = page.context["region"]["name"][lang]
        return name[:1].upper() + name[1:]
    if page.context["kind"] == "checklist":
        return f"{t.checklist_title}: {page.context['standard']['title'][lang]}"
    if page.context["kind"] == "answer":
        return t.answer_title
    return t.calculator_title


def render_widgets(site: SiteData, runtime: str, site_url: str) -> dict[str, str]:
    """{"embed/directory/akmola/index.html": html, "ru/embed/...": html}, written into the built
    site after MkDocs (they are not MkDocs pages). Links lead to the full site in a new tab."""
    env = environment()
    out = {}
    for page in plan_widgets(site):
        for lang in LANGS:
            context = _context(page, lang, site, runtime)
            site_root = site_url + ("ru/" if lang == "ru" else "")
            context |= {
                "link_target": Html(' target="_blank" rel="noopener"'),
                "site_root": site_root,
                "page_url": site_root + page.context["source_page"] + "/",
                "title": _widget_title(page, context["t"], lang),
                "sections": page.context.get("sections_by_lang", {}).get(lang, []),
            }
            out[("ru/" if lang == "ru" else "") + page.path + ".html"] = env.get_template(
                page.template
            ).render(context)
    return out


GENERATED = ("**/*.md", "vcards/**/*.vcf", "opendata/**/*", "downloads/**/*")


# Hand-written developers' documentation lives beside the pages and is never the generator's.
HAND_WRITTEN = "dev"


def generated_files(docs_dir: Path) -> list[Path]:
    """What the generator owns under docs/: every Markdown page, vCard and open-data file."""
    docs_dir = Path(docs_dir)
    return sorted(
        {
            p
            for pattern in GENERATED
            for p in docs_dir.glob(pattern)
            if p.is_file() and p.relative_to(docs_dir).parts[0] != HAND_WRITTEN
        }
    )


def write_pages(docs_dir: Path, files: dict[str, str | bytes]) -> None:
    """Replace every generated file under docs/."""
    for old in generated_files(docs_dir):
        old.unlink()
    for rel, text in sorted(files.items()):
        path = Path(docs_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        # Bytes: vCards and CSV keep their CRLF line ends.
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
