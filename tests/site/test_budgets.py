"""Size budgets over the built site (issue 12): a page that cannot load on a phone's slow line is a
failure, whatever the data says. The schemas' maxLength stop one huge text; these stop many.

Today (kk and ru alike) the largest page is the about page at about 185 KB, the largest search
index about 720 KB: the budgets leave room to grow and still fail on the issue's 10 MB page.
"""

from __future__ import annotations

from pathlib import Path

PAGE_BUDGET = 500_000  # bytes of one HTML page, uncompressed
SEARCH_BUDGET = 2_000_000  # bytes of one search index, uncompressed
DOWNLOAD_BUDGET = 5_000_000  # bytes of one open-data or .docx download


def over(files, budget: int, site: Path) -> list[str]:
    return [
        f"{p.relative_to(site)}: {p.stat().st_size:,} bytes"
        for p in files
        if p.stat().st_size > budget
    ]


def test_every_page_is_within_its_budget(site_dir):
    pages = list(site_dir.rglob("*.html"))
    assert len(pages) > 100
    assert over(pages, PAGE_BUDGET, site_dir) == []


def test_every_search_index_is_within_its_budget(site_dir):
    indexes = list(site_dir.rglob("search_index.json"))
    assert indexes
    assert over(indexes, SEARCH_BUDGET, site_dir) == []


def test_every_download_is_within_its_budget(site_dir):
    downloads = [
        p
        for folder in ("opendata", "downloads", "vcards")
        for p in (site_dir / folder).rglob("*")
        if p.is_file()
    ]
    assert len(downloads) > 50
    assert over(downloads, DOWNLOAD_BUDGET, site_dir) == []
