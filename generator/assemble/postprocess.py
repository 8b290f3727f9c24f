"""Fixes to Material's output after MkDocs, each failing loudly if Material changes its markup.

- The search overlay is a role="dialog" without a name (axe: aria-dialog-name): give it the
  page language's word for search.
- Language alternates are printed as relative links; search engines want absolute ones
  (hreflang), so they are resolved against site_url.
- Search: MkDocs builds one index for both languages, so a reader would get results in both.
  The index is split by language (/search/ for Kazakh, /ru/search/ for Russian) and the Russian
  pages' search base points at /ru/, so each edition searches its own pages only.
- Material fetches sitemap.xml beside the Russian alternate link: a copy is put at /ru/.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = {"kk": "Іздеу", "ru": "Поиск"}
_LANG = re.compile(r'<html lang="(\w+)"')
_BASE = re.compile(r'("base": ")([^"]*)(")')
_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]+)" hreflang="(\w+)">')


def fix_page(html: str, page_url: str) -> str:
    lang = _LANG.search(html).group(1)
    if SEARCH_DIALOG not in html:
        raise ValueError("Material's search dialog markup changed: update generator/postprocess.py")
    html = html.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_LABEL[lang]}">')
    return _ALTERNATE.sub(lambda m: f'<link rel="alternate" href="{urljoin(page_url, m.group(1))}" hreflang="{m.group(2)}">', html)


def split_search_index(site: Path) -> None:
    index_path = site / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    kazakh = [d for d in index["docs"] if not d["location"].startswith("ru/")]
    russian = [{**d, "location": d["location"].removeprefix("ru/")} for d in index["docs"] if d["location"].startswith("ru/")]
    if not kazakh or not russian:
        raise ValueError("search index: expected pages of both languages")
    index_path.write_text(json.dumps({**index, "docs": kazakh}, ensure_ascii=False), encoding="utf-8")
    (site / "ru" / "search").mkdir(parents=True, exist_ok=True)
    (site / "ru" / "search" / "search_index.json").write_text(json.dumps({**index, "docs": russian}, ensure_ascii=False),
                                                              encoding="utf-8")


def _russian_search_base(html: str, rel: str) -> str:
    """A /ru/ page's config base, relative to its own folder, pointing at /ru/."""
    base = posixpath.relpath("ru", posixpath.dirname(rel) or ".")
    html, count = _BASE.subn(lambda m: m.group(1) + base + m.group(3), html, count=1)
    if count != 1:
        raise ValueError(f"{rel}: Material's config block changed: update generator/postprocess.py")
    return html


def fix_site(site: Path, site_url: str) -> None:
    split_search_index(site)
    # Material looks for sitemap.xml beside each hreflang link to keep the reader on the same
    # page when switching language; the i18n plugin writes it at the root only.
    (site / "ru" / "sitemap.xml").write_bytes((site / "sitemap.xml").read_bytes())
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        html = fix_page(page.read_text(encoding="utf-8"), urljoin(site_url, rel.removesuffix("index.html")))
        if rel.startswith("ru/"):
            html = _russian_search_base(html, rel)
        page.write_text(html, encoding="utf-8")
