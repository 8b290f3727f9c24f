"""The rules under Pyodide in Node, loaded exactly as the browser's worker loads them (the site's
runtime folder: the cut standard library, the wheel, the glue), answer exactly as CPython does,
on every loading path; and the cut library is proved sufficient, not assumed."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from calculator import api
from calculator.examples import EXERCISE

pytestmark = pytest.mark.node
HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def runtime_dir(site_dir: Path) -> Path:
    (found,) = site_dir.glob("assets/runtime-*")
    return found


def run(runtime_dir: Path, path: str, stdlib: Path | None = None) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    assert node, "node is required (it comes with the machine; see README)"
    return subprocess.run(
        [
            node,
            str(HERE / "run_node.mjs"),
            str(runtime_dir),
            path,
            *([str(stdlib)] if stdlib else []),
        ],
        input=json.dumps(EXERCISE),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "path, stage", [("boot", "boot"), ("snapshot", "snapshot"), ("refused", "snapshot-refused")]
)
def test_every_loading_path_agrees_with_cpython(runtime_dir: Path, path: str, stage: str):
    result = run(runtime_dir, path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["stage"] == stage
    bundle = json.loads((runtime_dir / "calculator" / "bundle.json").read_text(encoding="utf-8"))
    in_cpython = [api.handle(r, bundle) for r in EXERCISE]
    assert len(out["answers"]) == len(EXERCISE)
    for request, node_answer, cpython_answer in zip(
        EXERCISE, out["answers"], in_cpython, strict=True
    ):
        assert node_answer == cpython_answer, request


def test_the_cut_library_holds_only_compiled_modules_the_rules_need(runtime_dir: Path):
    names = zipfile.ZipFile(runtime_dir / "calculator" / "stdlib.zip").namelist()
    modules = [n for n in names if n.endswith(".pyc")]
    # Pyodide's own start needs about 150 modules; the full library has about 600 .py files.
    assert 100 < len(modules) < 250, len(modules)
    assert not [n for n in names if n.endswith(".py")]
    for needed in (
        "decimal.pyc",
        "datetime.pyc",
        "json/__init__.pyc",
        "dataclasses.pyc",
        "_pyodide/__init__.pyc",
    ):
        assert needed in names
    for unused in (
        "tkinter/__init__.pyc",
        "sqlite3/__init__.pyc",
        "unittest/__init__.pyc",
        "xml/dom/minidom.pyc",
    ):
        assert unused not in names


@pytest.mark.parametrize("module", ["decimal.pyc", "datetime.pyc", "json/decoder.pyc"])
def test_a_library_missing_a_module_the_rules_need_fails(
    runtime_dir: Path, tmp_path: Path, module: str
):
    """The harness above would notice a cut that is too tight: without one module it fails."""
    source = zipfile.ZipFile(runtime_dir / "calculator" / "stdlib.zip")
    assert module in source.namelist()
    smaller = tmp_path / "stdlib.zip"
    with zipfile.ZipFile(smaller, "w", zipfile.ZIP_STORED) as out:
        for info in source.infolist():
            if info.filename != module:
                out.writestr(info, source.read(info.filename))
    result = run(runtime_dir, "boot", smaller)
    assert result.returncode != 0
    assert "ModuleNotFoundError" in result.stderr or "ImportError" in result.stderr, result.stderr[
        -2000:
    ]
