"""The wording and layout the editor's tenth reading (notes/review10.md) asked for on the standard
pages, the forms and the home page, read off the built pages. Expected texts are written out by
hand from the language guide and the act's text (data/standards/standard-*.yaml)."""

from __future__ import annotations

import re

import pytest

from tests.site.test_static_review8 import reader_text
from tests.site.test_static_wording import read

STANDARDS = ["private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use"]
NOTE = {"kk": "Ескертпе:", "ru": "Примечание:"}


def documents_section(html: str) -> str:
    """The standard page's «Қажетті құжаттар» section: from its heading to the next h3."""
    start = html.index('id="documents"')
    return html[start : html.index("<h3", start)]


@pytest.mark.parametrize("standard", STANDARDS)
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_note_on_originals_is_a_paragraph_after_each_list(site_dir, lang, standard):
    """review10 D1: the note ran on into the last document's bullet (under the duplicate, into
    the newspaper item). Each case's list (three cases, four standards: twelve per language)
    ends, and the note follows as a paragraph of its own."""
    section = documents_section(read(site_dir, lang, f"standards/{standard}"))
    items = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert items
    assert [i for i in items if NOTE[lang] in i] == []
    notes = re.findall(r"</ul>\s*<p>(.*?)</p>", section, re.S)
    assert len(notes) == 3
    assert all(reader_text(n).startswith(NOTE[lang] + " ") for n in notes)

