"""The suite's own files: pytest imports a test file by its name (the folders under tests/ are not
packages), so two test files of one name in two folders stop the run at collection. Review9's two
wording tests did, in tests/calculator and tests/site."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_two_test_files_share_a_name():
    folders = defaultdict(list)
    for path in TESTS.rglob("test_*.py"):
        folders[path.name].append(path.parent.relative_to(TESTS).as_posix())
    shared = {name: where for name, where in folders.items() if len(where) > 1}
    assert shared == {}
