"""Build the static site: data → pages → MkDocs → site/, swapped in only when everything worked.

MkDocs is run as a command (``python -m mkdocs build``), not imported, so the generator depends on
nothing of MkDocs but its configuration file and the Markdown it reads.

The calculator's runtime (Pyodide from the npm package, the calculator wheel, its data bundle, a
memory snapshot and the page scripts) goes to ``assets/runtime-<hash>/``: the hash covers every
byte in it, so the server may cache it for a year and a new build gets a new URL.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator import pages
from generator.pages import render_widgets
from generator.bundle import build_bundle
from generator.offline import write_service_worker
from generator.forms import form_files
from generator.opendata import listing, open_data_files
from generator.extract.source import source_info
from generator.postprocess import fix_site
from generator.schema import load_validated

# The Pyodide runtime files the browser needs (the npm package's core set), self-hosted.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
STATIC = Path(__file__).parent / "static"
# Text-like files that shrink; served pre-compressed by nginx (gzip_static) and generator.serve.
COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".txt", ".ics",
                ".vcf", ".csv", ".map", ".bin"}


class BuildError(Exception):
    pass


def site_url(root: Path) -> str:
    """site_url as MkDocs reads it from mkdocs.yml (``!ENV [SITE_URL, default]``)."""

    class Loader(yaml.SafeLoader):
        pass

    def env(loader: yaml.SafeLoader, node: yaml.Node) -> str:
        *names, default = loader.construct_sequence(node)
        return next((os.environ[n] for n in names if n in os.environ), default)

    Loader.add_constructor("!ENV", env)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader)["site_url"]


def _run(args: list[str], what: str, cwd: Path | None = None) -> None:
    result = subprocess.run(args, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise BuildError(f"{what} failed:\n{result.stdout}{result.stderr}")


def build_wheel(root: Path, out_dir: Path) -> Path:
    """The calculator as an ordinary pure-Python wheel (``pyodide build`` needs a cross-build
    environment downloaded from outside; a pure-Python wheel needs none)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out_dir), str(root)],
         "wheel build")
    (wheel,) = out_dir.glob("*.whl")
    return wheel


def stage_runtime(root: Path, bundle: dict) -> str:
    """Write docs/assets/runtime-<hash>/ and return its path relative to docs/."""
    pyodide_src = root / "node_modules" / "pyodide"
    if not (pyodide_src / "pyodide.mjs").exists():
        raise BuildError("node_modules/pyodide is missing: run `make setup-build` (npm ci)")
    work = root / "build" / "runtime"
    shutil.rmtree(work, ignore_errors=True)
    (work / "calculator").mkdir(parents=True)
    shutil.copytree(pyodide_src, work / "pyodide", ignore=lambda d, names: [n for n in names if n not in PYODIDE_FILES])
    wheel = build_wheel(root, root / "build" / "dist")
    calc = work / "calculator"
    shutil.copy2(wheel, calc / wheel.name)
    (calc / "bundle.json").write_text(json.dumps(bundle, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    for name in ("worker.mjs", "calculator.js"):
        shutil.copy2(STATIC / name, calc / name)
    _run(["node", str(STATIC.parent / "snapshot.mjs"), str(work / "pyodide"), str(wheel), str(calc / "snapshot.bin")],
         "Pyodide snapshot")
    (calc / "runtime.json").write_text(json.dumps({"wheel": wheel.name, "snapshot": "snapshot.bin"}), encoding="utf-8")

    digest = hashlib.sha256()
    for path in sorted(p for p in work.rglob("*") if p.is_file()):
        digest.update(path.relative_to(work).as_posix().encode())
        digest.update(path.read_bytes())
    name = f"runtime-{digest.hexdigest()[:12]}"
    assets = root / "docs" / "assets"
    for old in assets.glob("runtime-*"):
        shutil.rmtree(old)
    shutil.copytree(work, assets / name)
    return f"assets/{name}"


def precompress(site: Path) -> None:
    """file.gz beside every compressible file, reproducibly (no name or time in the header)."""
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in COMPRESSIBLE:
            data = path.read_bytes()
            packed = gzip.compress(data, compresslevel=9, mtime=0)
            if len(packed) < len(data):
                path.with_name(path.name + ".gz").write_bytes(packed)


def generated_content(data: dict, build: dict, downloads: dict[str, bytes]) -> dict[str, str | bytes]:
    """Every file the generator writes under docs/: pages, open data, vCards, .docx forms."""
    ui = pages.load_ui()
    copies = {lang: tuple(ui["receipt_copy"][lang].format(number=n) for n in (1, 2)) for lang in pages.LANGS}
    return pages.render_all(data, build) | downloads | form_files(data, copies)


def build_site(root: Path) -> Path:
    """Validate and render first; only a complete MkDocs build replaces site/."""
    root = Path(root)
    data = load_validated(root / "data")  # raises DataError before any side effect
    bundle = build_bundle(root / "data")
    url = site_url(root)
    runtime = stage_runtime(root, bundle)
    downloads = open_data_files(data, bundle)
    build = {"runtime": runtime, "site_url": url, "downloads": listing(downloads), "source": source_info(root / "data")}
    pages.write_pages(root / "docs", generated_content(data, build, downloads))
    # The hand-written mkdocs.yml plus the navigation of the pages this data makes.
    config = root / "build" / "mkdocs.yml"
    nav = pages.navigation(pages.plan(data) + [pages.Page("about", "about.md.j2")])
    # Paths in an inheriting file are relative to it, so the folders are named again from build/.
    config.write_text(yaml.safe_dump({"INHERIT": "../mkdocs.yml", "docs_dir": "../docs", "site_dir": "../site",
                                      "theme": {"custom_dir": "../overrides"}, "nav": nav},
                                     allow_unicode=True, sort_keys=False), encoding="utf-8")
    staging = root / "build" / "site.new"
    shutil.rmtree(staging, ignore_errors=True)
    _run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config), "-d", str(staging)],
         "mkdocs build (site/ left as it was)", cwd=root)
    fix_site(staging, url)
    for rel, html in render_widgets(data, runtime, url).items():
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_text(html, encoding="utf-8")
    write_service_worker(staging, runtime)
    precompress(staging)
    site = root / "site"
    old = root / "build" / "site.old"
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        os.rename(site, old)
    os.rename(staging, site)
    shutil.rmtree(old, ignore_errors=True)
    return site
