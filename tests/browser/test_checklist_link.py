"""The checklist page opened by a link whose choice it does not know (review7 D6): the full list,
and one line in the page's language naming what was not recognised. Expected lines are the
strings of data/strings/pages.yaml (checklist_link_unknown) with the value filled in by hand."""

from __future__ import annotations

import pytest

UNKNOWN = {
    "": "Сілтемедегі «{value}» таңдауы танылмады, сондықтан толық тізбе көрсетілген.",
    "ru/": "Выбор «{value}» из ссылки не распознан, поэтому показан полный перечень.",
}


@pytest.mark.parametrize("lang", UNKNOWN)
@pytest.mark.parametrize(
    "link, value",
    [
        ("?case=duplicate&applicant=alien", "alien"),
        ("#grant--individual--7", "7"),
        ("#nonsense", "nonsense"),
    ],
)
def test_a_link_with_an_unknown_choice_is_named(page, served, lang, link, value):
    page.goto(f"{served}/{lang}checklists/private-ownership/{link}")
    notice = page.locator("[data-link-unknown]")
    notice.wait_for()
    assert notice.inner_text() == UNKNOWN[lang].format(value=value)
    assert page.locator("#full").is_visible()


# review10 D3: the editor's link named «zzz» and dropped `applicant=qq`. Every unknown part is
# named, joined as the guide joins a list (checklist_link_unknown_many and list_and of
# data/strings/pages.yaml, written out by hand).
UNKNOWN_MANY = {
    ("", "?case=zzz&applicant=qq"): (
        "Сілтемедегі «zzz» және «qq» таңдаулары танылмады, сондықтан толық тізбе көрсетілген."
    ),
    ("ru/", "?case=zzz&applicant=qq"): (
        "Значения «zzz» и «qq» из ссылки не распознаны, поэтому показан полный перечень."
    ),
    ("", "#zzz--qq--7"): (
        "Сілтемедегі «zzz», «qq» және «7» таңдаулары танылмады, сондықтан толық тізбе көрсетілген."
    ),
    ("ru/", "#zzz--qq--7"): (
        "Значения «zzz», «qq» и «7» из ссылки не распознаны, поэтому показан полный перечень."
    ),
    # A direction control from the link is not printed back (issue 30).
    ("ru/", "?case=zzz&applicant=q%E2%80%AEq"): (
        "Значения «zzz» и «qq» из ссылки не распознаны, поэтому показан полный перечень."
    ),
}


@pytest.mark.parametrize("lang, link", UNKNOWN_MANY)
def test_every_unknown_choice_of_a_link_is_named(page, served, lang, link):
    page.goto(f"{served}/{lang}checklists/private-ownership/{link}")
    notice = page.locator("[data-link-unknown]")
    notice.wait_for()
    assert notice.inner_text() == UNKNOWN_MANY[lang, link]
    assert page.locator("#full").is_visible()


@pytest.mark.parametrize("lang", UNKNOWN)
def test_a_known_choice_by_query_or_fragment_shows_its_list_and_no_line(page, served, lang):
    # ?case= alone: the form's defaults for the rest (individual, no representative).
    page.goto(f"{served}/{lang}checklists/private-ownership/?case=duplicate")
    page.locator("#duplicate--individual--0").wait_for()
    assert page.url.endswith("#duplicate--individual--0")
    assert not page.locator("[data-link-unknown]").is_visible()
    page.goto(f"{served}/{lang}checklists/private-ownership/#nonsense")
    page.locator("[data-link-unknown]").wait_for()
    page.locator('input[name="case"][value="changed"]').check()
    page.locator('[data-checklist] button[type="submit"]').click()
    page.locator("#changed--individual--0").wait_for()
    assert not page.locator("[data-link-unknown]").is_visible()


def test_permanent_use_defaults_to_its_only_applicant(page, served):
    """Permanent use is for state legal entities only: ?case= alone must not name «individual»."""
    page.goto(f"{served}/checklists/permanent-use/?case=grant")
    page.locator("#grant--state_legal_entity--0").wait_for()
    assert not page.locator("[data-link-unknown]").is_visible()


# review8 D4: the answer page's link names the third choice `representative`; the checklist took
# only its own `rep` and dropped it. The headings are the summary strings of
# data/strings/answer.yaml (case_line_*), the case and applicant names of pages.yaml, by hand.
HEADING = {
    "": {
        "1": "Таңдалған жағдай: Актінің телнұсқасы · Заңды тұлға · Өкіл тапсырады",
        "0": "Таңдалған жағдай: Актінің телнұсқасы · Заңды тұлға · Өтініш берушінің өзі тапсырады",
    },
    "ru/": {
        "1": "Выбранный случай: Дубликат акта · Юридическое лицо · Подает представитель",
        "0": "Выбранный случай: Дубликат акта · Юридическое лицо · Заявитель подает лично",
    },
}


@pytest.mark.parametrize("lang", HEADING)
@pytest.mark.parametrize("name", ["representative", "rep"])
@pytest.mark.parametrize("value", ["1", "0"])
def test_the_answer_pages_parameter_names_are_taken_and_the_summary_names_all_three(
    page, served, lang, name, value
):
    page.goto(
        f"{served}/{lang}checklists/temporary-paid-use/?case=duplicate&applicant=legal_entity"
        f"&{name}={value}"
    )
    section = page.locator(f"#duplicate--legal_entity--{value}")
    section.wait_for()
    assert " ".join(section.locator("h2").inner_text().split()) == HEADING[lang][value]
    assert not page.locator("[data-link-unknown]").is_visible()


# review9 K1/R1: each line written out by hand from data/standards/standard-*.yaml (the document,
# whom it is for in the full list, its condition), the reference as the guide writes it.
REFERENCE_LINES = [
    (
        "",
        "private-ownership/#full",
        "full-grant-grant-6",
        "Заңды тұлғаны мемлекеттік тіркеу туралы куәліктің көшірмесі (тек заңды тұлға үшін)"
        " · 11-тармақтың 1) тармақшасы",
    ),
    (
        "",
        "temporary-paid-use/?case=duplicate&applicant=legal_entity&representative=1",
        "duplicate--legal_entity--1-duplicate-4",
        "Тұтынушының атынан берілген сенімхаттың және сенім білдірілген тұлғаның жеке басын"
        " куәландыратын құжаттың көшірмесі · 11-тармақтың 3) тармақшасы",
    ),
    (
        "ru/",
        "temporary-paid-use/?case=grant&applicant=individual&representative=1",
        "grant--individual--1-grant-5",
        "Копия свидетельства налогоплательщика (РНН) · подпункт 1) пункта 11",
    ),
    (
        "ru/",
        "temporary-paid-use/#full",
        "full-grant-grant-6",
        "Копия свидетельства о государственной регистрации юридического лица (только для"
        " юридического лица) · подпункт 1) пункта 11",
    ),
]


@pytest.mark.parametrize(
    "lang, link, item, line",
    REFERENCE_LINES,
    ids=["kk-full", "kk-tailored", "ru-tailored", "ru-full"],
)
def test_a_document_gives_its_clause_after_the_middle_dot_on_one_line(
    page, served, lang, link, item, line
):
    """The reference ran on after the name with a space, or stood on a line of its own after
    «(тек заңды тұлға үшін)»; read as a phone shows it (innerText keeps the line breaks)."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}/{lang}checklists/{link}")
    li = page.locator(f"[id='{item}']").locator("xpath=..")
    li.wait_for()
    assert li.evaluate("li => li.innerText").replace("\u00a0", " ").strip() == line
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
