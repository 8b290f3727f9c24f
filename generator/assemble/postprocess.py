"""Fixes to Material's output after MkDocs, each failing loudly if Material changes its markup.

- The search overlay is a role="dialog" without a name (axe: aria-dialog-name): give it the
  page language's word for search. It also carries the hint shown when a query finds nothing
  here but something in the other edition (docs/assets/site.js).
- The pages' language alternates (<link rel="alternate" hreflang>) go: Material fetches a
  sitemap.xml beside each (two 404s on every page view) and then sends the language switch to
  the other edition's home. Search engines get the same hreflang pairs from sitemap.xml.
- Search: one index per edition (generator/assemble/search.py), searched by the site's worker.
- The heading links' "Permanent link" tooltip is English on every page: the page's language.
- Material's Russian interface writes "ё"; the site writes "е" (LANGUAGE.md).
- The rules' early-start script (generator/pages/templates/_early_worker.html.j2, on the
  calculator and the answer pages) moves to the top of <head>: Markdown can only put it in the body, where it runs after Material's
  stylesheets and header, 150-350 ms into a repeat visit; first in <head> it starts the worker
  at once (worth about 150 ms to the first answer of a repeat visit, measured with `make bench`).
- On the pages whose rules start from <head> (the calculator and the answer pages) Material's
  script is left inert (`type="text/plain"`, its address in `data-src`): the page's script
  (calculator.js, the answer page's main.mjs) starts it once the rules have answered, so on a
  repeat visit it and the search worker it makes do not share the cores with the rules' start
  (worth about 45 ms of a 0.5 s first answer here).
- A 404 page for each edition (/404.html, /ru/404.html), made from the edition's home page
  with a <base> element, since it is served at any missing address; and from the same home
  page an offline page for each edition, which the service worker shows for a page it cannot
  fetch and has not kept.
"""

from __future__ import annotations

import html as htmllib
import json
import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from calculator.messages import Strings
from generator.assemble.search import ship_worker, write_indexes
from generator.load.site_data import SiteData

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_LANG = re.compile(r'<html lang="(\w+)"')
_BASE = re.compile(r'("base": ")([^"]*)(")')
_WORKER = re.compile(r'("search": ")([^"]*/)(search\.[0-9a-f]+\.min\.js)(")')
_CONFIG = re.compile(r'<script id="__config" type="application/json">.*?</script>', re.S)
_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]+" hreflang="\w+">')
_PERMALINK = 'title="Permanent link"'
_ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset">).*?(</article>)', re.S)
_EARLY_WORKER = re.compile(r'<script data-worker="[^"]*">.*?</script>\n?', re.S)
_MATERIAL_BUNDLE = re.compile(
    r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>'
)
_TABLE_OF_CONTENTS = re.compile(r'<nav class="md-nav md-nav--secondary"[^>]*>.*?</nav>', re.S)
_SKIP_LINK = re.compile(r'(<a href=)"#[^"]*"( class="md-skip">)')
_SCOPE = re.compile(r'(__md_scope=new URL\("[^"]*",)location\)')
_STANDALONE_HEADING = "content"
# The home page's footer link to the next page of the menu: a page of no address has no "next".
_FOOTER_NEXT = re.compile(
    r'\s*<a href="[^"]*" class="md-footer__link md-footer__link--next".*?</a>', re.S
)


def more_matches(ui: dict[str, Any], lang: str, most: int) -> list[str]:
    """Search's line for a page's further matches, for each count a result can have (the first,
    for none, is empty): Material words it in one form for every number, Russian needs three."""
    strings = Strings(ui)
    return [""] + [
        ui["search_more_matches"][lang].format(count=strings.count(n, "search_match", lang))
        for n in range(1, most)
    ]


