"""review7's wording on the answer page, the desk and the standard pages; the expected texts are
typed from the review's proposals and the act (data/source), not copied from the output."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.schema import load_validated
from generator.load.site_data import load_site
from generator.pages import answer, desk

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def site():
    return load_site(ROOT / "data")


@pytest.fixture(scope="module")
def answer_data(site):
    return {lang: answer.page_data(site, lang) for lang in ("kk", "ru")}


def test_the_clause_follows_a_document_after_a_middle_dot(site, answer_data):
    # K2/R2: a dash ran into the reference («… көшірмесі — 11-тармақтың 1) тармақшасы»); the
    # checklist and the desk's ticks set it off with « · ».
    for lang in ("kk", "ru"):
        assert answer_data[lang]["words"]["clauseSeparator"] == " · "
        # review9 K1: the desk takes the same one string (its refusal lines are made with it).
        assert desk.page_data(site, lang)["clauseSeparator"] == " · "


def test_the_check_date_has_the_calculators_label_and_a_hint(answer_data):
    # K3/R3: one label per field, the calculator's; what to type goes to the hint.
    assert answer_data["kk"]["questions"]["checked_on"] == "Тексеру күні"
    assert answer_data["ru"]["questions"]["checked_on"] == "Дата проверки"
    assert answer_data["kk"]["hints"]["checked_on"].startswith(
        "Акт әлі берілмеген болса, бүгінгі күнді көрсетіңіз"
    )
    assert answer_data["ru"]["hints"]["checked_on"].startswith(
        "Если акт еще не выдан, укажите сегодняшнюю дату"
    )


def test_the_late_block_is_headed_by_its_question(rendered_pages):
    # K4/R4: the heading asked nothing the site knows («Акт әлі дайын емес»).
    assert "<h3>Акт беру мерзімі бұзылды ма?</h3>" in rendered_pages["answer.kk.md"]
    assert "<h3>Нарушен ли срок выдачи акта?</h3>" in rendered_pages["answer.ru.md"]
    assert "әлі дайын емес" not in rendered_pages["answer.kk.md"]
    assert "еще не готов" not in rendered_pages["answer.ru.md"]


def test_an_answer_taken_for_the_reader_is_said_so(answer_data):
    # D1: standard 2 has one applicant; a link's «legal_entity» is replaced by it, and the page
    # said «… жауабын төменде таңдаңыз» next to the answer already given.
    assert answer_data["kk"]["messages"]["chosen"]["applicant"] == (
        "Бұл жағдайда «Өтінішті кім береді?» сұрағының бір ғана жауабы бар, сондықтан ол"
        " өздігінен таңдалды."
    )
    assert answer_data["ru"]["messages"]["chosen"]["applicant"] == (
        "В этом случае на вопрос «Кто подает заявление?» возможен только один ответ, поэтому он"
        " выбран автоматически."
    )


def test_the_footer_dates_the_answer_not_a_print(answer_data):
    # K16/R15: the line is read on screen too.
    assert answer_data["kk"]["footer"]["printed_on"] == "Жауап жасалған күні: {date}."
    assert answer_data["ru"]["footer"]["printed_on"] == "Дата формирования ответа: {date}."


def test_the_desk_heading_and_hint(site):
    # K13/R13: a whole phrase, and the hint without «оның шарты … екені белгіленгенде».
    kk, ru = (desk.page_data(site, lang)["labels"] for lang in ("kk", "ru"))
    assert kk["desk_request_section"] == "Сұрау және құжаттарды қабылдаған адам"
    assert ru["desk_request_section"] == "Запрос и лицо, принявшее документы"
    # review9 K6 reworded the sentence («Шартпен талап етілетін» was a calque): see
    # tests/site/test_review9_site_wording.py; the hint still has no «оның шарты … екені белгіленгенде».
    assert "екені белгіленгенде" not in kk["desk_missing_text"]


def test_the_originals_item_quotes_the_act():
    # K6/R6: the item tagged «11-тармақтың 1) тармақшасы» is the act's sentence (standard 1,
    # clause 11, as the review quotes it), not the site's «(салыстыру үшін; …)».
    data = load_validated(ROOT / "data")
    # review8 K9: the sentence is a note under the list (facts.originals), no longer its last item.
    last = data["standards/standard-1"]["facts"]["originals"]["grant"]
    assert last["text"]["kk"] == (
        "Тұлғаның жеке куәлігінің немесе сенімхаттың көшірмелерін тексеру үшін құжаттардың"
        " түпнұсқалары ұсынылады, олар тексерілгеннен кейін тұтынушыға қайтарылады"
    )
    assert last["text"]["ru"].startswith("Для сверки копий удостоверения личности")
    assert last["clause"] == "11.1"


def test_the_entry_into_force_formula_is_adilets(rendered_pages):
    # K14: one formula, as the about page and the calculator («… күнінен кейін күнтізбелік он
    # күн өткен соң қолданысқа енгізілген»); the term of ten days in words.
    kk, ru = (
        rendered_pages[f"standards/private-ownership.{lang}.md"]
        .replace("\\", "")
        .replace("\u00a0", " ")
        for lang in ("kk", "ru")
    )
    # review8 K1/R3: the act's footnote above says the formula; the site's note adds only what
    # the source lacks, so the formula is not said twice in a row.
    assert "Жариялану күні дереккөзде көрсетілмеген." in kk
    assert "өткен соң қолданысқа енгізілген; жариялану" not in kk
    assert "күннен бастап" not in kk
    assert "Дата опубликования в источнике не указана." in ru
    assert "опубликования; дата опубликования" not in ru
