"""Two fixes to Material's HTML after MkDocs, each failing loudly if Material changes its markup.

- The search overlay is a role="dialog" without a name (axe: aria-dialog-name): give it the
  page language's word for search.
- Language alternates are printed as relative links; search engines want absolute ones
  (hreflang), so they are resolved against site_url.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = {"kk": "Іздеу", "ru": "Поиск"}
_LANG = re.compile(r'<html lang="(\w+)"')
_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]+)" hreflang="(\w+)">')


def fix_page(html: str, page_url: str) -> str:
    lang = _LANG.search(html).group(1)
    if SEARCH_DIALOG not in html:
        raise ValueError("Material's search dialog markup changed: update generator/postprocess.py")
    html = html.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_LABEL[lang]}">')
    return _ALTERNATE.sub(lambda m: f'<link rel="alternate" href="{urljoin(page_url, m.group(1))}" hreflang="{m.group(2)}">', html)


def fix_site(site: Path, site_url: str) -> None:
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        url = urljoin(site_url, rel.removesuffix("index.html"))
        page.write_text(fix_page(page.read_text(encoding="utf-8"), url), encoding="utf-8")