def fix_page(
    html: str, page_url: str, ui: dict[str, Any], worker: str, more: dict[str, list[str]]
) -> str:
    """``more``: by language, search's lines for a page's further matches (``more_matches``)."""
    lang = _LANG.search(html).group(1)
    if SEARCH_DIALOG not in html:
        raise ValueError(
            "Material's search dialog markup changed: update generator/assemble/postprocess.py"
        )
    hint, missing, missing_many, lines = (
        htmllib.escape(text, quote=True)
        for text in (
            ui["search_other_edition"][lang],
            ui["search_missing_words"][lang],
            ui["search_missing_words_many"][lang],
            json.dumps(more[lang], ensure_ascii=False),
        )
    )
    html = html.replace(
        SEARCH_DIALOG,
        SEARCH_DIALOG[:-1] + f' aria-label="{ui["search_label"][lang]}"'
        f' data-other-edition="{"ru" if lang == "kk" else "kk"}" data-other-hint="{hint}"'
        f' data-missing-words="{missing}" data-missing-words-many="{missing_many}"'
        f' data-more-matches="{lines}">',
    )
    html, count = _WORKER.subn(
        lambda m: m.group(1) + m.group(2) + worker + m.group(4), html, count=1
    )
    if count != 1:
        raise ValueError(
            "Material's config block lost its search worker: update generator/assemble/postprocess.py"
        )
    html = html.replace(_PERMALINK, f'title="{ui["permalink"][lang]}"')
    if lang == "ru":  # Material's Russian strings sit JSON-escaped in its config block
        html = _CONFIG.sub(
            lambda m: m.group(0).replace("\\u0451", "\\u0435").replace("\\u0401", "\\u0415"), html
        )
    html, count = _ALTERNATE.subn("", html)
    if count != 2:
        raise ValueError(f"{page_url}: expected two language alternates, found {count}")
    early = _EARLY_WORKER.search(html)
    if early:
        if "<head>" not in html:
            raise ValueError(f"{page_url}: no <head> to move the rules' early-start script to")
        html = html.replace(early.group(0), "", 1).replace("<head>", "<head>\n" + early.group(0), 1)
    # The small widget pages carry no Material script; every other page with the early start does.
    if early and "javascripts/bundle." in html:
        html, count = _MATERIAL_BUNDLE.subn(
            r'<script type="text/plain" data-material-bundle data-src="\1"></script>', html
        )
        if count != 1:
            raise ValueError(
                f"{page_url}: expected Material's script once, found {count}: update generator/assemble/postprocess.py"
            )
    return html


def _russian_search_base(html: str, rel: str) -> str:
    """A /ru/ page's config base, relative to its own folder, pointing at /ru/."""
    base = posixpath.relpath("ru", posixpath.dirname(rel) or ".")
    html, count = _BASE.subn(lambda m: m.group(1) + base + m.group(3), html, count=1)
    if count != 1:
        raise ValueError(
            f"{rel}: Material's config block changed: update generator/assemble/postprocess.py"
        )
    return html


