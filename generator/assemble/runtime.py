"""The calculator's runtime, in two folders each named by a hash of its own content:

- ``assets/pyodide-<hash>/``: Pyodide from the pinned npm package (3.5 MB compressed), which
  changes only with a Pyodide upgrade;
- ``assets/runtime-<hash>/calculator/``: the standard library cut to what the rules use, the
  calculator wheel, its data bundle and strings, a memory snapshot and the page scripts, which
  change with the rules or any word they print.

So a changed string renames the small folder only, and a returning visitor downloads (and the
service worker copies) nothing of Pyodide again. Each hash covers every byte in its folder (the
rules' folder also names Pyodide's, in worker.mjs's import), so the server may cache both for a
year; every step is reproducible (the snapshot too, see snapshot.mjs), so a rebuild from the same
sources keeps both URLs and clients keep what they have.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.assemble import stdlib
from generator.core.errors import BuildError

# The Pyodide runtime files the browser needs, self-hosted. Not its python_stdlib.zip (the cut
# one replaces it) nor its 119 KB pyodide-lock.json: the calculator loads no package, so the
# worker passes the lock file's `info` alone (runtime.json) and saves a request.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# Hand-written scripts the runtime folder carries (docs/assets/calculator/), and the build step
# that makes the snapshot.
SCRIPTS = ("worker.mjs", "sparse.mjs", "calculator.js", "glue.py")
SNAPSHOT_SCRIPT = Path(__file__).parent / "snapshot.mjs"


def run(args: list[str], what: str, cwd: Path | None = None) -> None:
    result = subprocess.run(args, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise BuildError(f"{what} failed:\n{result.stdout}{result.stderr}")


def build_wheel(root: Path, out_dir: Path) -> Path:
    """The calculator as an ordinary pure-Python wheel (``pyodide build`` needs a cross-build
    environment downloaded from outside; a pure-Python wheel needs none)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out_dir),
            str(root),
        ],
        "wheel build",
    )
    (wheel,) = out_dir.glob("*.whl")
    return wheel


def make_snapshot(pyodide_dir: Path, calc: Path, wheel: Path, work: Path, out: Path) -> None:
    """The memory snapshot of the runtime folder ``calc`` (its cut library, glue and bundle)."""
    run(
        [
            "node",
            str(SNAPSHOT_SCRIPT),
            str(pyodide_dir),
            str(calc / "stdlib.zip"),
            str(wheel),
            str(calc / "glue.py"),
            str(calc / "bundle.json"),
            str(stdlib.write_exercise(work)),
            str(out),
        ],
        "Pyodide snapshot",
    )


def content_name(prefix: str, folder: Path) -> str:
    """``prefix-<hash>``: the first 12 hex digits of SHA-256 over every file's path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{prefix}-{digest.hexdigest()[:12]}"


# How worker.mjs names Pyodide's folder (beside the calculator's, as in a plain Pyodide layout);
# the shipped copy names the content-named folder instead.
PYODIDE_REFERENCE = '"../pyodide/'


def point_worker_at(worker: Path, pyodide: str) -> None:
    """Make the shipped worker.mjs load Pyodide from ``assets/<pyodide>/``."""
    source = worker.read_text(encoding="utf-8")
    if source.count(PYODIDE_REFERENCE) != 2:  # its import and its indexURL
        raise BuildError(
            f"docs/assets/calculator/worker.mjs should name {PYODIDE_REFERENCE}… twice (the "
            "import of pyodide.mjs and indexURL): update generator/assemble/runtime.py"
        )
    worker.write_text(source.replace(PYODIDE_REFERENCE, f'"../../{pyodide}/'), encoding="utf-8")


def stage_runtime(root: Path, bundle: dict) -> str:
    """Write docs/assets/pyodide-<hash>/ and docs/assets/runtime-<hash>/, and return the
    second's path relative to docs/ (its worker.mjs names the first)."""
    pyodide_src = root / "node_modules" / "pyodide"
    if not (pyodide_src / "pyodide.mjs").exists():
        raise BuildError("node_modules/pyodide is missing: run `make setup-build` (npm ci)")
    work = root / "build" / "runtime"
    shutil.rmtree(work, ignore_errors=True)
    (work / "calculator").mkdir(parents=True)
    shutil.copytree(
        pyodide_src,
        work / "pyodide",
        ignore=lambda d, names: [n for n in names if n not in PYODIDE_FILES],
    )
    wheel = build_wheel(root, root / "build" / "dist")
    calc = work / "calculator"
    shutil.copy2(wheel, calc / wheel.name)
    (calc / "bundle.json").write_text(
        json.dumps(bundle, ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
    for name in SCRIPTS:
        shutil.copy2(root / "docs" / "assets" / "calculator" / name, calc / name)
    stdlib.cut_stdlib(
        pyodide_src,
        wheel,
        calc / "glue.py",
        calc / "bundle.json",
        root / "build",
        calc / "stdlib.zip",
    )
    make_snapshot(pyodide_src, calc, wheel, root / "build", calc / "snapshot.bin")
    lock = json.loads((pyodide_src / "pyodide-lock.json").read_text(encoding="utf-8"))
    (calc / "runtime.json").write_text(
        json.dumps(
            {
                "wheel": wheel.name,
                "stdlib": "stdlib.zip",
                "snapshot": "snapshot.bin",
                "lock": {"info": lock["info"]},
            },
            sort_keys=True,
        ),
        encoding="utf-8",
    )

    # Pyodide's folder is named and written apart; the calculator's names it (worker.mjs).
    pyodide = content_name("pyodide", work / "pyodide")
    point_worker_at(calc / "worker.mjs", pyodide)
    calculator = work / "rules"
    calculator.mkdir()
    os.rename(calc, calculator / "calculator")
    name = content_name("runtime", calculator)
    assets = root / "docs" / "assets"
    for old in [*assets.glob("runtime-*"), *assets.glob("pyodide-*")]:
        shutil.rmtree(old)
    shutil.copytree(work / "pyodide", assets / pyodide)
    shutil.copytree(calculator, assets / name)
    return f"assets/{name}"
