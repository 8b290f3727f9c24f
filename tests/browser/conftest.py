"""Debian's Chromium driven by Playwright; every test fails on a request to any other host."""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from generator.dev.chromium import CHROMIUM, chromium_args

# 127.0.0.2 is the second origin of the embedding tests.
CHROMIUM_ARGS = chromium_args("127.0.0.1", "127.0.0.2")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} missing: `make setup` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served):
    """A fresh context whose every request is checked against the local server's origin."""
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
    yield page
    context.close()
    assert not foreign, f"requests to other hosts: {foreign}"
    assert not errors, f"JavaScript errors: {errors}"
