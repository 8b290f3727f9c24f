"""Every word the site writes is in data/strings/ (or in data/ as a fact): no Cyrillic string
literal in production Python. Docstrings may quote Kazakh or Russian; code may not."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Each exception names what its Cyrillic literals are and why they are not the site's words.
# Shrink this list; never add a module that prints Kazakh or Russian to a reader.
ALLOWED = {
    # Patterns matched against the official Kazakh text (headings, markers, editorial notes):
    # they read the source, they write nothing.
    "generator/core/source.py": "markers of the official text",
    "generator/extract/act.py": "markers of the official text",
    "generator/extract/appendices.py": "markers of the official text",
    "generator/extract/directories/check.py": "markers of the official text",
    "generator/extract/directories/extraction.py": "markers of the official text",
    "generator/extract/directories/layout.py": "markers of the official text",
    "generator/extract/directories/parsing.py": "markers of the official text",
    "generator/extract/fees.py": "markers of the official text",
    "generator/extract/schedules.py": "markers of the official text",
    "generator/extract/standards.py": "markers of the official text",
    "generator/extract/amendments.py": "markers of the official text (editorial notes)",
    # Clause 6's definition «(бұдан әрі – тұтынушы)», matched to leave it out of /compare/.
    "generator/pages/answer.py": "a pattern over the official text",
    # Clause 16's sentences, matched to split the suspension term by ground.
    "generator/pages/desk.py": "markers of the official text",
    # Grammar, not words: Kazakh month stems and the suffixes of vowel harmony that the
    # calculator's formatter attaches to dates and numbers; the Russian months' genitive for a
    # date in words; Russian region-name inflection.
    "calculator/messages.py": "grammar rules of the formatter",
    # The yes/no answers the API accepts in a request (input, not output).
    "calculator/api.py": "accepted answers",
    # Developer messages that name the АЕК/МРП unit in English text.
    "calculator/mci.py": "unit name in developer messages",
    "calculator/__main__.py": "unit name in the CLI's English help",
    # Each language's alphabet, for sorting, and the Kazakh city-name ending that puts the two
    # cities after the oblasts.
    "generator/pages/order.py": "collation data",
}

MODULES = sorted(
    p
    for folder in ("generator", "calculator")
    for p in (ROOT / folder).rglob("*.py")
    if p.relative_to(ROOT).as_posix() not in ALLOWED
)


def cyrillic_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string constant with a Cyrillic letter, docstrings left out."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and CYRILLIC.search(node.value)
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_cyrillic_string_literal(path):
    rel = path.relative_to(ROOT).as_posix()
    found = cyrillic_literals(path.read_text(encoding="utf-8"))
    assert found == [], f"{rel}: words belong in data/strings/: {found[:5]}"


def test_every_allowed_module_exists_and_still_needs_it():
    """An exception that is no longer needed is removed, so the list only shrinks."""
    for rel in ALLOWED:
        path = ROOT / rel
        assert path.exists(), rel
        assert cyrillic_literals(path.read_text(encoding="utf-8")), f"{rel} is clean: drop it"


def test_the_check_sees_a_literal_and_spares_a_docstring():
    source = '"""Жер актілері."""\nTITLE = "Бланкілер"\n'
    assert cyrillic_literals(source) == [(2, "Бланкілер")]
