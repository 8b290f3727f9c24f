"""The same rules under Pyodide (npm package, in Node) answer exactly as CPython does."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from calculator import api
from tests.vectors import REQUESTS

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def calculator_dir(site_dir: Path) -> Path:
    """The calculator runtime the built site serves (the real wheel and bundle)."""
    (found,) = site_dir.glob("assets/runtime-*/calculator")
    return found


def test_pyodide_in_node_agrees_with_cpython(calculator_dir: Path):
    node = shutil.which("node")
    assert node, "node is required (it comes with the machine; see README)"
    (wheel,) = calculator_dir.glob("*.whl")
    bundle_path = calculator_dir / "bundle.json"
    result = subprocess.run(
        [node, str(HERE / "run_node.mjs"), str(wheel), str(bundle_path)],
        input=json.dumps(REQUESTS), capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    in_node = json.loads(result.stdout)
    bundle = json.loads(bundle_path.read_text(encoding="utf-8"))
    in_cpython = [api.handle(r, bundle) for r in REQUESTS]
    assert len(in_node) == len(REQUESTS)
    for request, node_answer, cpython_answer in zip(REQUESTS, in_node, in_cpython):
        assert node_answer == cpython_answer, request
