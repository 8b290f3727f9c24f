"""The rules ship as a wheel to Pyodide: standard library only, no I/O, no clock."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "calculator"
RULES = sorted(p for p in PACKAGE.glob("*.py") if p.name != "__main__.py")  # __main__ is CLI glue


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rules_import_the_standard_library_only(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    modules |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    roots = {name.split(".")[0] for name in modules}
    assert roots <= set(sys.stdlib_module_names) | {"calculator", "__future__"}, path.name


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rules_read_no_file_and_no_clock(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = {
        node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    }
    assert not calls & {
        "open",
        "now",
        "today",
        "utcnow",
        "time_ns",
        "read_text",
        "read_bytes",
        "urlopen",
    }, path.name
