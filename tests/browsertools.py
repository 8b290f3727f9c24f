"""Pages for the browser tests: a fresh context whose requests are held to the local site."""

from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import urlsplit


@contextmanager
def guarded_page(browser, served: str):
    """A page in a fresh context whose every request is checked against the local server's
    origin; yields the page and the two lists its checks fill (requests to other hosts,
    JavaScript errors and policy violations), which the caller asserts empty."""
    origin = urlsplit(served).netloc
    foreign: list[str] = []
    context = browser.new_context()

    def guard(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).netloc == origin:
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    context.route("**/*", guard)
    context.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(("data:", "blob:")) or urlsplit(r.url).netloc == origin
            else foreign.append(r.url)
        ),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    try:
        yield page, foreign, errors
    finally:
        context.close()
