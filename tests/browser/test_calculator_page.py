"""The calculator page computes with the Python rules in Chromium, in both languages."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from calculator import api
from tests.vectors import REQUESTS

LOAD_TIMEOUT = 90_000  # Pyodide's first start on a 2-core machine, with room to spare


def fill_and_submit(page, request: dict) -> None:
    form = page.locator(f"form[data-action={request['action']}]")
    for name, value in request.items():
        if name in ("action", "lang"):
            continue
        field = form.locator(f"[name={name}]")
        if field.evaluate("el => !!el.closest('details:not([open])')"):
            form.locator("details summary").click()
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    form.locator("button[type=submit]").click()


def page_bundle(page) -> dict:
    """The bundle.json this page's worker loads."""
    url = page.evaluate("new URL(document.querySelector('[data-calculator]').dataset.worker, location).href")
    return json.loads(page.request.get(url.replace("worker.mjs", "bundle.json")).text())


def test_russian_page_computes_legal_entity_fee(page, served):
    # Worked example of issue 2: 3.2 × 1.2 × 1618 = 6 213,12 ₸ (no-break spaces in the output).
    page.goto(f"{served}/ru/calculator/")
    fill_and_submit(page, REQUESTS[0])
    output = page.locator("form[data-action=fee] output")
    expect(output.locator("li").first).to_be_visible(timeout=LOAD_TIMEOUT)
    assert "6\u00a0213,12\u00a0₸" in output.inner_text()
    expect(page.locator("[data-calculator-status]")).to_have_text("Калькулятор готов.")


def test_kazakh_page_shows_error_in_kazakh(page, served):
    page.goto(f"{served}/calculator/")
    assert page.locator("html").get_attribute("lang") == "kk"
    request = {"action": "fee", "lang": "kk", "category": "farm", "area": "-3", "paid_on": "2010-06-01"}
    fill_and_submit(page, request)
    error = page.locator("form[data-action=fee] .calc-error")
    expect(error).to_be_visible(timeout=LOAD_TIMEOUT)
    assert error.inner_text() == api.handle(request, page_bundle(page))["error"]["message"]
    assert page.locator("#fee-area").get_attribute("aria-invalid") == "true"


def test_worker_answers_every_vector_like_cpython(page, served):
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
        REQUESTS,
    )
    bundle = page_bundle(page)
    for request, answer in zip(REQUESTS, answers, strict=True):
        assert answer == api.handle(request, bundle), request
