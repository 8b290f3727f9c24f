"""The browser tests' own tools (tests/browsertools.py): a request to another host is recorded
and never answered, in a fresh context and in a returning visitor's; a tab the tests share is
left as the next test expects to find it."""

from __future__ import annotations

import pytest

from tests.browsertools import guarded_context, leave_as_found

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


def test_a_tab_is_left_as_the_next_test_expects_it(browser, served, tmp_path):
    """leave_as_found: what a test changed in a shared tab does not reach the next test."""
    with guarded_context(browser, served, tmp_path) as (context, _):
        page = context.new_page()
        viewport = page.viewport_size
        page.goto(f"{served}/fees/")
        page.evaluate("localStorage.setItem('left', 'by the last test')")
        page.set_viewport_size({"width": 360, "height": 740})
        page.emulate_media(media="print")
        page.route("**/*.css", lambda route: route.abort())
        leave_as_found(page, viewport)
        assert page.url == "about:blank"
        assert page.viewport_size == viewport
        page.goto(f"{served}/fees/")
        assert page.evaluate("localStorage.getItem('left')") is None
        assert page.evaluate("matchMedia('print').matches") is False
        # The stylesheets load again: no route of the last test holds them back.
        assert page.evaluate("[...document.styleSheets].some((s) => s.cssRules.length > 0)")
