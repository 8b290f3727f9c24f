"""The calculator keeps working with the network cut, once it has answered here; the offline copy
keeps only good answers, and after a rebuild no page gets an old site.js or site.css. The answer
page keeps the offline copy too, and on a repeat visit starts the rules from its <head>."""

from __future__ import annotations

import contextlib
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from generator.assemble.compress import PACKERS
from generator.dev.bench import ANSWER_PATH
from tests.browser.test_answer_journeys import wait_for_answer

LOAD_TIMEOUT = 120_000
# 3.2 × 1.2 × 1618 = 6 213,12 ₸ (legal entity, 7 ha, АЕК of 2012), worked by hand from appendix 7.
EXPECTED = "Сумма: 6\u00a0213,12\u00a0₸"


CONTROLLED = """() => navigator.serviceWorker.controller ? true : new Promise((resolve) =>
  navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true)))"""


def calculate(page) -> None:
    form = page.locator("form[data-action=fee]")
    form.locator("[name=category][value=legal_entity]").check()
    form.locator("[name=area]").fill("7")
    form.locator("[name=paid_on]").fill("2012-03-15")
    form.locator("button[type=submit]").click()
    expect(form.locator(".calc-headline")).to_have_text(EXPECTED, timeout=LOAD_TIMEOUT)


def first_visit(page, served) -> None:
    """A real first visit: the service worker is registered after the first answer."""
    page.goto(f"{served}/ru/calculator/")
    calculate(page)
    # (evaluate, not wait_for_function: the site's CSP forbids the eval a string predicate needs)
    page.evaluate(CONTROLLED)


def computes_offline(page) -> None:
    page.context.set_offline(True)
    try:
        page.reload()
        calculate(page)
    finally:
        page.context.set_offline(False)


def test_calculator_computes_offline_after_first_visit(page, served):
    first_visit(page, served)
    computes_offline(page)


# Records, in order, when the calculator's worker says it is ready and when Material's script
# runs (it ends by setting window.document$). An init script runs before any page script.
ORDER = """
window.__order = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', ({ data }) => { if (data && data.type === 'ready') window.__order.push('ready'); });
  }
};
Object.defineProperty(window, 'document$', { configurable: true, set(value) {
  window.__order.push('material');
  Object.defineProperty(window, 'document$', { value, writable: true, configurable: true });
} });
"""


