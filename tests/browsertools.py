"""Pages for the browser tests: contexts whose requests are held to the local site, and axe-core
run on a page."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from generator.dev.chromium import CHROMIUM, chromium_args

ROOT = Path(__file__).resolve().parents[1]
AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")

# 127.0.0.2 is the second origin of the embedding tests; every page fails its test on a request
# to any other host.
CHROMIUM_ARGS = chromium_args("127.0.0.1", "127.0.0.2")


def returning_visitor(browser, profile: Path, **options):
    """A browser context that keeps its profile in the folder ``profile``, as an ordinary browser
    does, so that each page after the first finds what a returning visitor's browser has kept:
    Chromium keeps the runtime's compiled WebAssembly only in such a profile, and an in-memory
    context (``browser.new_context``) compiles it again on every page. A browser of its own,
    started as ``browser``."""
    return browser.browser_type.launch_persistent_context(
        profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, **options
    )


def forget_saved_entries(page) -> None:
    """What the site saved on the device (localStorage: the desk's, the forms' and the
    calculator's entries) is not the next test's; what the browser keeps by itself (its caches,
    the service worker) is. For the pages of a kept context, after their test."""
    if page.url.startswith("http"):
        page.evaluate("localStorage.clear()")


@contextmanager
def guarded_context(browser, served: str, profile: Path | None = None, **options):
    """A fresh browser context whose every request is checked against the local server's
    origin; yields the context and the list of requests to other hosts, which the caller asserts
    empty. Chromium itself resolves no other host (chromium_args), so such a request fails
    there; it is recorded here from the request events, not intercepted: Playwright turns the
    browser's HTTP cache off in a context whose requests it routes, and a returning visitor's
    browser keeps one. With ``profile`` (an empty folder) the context keeps its profile on disk,
    as an ordinary browser does: a browser of its own, started with the same arguments and
    ``options`` (viewport, touch)."""
    origin = urlsplit(served).netloc
    foreign: list[str] = []
    context = (
        browser.new_context(**options)
        if profile is None
        else returning_visitor(browser, profile, **options)
    )

    def local(url: str) -> bool:
        return url.startswith(("data:", "blob:")) or urlsplit(url).netloc == origin

    context.on("request", lambda r: None if local(r.url) else foreign.append(r.url))
    try:
        yield context, foreign
    finally:
        context.close()


def leave_as_found(page, viewport: dict | None) -> None:
    """The tab as the next test of the file expects to find it: what the site saved on the
    device forgotten (forget_saved_entries), the test's routes, emulated media and viewport
    undone, and a blank page, so nothing of the last page runs on. A test that adds an init
    script, which a tab keeps for every later page, takes a tab of its own instead."""
    forget_saved_entries(page)
    page.unroute_all(behavior="ignoreErrors")
    page.emulate_media(
        media="null", color_scheme="null", reduced_motion="null", forced_colors="null"
    )
    if viewport and page.viewport_size != viewport:
        page.set_viewport_size(viewport)
    page.goto("about:blank")


class SharedTab:
    """One tab that a file's tests take in turn, as one person goes from page to page in one tab
    (opening a tab was a third of a short test's processor time in the browser). ``open_tab``
    makes it from the context and returns it with the lists it records into, which are emptied
    for each test; each turn ends with the tab left as found (leave_as_found), and a tab that a
    test closed or broke is replaced by a new one."""

    def __init__(self, context, open_tab):
        self._context = context
        self._open = open_tab
        self._tab = None

    @contextmanager
    def turn(self):
        if self._tab is None or self._tab[0].is_closed():
            page, *records = self._open(self._context)
            self._tab = (page, page.viewport_size, records)
        page, viewport, records = self._tab
        for record in records:
            record.clear()
        yield page, records
        try:
            leave_as_found(page, viewport)
        except Exception:
            page.close()
            raise

    def close(self) -> None:
        if self._tab is not None and not self._tab[0].is_closed():
            self._tab[0].close()


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


def axe_findings(page) -> list[dict]:
    """axe-core's serious and critical findings on the page as it is now."""
    page.evaluate(AXE)  # evaluated through DevTools, so the site's CSP does not apply
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"][:3]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
