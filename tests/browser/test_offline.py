"""The calculator keeps working with the network cut, once its page has been opened."""

from playwright.sync_api import expect

LOAD_TIMEOUT = 90_000


def test_calculator_computes_offline_after_first_visit(page, served):
    page.goto(f"{served}/ru/calculator/")
    # The service worker is active once everything it keeps is in its cache.
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=LOAD_TIMEOUT)
    page.context.set_offline(True)
    try:
        page.reload()
        form = page.locator("form[data-action=fee]")
        form.locator("[name=category]").select_option("legal_entity")
        form.locator("[name=area]").fill("7")
        form.locator("[name=paid_on]").fill("2012-03-15")
        form.locator("button[type=submit]").click()
        # 3.2 × 1.2 × 1618 = 6 213,12 ₸, computed with no network at all.
        expect(form.locator(".calc-headline")).to_have_text("Плата: 6\u00a0213,12\u00a0₸", timeout=LOAD_TIMEOUT)
    finally:
        page.context.set_offline(False)
