"""The standard pages say from when each amended wording applies, beside its note (the notes of
data/source lines 91 and 2937: № 1429 from 30.01.2012; № 545 ten days after an undated publication)."""

import re

import pytest


@pytest.fixture(scope="module")
def pages(rendered_pages):
    return rendered_pages


def clause(page: str, number: int) -> str:
    return page[page.index(f"{{ #clause-{number} }}") : page.index(f"{{ #clause-{number + 1} }}")]


@pytest.mark.parametrize(
    "lang, line",
    [
        (
            "kk",
            "**Тармақтың осы редакциясы 2012 жылғы 30 қаңтардан бастап қолданысқа енгізілген\\.**",
        ),
        ("ru", "**Эта редакция пункта введена в действие с 30\\.01\\.2012\\.**"),
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
    # review5 R20/K17: the box is titled «Сноска»; its text does not say the word again.
    assert "Стандарт в редакции постановления Правительства РК от 19\\.05\\.2011" in first
    assert "Сноска\\. Стандарт" not in first
    assert "Дата опубликования в источнике не указана" in first


def test_the_calculator_page_has_the_late_form(pages):
    for lang, label in (("kk", "Тексеру күні"), ("ru", "Дата проверки")):
        page = pages[f"calculator.{lang}.md"]
        form = page[page.index('data-action="late"') : page.index('data-action="complaint"')]
        assert 'name="checked_on" type="date"' in form and label in form
        assert 'name="submitted"' in form and 'name="office"' in form


@pytest.mark.parametrize(
    "lang, note",
    [
        (
            "kk",
            "Қаулының ресми мәтіні — қазақ тіліндегі мәтін. Орыс тіліндегі мәтін — осы сайт үшін жасалған аударма.",
        ),
        (
            "ru",
            "Текст на русском языке — перевод, выполненный для этого сайта; официальный текст постановления — на казахском языке.",
        ),
    ],
)
def test_the_full_text_says_the_russian_is_the_sites_translation(pages, lang, note):
    """review5 R1/D2: «Полный текст стандарта» with adilet-style «Сноска» read as the official
    Russian text; under the heading, each edition says which text is official."""
    for standard in (
        "private-ownership",
        "permanent-use",
        "temporary-paid-use",
        "temporary-free-use",
    ):
        page = pages[f"standards/{standard}.{lang}.md"]
        heading = page.index("\n## ", page.index("{ #storage }"))
        assert note in page[heading : heading + 400]


@pytest.mark.parametrize(
    "lang, line",
    [
        # review6 K1/R1, the editor's sentences as proposed (links read as their titles).
        (
            "kk",
            "Ақы 7-қосымшаға сәйкес АЕК-пен есептеледі: кестесі «Қызмет ақысы (7-қосымша)» бетінде, "
            "есебі «Қызмет ақысы мен мерзімін есептеу» бетінде берілген.",
        ),
        (
            "ru",
            "Плата исчисляется в МРП по приложению 7: таблица приведена на странице «Плата за услугу "
            "(приложение 7)», расчет — на странице «Расчет платы и срока».",
        ),
    ],
)
def test_the_fee_line_is_one_sentence_naming_each_page(pages, lang, line):
    """review6 K1/R1: «… есептеледі. Кесте: «…»; есептеу: «…».» was a chain of colon labels."""
    for standard in (
        "private-ownership",
        "permanent-use",
        "temporary-paid-use",
        "temporary-free-use",
    ):
        page = pages[f"standards/{standard}.{lang}.md"].replace("\\", "")  # Markdown escapes
        assert line in re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", page)
