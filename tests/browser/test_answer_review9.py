"""The answer page's defects of the ninth reading (notes/review9.md) in Chromium at 360 px, both
languages. Expected lines are typed from data/strings/ and the review's proposals by hand."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.test_answer_journeys import LANGS, wait_for_answer

ONE_VISITOR = True

# review9 D1: the review's link, one unknown value (case=zzz) among valid ones.
D1 = (
    "standard=3&case=zzz&applicant=legal_entity&representative=1&region=aktobe"
    "&submitted=2013-02-31&office=authorized-body&checked_on=2012-13-01&area=abc"
)


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_case_keeps_the_answers_it_hides(page, served, lang):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}/{lang}answer/?{D1}")
    case_line = {
        # review10 D3: the unknown value is named (bad_value_unknown, data/strings/answer.yaml).
        "": "Сілтемедегі «zzz» мәні танылмады: «Өтініш түрі» сұрағының жауабын төменде таңдаңыз.",
        "ru/": (
            "Значение «zzz» из ссылки не распознано: выберите ответ на вопрос «Вид обращения» ниже."
        ),
    }[lang]
    expect(page.locator("[data-answer-errors]")).to_have_text(case_line)
    # The address the page rewrote keeps the representative and the area the case hides.
    assert query(page)["representative"] == ["1"] and query(page)["area"] == ["abc"]
    assert "case" not in query(page)
    # The reader picks a case: the representative question shows the link's «yes», not «no».
    page.locator('input[name="case"][value="grant"]').check()
    expect(page.locator('input[name="representative"][value="1"]')).to_be_checked()
    assert query(page)["representative"] == ["1"]
    # The area field, once shown, holds the link's «abc»; the fee then says it is no number.
    page.locator('input[name="category"][value="legal_entity"]').check()
    expect(page.locator('input[name="area"]')).to_have_value("abc")
    page.locator('input[name="district"]').first.check()
    wait_for_answer(page)
    area_line = {
        "": "«Жер учаскесінің алаңы, га» өрісіне санды жазыңыз, мысалы, 0,5 немесе 12.",
        "ru/": "В поле «Площадь земельного участка, га» укажите число, например 0,5 или 12.",
    }[lang]
    fee = page.locator("[data-answer-fee]").inner_text().replace("\u00a0", " ")
    assert area_line in fee
    # The answer is a representative's (the summary's short form, case_line_representative).
    summary = page.locator("[data-answer-case]").inner_text()
    assert {"": "Өкіл тапсырады", "ru/": "Подает представитель"}[lang] in summary
    page.screenshot(path=f"/tmp/rev9a-d1-{LANGS[lang]}.png", full_page=True)


@pytest.mark.parametrize("lang", LANGS)
def test_a_month_the_year_has_not_is_named_with_the_calendar(page, served, lang):
    # review9 K7/R6: the review's link, while the case question waits.
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}/{lang}answer/?{D1}")
    line = {
        "": "Сілтемедегі «2012-13-01» күні танылмады: жылда 13-ай жоқ. «Тексеру күні» өрісінде"
        " күнді күнтізбеден таңдаңыз.",
        "ru/": "Дата «2012-13-01» из ссылки не распознана: в году нет 13-го месяца. Выберите в поле"
        " «Дата проверки» дату в календаре.",
    }[lang]
    box = page.locator("[data-answer-date-errors] p")
    expect(box).to_have_count(2, timeout=90000)
    assert box.nth(1).inner_text().replace("\u00a0", " ") == line
    page.screenshot(path=f"/tmp/rev9a-k7-{LANGS[lang]}.png", full_page=True)


@pytest.mark.parametrize("lang", LANGS)
def test_a_refused_fee_keeps_the_area_in_the_summary(page, served, lang):
    # review8 D3's link: no MCI for 04.05.2009 refuses the fee; the summary still says «600 га»
    # (typed from area_value: the number, a no-break space, «га»).
    link = (
        "standard=4&case=grant&applicant=individual&representative=0&region=almaty-city"
        "&category=farm&area=600&submitted=2009-05-04&office=authorized-body"
    )
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}/{lang}answer/?{link}")
    wait_for_answer(page)
    expect(page.locator("[data-answer-fee] .answer-error")).to_be_visible()
    assert page.locator("[data-answer-case]").inner_text().endswith("600\u00a0га")
