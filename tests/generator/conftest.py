"""A throw-away copy of the project with a previous site/, for builds that must fail cleanly."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project with a previous site/ in place."""
    for name in ("data", "generator", "calculator", "overrides", "docs"):
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("runtime-*", "pyodide-*", "__pycache__"),
        )
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    os.symlink(ROOT / "node_modules", tmp_path / "node_modules")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("previous good site", encoding="utf-8")
    (tmp_path / "site" / "ru").mkdir()
    (tmp_path / "site" / "ru" / "index.html").write_bytes("предыдущий сайт\r\n".encode())
    return tmp_path
