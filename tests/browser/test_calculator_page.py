"""The calculator page computes with the Python rules in Chromium, in both languages."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from calculator import api
from calculator.examples import EXERCISE, WORKED

LOAD_TIMEOUT = 90_000  # Pyodide's first start on a 2-core machine, with room to spare
# One person opening page after page (tests/conftest.py); a first visit is test_loading.py's.
ONE_VISITOR = True


def fill_and_submit(page, request: dict) -> None:
    form = page.locator(f"form[data-action={request['action']}]")
    for name, value in request.items():
        if name in ("action", "lang"):
            continue
        field = form.locator(f"[name={name}]").first
        if field.evaluate("el => !!el.closest('details:not([open])')"):
            form.locator("details summary").click()
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        elif field.get_attribute("type") == "radio":
            form.locator(f"[name={name}][value={value}]").check()
        else:
            field.fill(value)
    form.locator("button[type=submit]").click()


def page_bundle(page) -> dict:
    """The bundle.json this page's worker loads."""
    url = page.evaluate(
        "new URL(document.querySelector('[data-calculator]').dataset.worker, location).href"
    )
    return json.loads(page.request.get(url.replace("worker.mjs", "bundle.json")).text())


def test_russian_page_computes_legal_entity_fee(page, served):
    # Worked example of issue 2: 3.2 × 1.2 × 1618 = 6 213,12 ₸ (no-break spaces in the output).
    page.goto(f"{served}/ru/calculator/")
    fill_and_submit(page, WORKED[0].request)
    output = page.locator("form[data-action=fee] output")
    expect(output.locator("li").first).to_be_visible(timeout=LOAD_TIMEOUT)
    assert "6\u00a0213,12\u00a0₸" in output.inner_text()
    expect(page.locator("[data-calculator-status]")).to_have_text("Калькулятор готов.")


def test_kazakh_page_shows_error_in_kazakh(page, served):
    page.goto(f"{served}/calculator/")
    assert page.locator("html").get_attribute("lang") == "kk"
    request = {
        "action": "fee",
        "lang": "kk",
        "category": "farm",
        "area": "-3",
        "paid_on": "2010-06-01",
    }
    fill_and_submit(page, request)
    error = page.locator("form[data-action=fee] .calc-error")
    expect(error).to_be_visible(timeout=LOAD_TIMEOUT)
    assert error.inner_text() == api.handle(request, page_bundle(page))["error"]["message"]
    assert page.locator("#fee-area").get_attribute("aria-invalid") == "true"


def test_worker_answers_every_example_like_cpython(page, served):
    """The page's own worker (Pyodide in Chromium) and CPython agree to the tiyn and the day."""
    page.goto(f"{served}/calculator/")
    answers = page.evaluate(
        """async (requests) => {
            const root = document.querySelector('[data-calculator]');
            const worker = new Worker(root.dataset.worker, {type: 'module'});
            const answers = [];
            await new Promise((resolve) => {
                worker.onmessage = ({data}) => {
                    if (!data.id) return;
                    answers[data.id - 1] = data.response;
                    if (answers.filter(Boolean).length === requests.length) resolve();
                };
                requests.forEach((request, i) => worker.postMessage({id: i + 1, request}));
            });
            worker.terminate();
            return answers;
        }""",
        EXERCISE,
    )
    bundle = page_bundle(page)
    for request, answer in zip(EXERCISE, answers, strict=True):
        assert answer == api.handle(request, bundle), request


def test_a_payment_date_outside_the_period_shows_the_rules_warning(page, served):
    # 05.05.2013 is after the repeal (01.11.2012): the fee still computes, with the warning beside it.
    page.goto(f"{served}/ru/calculator/")
    request = {
        "action": "fee",
        "lang": "ru",
        "category": "farm",
        "area": "7",
        "paid_on": "2013-05-05",
    }
    fill_and_submit(page, request)
    warning = page.locator("form[data-action=fee] .calc-warning")
    expect(warning).to_be_visible(timeout=LOAD_TIMEOUT)
    assert warning.inner_text().startswith(
        # the date named as what it is (review5 R7)
        "Внимание: дата оплаты (05.05.2013) не входит в период действия стандартов."
    )
    assert warning.inner_text() == api.handle(request, page_bundle(page))["warnings"][0]["message"]


