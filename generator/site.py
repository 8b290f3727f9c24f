"""Build the static site: data → pages → MkDocs → site/, swapped in only when everything worked.

MkDocs is run as a command (``python -m mkdocs build``), not imported, so the generator depends on
nothing of MkDocs but its configuration file and the Markdown it reads.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from generator import pages
from generator.bundle import build_bundle

# The Pyodide runtime files the browser needs (the npm package's core set), self-hosted.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


class BuildError(Exception):
    pass


def build_wheel(root: Path, out_dir: Path) -> Path:
    """The calculator as an ordinary pure-Python wheel (``pyodide build`` needs a cross-build
    environment downloaded from outside; a pure-Python wheel needs none)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.whl"):
        old.unlink()
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out_dir), str(root)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise BuildError(f"wheel build failed:\n{result.stdout}\n{result.stderr}")
    (wheel,) = out_dir.glob("*.whl")
    return wheel


def stage_runtime(root: Path, data: dict) -> None:
    """Copy Pyodide, the calculator wheel and its data bundle under docs/assets (git-ignored)."""
    pyodide_src = root / "node_modules" / "pyodide"
    if not (pyodide_src / "pyodide.mjs").exists():
        raise BuildError("node_modules/pyodide is missing: run `make setup` (npm ci)")
    target = root / "docs" / "assets" / "pyodide"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(pyodide_src / name, target / name)
    calc = root / "docs" / "assets" / "calculator"
    calc.mkdir(parents=True, exist_ok=True)
    wheel = build_wheel(root, root / "build" / "dist")
    for old in calc.glob("*.whl"):
        old.unlink()
    shutil.copy2(wheel, calc / wheel.name)
    bundle = build_bundle(root / "data")
    (calc / "bundle.json").write_text(json.dumps(bundle, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    (calc / "runtime.json").write_text(json.dumps({"wheel": wheel.name}), encoding="utf-8")


def build_site(root: Path) -> Path:
    """Validate and render first; only a complete MkDocs build replaces site/."""
    root = Path(root)
    rendered = pages.render_all(root / "data")  # raises DataError before anything is written
    pages.write_pages(root / "docs", rendered)
    stage_runtime(root, rendered)
    staging = root / "build" / "site.new"
    shutil.rmtree(staging, ignore_errors=True)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(root / "mkdocs.yml"), "-d", str(staging)],
        capture_output=True, text=True, cwd=root,
    )
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"mkdocs build failed; site/ left as it was:\n{result.stdout}{result.stderr}")
    site = root / "site"
    old = root / "build" / "site.old"
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        site.rename(old)
    staging.rename(site)
    shutil.rmtree(old, ignore_errors=True)
    return site
