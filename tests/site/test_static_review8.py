"""The static pages' wording the editor's eighth reading (notes/review8.md) asked for, read off the
built pages. Expected texts are the editor's proposals as adopted in data/strings/, written out
here by hand from the act's dates (19.05.2011 № 545 in force ten calendar days after publication,
01.12.2011 № 1429 from 30.01.2012)."""

from __future__ import annotations

import re

import pytest

from tests.site.test_static_wording import read, text

STANDARDS = ["private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use"]


def reader_text(html: str) -> str:
    """The page's words as read: tags gone without a space (a link's words stay inside «…»)."""
    return " ".join(re.sub(r"<[^>]+>", "", html).replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        (
            "kk",
            [
                "Қаулының кіріспесіне ҚР Үкіметінің 2011 жылғы 19 мамырдағы № 545 қаулысымен өзгеріс"
                " енгізілді (қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен"
                " соң қолданысқа енгізілген).",
                "Төрт стандарттың бәрінде 7-тармаққа ҚР Үкіметінің 2011 жылғы 1 желтоқсандағы № 1429"
                " қаулысымен өзгеріс енгізілді (қаулы 2012 жылғы 30 қаңтардан бастап қолданысқа"
                " енгізілген).",
                # K4: the register of an official text, not «сол қаулының».
                "(қолданысқа енгізілу тәртібі аталған қаулының 4-тармағында белгіленген)",
                # K5: «бастапқы», the original text, as the Russian «исходный».
                "Төменде әр түзетудің бастапқы және түзетілген мәтіні көрсетілген; одан кейінгі"
                " байланыстар тізіміндегі деректерді қайта тексеру қажет.",
            ],
            ["қолданысқа енгізіледі)", "сол қаулының", "бұрынғы және түзетілген"],
        ),
        (
            "ru",
            [
                "В преамбулу постановления внесены изменения постановлением Правительства РК от"
                " 19 мая 2011 года № 545 (постановление введено в действие по истечении десяти"
                " календарных дней после дня первого официального опубликования).",
                "(постановление введено в действие с 30 января 2012 года)",
                # R9: «участке» named as a Kazakh word, not read as the Russian prepositional case.
                "В казахской версии сайта в цитатах постановления сохранено его написание казахского"
                " слова «участке», в собственных текстах сайта оно пишется «учаске».",
            ],
            ["(вводится в действие", "сохранено его написание «участке»"],
        ),
    ],
)
def test_about_says_when_the_acts_took_effect_in_the_past(site_dir, lang, wanted, gone):
    """review8 K1/R3 (one formula, adilet's, in the past), K4, K5, R9."""
    page = text(read(site_dir, lang, "about"))
    for sentence in wanted:
        assert sentence in page
    for slip in gone:
        assert slip not in page


@pytest.mark.parametrize("standard", STANDARDS)
@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        (
            "kk",
            [
                "Тармақтың осы редакциясы 2012 жылғы 30 қаңтардан бастап қолданысқа енгізілген.",
                "Жариялану күні дереккөзде көрсетілмеген.",
            ],
            ["бастап қолданылады.", "өткен соң қолданысқа енгізілген; жариялану"],
        ),
        (
            "ru",
            [
                "Эта редакция пункта введена в действие с 30.01.2012.",
                "Дата опубликования в источнике не указана.",
            ],
            ["применяется с 30", "опубликования; дата опубликования"],
        ),
    ],
)
def test_standard_notes_say_the_formula_once(site_dir, lang, standard, wanted, gone):
    """review8 K1/R3: the act's footnote «(… он күн өткен соң қолданысқа енгізіледі)» was followed
    by the site's note saying the same again; the note keeps only what the footnote lacks."""
    page = text(read(site_dir, lang, f"standards/{standard}"))
    for sentence in wanted:
        assert sentence in page
    for slip in gone:
        assert slip not in page


@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        (
            "kk",
            "7-қосымшаға сәйкес АЕК-пен есептеледі. Кесте «Қызмет ақысы (7-қосымша)» бетінде"
            " берілген.",
            "есептеледі. Қызмет ақысы",
        ),
        (
            "ru",
            "Исчисляется в МРП по приложению 7. Таблица приведена на странице «Плата за услугу"
            " (приложение 7)».",
            "приложению 7. Плата за услугу",
        ),
    ],
)
def test_compare_fee_cell_links_in_a_sentence(site_dir, lang, wanted, gone):
    """review8 K10/R10: «… есептеледі. Қызмет ақысы (7-қосымша)» — a link run on after the stop."""
    page = reader_text(read(site_dir, lang, "compare"))
    assert page.count(wanted) == 4
    assert gone not in page


def test_compare_drops_the_standards_definition_in_russian_too(site_dir):
    """review8 R11: the Kazakh cells drop «(бұдан әрі – тұтынушы)», the Russian kept
    «(далее — потребитель)» (an em dash the pattern did not know)."""
    page = text(read(site_dir, "ru", "compare"))
    assert "Государственная услуга оказывается физическим и юридическим лицам." in page
    assert "далее" not in page


@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        ("kk", ">Уәкілетті органдар: 21</a>", "(аудандар бойынша)"),
        ("ru", ">Уполномоченные органы: 21</a>", "(по районам)"),
    ],
)
def test_the_count_of_authorized_bodies_says_what_it_counts(site_dir, lang, wanted, gone):
    """review8 K3/R4: «Уәкілетті органдар (аудандар бойынша): 21» on Kostanay counted the oblast
    department too (data/directories: 20 district and city bodies and the oblast's own, 21 cards
    counted under the heading by hand); the label names the bodies without the districts."""
    page = read(site_dir, lang, "regions/kostanay")
    assert wanted in page
    assert gone not in page