def test_the_mci_field_the_rules_ask_for_is_opened_and_focused(page, served):
    # 01.01.2008 is before the АЕК table: the rules answer with field "mci", kept in a closed <details>.
    page.goto(f"{served}/calculator/")
    assert page.locator("form[data-action=fee] details").get_attribute("open") is None
    fill_and_submit(
        page, {"action": "fee", "category": "farm", "area": "7", "paid_on": "2008-01-01"}
    )
    expect(page.locator("form[data-action=fee] .calc-error")).to_be_visible(timeout=LOAD_TIMEOUT)
    assert page.locator("form[data-action=fee] details").get_attribute("open") is not None
    expect(page.locator("#fee-mci")).to_be_focused()
    assert "«АЕК мәні, теңге»" in page.locator("form[data-action=fee] .calc-error").inner_text()
    assert page.locator("label[for=fee-mci]").inner_text() == "АЕК мәні, теңге"


def test_a_failed_runtime_start_frees_the_form_and_says_so(fresh_page, served):
    # A fresh profile: the visitor's service worker would answer the request held back here.
    page = fresh_page
    page.route("**/worker.mjs", lambda route: route.fulfill(status=404, body="not here"))
    page.goto(f"{served}/ru/calculator/")
    status = page.locator("[data-calculator-status]")
    failed = status.get_attribute("data-failed")
    fill_and_submit(
        page, {"action": "fee", "category": "farm", "area": "7", "paid_on": "2012-03-15"}
    )
    form = page.locator("form[data-action=fee]")
    expect(form.locator(".calc-error")).to_have_text(failed, timeout=LOAD_TIMEOUT)
    expect(status).to_have_text(failed)
    assert form.get_attribute("aria-busy") is None
    assert form.locator("button[type=submit]").is_enabled()


# Every option's text against the room a closed list has for it at 360 px (its box less padding
# and Chromium's arrow), measured in the list's own font.
CUT_OPTIONS = """() => [...document.querySelectorAll('.calculator select')].flatMap((select) => {
  const style = getComputedStyle(select);
  const context = document.createElement('canvas').getContext('2d');
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
  return [...select.options].filter((o) => context.measureText(o.text).width > room).map((o) => `${select.name}: ${o.text}`);
})"""


