"""Run the generator in a copy of the project (see the ``project`` fixture) and read its site/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def generator(project: Path, command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", command],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )


def site_files(project: Path) -> dict[str, bytes]:
    return {
        p.relative_to(project / "site").as_posix(): p.read_bytes()
        for p in sorted((project / "site").rglob("*"))
        if p.is_file()
    }
