"""The fast loop's markers select what they say: ``-m "not browser"`` leaves no test that drives
Chromium (a fixture that asks for the browser at run time once hid 200 of them, and the fast
loop ran for six minutes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# Tests in tests/browser/ that start no browser (they read files): the fast loop keeps them.
NO_BROWSER = {
    "tests/browser/test_embed.py::test_embed_script_passes_every_parameter_of_the_answer_page"
}


def test_not_browser_leaves_no_test_that_starts_chromium():
    collected = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not browser",
            "-n",
            "0",
            "tests/browser",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, collected.stdout[-2000:]
    kept = {line for line in collected.stdout.splitlines() if line.startswith("tests/")}
    assert kept == NO_BROWSER, "a test left in the fast loop starts Chromium? " + str(kept)
