"""Material's search finds Kazakh and Russian words, each edition only its own pages."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

# (query, page that must be among the results): Kazakh-only letters, case endings, place
# names in each language's official form, numbers and terms of the standards.
KAZAKH = [
    ("Көкшетау", "/regions/akmola/"),
    ("Ақкөл", "/regions/akmola/"),
    ("Қорғалжын", "/regions/akmola/"),
    ("Щучинск", "/regions/akmola/"),
    ("Степногорск", "/regions/akmola/"),
    ("облысының", "/regions/akmola/"),
    ("қатынастары", "/regions/akmola/"),
    ("Аршалы", "/regions/akmola/"),
    ("телнұсқа", "/standards/private-ownership/"),
    ("телнұсқасын", "/checklists/private-ownership/"),
    ("сенімхат", "/checklists/private-ownership/"),
    ("түбіртек", "/forms/private-ownership-receipt/"),
    ("өтініш", "/checklists/private-ownership/"),
    ("сәйкестендіру", "/standards/private-ownership/"),
    ("АЕК", "/fees/"),
    ("коэффициенті", "/fees/"),
    ("кондоминиумге", "/fees/"),
    ("Есептеуіш", "/calculator/"),
    ("шағымға", "/calculator/"),
    ("күшін", "/about/"),
    ("Қостанай", "/regions/kostanay/"),
    ("Өскемен", "/regions/east-kazakhstan/"),
    ("өтеусіз", "/standards/temporary-free-use/"),
    ("жалдау", "/standards/temporary-paid-use/"),
]
RUSSIAN = [
    ("Кокшетау", "/ru/regions/akmola/"),
    ("Аккольский", "/ru/regions/akmola/"),
    ("Коргалжынский", "/ru/regions/akmola/"),
    ("Щучинск", "/ru/regions/akmola/"),
    ("Макинск", "/ru/regions/akmola/"),
    ("Степногорск", "/ru/regions/akmola/"),
    ("земельных отношений", "/ru/regions/akmola/"),
    ("Начальник отдела", "/ru/regions/akmola/"),
    ("дубликат", "/ru/checklists/private-ownership/"),
    ("квитанция", "/ru/checklists/private-ownership/"),
    ("доверенност", "/ru/checklists/private-ownership/"),
    ("РНН", "/ru/standards/private-ownership/"),
    ("заявление", "/ru/checklists/private-ownership/"),
    ("идентификационных", "/ru/standards/private-ownership/"),
    ("МРП", "/ru/fees/"),
    ("коэффициент", "/ru/fees/"),
    ("кондоминиума", "/ru/fees/"),
    ("калькулятор", "/ru/calculator/"),
    ("жалобу", "/ru/calculator/"),
    ("Утратило", "/ru/about/"),
    ("Усть-Каменогорск", "/ru/regions/east-kazakhstan/"),
    ("Костанай", "/ru/regions/kostanay/"),
    ("безвозмездного", "/ru/standards/temporary-free-use/"),
    ("аренды", "/ru/standards/temporary-paid-use/"),
]


INITIALIZING = ("Іздеу дайындалуда", "Инициализация поиска")  # Material's search.result.initializer


def search(page, base: str, query: str) -> list[str]:
    page.goto(base)
    box = page.locator("input.md-search__input")
    box.click()
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("(busy) => { const t = document.querySelector('.md-search-result__meta').textContent.trim();"
                           " return t !== '' && !busy.includes(t); }", arg=list(INITIALIZING))
    placeholder = meta.inner_text()
    # Material searches on key events; Cyrillic letters are inserted without any, so a key follows.
    box.fill(query)
    box.press("End")
    page.wait_for_function("(p) => document.querySelector('.md-search-result__meta').textContent.trim() !== p",
                           arg=placeholder)
    # The list is filled after the count line changes; read it once two looks 300 ms apart agree.
    page.wait_for_function("""() => {
        const now = [...document.querySelectorAll('.md-search-result__link')].map(a => a.href).join(' ');
        const same = window.__lastResults === now; window.__lastResults = now; return same && now !== '';
    }""", polling=300)
    return [urlsplit(a).path for a in page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.href)")]


@pytest.mark.parametrize("query, expected", KAZAKH)
def test_kazakh_search(page, served, query, expected):
    found = search(page, f"{served}/", query)
    assert expected in found, found
    assert not any(path.startswith("/ru/") for path in found), found


@pytest.mark.parametrize("query, expected", RUSSIAN)
def test_russian_search(page, served, query, expected):
    found = search(page, f"{served}/ru/", query)
    assert expected in found, found
    assert all(path.startswith("/ru/") for path in found), found
