"""A keyboard-only reader at 360×740 on the answer page and its widget, both languages: every
Tab stop in the questions shows a focus ring, typing the area and tabbing on at once keeps the
focus in the form (the next field, not the page's start), every group of choices has a legend,
and on a phone the closed menu drawer takes no Tab stop while the menu button takes one."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.browsertools import returning_visitor

pytestmark = pytest.mark.parametrize("served", ["static"], indirect=True)

LANGS = ["", "ru/"]
# A farm: the area is asked, then the dates and the office follow it.
FARM = {"standard": "1", "applicant": "individual", "region": "astana", "category": "farm"}

# What the focused element shows: its outline (style and width) in the page's own styles.
RING = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return { name: el.name || el.tagName, inForm: Boolean(el.closest("[data-answer-form]")),
           outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
}"""


@pytest.fixture(scope="module")
def keyboard_phone(browser, tmp_path_factory):
    """One phone for the file, keeping its profile as a phone does (returning_visitor)."""
    profile = tmp_path_factory.mktemp("keyboard-profile")
    context = returning_visitor(browser, profile, viewport={"width": 360, "height": 740})
    yield context
    context.close()


@pytest.fixture
def phone(keyboard_phone, served):
    page = keyboard_phone.new_page()
    yield page
    page.close()


@pytest.mark.parametrize("path", ["answer/", "embed/answer/"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_stop_in_the_questions_shows_a_ring(phone, served, lang, path):
    phone.goto(f"{served}/{lang}{path}?{urlencode(FARM)}")
    phone.wait_for_selector("[data-answer-form] input[name=area]")
    phone.focus("[data-answer-form] input[name=standard]:checked")
    seen = []
    for _ in range(12):
        state = phone.evaluate(RING)
        if not state["inForm"]:
            break
        seen.append(state)
        phone.keyboard.press("Tab")
    assert len(seen) >= 6, seen
    bare = [s for s in seen if s["outline"] == "none" or s["width"] < 2]
    assert not bare, f"focused without a visible ring: {bare}"


@pytest.mark.parametrize("path", ["answer/", "embed/answer/"])
@pytest.mark.parametrize("lang", LANGS)
def test_tabbing_out_of_the_area_at_once_stays_in_the_form(phone, served, lang, path):
    phone.goto(f"{served}/{lang}{path}?{urlencode(FARM)}")
    area = phone.locator("[data-answer-form] input[name=area]")
    area.focus()
    phone.keyboard.type("120")
    phone.keyboard.press("Tab")
    phone.wait_for_timeout(700)  # past the typing pause after which the answer is redrawn
    state = phone.evaluate(RING)
    assert state["inForm"] and state["name"] == "paid_on", state
    assert phone.locator("#q-area input").input_value() == "120"


@pytest.mark.parametrize("lang", LANGS)
def test_every_group_of_choices_has_a_legend(phone, served, lang):
    phone.goto(f"{served}/{lang}answer/?{urlencode(FARM)}")
    phone.wait_for_selector("[data-answer-form] fieldset")
    fieldsets = phone.locator("[data-answer-form] fieldset")
    assert fieldsets.count() >= 5
    for i in range(fieldsets.count()):
        assert fieldsets.nth(i).locator(":scope > legend").inner_text().strip()
    # Typed fields are named by their label, not wrapped in an unnamed group.
    for name in ("area", "paid_on", "submitted"):
        field = phone.locator(f"#q-{name}")
        assert field.evaluate("(el) => el.tagName") == "DIV"
        assert phone.locator(f"label[for=q-{name}-input]").inner_text().strip()


@pytest.mark.parametrize("lang", LANGS)
def test_the_phone_menu_is_one_tab_stop_until_opened(phone, served, lang):
    phone.goto(f"{served}/{lang}answer/")
    button = phone.locator('label.md-header__button[for="__drawer"]')
    assert button.get_attribute("tabindex") == "0" and button.get_attribute("aria-label")
    # Closed: no link of the drawer is reachable.
    assert phone.locator(".md-sidebar--primary").evaluate("(el) => el.inert")
    button.focus()
    phone.keyboard.press("Enter")
    assert phone.locator("#__drawer").is_checked()
    assert not phone.locator(".md-sidebar--primary").evaluate("(el) => el.inert")
    phone.keyboard.press("Escape")
    assert not phone.locator("#__drawer").is_checked()
