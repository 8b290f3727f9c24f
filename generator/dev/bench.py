"""``make bench``: how fast the calculator page answers, measured in Debian Chromium.

Figures, each the median of several runs in this one run:

- bare Pyodide (the floor): a page of its own whose worker loads the same self-hosted runtime
  the normal way and runs ``1+1``; cold (fresh browser context) and warm (second visit);
- calculator, cold and warm: navigation start → the first fee result on screen, with the form
  filled and submitted as soon as the page is there; and each one's ratio to the floor;
- one calculation once loaded: a fee, and a deadline spanning a New Year, timed in the worker.

Targets (issue 5): cold ≤ 1.10 × bare cold; warm ≤ 0.5 × bare warm; one calculation ≤ 5 ms.

Then Lighthouse (npm ``lighthouse``, pinned, driving Debian Chromium) scores the home page, a
region directory and the calculator for performance, accessibility, best practices and SEO, in
Lighthouse's mobile and desktop settings (target ≥ 95 each).
"""

from __future__ import annotations

import json
import os
import subprocess
import statistics
import tempfile
import threading
from pathlib import Path

from generator.dev.chromium import CHROMIUM, chromium_args

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
CHROMIUM_ARGS = chromium_args("127.0.0.1")

BARE_HTML = """<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title>
<script>
const w = new Worker("bare-worker.mjs", {type: "module"});
w.onmessage = ({data}) => { window.__result = data; window.__done = performance.now(); };
</script>"""
BARE_WORKER = """import { loadPyodide } from "%s/pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("%s/pyodide/", location.href).href });
postMessage(py.runPython("1+1"));"""

# Records when the first fee answer is on screen, before any page script runs.
WATCH = """
new MutationObserver((_, observer) => {
  const out = document.querySelector('form[data-action=fee] output');
  if (out && out.querySelector('li, .calc-error')) { window.__done = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, childList: true});
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-action=fee]');
  form.category.value = 'legal_entity'; form.area.value = '7'; form.paid_on.value = '2012-03-15';
  form.requestSubmit();
});
"""

ONE_CALCULATION = """async (requests) => {
  const root = document.querySelector('[data-calculator]');
  const worker = new Worker(root.dataset.worker, {type: 'module'});
  let next = 1;
  const ask = (request) => new Promise((resolve) => {
    const id = next++;
    const listener = ({data}) => { if (data.id === id) { worker.removeEventListener('message', listener); resolve(data.response); } };
    worker.addEventListener('message', listener);
    worker.postMessage({id, request});
  });
  await ask(requests[0]);  // wait for the runtime
  const times = {};
  for (const request of requests) {
    const samples = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now(); const answer = await ask(request); samples.push(performance.now() - t);
      if (!answer.ok) throw new Error(JSON.stringify(answer));
    }
    samples.sort((a, b) => a - b);
    times[request.action] = samples[samples.length >> 1];
  }
  worker.terminate();
  return times;
}"""


def _bench_root(site: Path, tmp: Path) -> Path:
    """site/ plus a bare-Pyodide page, without touching site/ itself."""
    root = tmp / "root"
    root.mkdir()
    for entry in site.iterdir():
        (root / entry.name).symlink_to(entry)
    runtime = next((site / "assets").glob("runtime-*")).name
    bench = root / "__bench"
    bench.mkdir()
    (bench / "bare.html").write_text(BARE_HTML, encoding="utf-8")
    (bench / "bare-worker.mjs").write_text(BARE_WORKER % (f"../assets/{runtime}", f"../assets/{runtime}"), encoding="utf-8")
    return root


def _visit(context, url: str, init_script: str | None = None) -> float:
    page = context.new_page()
    if init_script:
        page.add_init_script(init_script)
    page.goto(url)
    page.wait_for_function("window.__done !== undefined", timeout=120_000)
    elapsed = page.evaluate("window.__done")
    page.close()
    return elapsed


def _cold_and_warm(browser, url: str, init_script: str | None) -> tuple[list[float], list[float]]:
    cold, warm = [], []
    for _ in range(RUNS):
        context = browser.new_context()
        cold.append(_visit(context, url, init_script))
        warm.append(_visit(context, url, init_script))
        context.close()
    return cold, warm


LIGHTHOUSE_PAGES = ("/", "/regions/akmola/", "/calculator/")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse(root: Path, url: str, preset: str) -> dict[str, float]:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        [str(root / "node_modules" / ".bin" / "lighthouse"), url, "--quiet", "--output=json", "--output-path=stdout",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}",
         *(["--preset=desktop"] if preset == "desktop" else [])],
        capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse {url}: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return {c: report["categories"][c]["score"] * 100 for c in CATEGORIES}


def main(root: Path) -> int:
    from playwright.sync_api import sync_playwright

    from generator.dev.serve import make_server

    site = root / "site"
    with tempfile.TemporaryDirectory() as tmp:
        # Where the site was built for: Material fetches sitemap.xml next to the hreflang links.
        from urllib.parse import urlsplit

        from generator.assemble.site import site_url

        where = urlsplit(site_url(root))
        server = make_server(_bench_root(site, Path(tmp)), where.hostname, where.port)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM,
                                        args=CHROMIUM_ARGS)
            bare_cold, bare_warm = _cold_and_warm(browser, f"{base}/__bench/bare.html", None)
            calc_cold, calc_warm = _cold_and_warm(browser, f"{base}/calculator/", WATCH)
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"{base}/calculator/")
            one = page.evaluate(ONE_CALCULATION, [
                {"action": "fee", "lang": "kk", "category": "legal_entity", "area": "7", "paid_on": "2012-03-15"},
                {"action": "deadline", "lang": "kk", "standard": "1", "case": "grant", "submitted": "2011-12-28"},
            ])
            context.close()
            browser.close()
        scores = {(path, preset): lighthouse(root, base + path, preset)
                  for path in LIGHTHOUSE_PAGES for preset in ("mobile", "desktop")}
        server.shutdown()

    med = statistics.median
    rows = [
        ("bare Pyodide, cold (floor)", med(bare_cold), None, None),
        ("bare Pyodide, warm", med(bare_warm), None, None),
        ("calculator, cold", med(calc_cold), med(calc_cold) / med(bare_cold), 1.10),
        ("calculator, warm", med(calc_warm), med(calc_warm) / med(bare_warm), 0.50),
    ]
    print(f"Chromium, {RUNS} runs each, medians (ms from navigation start):")
    for name, value, ratio, target in rows:
        extra = f"  ratio {ratio:.2f} (target ≤ {target:.2f}: {'met' if ratio <= target else 'NOT met'})" if ratio else ""
        print(f"  {name:<28} {value:8.0f} ms{extra}")
    for action, ms in one.items():
        print(f"  one {action:<24} {ms:8.2f} ms  (target ≤ 5 ms: {'met' if ms <= 5 else 'NOT met'})")
    print("Lighthouse scores (target ≥ 95):")
    print(f"  {'page':<20} {'settings':<8} " + " ".join(f"{c:>15}" for c in CATEGORIES))
    for (path, preset), got in scores.items():
        print(f"  {path:<20} {preset:<8} " + " ".join(
            f"{got[c]:>12.0f}{'  ' if got[c] >= 95 else ' !'} " for c in CATEGORIES))
    return 0