def material_works(page) -> None:
    """Material's search, started by the document it was handed: a query lists results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("аренда")
    box.press("End")
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=LOAD_TIMEOUT)


# Records, before any page script, where in the page each rules' worker was made: "head" while
# the page's <head> is being read (the early-start script), "body" after (the page's modules).
# Material's search worker is not counted.
RULES_WORKERS = """
window.__rulesWorkers = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url, ...rest) {
    super(url, ...rest);
    if (String(url).includes('/calculator/worker.mjs')) window.__rulesWorkers.push(document.body ? 'body' : 'head');
  }
};
"""

# Controlled by the service worker within a minute (false if it never registers one).
CONTROLLED_SOON = """() => new Promise((resolve) => {
  if (navigator.serviceWorker.controller) resolve(true);
  navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
  setTimeout(() => resolve(false), 60000);
})"""


def test_on_a_repeat_visit_the_answer_page_starts_the_rules_from_its_head(page, served):
    """As the calculator page does: after its first answer the answer page keeps the offline
    copy, and the next visit starts the rules' one worker before the page's body is read."""
    page.add_init_script(RULES_WORKERS)
    page.goto(f"{served}{ANSWER_PATH}")
    wait_for_answer(page)
    assert page.evaluate("window.__rulesWorkers") == ["body"]  # a first visit: main.mjs starts it
    assert page.evaluate(CONTROLLED_SOON) is True
    page.goto(f"{served}{ANSWER_PATH}")
    wait_for_answer(page)
    assert page.evaluate("window.__rulesWorkers") == ["head"]  # once: taken over, not doubled
    # The rules answered through the adopted worker: the fee (the date may be a "closed that day"
    # line, as today is a weekend or not).
    expect(page.locator("[data-answer-fee] .answer-headline")).to_be_visible()
    expect(page.locator("[data-answer-date] :is(.answer-headline, .answer-error)")).to_be_visible()


def test_with_the_offline_copy_material_starts_after_the_rules_and_works(page, served):
    """On a visit the offline copy serves, the rules start first; Material's script waits for
    them (calculator.js) and then works as on any visit."""
    page.add_init_script(ORDER)
    first_visit(page, served)
    material_works(page)
    assert page.evaluate("window.__order")[0] == "material"  # no early start on a first visit
    page.goto(f"{served}/ru/calculator/")
    calculate(page)
    material_works(page)
    assert page.evaluate("window.__order") == ["ready", "material"]


# Records, in order, when the answer page shows both the fee and the date (filled by the rules)
# and when Material's script runs (it ends by setting window.document$).
ANSWER_ORDER = """
window.__order = [];
new MutationObserver((_, observer) => {
  const filled = (box) => document.querySelector(`${box} :is(.answer-headline, .answer-error)`);
  if (filled('[data-answer-fee]') && filled('[data-answer-date]')) { window.__order.push('answer'); observer.disconnect(); }
}).observe(document, { subtree: true, childList: true });
Object.defineProperty(window, 'document$', { configurable: true, set(value) {
  window.__order.push('material');
  Object.defineProperty(window, 'document$', { value, writable: true, configurable: true });
} });
"""


def test_with_the_offline_copy_the_answer_page_starts_material_after_the_fee_and_date(page, served):
    """As on the calculator page: on a visit the offline copy serves, Material's script waits
    until the rules have filled the fee and the date (main.mjs), then works as on any visit; on
    a first visit it runs at once."""
    page.add_init_script(ANSWER_ORDER)
    page.goto(f"{served}/ru{ANSWER_PATH}")
    wait_for_answer(page)
    material_works(page)
    assert page.evaluate("window.__order") == ["material", "answer"]
    assert page.evaluate(CONTROLLED_SOON) is True
    page.goto(f"{served}/ru{ANSWER_PATH}")
    wait_for_answer(page)
    material_works(page)
    assert page.evaluate("window.__order") == ["answer", "material"]


@contextlib.contextmanager
def unreadable(*paths: Path):
    """nginx (its workers run as `nobody`) answers 403 for a file it cannot read."""
    modes = {p: p.stat().st_mode for p in paths if p.exists()}
    try:
        for p in modes:
            os.chmod(p, 0)
        yield
    finally:
        for p, mode in modes.items():
            os.chmod(p, mode)


@pytest.mark.parametrize("served", ["nginx"], indirect=True)
def test_an_error_answer_while_online_does_not_replace_the_offline_copy(page, served, served_site):
    first_visit(page, served)
    index = served_site / "ru" / "calculator" / "index.html"
    with unreadable(index, index.with_name("index.html.gz"), index.with_name("index.html.br")):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{served}/ru/calculator/", timeout=10)
        assert refused.value.code == 403
        # The server answers 403 now; the page still opens from the kept copy and computes.
        page.reload()
        calculate(page)
    computes_offline(page)


def rewrite(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    for suffix, pack in PACKERS.items():
        path.with_name(path.name + suffix).write_bytes(pack(data))


@pytest.mark.parametrize("served", ["nginx"], indirect=True)
@pytest.mark.parametrize("name", ["site.js", "site.css"])
def test_after_a_rebuild_pages_get_the_new_site_files(page, served, served_site, name):
    first_visit(page, served)
    path = served_site / "assets" / name
    before = path.read_bytes()
    marker = b"\n/* rebuilt */\n"
    try:
        rewrite(path, before + marker)
        got = []
        page.on("response", lambda r: got.append(r) if r.url.endswith(f"/assets/{name}") else None)
        page.goto(f"{served}/ru/fees/")
        page.wait_for_load_state("load")
        assert got, f"{name} was not loaded"
        assert got[-1].body().endswith(marker)
    finally:
        rewrite(path, before)
