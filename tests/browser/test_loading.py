"""How the calculator's runtime is loaded in Chromium: every path (no snapshot, snapshot from the
cache, snapshot downloaded from near by, a damaged snapshot refused) answers as CPython does
with the cut standard library; a library missing a module the rules need fails; a visit that
never calculates downloads no runtime, a visit that does downloads nothing twice, service worker
included, and only a page from near by, in a browser that does not estimate a slow line,
downloads the snapshot on a first visit."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from calculator import api
from calculator.examples import EXERCISE
from generator.dev.chromium import CHROMIUM, chromium_args
from generator.dev.throttle import Line, serve_line
from tests.browser.test_offline import CONTROLLED

LOAD_TIMEOUT = 120_000
READY = "document.querySelector('[data-calculator-status]').dataset.state === 'ready'"
NGINX = pytest.mark.parametrize("served", ["nginx"], indirect=True)

# Starts the page's own worker, prepares the cache for one loading path, asks every request.
DRIVE = """async ({requests, path, cacheName, snapshotURL}) => {
  const root = document.querySelector('[data-calculator]');
  const cache = await caches.open(cacheName);
  await cache.delete(snapshotURL);
  if (path === 'snapshot') await cache.add(snapshotURL);
  if (path === 'refused') await cache.put(snapshotURL, new Response(new Uint8Array(1 << 20).fill(7)));
  // As calculator.js names it after a page that came from near by: the worker downloads the snapshot.
  const name = path === 'fetched' ? JSON.stringify({latency: 5}) : '';
  const worker = new Worker(root.dataset.worker, {type: 'module', name});
  const stages = [];
  const waiting = new Map();
  const failed = new Promise((resolve) => worker.addEventListener('message', ({data}) => {
    if (data.type === 'progress') stages.push(data.stage);
    if (data.type === 'failed') resolve({failed: data.detail, stages});
    if (data.id && waiting.has(data.id)) waiting.get(data.id)(data.response);
  }));
  const ask = (id, request) => new Promise((resolve) => { waiting.set(id, resolve); worker.postMessage({id, request}); });
  const answers = Promise.all(requests.map((r, i) => ask(i + 1, r))).then((answers) => ({answers, stages}));
  const result = await Promise.race([answers, failed]);
  // A downloaded snapshot is kept for the next visit (written by the worker after restoring it).
  for (let i = 0; path === 'fetched' && i < 50 && !(await cache.match(snapshotURL)); i++) await new Promise((r) => setTimeout(r, 100));
  result.kept = Boolean(await cache.match(snapshotURL));
  worker.terminate();
  return result;
}"""


def runtime_of(site_dir: Path) -> str:
    return next((site_dir / "assets").glob("runtime-*")).name


def drive(page, site_dir: Path, path: str) -> dict:
    runtime = runtime_of(site_dir)
    return page.evaluate(
        DRIVE,
        {
            "requests": EXERCISE,
            "path": path,
            "cacheName": f"calculator-{runtime.split('-')[1]}",
            "snapshotURL": f"/assets/{runtime}/calculator/snapshot.bin",
        },
    )


@NGINX
@pytest.mark.parametrize(
    "path, stages, kept",
    [
        ("boot", ["boot", "package"], False),
        # The snapshot holds the handler, made and warmed: no package step.
        ("snapshot", ["snapshot"], True),
        ("fetched", ["snapshot"], True),
        # A damaged copy is refused (by sparse.mjs here, by Pyodide in tests/pyodide) and dropped.
        ("refused", ["snapshot", "snapshot-refused", "boot", "package"], False),
    ],
)
def test_every_loading_path_agrees_with_cpython(page, served, site_dir, path, stages, kept):
    page.set_default_timeout(LOAD_TIMEOUT)
    page.goto(f"{served}/calculator/")
    got = drive(page, site_dir, path)
    assert "failed" not in got, got
    assert got["stages"] == stages
    assert got["kept"] == kept
    bundle = json.loads(
        (site_dir / "assets" / runtime_of(site_dir) / "calculator" / "bundle.json").read_text(
            encoding="utf-8"
        )
    )
    for request, answer in zip(EXERCISE, got["answers"], strict=True):
        assert answer == api.handle(request, bundle), request


@NGINX
def test_a_library_missing_a_module_the_rules_need_fails(page, served, site_dir):
    """The test above would notice a cut that is too tight: the same worker without `decimal`."""
    source = zipfile.ZipFile(
        site_dir / "assets" / runtime_of(site_dir) / "calculator" / "stdlib.zip"
    )
    smaller = io.BytesIO()
    with zipfile.ZipFile(smaller, "w", zipfile.ZIP_STORED) as out:
        for info in source.infolist():
            if info.filename != "decimal.pyc":
                out.writestr(info, source.read(info.filename))
    page.context.route(
        "**/calculator/stdlib.zip",
        lambda route: route.fulfill(
            status=200, body=smaller.getvalue(), headers={"Content-Type": "application/zip"}
        ),
    )
    page.set_default_timeout(LOAD_TIMEOUT)
    page.goto(f"{served}/calculator/")
    got = drive(page, site_dir, "boot")
    assert "No module named 'decimal'" in got.get("failed", ""), got


@pytest.fixture
def line_site(request, site_dir):
    """The built site on a server of its own that counts every request; indirect parameters are
    the Line's (a request delay, a bandwidth)."""
    line = Line(**getattr(request, "param", {}))
    server = serve_line(site_dir, "127.0.0.1", 0, line)
    yield line, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


