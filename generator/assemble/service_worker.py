"""The calculator's service worker: which URLs it keeps for offline use.

Written into the built site after MkDocs, because only then are the theme's fingerprinted
file names known: the list is every same-site URL the two calculator pages load, the runtime
folders' files and the offline pages, as paths relative to the site's base: the worker resolves
them against its own address, so the same file is right at / and under any sub-path.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from generator.assemble.search import worker_imports
from generator.core.errors import BuildError

TEMPLATE = Path(__file__).resolve().parents[2] / "docs" / "assets" / "calculator" / "sw.js"
CALCULATOR_PAGES = ("calculator/", "ru/calculator/")
_ASSET = re.compile(r'(?:src|href)="([^"#?]+)"')
_SEARCH_WORKER = re.compile(r'"search": "([^"]+)"')
# A module's static imports of the site's own files (relative specifiers).
_IMPORT = re.compile(r'^import\s[^"]*"(\.{1,2}/[^"]+)";', re.M)
# What the worker loads by itself (runtime.json names the wheel). Not the snapshot: the worker
# keeps it only where it pays (README, "Speed"), and the service worker never downloads anything
# the page has not.
_PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
_RUNTIME_FILES = (
    "calculator/stdlib.zip",
    "calculator/runtime.json",
    "calculator/glue.py",
    "calculator/bundle.json",
    "calculator/worker.mjs",
    "calculator/sparse.mjs",
    "calculator/calculator.js",
)


def module_imports(site: Path, path: str) -> set[str]:
    """The site paths a module loads through its static imports, and theirs in turn: the
    offline copy must keep them with the module."""
    found: set[str] = set()
    todo = [path]
    while todo:
        module = todo.pop()
        for spec in _IMPORT.findall((site / module).read_text(encoding="utf-8")):
            target = urlsplit(urljoin(f"http://site/{module}", spec)).path.removeprefix("/")
            if target not in found:
                found.add(target)
                todo.append(target)
    return found


def pyodide_folder(site: Path) -> str:
    """``assets/pyodide-<hash>``, the one Pyodide folder of the build (runtime.py)."""
    found = sorted((site / "assets").glob("pyodide-*"))
    if len(found) != 1:
        raise BuildError(f"expected one assets/pyodide-* folder, found {[p.name for p in found]}")
    return f"assets/{found[0].name}"


def precache_paths(site: Path, runtime: str, offline: dict[str, str]) -> list[str]:
    """Every file the offline copy keeps, as paths relative to the site's base (where sw.js is
    served), so the same worker is right at / and under any sub-path."""
    paths = set(CALCULATOR_PAGES) | set(offline.values())
    for page in CALCULATOR_PAGES:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        # What the page loads, and Material's search worker named in its __config.
        for ref in _ASSET.findall(html) + _SEARCH_WORKER.findall(html):
            absolute = urlsplit(urljoin(f"http://site/{page}", ref))
            if absolute.netloc == "site" and absolute.path.startswith("/assets/"):
                paths.add(absolute.path.removeprefix("/"))
    # The search index the worker fetches, and the scripts it imports.
    paths.update(p.relative_to(site).as_posix() for p in site.rglob("search_index.json"))
    paths.update(path.removeprefix("/") for path in worker_imports(site))
    paths.update(f"{runtime}/{name}" for name in _RUNTIME_FILES)
    paths.update(module_imports(site, f"{runtime}/calculator/calculator.js"))
    paths.update(f"{pyodide_folder(site)}/{name}" for name in _PYODIDE_FILES)
    paths.update(
        f"{runtime}/calculator/{p.name}" for p in (site / runtime / "calculator").glob("*.whl")
    )
    missing = [p for p in paths if not p.endswith("/") and not (site / p).is_file()]
    if missing:
        raise BuildError(f"service worker would cache missing files: {sorted(missing)}")
    return sorted(paths)


def write_service_worker(site: Path, runtime: str, offline: dict[str, str]) -> None:
    """sw.js at the site's base. ``offline``: {language: path of its offline page}."""
    paths = precache_paths(site, runtime, offline)
    fills = {
        "__PRECACHE__": paths,
        "__OFFLINE__": offline,
        # worker.mjs reads the snapshot from this cache: it is named after the runtime folder.
        "__CACHE_NAME__": "calculator-" + runtime.rsplit("-", 1)[-1],
        "__IMMUTABLE_FOLDERS__": [f"{runtime}/", f"{pyodide_folder(site)}/"],
    }
    source = TEMPLATE.read_text(encoding="utf-8")
    for placeholder, value in fills.items():
        if source.count(placeholder) != 1:
            raise BuildError(f"docs/assets/calculator/sw.js must name {placeholder} once")
        source = source.replace(placeholder, json.dumps(value))
    (site / "sw.js").write_text(source, encoding="utf-8")