def standalone_page(home_html: str, home_path: str, title: str, body: str, site_name: str) -> str:
    """The edition's home page with ``body`` as its content, for any address: the 404 page
    (served wherever a page is missing) and the offline page (served by the service worker).

    A <base> element makes the home page's relative links right at any depth, so nothing else
    in the page changes with the site's path, and the inline script that finds Material's
    storage scope reads that base instead of the address: every inline script is the same
    text, and so has the same CSP hash, at / and under any sub-path (deploy/nginx/csp.conf).
    """
    html, count = _ARTICLE.subn(lambda m: m.group(1) + body + m.group(2), home_html, count=1)
    if count != 1:
        raise ValueError(
            "Material's article markup changed: update generator/assemble/postprocess.py"
        )
    # The home page's table of contents and skip link lead to headings this page does not have.
    html, count = _TABLE_OF_CONTENTS.subn("", html)
    if count < 1 or 'href="#' in _SKIP_LINK.sub("", html):
        raise ValueError(
            "Material's table of contents markup changed: update generator/assemble/postprocess.py"
        )
    html = _SKIP_LINK.sub(lambda m: f'{m.group(1)}"#{_STANDALONE_HEADING}"{m.group(2)}', html)
    html, count = _FOOTER_NEXT.subn("", html)
    if count != 1:
        raise ValueError(
            "Material's footer link to the next page changed: update generator/assemble/postprocess.py"
        )
    html, count = _SCOPE.subn(lambda m: m.group(1) + "document.baseURI)", html)
    if count != 1 or "<head>" not in html:
        raise ValueError("Material's storage scope script changed: update postprocess.py")
    html = html.replace("<head>", f'<head>\n<base href="{htmllib.escape(home_path)}">', 1)
    # Material reads its base and search worker against the address, not <base>.
    html = _BASE.sub(lambda m: m.group(1) + home_path + m.group(3), html)
    html = re.sub(
        r'("search": ")(?!/)([^"]*)(")',
        lambda m: (
            m.group(1) + posixpath.normpath(posixpath.join(home_path, m.group(2))) + m.group(3)
        ),
        html,
    )
    html = re.sub(r'\s*<link rel="(?:canonical|prev|next)" href="[^"]*">', "", html)
    # The title joins the page and the site with a dash, as overrides/main.html does for pages.
    title = htmllib.escape(f"{title} — {site_name}")
    return re.sub(r"<title>[^<]*</title>", f"<title>{title}</title>", html, count=1)


def not_found_body(ui: dict[str, Any], lang: str) -> str:
    text = {key: htmllib.escape(ui[key][lang]) for key in ("not_found_title", "not_found_text")}
    return (
        f'<h1 id="{_STANDALONE_HEADING}">{text["not_found_title"]}</h1>\n'
        f"<p>{text['not_found_text']}</p>\n"
        f'<p><a href="./">{htmllib.escape(ui["not_found_home"][lang])}</a></p>\n'
    )


def offline_body(ui: dict[str, Any], lang: str) -> str:
    """What a visitor reads offline on a page never kept: what the offline copy does hold."""
    text = {
        key: htmllib.escape(ui[key][lang])
        for key in ("offline_title", "offline_text", "offline_available", "calculator_title")
    }
    return (
        f'<h1 id="{_STANDALONE_HEADING}">{text["offline_title"]}</h1>\n'
        f"<p>{text['offline_text']}</p>\n"
        f"<p>{text['offline_available']}</p>\n"
        f'<ul>\n<li><a href="calculator/">{text["calculator_title"]}</a></li>\n</ul>\n'
    )


# The offline pages, by language, relative to the site's base (the service worker keeps them).
OFFLINE_PAGES = {"kk": "offline.html", "ru": "ru/offline.html"}


def fix_site(site: Path, site_url: str, data: SiteData) -> dict[str, str]:
    """Fix every page, write the 404 and offline pages; return the offline pages by language."""
    ui = data.strings
    most = write_indexes(site, data)
    more = {lang: more_matches(ui, lang, n) for lang, n in most.items()}
    materials = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if len(materials) != 1:
        raise ValueError(
            f"expected one Material search worker, found {[p.name for p in materials]}"
        )
    worker = ship_worker(site, materials[0].name)
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel == "404.html":
            continue  # replaced below
        html = fix_page(
            page.read_text(encoding="utf-8"),
            urljoin(site_url, rel.removesuffix("index.html")),
            ui,
            worker,
            more,
        )
        if rel.startswith("ru/"):
            html = _russian_search_base(html, rel)
        page.write_text(html, encoding="utf-8")
    root = urlsplit(site_url).path
    for lang, prefix in (("kk", ""), ("ru", "ru/")):
        home = (site / prefix / "index.html").read_text(encoding="utf-8")
        for path, title, body in (
            (f"{prefix}404.html", "not_found_title", not_found_body),
            (OFFLINE_PAGES[lang], "offline_title", offline_body),
        ):
            html = standalone_page(
                home, root + prefix, ui[title][lang], body(ui, lang), ui["site_name"][lang]
            )
            (site / path).write_text(html, encoding="utf-8")
    return OFFLINE_PAGES