RUNTIME_FILES = ("pyodide.asm.wasm", "pyodide.asm.mjs", "stdlib.zip", "snapshot.bin", "worker.mjs")


def runtime_requests(line: Line) -> list[str]:
    return sorted(path for path in line.requests if path.endswith(RUNTIME_FILES))


def test_a_visit_that_never_calculates_downloads_no_runtime(browser, line_site):
    line, base = line_site
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/calculator/")
    page.mouse.wheel(0, 800)
    line.wait_quiet(2.0)
    assert runtime_requests(line) == []
    assert page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r === undefined)")
    # The first sign of use starts it (so the assertion above is not vacuous). The payment date:
    # the form opens on a flat-tariff category, whose area field is put away.
    page.locator("form[data-action=fee] [name=paid_on]").focus()
    page.wait_for_function(READY, timeout=LOAD_TIMEOUT)
    assert any(p.endswith("pyodide.asm.wasm") for p in line.requests)
    context.close()


def ask_a_fee(page) -> None:
    """One fee asked in the page's form, until its answer is on screen."""
    form = page.locator("form[data-action=fee]")
    form.locator("[name=category][value=legal_entity]").check()  # priced by area: the field shows
    form.locator("[name=area]").fill("7")
    form.locator("[name=paid_on]").fill("2012-03-15")
    form.locator("button[type=submit]").click()
    form.locator(".calc-headline").wait_for(timeout=LOAD_TIMEOUT)


def test_a_first_visit_that_calculates_downloads_nothing_twice(browser, line_site):
    line, base = line_site
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/ru/calculator/")
    ask_a_fee(page)
    # The service worker is installed after the first answer, from what the page already has.
    page.evaluate(CONTROLLED)
    line.wait_quiet(2.0)
    twice = {path: n for path, n in line.full.items() if n > 1}
    assert twice == {}
    assert line.full[next(p for p in line.full if p.endswith("pyodide.asm.wasm"))] == 1
    context.close()


def start_runtime(browser, base: str, line: Line) -> None:
    """A first visit to the calculator that starts the runtime (a field focused), until it is
    ready and the line has been quiet."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/calculator/")
    page.locator("form[data-action=fee] [name=paid_on]").focus()
    page.wait_for_function(READY, timeout=LOAD_TIMEOUT)
    line.wait_quiet(2.0)
    context.close()


def snapshot_requests(line: Line) -> int:
    return sum(n for path, n in line.requests.items() if path.endswith("/snapshot.bin"))


def test_a_first_visit_from_near_by_downloads_the_snapshot_once(browser, line_site):
    line, base = line_site
    start_runtime(browser, base, line)
    assert snapshot_requests(line) == 1
    # It replaced booting: the wheel and the bundle were not needed.
    assert not [p for p in line.requests if p.endswith((".whl", "bundle.json"))]


# 150 ms a request, as the slow line of `make bench` (its bandwidth is left out here: the request
# delay alone marks the line slow, and the test stays quick).
@pytest.mark.parametrize("line_site", [{"delay_s": 0.150}], indirect=True)
def test_a_first_visit_on_a_slow_line_does_not_download_the_snapshot(browser, line_site):
    line, base = line_site
    start_runtime(browser, base, line)
    assert snapshot_requests(line) == 0
    assert [p for p in line.requests if p.endswith(".whl")]


@pytest.fixture(scope="module")
def browser_on_3g(browser):
    """A second Chromium, from the same Playwright, whose own estimate of the line
    (navigator.connection.effectiveType) is 3G."""
    on_3g = browser.browser_type.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[*chromium_args("127.0.0.1"), "--force-effective-connection-type=3G"],
    )
    yield on_3g
    on_3g.close()


def test_a_browser_that_estimates_a_slow_line_does_not_download_the_snapshot(
    browser_on_3g, line_site
):
    # Near by (loopback), but the browser knows better: neither at once nor after the first answer.
    line, base = line_site
    context = browser_on_3g.new_context()
    page = context.new_page()
    page.goto(f"{base}/calculator/")
    assert page.evaluate("navigator.connection.effectiveType") == "3g"
    ask_a_fee(page)
    line.wait_quiet(2.0)
    context.close()
    assert snapshot_requests(line) == 0
    assert [p for p in line.requests if p.endswith(".whl")]
