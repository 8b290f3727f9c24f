"""The widget script bounds the height its frame posts: numbers only, within what a widget needs."""

from __future__ import annotations

import pytest

from tests.browser.test_embed import (  # noqa: F401 (fixtures)
    content_height,
    heights_given_after,
    host,
    host_page,
    host_server,
)

# docs/embed.js: MIN_HEIGHT, MAX_HEIGHT.
LOW, HIGH = 80, 30000


def heights_given_to(host_page, posted) -> list[str]:
    """The heights the frame is given after it posts ``posted`` itself."""
    return heights_given_after(
        host_page,
        lambda: host_page.frames[1].evaluate(
            "(h) => parent.postMessage({type: 'zher-aktileri:height', height: h}, '*')", posted
        ),
    )


@pytest.fixture
def shown(host_page, host):
    host_page.goto(f"{host}/directory.html")
    host_page.frame_locator("iframe").locator(".contact-card").first.wait_for()
    # Until the frame has been sized to its content, laid out with its fonts (it starts at 320 px).
    inner = host_page.frames[1]
    inner.wait_for_load_state("load")
    inner.evaluate("document.fonts.ready.then(() => true)")
    host_page.wait_for_function(
        "(h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 2",
        arg=content_height(inner),
    )
    return host_page


@pytest.mark.parametrize(
    "posted", ["0x259", "600", "1e3", None, float("nan"), [500], {"valueOf": 500}]
)
def test_heights_that_are_not_numbers_are_ignored(shown, posted):
    assert heights_given_to(shown, posted) == []


@pytest.mark.parametrize(
    "posted, expected", [(99_999, HIGH), (1e308, HIGH), (0, LOW), (-40, LOW), (612.2, 613)]
)
def test_numbers_are_kept_within_range(shown, posted, expected):
    # The first height given is the bounded one (the widget may answer a new size with its own).
    assert heights_given_to(shown, posted)[:1] == [f"{expected}px"]


def test_the_tallest_widget_fits_within_the_bound(browser, served):
    """The bound must not cut a real widget: the largest region's directory at phone width."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{served}/ru/embed/directory/almaty-region/")
    tallest = page.evaluate("document.documentElement.getBoundingClientRect().height")
    context.close()
    assert 1000 < tallest < HIGH
