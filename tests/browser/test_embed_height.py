"""The widget script bounds the height its frame posts: numbers only, within what a widget needs."""

from __future__ import annotations

import pytest

from tests.browser.test_embed import content_height, frame_height, host, host_page  # noqa: F401 (fixtures)

# docs/embed.js: MIN_HEIGHT, MAX_HEIGHT.
LOW, HIGH = 80, 30000


def post_from_frame(host_page, height) -> None:
    host_page.frames[1].evaluate(
        "(h) => parent.postMessage({type: 'zher-aktileri:height', height: h}, '*')", height
    )
    host_page.wait_for_timeout(300)


@pytest.fixture
def shown(host_page, host):
    host_page.goto(f"{host}/directory.html")
    host_page.frame_locator("iframe").locator(".contact-card").first.wait_for()
    # Until the frame has been sized to its content (it starts at 320 px).
    for _ in range(100):
        if abs(frame_height(host_page) - content_height(host_page.frames[1])) <= 2:
            break
        host_page.wait_for_timeout(100)
    return host_page


@pytest.mark.parametrize(
    "posted", ["0x259", "600", "1e3", None, float("nan"), [500], {"valueOf": 500}]
)
def test_heights_that_are_not_numbers_are_ignored(shown, posted):
    before = frame_height(shown)
    post_from_frame(shown, posted)
    assert frame_height(shown) == before


@pytest.mark.parametrize(
    "posted, expected", [(99_999, HIGH), (1e308, HIGH), (0, LOW), (-40, LOW), (612.2, 613)]
)
def test_numbers_are_kept_within_range(shown, posted, expected):
    post_from_frame(shown, posted)
    assert frame_height(shown) == expected


def test_the_tallest_widget_fits_within_the_bound(browser, served):
    """The bound must not cut a real widget: the largest region's directory at phone width."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{served}/ru/embed/directory/almaty-region/")
    tallest = page.evaluate("document.documentElement.getBoundingClientRect().height")
    context.close()
    assert 1000 < tallest < HIGH
