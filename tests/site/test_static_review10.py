"""The built pages for the editor's tenth reading (notes/review10.md): the public service centre
as a common noun in the site's names, «» in addresses, district spellings listed as the region
page accepts them, the about page's contact column that holds a name, and search's plural label.
Expected texts are written out by hand from the editor's proposals and the source lines named."""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.site.test_static_wording import read, text


def plain(page: str) -> str:
    """The page's text with its tags taken out where they stand (a <code> inside a sentence)."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", page))).replace("\u00a0", " ")


def desk_data(site_dir, lang: str) -> dict:
    page = read(site_dir, lang, "desk")
    return json.loads(
        re.search(r'<script type="application/json" id="desk-data">(.*?)</script>', page, re.S)[1]
    )


def desk_offices(site_dir, lang: str) -> list[list[str]]:
    return desk_data(site_dir, lang)["offices"]["entries"]


def test_the_centres_name_is_a_common_noun_in_the_sites_own_text(site_dir):
    """review10 K1: source line 578 prints «Қостанай облысының Халыққа қызмет көрсету орталығы»;
    the guide (docs/dev/language.md) makes the phrase a common noun, so the site writes it in lower
    case after the region's name, on the region page and in the desk's office list."""
    region = text(read(site_dir, "kk", "regions/kostanay"))
    assert "Қостанай облысының халыққа қызмет көрсету орталығы" in region
    assert "облысының Халыққа" not in region
    names = [entry[1] for entry in desk_offices(site_dir, "kk")]
    assert "Ақмола облысының халыққа қызмет көрсету орталығы" in names
    assert not [n for n in names if re.search(r"\w Халыққа", n)]


def test_an_address_has_guillemets_not_straight_quotes(site_dir):
    """review10 K2: source line 569 prints «189-ші "а" үй»; the Russian already has «д. 189 «а»»."""
    addresses = [entry[2] for lang in ("kk", "ru") for entry in desk_offices(site_dir, lang)]
    assert "Көкшетау қаласы, Әуезов көшесі, 189-ші «а» үй" in addresses
    assert not [a for a in addresses if '"' in a]
    assert '189-ші "а"' not in html.unescape(read(site_dir, "kk", "regions/akmola"))


@pytest.mark.parametrize(
    "district",
    [
        # appendix 1 (source line 292) spells the city «Степногор қаласы», appendix 6 «Степногорск»
        "Степногорск қаласы (Степногор қаласы деп те жазылады)",
        # appendix 1 «Байганин ауданы», appendix 6 «Байғанин ауданы»
        "Байганин ауданы (Байғанин ауданы деп те жазылады)",
    ],
)
def test_a_district_spelled_two_ways_is_listed_with_both(site_dir, district):
    """review10 D4: the embedding page and the desk's office list name the other spelling."""
    assert district in plain(read(site_dir, "kk", "embedding"))
    assert district in [entry[0] for entry in desk_offices(site_dir, "kk")]


@pytest.mark.parametrize(
    "lang, row",
    [
        ("kk", "электрондық пошта (дереккөзде бұл бағанда адамның аты жазылған)"),
        ("ru", "электронная почта (в источнике в этой графе записано имя)"),
    ],
)
def test_the_contact_column_that_holds_a_name_says_so(site_dir, lang, row):
    """review10 K8: the differences table's first contact row shows «Beiseuov Busashevich» (source
    line 319) under «электрондық пошта»."""
    page = text(read(site_dir, lang, "about"))
    assert row in page
    assert page.count(row.split(" (")[1]) == 1  # the one contact row whose values are names


@pytest.mark.parametrize("lang, many", [("kk", "Табылмаған сөздер"), ("ru", "Не найдены слова")])
def test_search_names_several_missing_words_in_the_plural(site_dir, lang, many):
    """review10 R4: «Отсутствует:» was the theme's default; several words take the plural."""
    home = read(site_dir, lang, ".")
    dialog = re.search(r'<div class="md-search"[^>]*>', home)[0]
    line = html.unescape(re.search(r'data-missing-words-many="([^"]*)"', dialog)[1])
    assert line == many + ": {words}"
