"""The answer page's defects of the eighth reading (notes/review8.md) in Chromium, both
languages. Expected lines are typed from data/strings/ and the review's proposals by hand."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from tests.browser.test_answer_journeys import LANGS, LATE, wait_for_answer

ONE_VISITOR = True

# review8 D1: «change» is no case (the value is «changed»).
UNKNOWN_CASE = (
    "standard=2&case=change&applicant=state_legal_entity&region=aktobe"
    "&district=Байғанин+ауданы&category=legal_entity&area=12&submitted=2011-12-28&office=centre"
)


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_case_is_asked_for_not_answered_as_a_new_act(page, served, lang):
    page.goto(f"{served}/{lang}answer/?{UNKNOWN_CASE}")
    line = {
        "": "Сілтемедегі «change» мәні танылмады: «Өтініш түрі» сұрағының жауабын төменде"
        " таңдаңыз.",
        "ru/": "Значение «change» из ссылки не распознано: выберите ответ на вопрос «Вид"
        " обращения» ниже.",
    }[lang]
    expect(page.locator("[data-answer-errors]")).to_have_text(line)
    # Nothing is answered for a case nobody chose, and the link is not rewritten to «grant».
    assert page.locator("[data-answer-result]").is_hidden()
    assert "case=grant" not in page.url
    assert page.locator('input[name="case"]:checked').count() == 0
    # review8 D7: the link gave no representative: no «ignored answer» is reported.
    errors = page.locator("[data-answer-errors]").inner_text()
    assert "ескерілмеді" not in errors and "не учтен" not in errors


@pytest.mark.parametrize("lang", LANGS)
def test_impossible_dates_in_an_unfinished_answer_are_named(page, served, lang):
    # review8 D2: case=zzz keeps the answer waiting; the dates must not vanish without a word.
    query = "standard=1&case=zzz&submitted=2013-02-31&checked_on=2012-13-01"
    page.goto(f"{served}/{lang}answer/?{query}")
    box = page.locator("[data-answer-date-errors]")
    lines = {
        "": [
            "2013 жылғы ақпанда 31-і жоқ. «Құжаттарды тапсыру күні» өрісінде күнді күнтізбеден"
            " таңдаңыз.",
            # review9 K7: the month the year has not, and the calendar, not the format.
            "Сілтемедегі «2012-13-01» күні танылмады: жылда 13-ай жоқ. «Тексеру күні» өрісінде"
            " күнді күнтізбеден таңдаңыз.",
        ],
        "ru/": [
            "В феврале 2013 года нет 31-го числа. Выберите в поле «Дата подачи документов» дату"
            " в календаре.",
            "Дата «2012-13-01» из ссылки не распознана: в году нет 13-го месяца. Выберите в поле"
            " «Дата проверки» дату в календаре.",
        ],
    }[lang]
    expect(box.locator("p")).to_have_count(2, timeout=90000)
    assert [p.replace("\u00a0", " ") for p in box.locator("p").all_inner_texts()] == lines
    assert page.locator('input[name="submitted"]').get_attribute("aria-invalid") == "true"


@pytest.mark.parametrize("lang", LANGS)
def test_the_late_answer_says_the_complaint_term_once_and_the_originals_as_a_note(
    page, served, lang
):
    page.goto(f"{served}/{lang}answer/?{urlencode(LATE)}")
    wait_for_answer(page)
    # review8 K7/R6: the term is worked out in the late block; the complaint block points to it.
    pointer = {
        "": "Шағымды қарау мерзімі жоғарыда, «Акт беру мерзімі бұзылды ма?» бөлімінде есептелген.",
        "ru/": "Срок рассмотрения жалобы рассчитан выше, в разделе «Нарушен ли срок выдачи акта?».",
    }[lang]
    expect(page.locator("[data-answer-complaint]")).to_have_text(pointer)
    # review8 K9: the rule on originals is a note under the documents, not one of them.
    note = page.locator("[data-answer-originals]")
    assert note.is_visible()
    assert note.inner_text().startswith(
        {"": "Ескертпе: Тұлғаның", "ru/": "Примечание: Для сверки"}[lang]
    )
    docs = page.locator("[data-answer-docs]").inner_text()
    assert "түпнұсқалары" not in docs and "подлинники" not in docs
