"""The standard pages say from when each amended wording applies, beside its note (the notes of
data/source lines 91 and 2937: № 1429 from 30.01.2012; № 545 ten days after an undated publication)."""

from pathlib import Path

import pytest

from generator.load.site_data import load_site
from generator.pages.render import render_all

DATA = Path(__file__).resolve().parents[3] / "data"
BUILD = {
    "runtime": "assets/runtime-test",
    "site_url": "http://127.0.0.1/",
    "downloads": [],
    "source": {"name": "source", "bytes": 1, "sha256": "0", "path": "downloads/source"},
}


@pytest.fixture(scope="module")
def pages():
    return render_all(load_site(DATA), BUILD)


def clause(page: str, number: int) -> str:
    return page[page.index(f"{{ #clause-{number} }}") : page.index(f"{{ #clause-{number + 1} }}")]


@pytest.mark.parametrize(
    "lang, line",
    [
        ("kk", "**Тармақтың осы редакциясы 2012 жылғы 30 қаңтардан бастап қолданылады\\.**"),
        ("ru", "**Эта редакция пункта применяется с 30\\.01\\.2012\\.**"),
    ],
)
def test_clause_7_shows_the_day_its_wording_applies_from(pages, lang, line):
    for standard in ("private-ownership", "temporary-free-use"):
        page = pages[f"standards/{standard}.{lang}.md"]
        assert line in clause(page, 7)
        assert line in clause(page, 3)  # restated by the same act
        assert line not in clause(page, 8)


def test_the_new_edition_says_its_start_is_not_dated(pages):
    page = pages["standards/permanent-use.ru.md"]
    first = page[: page.index("{ #clause-1 }")]
    assert "Сноска\\. Стандарт в редакции постановления Правительства РК от 19\\.05\\.2011" in first
    assert "дата опубликования в источнике не указана" in first


def test_the_calculator_page_has_the_late_form(pages):
    for lang, label in (("kk", "Тексеру күні"), ("ru", "Дата проверки")):
        page = pages[f"calculator.{lang}.md"]
        form = page[page.index('data-action="late"') : page.index('data-action="complaint"')]
        assert 'name="checked_on" type="date"' in form and label in form
        assert 'name="submitted"' in form and 'name="office"' in form
