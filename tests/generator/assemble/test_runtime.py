"""The runtime folder is reproducible: its hash names its content, so a rebuild from the same
sources must give the same bytes or every client downloads 40 MB again."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from generator.assemble import runtime


@pytest.mark.node  # the snapshot is made by Pyodide in Node
def test_two_snapshots_from_the_same_inputs_are_identical_wherever_the_project_is(
    site_dir: Path, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The second is made by a copy of the build script in another folder, as in another
    checkout (Emscripten kept the script's own path in the heap: a build under /tmp/cc and one
    under /work/main shipped different snapshots of the same sources)."""
    elsewhere = tmp_path / "another" / "checkout"
    for rel in ("generator/assemble/snapshot.mjs", "docs/assets/calculator/sparse.mjs"):
        (elsewhere / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, elsewhere / rel)
    calc = next((site_dir / "assets").glob("runtime-*")) / "calculator"
    (wheel,) = calc.glob("*.whl")
    made = []
    for n, script in enumerate(
        (runtime.SNAPSHOT_SCRIPT, elsewhere / "generator/assemble/snapshot.mjs")
    ):
        monkeypatch.setattr(runtime, "SNAPSHOT_SCRIPT", script)
        out = tmp_path / f"snapshot-{n}.bin"
        runtime.make_snapshot(root / "node_modules" / "pyodide", calc, wheel, tmp_path, out)
        made.append(hashlib.sha256(out.read_bytes()).hexdigest())
    assert made[0] == made[1]
    # And the same as the one the build shipped.
    assert made[0] == hashlib.sha256((calc / "snapshot.bin").read_bytes()).hexdigest()


@pytest.mark.parametrize("prefix", ["runtime", "pyodide"])
def test_the_folder_name_is_the_hash_of_its_content(site_dir: Path, prefix: str):
    """Both folders, each named by its own bytes: Pyodide's apart from the rules' (issue 30:
    a changed string renamed the 3.56 MB runtime; tests/deploy/test_subpath.py builds twice, with
    one of the rules' scripts changed)."""
    (folder,) = (site_dir / "assets").glob(f"{prefix}-*")
    digest = hashlib.sha256()
    for path in sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".gz", ".br")
    ):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    assert folder.name == f"{prefix}-{digest.hexdigest()[:12]}"


def test_the_rules_load_pyodide_from_its_own_folder(site_dir: Path):
    (pyodide,) = (site_dir / "assets").glob("pyodide-*")
    (worker,) = (site_dir / "assets").glob("runtime-*/calculator/worker.mjs")
    source = worker.read_text(encoding="utf-8")
    assert f'from "../../{pyodide.name}/pyodide.mjs"' in source
    assert f'new URL("../../{pyodide.name}/", import.meta.url)' in source
    assert '"../pyodide/' not in source
