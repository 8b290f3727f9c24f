"""axe-core in Chromium: no serious or critical finding on any page type, in either language;
every page usable at 360 px (those test_phone.py reads on its phone, there)."""

from __future__ import annotations

import pytest

from tests.browser.test_phone import PAGES as READ_ON_THE_PHONE
from tests.browsertools import axe_findings

# One person opening page after page (tests/conftest.py): no page here depends on a fresh profile.
ONE_VISITOR = True
PAGE_TYPES = [
    "",
    "standards/private-ownership/",
    "checklists/private-ownership/",
    "regions/",
    "regions/akmola/",
    "fees/",
    "indicators/",
    "calculator/",
    "about/",
    "embedding/",
    "embed/directory/akmola/",
    "embed/checklist/private-ownership/",
    "embed/calculator/",
    "standards/permanent-use/",
    "regions/almaty-city/",
    "forms/",
    "forms/private-ownership-application/",
    "forms/temporary-paid-use-receipt/",
]


@pytest.mark.parametrize("lang", ["", "ru/"])
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_serious_accessibility_findings(page, served, lang, path):
    page.goto(f"{served}/{lang}{path}")
    page.wait_for_load_state("load")
    assert axe_findings(page) == []


@pytest.mark.parametrize("path", [p for p in PAGE_TYPES if p not in READ_ON_THE_PHONE])
def test_usable_at_360_pixels(page, served, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}/ru/{path}")
    overflow = page.evaluate(
        "document.scrollingElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 360 px"
