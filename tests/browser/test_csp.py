"""The shipped Content-Security-Policy, in Chromium: under nginx every page type in both languages
loads and runs its scripts with no violation, and so does the code that starts later (search with
Material's worker and ours, the answer page with the rules' worker). The other browser tests run
on the project's static server, which sends no policy; the calculator page, its service worker
and the loading paths are under nginx in test_loading.py and test_offline.py, a widget framed by
another site in test_embed.py; the headers themselves in tests/deploy/."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.browser.test_accessibility import PAGE_TYPES
from tests.browser.test_answer_journeys import JOURNEYS, wait_for_answer
from tests.browser.test_search import search

pytestmark = pytest.mark.parametrize("served", ["nginx"], indirect=True)

# Every violation a document reports, recorded before any of its own scripts runs. (The page
# fixture also fails a test on a console message about the policy, which covers workers.)
VIOLATIONS = """window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));"""


def violations(page) -> list[str]:
    return page.evaluate("window.__violations")


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_every_page_type_runs_under_the_policy(page, served, lang):
    page.add_init_script(VIOLATIONS)
    found = {}
    for path in PAGE_TYPES:
        response = page.goto(f"{served}/{lang}{path}")
        assert response.status == 200, path
        assert "content-security-policy" in response.headers, path  # nginx, not the static server
        page.wait_for_load_state("load")
        if violations(page):
            found[path] = violations(page)
    assert found == {}


@pytest.mark.parametrize("base, query", [("/", "Қостанай"), ("/ru/", "аренда")])
def test_search_runs_under_the_policy(page, served, base, query):
    page.add_init_script(VIOLATIONS)
    assert search(page, served + base, query)  # some results (what they are: test_search.py)
    assert violations(page) == []


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_the_answer_page_runs_the_rules_under_the_policy(page, served, lang):
    page.add_init_script(VIOLATIONS)
    page.goto(f"{served}/{lang}answer/?{urlencode(JOURNEYS['farmer-ru-district'])}")
    wait_for_answer(page)
    assert page.locator("[data-answer-errors]").inner_text().strip() == ""
    assert violations(page) == []
