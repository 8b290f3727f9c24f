"""The built answer page: light enough for a slow line, complete without its script."""

from __future__ import annotations

import gzip
import json
import re

import pytest

BUDGET = 150 * 1024  # the answer page's own HTML with its data, compressed


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_answer_page_with_its_data_within_budget(site_dir, lang):
    html = (site_dir / f"{lang}answer" / "index.html").read_bytes()
    assert len(gzip.compress(html, 9)) <= BUDGET
    data = json.loads(
        re.search(rb'<script type="application/json" data-answer-data>(.*?)</script>', html, re.S)[
            1
        ]
    )
    assert data["lang"] == ("ru" if lang else "kk")
    # Every office a place names is in the page's contacts.
    ids = {i for place in data["flow"]["place_sets"] for group in place.values() for i in group}
    assert ids and ids <= set(data["contacts"])


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_without_script_the_page_leads_to_checklists_calculator_and_directory(site_dir, lang):
    html = (site_dir / f"{lang}answer" / "index.html").read_text(encoding="utf-8")
    noscript = re.search(r"<noscript[^>]*>(.*?)</noscript>", html, re.S)[1]
    for target in (
        "checklists/private-ownership/",
        "checklists/permanent-use/",
        "checklists/temporary-paid-use/",
        "checklists/temporary-free-use/",
        "calculator/",
        "regions/",
    ):
        assert f'href="../{target}"' in noscript


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_the_embedding_page_lists_the_answer_widget(site_dir, lang):
    html = (site_dir / f"{lang}embedding" / "index.html").read_text(encoding="utf-8")
    assert "data-widget=&quot;answer&quot;" in html
    assert (site_dir / f"{lang}embed" / "answer" / "index.html").is_file()
