"""Entries typed into an application form are never lost: two tabs of one form add to each other
and see each other's changes live, the entries follow the language switch, an oversize entry is
refused with the page's message (and never slows a reload), and "clear" forgets only when the
visitor confirms."""

from __future__ import annotations

import pytest

FORM = "forms/private-ownership-application/"
# Words read from data/strings/phone.yaml (form_too_long), the bound from generator/files/forms.py.
TOO_LONG = {
    "kk": "Бір өрістегі жазба 2\u00a0000 таңбадан аспауы керек",
    "ru": "Запись в одном поле не должна превышать 2\u00a0000 знаков",
}
PREFIX = {"kk": "", "ru": "ru/"}


def test_two_tabs_of_one_form_keep_both_entries_and_update_each_other(page, served):
    page.goto(f"{served}/{FORM}")
    other = page.context.new_page()
    other.goto(f"{served}/{FORM}")
    page.locator("textarea#form-purpose").fill("жеке тұрғын үй салу")
    other.locator("textarea#form-plot_address").fill(
        "Ақмола облысы, Көкшетау қаласы, Абай көшесі, 1"
    )
    # The first tab shows the second tab's entry without a reload (the storage event) ...
    page.wait_for_function(
        "document.querySelector('#form-plot_address').value.startsWith('Ақмола облысы')"
    )
    # ... and the second tab kept the first tab's entry in the stored record.
    other.reload()
    assert other.locator("textarea#form-purpose").input_value() == "жеке тұрғын үй салу"
    assert other.locator("textarea#form-plot_address").input_value().startswith("Ақмола облысы")
    page.reload()
    assert page.locator("textarea#form-purpose").input_value() == "жеке тұрғын үй салу"


def test_entries_follow_the_language_switch(page, served):
    page.goto(f"{served}/{FORM}")
    page.locator("textarea#form-applicant").fill("Серікбаев Асқар")
    page.goto(f"{served}/ru/{FORM}")
    assert page.locator("textarea#form-applicant").input_value() == "Серікбаев Асқар"
    # Another standard's form is another record.
    page.goto(f"{served}/ru/forms/permanent-use-application/")
    assert page.locator("textarea#form-applicant").input_value() == ""


@pytest.mark.parametrize("lang", PREFIX)
def test_an_oversize_entry_is_refused_with_the_pages_message(page, served, lang):
    page.goto(f"{served}/{PREFIX[lang]}{FORM}")
    status = page.locator("[data-form-status]")
    assert status.is_hidden()
    page.locator("textarea#form-official").fill("аты-жөні")
    # A million characters of text pasted at once (typing them through fill() takes minutes;
    # one unbroken million-letter word would cost Chromium's textarea layout half a minute).
    page.locator("textarea#form-purpose").evaluate(
        "el => { el.value = 'жер '.repeat(250000); el.dispatchEvent(new Event('input', {bubbles: true})); }"
    )
    assert status.is_visible() and status.inner_text().startswith(TOO_LONG[lang])
    page.reload()
    # The bounded entry was not stored, the other field was; the reload is quick.
    assert page.locator("textarea#form-purpose").input_value() == ""
    assert page.locator("textarea#form-official").input_value() == "аты-жөні"
    stored = page.evaluate("Object.values(localStorage).join('').length")
    assert stored < 10_000
    # Shortened to the bound, it is kept and the message goes.
    page.locator("textarea#form-purpose").fill("ж" * 2000)
    assert status.is_hidden()
    page.reload()
    assert len(page.locator("textarea#form-purpose").input_value()) == 2000


def test_clear_forgets_only_after_the_visitor_confirms(page, served):
    page.goto(f"{served}/ru/{FORM}")
    page.locator("textarea#form-purpose").fill("строительство дома")
    asked = []

    def dismiss(dialog):
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", dismiss)
    page.locator("[data-clear]").click()
    assert asked == ["Удалить с этого устройства все, что введено в бланк?"]
    page.reload()
    assert page.locator("textarea#form-purpose").input_value() == "строительство дома"
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-clear]").click()
    page.reload()
    assert page.locator("textarea#form-purpose").input_value() == ""


@pytest.mark.parametrize("lang", PREFIX)
def test_print_submits_the_form_and_enter_in_a_field_does_not(page, served, lang):
    page.goto(f"{served}/{PREFIX[lang]}{FORM}")
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    # Enter in a one-line field would submit the form, and a print dialog must not open mid-entry.
    page.locator("input#form-date").fill("15.03.2012")
    page.locator("input#form-date").press("Enter")
    page.locator("input#form-signature").fill("Серікбаев А.")
    page.locator("input#form-signature").press("Enter")
    assert page.evaluate("window.printed") == 0
    page.locator(".form-tools [data-print]").click()
    assert page.evaluate("window.printed") == 1
    # The submit prints and stays: the entries are on the page, nothing was sent.
    assert page.url == f"{served}/{PREFIX[lang]}{FORM}"
    assert page.locator("input#form-date").input_value() == "15.03.2012"
