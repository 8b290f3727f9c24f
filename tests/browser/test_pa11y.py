"""pa11y's HTML_CodeSniffer, a second engine beside axe-core, at WCAG 2 AA over every page type,
both languages, and the answer page and its widget rendered with a complete answer, at 360×740
in Debian's Chromium (pa11y's Puppeteer downloads none). axe-core itself runs on the same page
types in the suite's own browser, wide (test_accessibility.py, the answer page's in
test_answer_journeys.py) and at 360 px (test_phone.py), so pa11y does not run it a second time.
Every error must be fixed or, where it comes from the theme and no override can fix it, listed
in THEME with the reason."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import pytest

from generator.dev.chromium import CHROMIUM, chromium_args
from tests.datatools import FARMER

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("pa11y_run.mjs")
# pa11y drives Debian's Chromium itself (not through the `browser` fixture): marked by hand.
pytestmark = [pytest.mark.parametrize("served", ["static"], indirect=True), pytest.mark.browser]

PAGES = [
    "",
    "answer/",
    "compare/",
    "calculator/",
    "standards/private-ownership/",
    "checklists/private-ownership/",
    "regions/",
    "regions/kostanay/",
    "fees/",
    "forms/",
    "forms/private-ownership-application/",
    "forms/private-ownership-receipt/",
    "about/",
    "indicators/",
    "embedding/",
    "embed/answer/",
    "embed/calculator/",
    "embed/checklist/private-ownership/",
    "embed/directory/kostanay/",
    "embed/directory/akmola/",  # the widget the embedding page previews in its frame
]
ANSWERED = "[data-answer][data-pending='0']"

# Errors of Material's own markup that no override here can fix: (code, selector start, why).
THEME: list[tuple[str, str, str]] = [
    (
        "WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2",
        "html > body > header > nav > form",
        "Material's colour-scheme form: a set of radios that act on change, nothing to submit",
    ),
    (
        "WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2",
        "html > body > header > nav > div:nth-child(8) > div > form",
        "Material's search form: one field whose results show as one types (Enter opens the first)",
    ),
]


def pages(served: str) -> list[dict]:
    out = []
    for lang in ("", "ru/"):
        out += [{"url": f"{served}/{lang}{page}"} for page in PAGES]
        for page in ("answer/", "embed/answer/"):
            out.append({"url": f"{served}/{lang}{page}?{urlencode(FARMER)}", "waitFor": ANSWERED})
    return out


def test_pa11y_finds_no_error(served, tmp_path):
    node = shutil.which("node")
    pa11y = ROOT / "node_modules" / "pa11y"
    if not node or not pa11y.exists():
        pytest.fail("node or node_modules/pa11y missing: `make setup` installs them")
    listed = tmp_path / "pages.json"
    listed.write_text(json.dumps(pages(served)), encoding="utf-8")
    run = subprocess.run(
        [node, str(RUNNER), str(listed)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env={
            **os.environ,
            "CHROMIUM": CHROMIUM,
            "CHROMIUM_ARGS": json.dumps(chromium_args("127.0.0.1")),
            "PUPPETEER_SKIP_DOWNLOAD": "1",
        },
    )
    assert run.returncode == 0, run.stderr[-3000:]
    problems = []
    for result in json.loads(run.stdout):
        for issue in result["issues"]:
            if any(
                issue["code"] == code and (issue["selector"] or "").startswith(start)
                for code, start, _ in THEME
            ):
                continue
            problems.append(
                f"{result['url']}: [{issue['runner']}] {issue['code']} at {issue['selector']}: "
                f"{issue['message']} ({(issue['context'] or '')[:120]})"
            )
    kinds = Counter(p.split(": ", 1)[1].split(": ", 1)[0] for p in problems)
    summary = "\n".join(f"{n:4} {kind}" for kind, n in kinds.most_common())
    assert not problems, f"{len(problems)} errors:\n{summary}\n" + "\n".join(problems[:30])
