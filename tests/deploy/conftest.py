"""A release built for a sub-path address, unpacked and served by its own nginx configuration.

One extra build, made once per session in a copy of the project so the site/ the other tests
read stays as it is. The copy also changes one of the rules' scripts, so the same build shows
that such a change renames the rules' folder and not Pyodide's, and that a build elsewhere, for
another address, makes the same memory snapshot (whose Brotli, the build's longest step, then
comes from the compression cache).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.assemble.release import TOP, write_release
from tests.conftest import _nginx
from tests.datatools import ROOT, copy_project

# Another port than the suite's SITE_URL (the root build), so both may be served at once.
SUBPATH_URL = os.environ.get("SUBPATH_SITE_URL", "http://127.0.0.1:8785/land/")
# A line added to one of the rules' scripts in the copy (not an input of the snapshot).
CHANGED_SCRIPT = "docs/assets/calculator/calculator.js"
CHANGE = "// Changed in the sub-path build's copy (tests/deploy/conftest.py).\n"


def _project_copy(target: Path) -> Path:
    copy_project(target, "deploy")
    # The Pyodide files' and the snapshot's Brotli and gzip (content-addressed, written whole)
    # from the suite's own build: packing them again is most of a build's time.
    (target / "build").mkdir()
    (ROOT / "build" / "compressed").mkdir(parents=True, exist_ok=True)
    os.symlink(ROOT / "build" / "compressed", target / "build" / "compressed")
    with (target / CHANGED_SCRIPT).open("a", encoding="utf-8") as script:
        script.write(CHANGE)
    return target


@pytest.fixture(scope="session")
def subpath_release():
    """The unpacked release (htdocs/, nginx/) of the site built for SUBPATH_URL, in a folder
    nginx's workers (user nobody) can read, unlike pytest's own temporary folders.
    SUBPATH_RELEASE names an unpacked release to test instead (when iterating on these tests)."""
    if os.environ.get("SUBPATH_RELEASE"):
        yield Path(os.environ["SUBPATH_RELEASE"])
        return
    tmp = Path(tempfile.mkdtemp(prefix="zher-subpath-"))
    tmp.chmod(0o755)
    try:
        project = _project_copy(tmp / "project")
        built = subprocess.run(
            [sys.executable, "-m", "generator", "site"],
            cwd=project,
            env={**os.environ, "SITE_URL": SUBPATH_URL},
            capture_output=True,
            text=True,
            timeout=1800,
        )
        assert built.returncode == 0, built.stderr
        archive = write_release(project / "site", SUBPATH_URL, tmp / "dist")
        with tarfile.open(archive) as tar:
            tar.extractall(tmp / "unpacked", filter="data")
        (tmp / "unpacked").chmod(0o755)
        yield tmp / "unpacked" / TOP
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def subpath_site(subpath_release: Path) -> Path:
    """The built site's own folder inside the release's htdocs/."""
    return subpath_release / "htdocs" / urlsplit(SUBPATH_URL).path.strip("/")


@pytest.fixture(scope="session")
def subpath_served(subpath_release: Path, tmp_path_factory):
    """``http://host:port`` of the release's nginx, serving the site at its sub-path."""
    where = urlsplit(SUBPATH_URL)
    stop = _nginx(
        subpath_release / "htdocs",
        where.hostname,
        where.port,
        tmp_path_factory.mktemp("subpath-nginx"),
        subpath_release / "nginx",
        where.path,
    )
    yield f"http://{where.hostname}:{where.port}"
    stop()
