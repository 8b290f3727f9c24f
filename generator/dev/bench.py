"""``make bench``: how fast the calculator page answers, measured in Debian Chromium, on two
lines: loopback, and a slow line (generator/dev/throttle.py: 1.6 Mbit/s shared by every request
of the page, its workers and its service worker, and 150 ms per request).

For each line, side by side in one run:

- bare Pyodide (the floor): a page of its own whose worker loads the npm package's own files
  (full standard library, gzip only, as a site would serve them unchanged) and runs ``1+1``;
- the calculator page: navigation start → the first fee result on screen, with the form filled
  and sent as soon as the page is there (as a real visit: the service worker and whatever the
  page fetches afterwards in the background count in the bytes);

each on a first visit (fresh browser profile) and a repeat visit (the same profile), with the
bytes the server sent for the visit; the two take turns run by run. On loopback a third visit
follows, for information: from it on, V8 uses the code cache it made of Pyodide's JavaScript on
the second (its module scripts get none when the service worker installs), so it is what a
returning visitor lives with; the targets stay on the second. Targets (issue 16): slow
first visit ≤ 0.6 × bare and ≤ 4.5 MB; repeat visit ≤ 0.25 × bare warm on loopback; loopback
first visit ≤ 0.5 × bare cold.
Loopback figures are medians of BENCH_RUNS runs (5), slow-line ones of BENCH_SLOW_RUNS (3: with
one, the answer page against the calculator page flipped between met and not met run to run).

On the slow line the answer page takes its turn too, opened from the README's example link
(ANSWER_PATH) as someone following it would: the time to the documents list on screen (built from
the page's own data, so it must not wait for the runtime: target ≤ 3 s), to the fee and the date
filled in by the rules (target: no later than the calculator page's first answer in the same run),
and the bytes of the visit.

Then one calculation once loaded (≤ 5 ms), and Lighthouse (npm ``lighthouse``, pinned, driving
Debian Chromium) for every kind of page people land on, both languages, the answer page with the
example's parameters, mobile and desktop: the four category scores (target ≥ 95 each) and the
layout shift (CLS). BENCH_LIGHTHOUSE=0 skips it.

Every run appends its figures, dated and with the commit, to docs/dev/bench-log.md.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from calculator.examples import WORKED
from generator.assemble.compress import PACKERS, pack
from generator.dev.chromium import CHROMIUM, chromium_args
from generator.dev.throttle import SLOW_LINE, Line, serve_line

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SLOW_RUNS = int(os.environ.get("BENCH_SLOW_RUNS", "3"))
CHROMIUM_ARGS = chromium_args("127.0.0.1")
NPM_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
MB = 1_000_000
NEW_TAB_SETTLE_S = 1.5

BARE_HTML = """<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title>
<script>
const w = new Worker("bare-worker.mjs", {type: "module"});
w.onmessage = ({data}) => { window.__result = data; window.__done = performance.now(); };
</script>"""
BARE_WORKER = """import { loadPyodide } from "./pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("./pyodide/", location.href).href });
postMessage(py.runPython("1+1"));"""

# Records when the first fee answer is on screen, before any page script runs; FIELDS: the timed
# fee example's fields (watch_script).
WATCH = """
new MutationObserver((_, observer) => {
  const out = document.querySelector('form[data-action=fee] output');
  if (out && out.querySelector('li, .calc-error')) { window.__done = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, childList: true});
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-action=fee]');
  for (const [name, value] of Object.entries(FIELDS)) form.elements[name].value = value;
  form.requestSubmit();
});
"""

# The README's answer-page example (also in docs/dev/site.md): a complete case, so the page opens
# on the answer. The district (Мендыкаринский район) is percent-encoded, as a browser sends it:
# a place name is data, not a word of this module.
ANSWER_PATH = (
    "/answer/?standard=1&applicant=individual&region=kostanay"
    "&district=%D0%9C%D0%B5%D0%BD%D0%B4%D1%8B%D0%BA%D0%B0%D1%80%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9%20%D1%80%D0%B0%D0%B9%D0%BE%D0%BD"
    "&category=farm&area=120"
)
# Records when the answer's documents list is on screen (window.__documents) and when the rules
# have filled both the fee and the date (window.__done), before any page script runs.
ANSWER_WATCH = """
new MutationObserver((_, observer) => {
  const result = document.querySelector('[data-answer-result]');
  if (!result || result.closest('[hidden]')) return;
  if (window.__documents === undefined && result.querySelector('[data-answer-docs] li')) window.__documents = performance.now();
  const filled = (box) => result.querySelector(`${box} :is(.answer-headline, .answer-error)`);
  if (filled('[data-answer-fee]') && filled('[data-answer-date]')) { window.__done = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['hidden']});
"""
DOCUMENTS_LIMIT_MS = 3000

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


# The actions one calculation is timed for, each with its first worked example the rules answer
# (calculator/examples.py): the same requests the tests check by hand.
TIMED_ACTIONS = ("fee", "deadline")


def timed_requests() -> list[dict]:
    return [
        next(
            example.request
            for example in WORKED
            if example.request["action"] == action and "error" not in example.expected
        )
        for action in TIMED_ACTIONS
    ]


def watch_script() -> str:
    (fee,) = (r for r in timed_requests() if r["action"] == "fee")
    return WATCH.replace(
        "FIELDS", json.dumps({k: v for k, v in fee.items() if k not in ("action", "lang")})
    )


def _bench_root(root: Path, site: Path, tmp: Path) -> Path:
    """site/ plus a bare-Pyodide page with the npm package's own files and their gzip copies,
    without touching site/ itself."""
    served = tmp / "root"
    served.mkdir()
    for entry in site.iterdir():
        (served / entry.name).symlink_to(entry)
    bench = served / "__bench"
    (bench / "pyodide").mkdir(parents=True)
    (bench / "bare.html").write_text(BARE_HTML, encoding="utf-8")
    (bench / "bare-worker.mjs").write_text(BARE_WORKER, encoding="utf-8")
    for name in NPM_FILES:
        data = (root / "node_modules" / "pyodide" / name).read_bytes()
        (bench / "pyodide" / name).write_bytes(data)
        packed = pack(root / "build" / "compressed", ".gz", data, PACKERS[".gz"])
        if len(packed) < len(data):
            (bench / "pyodide" / f"{name}.gz").write_bytes(packed)
    return served


def _visit(
    context, url: str, init_script: str | None, line: Line, quiet_s: float
) -> tuple[float, ...]:
    """Time to the first result (ms from navigation start) and the bytes the visit cost,
    counted until the page and its workers have been quiet for ``quiet_s``; then, on the answer
    page, the time to its documents list."""
    line.wait_quiet(quiet_s)
    page = context.new_page()
    # A new tab makes this Chromium build its window's omnibox popup (a WebUI renderer: 0.7-1.0 s
    # of CPU in the first second, measured with /proc here), which on two cores would slow whatever
    # page loads meanwhile. A visitor's browser window is already there: let the tab settle first.
    page.goto("about:blank")
    time.sleep(NEW_TAB_SETTLE_S)
    line.reset()
    if init_script:
        page.add_init_script(init_script)
    page.goto(url, timeout=180_000)
    page.wait_for_function("window.__done !== undefined", timeout=180_000, polling=20)
    elapsed, documents = page.evaluate("[window.__done, window.__documents ?? null]")
    line.wait_quiet(quiet_s)
    twice = sorted(path for path, n in line.full.items() if n > 1)
    page.close()
    if twice:
        raise RuntimeError(f"downloaded twice in one visit: {twice}")
    return (elapsed, line.bytes) if documents is None else (elapsed, line.bytes, documents)


def _visits(
    browser,
    subjects: dict[str, tuple[str, str | None]],
    line: Line,
    runs: int,
    quiet_s: float,
    kinds: tuple[str, ...],
):
    """{subject: {visit: (median ms, median bytes[, median ms to the documents])}} for the visits
    named in ``kinds``, made in
    that order in one profile. The subjects take turns within each run (the order alternating),
    so a change in how much CPU this shared machine gets meanwhile falls on both sides of a ratio
    alike, not on all the runs of one of them."""
    visits = {name: {kind: [] for kind in kinds} for name in subjects}
    order = list(subjects)
    for run in range(runs):
        for name in order if run % 2 == 0 else order[::-1]:
            url, init_script = subjects[name]
            context = browser.new_context()
            for kind in kinds:
                visits[name][kind].append(_visit(context, url, init_script, line, quiet_s))
            context.close()

    def medians(samples):
        return tuple(statistics.median(s[i] for s in samples) for i in range(len(samples[0])))

    return {
        name: {visit: medians(samples) for visit, samples in by_visit.items()}
        for name, by_visit in visits.items()
    }


def measure(browser, served: Path, host: str, port: int) -> dict:
    """{line: {subject: {visit: (ms, bytes)}}} for both lines (the answer page on the slow line
    only: (ms to the fee and date, bytes, ms to the documents)), then one calculation's time."""
    figures = {}
    for name, settings, runs, quiet_s, kinds in (
        ("loopback", {}, RUNS, 1.0, ("first", "repeat", "third")),
        ("slow line", SLOW_LINE, SLOW_RUNS, 2.0, ("first", "repeat")),
    ):
        line = Line(**settings)
        server = serve_line(served, host, port, line)
        base = f"http://{host}:{port}"
        subjects = {
            "bare": (f"{base}/__bench/bare.html", None),
            "calculator": (f"{base}/calculator/", watch_script()),
        }
        if name == "slow line":
            subjects["answer"] = (base + ANSWER_PATH, ANSWER_WATCH)
        try:
            figures[name] = _visits(
                browser,
                subjects,
                line,
                runs,
                quiet_s,
                kinds,
            )
            if name == "loopback":
                context = browser.new_context()
                page = context.new_page()
                page.goto(f"{base}/calculator/")
                figures["one"] = page.evaluate(ONE_CALCULATION, timed_requests())
                context.close()
        finally:
            server.shutdown()
            server.server_close()
    return figures


TARGETS = (
    # (what, line, visit, against line, against visit, ratio at most)
    ("slow line, first visit", "slow line", "first", "slow line", "first", 0.60),
    ("repeat visit (loopback)", "loopback", "repeat", "loopback", "repeat", 0.25),
    ("loopback, first visit", "loopback", "first", "loopback", "first", 0.50),
)


def target_rows(figures: dict) -> list[tuple[str, str, str, bool]]:
    """(what, measured, limit, met) for every target, for the printed report and the log."""
    rows = []
    for what, line, visit, base_line, base_visit, limit in TARGETS:
        ratio = figures[line]["calculator"][visit][0] / figures[base_line]["bare"][base_visit][0]
        rows.append((what, f"{ratio:.2f} × bare", f"≤ {limit:.2f}", ratio <= limit))
    total = figures["slow line"]["calculator"]["first"][1] / MB
    rows.append(("slow line, first visit", f"{total:.2f} MB in all", "≤ 4.50", total <= 4.5))
    for visit, (rules, _, documents) in figures["slow line"]["answer"].items():
        calculator = figures["slow line"]["calculator"][visit][0]
        rows.append(
            (
                f"answer page, slow {visit}: documents",
                f"{documents:.0f} ms",
                f"≤ {DOCUMENTS_LIMIT_MS} ms",
                documents <= DOCUMENTS_LIMIT_MS,
            )
        )
        rows.append(
            (
                f"answer page, slow {visit}: fee and date",
                f"{rules:.0f} ms",
                f"≤ {calculator:.0f} ms (calculator)",
                rules <= calculator,
            )
        )
    for action, ms in figures["one"].items():
        rows.append((f"one {action}", f"{ms:.2f} ms", "≤ 5 ms", ms <= 5))
    return rows


def answer_rows(figures: dict):
    """(visit, ms to the documents, ms to the fee and date, bytes) of the answer page."""
    for visit, (rules, sent, documents) in figures["slow line"]["answer"].items():
        yield visit, documents, rules, sent


def visit_rows(figures: dict):
    """(line, visit, bare ms, bare bytes, calculator ms, calculator bytes) in the report's order."""
    for line in ("loopback", "slow line"):
        for visit in figures[line]["calculator"]:
            (bt, bb), (ct, cb) = figures[line]["bare"][visit], figures[line]["calculator"][visit]
            yield line, visit, bt, bb, ct, cb


def report(figures: dict) -> None:
    print(
        "Time to first result (ms from navigation start) and bytes sent by the server for the visit;"
    )
    print(
        f"loopback: medians of {RUNS} runs; slow line (1.6 Mbit/s shared, 150 ms per request): {SLOW_RUNS}."
    )
    print(f"  {'':<12} {'':<7} {'bare Pyodide':>22} {'calculator page':>24} {'ratio':>7}")
    for line, visit, bt, bb, ct, cb in visit_rows(figures):
        print(
            f"  {line:<12} {visit:<7} {bt:9.0f} ms {bb / MB:7.2f} MB {ct:10.0f} ms {cb / MB:8.2f} MB {ct / bt:7.2f}"
        )
    print(f"The answer page on the slow line, from {ANSWER_PATH}:")
    print(f"  {'':<7} {'documents':>12} {'fee and date':>14} {'bytes':>10}")
    for visit, documents, rules, sent in answer_rows(figures):
        print(f"  {visit:<7} {documents:9.0f} ms {rules:11.0f} ms {sent / MB:7.2f} MB")
    print("Targets:")
    for what, measured, limit, met in target_rows(figures):
        print(f"  {what:<38} {measured:>16} ({limit}: {'met' if met else 'NOT met'})")


def log_entry(figures: dict, scores: dict, when: datetime, commit: str) -> str:
    """One dated Markdown section with the run's figures, appended to docs/dev/bench-log.md so
    that no figure is copied by hand."""
    out = [
        f"## {when:%Y-%m-%d %H:%M} UTC, {commit}",
        "",
        f"{os.cpu_count()} cores; loopback: medians of {RUNS} runs; slow line (1.6 Mbit/s shared, "
        f"150 ms per request): {SLOW_RUNS} run(s). Time to the first result, bytes of the visit.",
        "",
        "| line | visit | bare Pyodide | calculator page | ratio |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| {line} | {visit} | {bt:.0f} ms, {bb / MB:.2f} MB | {ct:.0f} ms, {cb / MB:.2f} MB "
        f"| {ct / bt:.2f} |"
        for line, visit, bt, bb, ct, cb in visit_rows(figures)
    ]
    out += [
        "",
        f"Answer page on the slow line, from `{ANSWER_PATH}`:",
        "",
        "| visit | documents on screen | fee and date filled | bytes |",
        "|---|---|---|---|",
    ]
    out += [
        f"| {visit} | {documents:.0f} ms | {rules:.0f} ms | {sent / MB:.2f} MB |"
        for visit, documents, rules, sent in answer_rows(figures)
    ]
    out += ["", "| target | measured | limit | |", "|---|---|---|---|"]
    out += [
        f"| {what} | {measured} | {limit} | {'met' if met else 'NOT met'} |"
        for what, measured, limit, met in target_rows(figures)
    ]
    if scores:
        out += ["", "| Lighthouse | settings | " + " | ".join(CATEGORIES) + " | CLS |"]
        out += ["|---|---|" + "---|" * (len(CATEGORIES) + 1)]
        out += [
            f"| `{path}` | {preset} | "
            + " | ".join(f"{got[c]:.0f}" for c in CATEGORIES)
            + f" | {got[CLS]:.3f} |"
            for (path, preset), got in scores.items()
        ]
    return "\n".join(out) + "\n"


LOG_HEAD = """# Bench log

`make bench` (`python -m generator bench`) appends one section per run, newest last. The design
and what the figures mean: [performance.md](performance.md).
"""


def append_log(log: Path, entry: str) -> None:
    text = log.read_text(encoding="utf-8") if log.exists() else LOG_HEAD
    log.write_text(text.rstrip("\n") + "\n\n" + entry, encoding="utf-8")


def commit_of(root: Path) -> str:
    """The commit the site was built from, as the log names it (and whether the tree differed)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "commit unknown (not a git checkout)"
    return f"commit {head}" + (" with local changes" if dirty else "")


# Every kind of page people land on, in both languages: home, a standard, a region's directory,
# the calculator, the answer page opened from the README's example, the staff desk.
LIGHTHOUSE_PAGES = tuple(
    lang + path
    for lang in ("", "/ru")
    for path in (
        "/",
        "/standards/private-ownership/",
        "/regions/akmola/",
        "/calculator/",
        ANSWER_PATH,
        "/desk/",
    )
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CLS = "cumulative-layout-shift"


def lighthouse(root: Path, url: str, preset: str) -> dict[str, float]:
    """The four category scores (0–100) and the page's layout shift (under ``CLS``)."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        [
            str(root / "node_modules" / ".bin" / "lighthouse"),
            quote(url, safe=":/?&=%"),
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
            *(["--preset=desktop"] if preset == "desktop" else []),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse {url}: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    scores = {c: report["categories"][c]["score"] * 100 for c in CATEGORIES}
    return scores | {CLS: report["audits"][CLS]["numericValue"]}


def lighthouse_scores(root: Path, served: Path, host: str, port: int, pages=LIGHTHOUSE_PAGES):
    """{(path, preset): scores} for every page, mobile and desktop, served at full speed."""
    server = serve_line(served, host, port, Line())
    try:
        return {
            (path, preset): lighthouse(root, f"http://{host}:{port}{path}", preset)
            for path in pages
            for preset in ("mobile", "desktop")
        }
    finally:
        server.shutdown()
        server.server_close()


def print_scores(scores: dict) -> None:
    width = max(len(path) for path, _ in scores)
    print("Lighthouse scores (target ≥ 95) and layout shift:")
    print(f"  {'page':<{width}} {'settings':<8} " + " ".join(f"{c:>15}" for c in CATEGORIES), "CLS")
    for (path, preset), got in scores.items():
        print(
            f"  {path:<{width}} {preset:<8} "
            + " ".join(f"{got[c]:>12.0f}{'  ' if got[c] >= 95 else ' !'} " for c in CATEGORIES)
            + f" {got[CLS]:.3f}"
        )


def main(root: Path) -> int:
    from urllib.parse import urlsplit

    from playwright.sync_api import sync_playwright

    from generator.assemble.site import site_url

    # Where the site was built for: the language switch links are absolute (built from site_url).
    where = urlsplit(site_url(root))
    with tempfile.TemporaryDirectory() as tmp:
        served = _bench_root(root, root / "site", Path(tmp))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            figures = measure(browser, served, where.hostname, where.port)
            browser.close()
        report(figures)
        scores = {}
        if os.environ.get("BENCH_LIGHTHOUSE", "1") != "0":
            scores = lighthouse_scores(root, served, where.hostname, where.port)
            print_scores(scores)
    log = root / "docs" / "dev" / "bench-log.md"
    append_log(log, log_entry(figures, scores, datetime.now(UTC), commit_of(root)))
    print(f"appended to {log.relative_to(root)}")
    return 0
