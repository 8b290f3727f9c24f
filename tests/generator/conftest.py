"""A throw-away copy of the project with a previous site/, for builds that must fail cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.datatools import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project with a previous site/ in place."""
    copy_project(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("previous good site", encoding="utf-8")
    (tmp_path / "site" / "ru").mkdir()
    (tmp_path / "site" / "ru" / "index.html").write_bytes("предыдущий сайт\r\n".encode())
    return tmp_path
