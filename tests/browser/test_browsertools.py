"""The browser tests' own guard (tests/browsertools.py): a request to another host is recorded
and never answered, in a fresh context and in a returning visitor's."""

from __future__ import annotations

import pytest

from tests.browsertools import guarded_context

# An image from another host, and whether the browser reports it loaded or failed.
LOAD_FOREIGN_IMAGE = """() => new Promise((resolve) => {
  const image = new Image();
  image.onload = () => resolve("loaded");
  image.onerror = () => resolve("failed");
  image.src = "http://example.org/tracker.png";
})"""


@pytest.mark.parametrize("kept", [False, True], ids=["fresh", "returning"])
def test_a_request_to_another_host_is_recorded_and_fails(browser, served, tmp_path, kept):
    profile = tmp_path / "profile" if kept else None
    if profile:
        profile.mkdir()
    with guarded_context(browser, served, profile) as (context, foreign):
        page = context.new_page()
        page.goto(f"{served}/fees/")
        assert foreign == []  # the site's own page asks nothing of another host
        assert page.evaluate(LOAD_FOREIGN_IMAGE) == "failed"
        assert foreign == ["http://example.org/tracker.png"]
