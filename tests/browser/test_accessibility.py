"""axe-core in Chromium: no serious or critical finding on any page type, in either language;
every page usable at 360 px."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# One person opening page after page (tests/conftest.py): no page here depends on a fresh profile.
ONE_VISITOR = True
AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
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


def axe_findings(page) -> list[dict]:
    page.evaluate(AXE)  # evaluated through DevTools, so the site's CSP does not apply
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"][:3]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["", "ru/"])
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_serious_accessibility_findings(page, served, lang, path):
    page.goto(f"{served}/{lang}{path}")
    page.wait_for_load_state("load")
    assert axe_findings(page) == []


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_usable_at_360_pixels(page, served, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{served}/ru/{path}")
    overflow = page.evaluate(
        "document.scrollingElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 360 px"
