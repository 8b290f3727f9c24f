"""Every page the generator writes under docs/, rendered once for the tests that read their
Markdown (render_all with a stand-in build: no runtime, no downloads)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.site_data import load_site
from generator.pages.render import render_all

DATA = Path(__file__).resolve().parents[3] / "data"
BUILD = {
    "runtime": "assets/runtime-test",
    "site_url": "http://127.0.0.1/",
    "downloads": [],
    "source": {"name": "source", "bytes": 1, "sha256": "0", "path": "downloads/source"},
}


@pytest.fixture(scope="session")
def rendered_pages() -> dict[str, str]:
    """{path under docs/: Markdown} of the committed data."""
    return render_all(load_site(DATA), BUILD)