@pytest.mark.parametrize("path", ["/calculator/", "/ru/calculator/"])
def test_no_choice_is_cut_on_a_phone(page, served, path):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{served}{path}")
    # Only the sixteen regions stay a list (the check below is not vacuous); choices among a few,
    # some with long names, are radios, which wrap.
    assert page.locator(".calculator select").count() == 1
    assert page.locator(".calculator select option").count() == 16
    assert page.evaluate(CUT_OPTIONS) == []
    radios = page.locator(".calculator input[type=radio]")
    assert {
        name: radios.and_(page.locator(f"[name={name}]")).count()
        for name in ("category", "standard", "case")
    } == {"category": 7, "standard": 8, "case": 6}  # the deadline and late forms ask both
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize(
    "path, lang, headline",
    [
        ("/calculator/", "kk", "Акт беру мерзімі бұзылған: кешігу — 8 жұмыс күні"),
        ("/ru/calculator/", "ru", "Срок выдачи акта нарушен: просрочка — 8 рабочих дней"),
    ],
)
def test_the_late_form_says_by_how_much_where_to_complain_and_which_wording(
    page, served, path, lang, headline
):
    # Due Tue 15.03.2011; eight working days past it by Wed 30.03.2011 (tests/calculator/test_late.py).
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{served}{path}")
    request = {
        "action": "late",
        "lang": lang,
        "standard": "1",
        "case": "grant",
        "office": "centre",
        "submitted": "2011-03-04",
        "checked_on": "2011-03-30",
    }
    # Standard 1 is the form's first choice, already checked ("[value=1]" is no CSS selector).
    fill_and_submit(page, {k: v for k, v in request.items() if k != "standard"})
    form = page.locator("form[data-action=late]")
    expect(form.locator(".calc-headline")).to_have_text(headline, timeout=LOAD_TIMEOUT)
    answer = api.handle(request, page_bundle(page))
    assert form.locator(".calc-warning").all_inner_texts() == [
        w["message"] for w in answer["warnings"]
    ]
    assert any("1429" in w for w in form.locator(".calc-warning").all_inner_texts())
    assert form.locator("li").all_inner_texts() == answer["explanation"]
    assert any("58-00-58" in line for line in answer["explanation"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    form.screenshot(path=f"/tmp/late/late-form-{lang}.png")


@pytest.mark.parametrize(
    "path, legend, first_option, closed",
    [
        (
            "/calculator/",
            "Қандай құқыққа акт керек?",
            "Жеке меншік",
            "21.03.2012 (сәрсенбі) күні халыққа қызмет көрсету орталығы жұмыс істемейді — "
            "Наурыз мейрамы. Бұл күні құжаттарды тапсыру мүмкін емес, басқа күнді таңдаңыз.",
        ),
        (
            "/ru/calculator/",
            "На какое право нужен акт?",
            "Частная собственность",
            "В среду, 21.03.2012, центр обслуживания населения не работает — Наурыз мейрамы. "
            "Подать документы в этот день нельзя, выберите другой день.",
        ),
    ],
)
def test_the_deadline_form_asks_as_the_answer_page_and_names_a_closed_day(
    page, served, path, legend, first_option, closed
):
    # Review4 kk 1 / ru 1 and kk 10 / ru 9: Wed 21.03.2012 is Nauryz; the message opened on the
    # bare date, and the form asked «Стандарт» with «1. Жеке меншік».
    page.goto(f"{served}{path}")
    form = page.locator("form[data-action=deadline]")
    assert form.locator("legend").first.inner_text() == legend
    assert (
        form.locator("label:has(input[name=standard][value='1'])").inner_text().strip()
        == first_option
    )
    form.locator("input[name=standard][value='1']").check()
    fill_and_submit(
        page, {"action": "deadline", "case": "grant", "office": "centre", "submitted": "2012-03-21"}
    )
    error = form.locator(".calc-error")
    expect(error).to_be_visible(timeout=LOAD_TIMEOUT)
    assert error.inner_text().replace("\u00a0", " ") == closed


@pytest.mark.parametrize(
    "path, question, choices",
    [
        (
            "/calculator/",
            "Шағым қосымша ақпарат алуды және зерделеуді талап ете ме?",
            ["Иә, талап етеді — 30 күнтізбелік күн", "Жоқ, талап етпейді — 15 күнтізбелік күн"],
        ),
        (
            "/ru/calculator/",
            "Требует ли жалоба получения дополнительной информации и изучения?",
            ["Да, требует — 30 календарных дней", "Нет, не требует — 15 календарных дней"],
        ),
    ],
)
def test_the_complaint_term_is_chosen_by_answering_a_question(
    page, served, path, question, choices
):
    # review5 K20: a checkbox's statement ran into its hint, and a yes/no choice is headed by a
    # question. The terms are clause 25's: 30 calendar days, 15 where no study is needed.
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}{path}")
    group = page.locator("form[data-action=complaint] fieldset")
    assert group.locator("legend").inner_text() == question
    labels = [
        text.replace("\u00a0", " ").strip() for text in group.locator("label").all_inner_texts()
    ]
    assert labels == choices
    assert group.locator("input[value=no]").is_checked()  # the general term until told otherwise


AREA_FLAT = {
    "": "Бұл санаттың ақысы жер учаскесінің алаңына байланысты емес, сондықтан алаң сұралмайды.",
    "ru/": "Плата для этой категории не зависит от площади земельного участка, поэтому площадь не "
    "запрашивается.",
}


@pytest.mark.parametrize("lang", AREA_FLAT)
def test_the_area_field_is_put_away_for_a_flat_tariff(page, served, lang):
    # Appendix 7 (lines 956-959): the four individuals' rows are a flat 1,9 АЕК with no area
    # column; the farm's tariff depends on the area.
    page.goto(f"{served}/{lang}calculator/")
    form = page.locator("form[data-action=fee]")
    flat = ["individual_gardening", "individual_housing", "individual_subsidiary_farming"]
    for category in [*flat, "individual_garage"]:
        form.locator(f"[name=category][value={category}]").check()
        expect(page.locator("#fee-area")).to_be_hidden()
        expect(form.locator("[data-area-flat]")).to_have_text(AREA_FLAT[lang])
    form.locator("[name=category][value=farm]").check()
    expect(page.locator("#fee-area")).to_be_visible()
    expect(form.locator("[data-area-flat]")).to_be_hidden()
    assert page.locator("#fee-area").is_enabled()
