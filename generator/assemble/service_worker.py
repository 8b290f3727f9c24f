"""The calculator's service worker: which URLs it keeps for offline use.

Written into the built site after MkDocs, because only then are the theme's fingerprinted
file names known: the list is every same-site URL the two calculator pages load, plus the
runtime folder's files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from generator.assemble.search import worker_imports
from generator.core.errors import BuildError

TEMPLATE = Path(__file__).resolve().parents[2] / "docs" / "assets" / "calculator" / "sw.js"
CALCULATOR_PAGES = ("/calculator/", "/ru/calculator/")
_ASSET = re.compile(r'(?:src|href)="([^"#?]+)"')
_SEARCH_WORKER = re.compile(r'"search": "([^"]+)"')
# What the worker loads by itself (runtime.json names the wheel). Not the snapshot: the worker
# keeps it only where it pays (README, "Speed"), and the service worker never downloads anything
# the page has not.
_RUNTIME_FILES = (
    "pyodide/pyodide.mjs",
    "pyodide/pyodide.asm.mjs",
    "pyodide/pyodide.asm.wasm",
    "calculator/stdlib.zip",
    "calculator/runtime.json",
    "calculator/glue.py",
    "calculator/bundle.json",
    "calculator/worker.mjs",
    "calculator/sparse.mjs",
    "calculator/calculator.js",
)


def precache_urls(site: Path, runtime: str) -> list[str]:
    urls = set(CALCULATOR_PAGES)
    for page in CALCULATOR_PAGES:
        html = (site / page.lstrip("/") / "index.html").read_text(encoding="utf-8")
        # What the page loads, and Material's search worker named in its __config.
        for ref in _ASSET.findall(html) + _SEARCH_WORKER.findall(html):
            absolute = urlsplit(urljoin(f"http://site{page}", ref))
            if absolute.netloc == "site" and absolute.path.startswith("/assets/"):
                urls.add(absolute.path)
    # The search index the worker fetches, and the scripts it imports.
    urls.update("/" + p.relative_to(site).as_posix() for p in site.rglob("search_index.json"))
    urls.update(worker_imports(site))
    urls.update(f"/{runtime}/{name}" for name in _RUNTIME_FILES)
    urls.update(
        f"/{runtime}/calculator/{p.name}" for p in (site / runtime / "calculator").glob("*.whl")
    )
    missing = [u for u in urls if not u.endswith("/") and not (site / u.lstrip("/")).is_file()]
    if missing:
        raise BuildError(f"service worker would cache missing files: {missing}")
    return sorted(urls)


def write_service_worker(site: Path, runtime: str) -> None:
    urls = precache_urls(site, runtime)
    version = runtime.rsplit("-", 1)[-1]
    source = TEMPLATE.read_text(encoding="utf-8")
    source = (
        source.replace("__PRECACHE__", json.dumps(urls))
        .replace("__VERSION__", json.dumps(version))
        .replace("__RUNTIME__", json.dumps(runtime))
    )
    (site / "sw.js").write_text(source, encoding="utf-8")
