"""Pages for the browser tests: contexts whose requests are held to the local site."""

from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import urlsplit


@contextmanager
def guarded_context(browser, served: str):
    """A fresh browser context whose every request is checked against the local server's
    origin; yields the context and the list of requests to other hosts (refused), which the
    caller asserts empty."""
    origin = urlsplit(served).netloc
    foreign: list[str] = []
    context = browser.new_context()

    def local(url: str) -> bool:
        return url.startswith(("data:", "blob:")) or urlsplit(url).netloc == origin

    def guard(route):
        if local(route.request.url):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    context.on("request", lambda r: None if local(r.url) else foreign.append(r.url))
    try:
        yield context, foreign
    finally:
        context.close()


def watched_page(context):
    """A new page of the context and the list its JavaScript errors and policy violations fill."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    return page, errors


@contextmanager
def guarded_page(browser, served: str):
    """A page in a fresh guarded context; yields the page, the requests to other hosts and the
    JavaScript errors, which the caller asserts empty."""
    with guarded_context(browser, served) as (context, foreign):
        page, errors = watched_page(context)
        yield page, foreign, errors
