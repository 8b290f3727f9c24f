"""The offline copy's list (generator/assemble/service_worker.py): a kept module brings the
site's own modules it imports, and theirs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.assemble.service_worker import module_imports


def test_a_modules_imports_are_followed_to_the_end(tmp_path: Path):
    # calculator.js → ../../lib/page.mjs → ./util.mjs; a bare specifier ("pyodide") and an
    # import inside a comment line are not the site's files.
    (tmp_path / "assets/runtime-1/calculator").mkdir(parents=True)
    (tmp_path / "assets/lib").mkdir(parents=True)
    (tmp_path / "assets/runtime-1/calculator/calculator.js").write_text(
        'import { startMaterial } from "../../lib/page.mjs";\n'
        'import { loadPyodide } from "pyodide";\n'
        '// import { old } from "./old.mjs";\n',
        encoding="utf-8",
    )
    (tmp_path / "assets/lib/page.mjs").write_text(
        'import { el } from "./util.mjs";\nexport const startMaterial = () => el;\n',
        encoding="utf-8",
    )
    (tmp_path / "assets/lib/util.mjs").write_text("export const el = 1;\n", encoding="utf-8")
    assert module_imports(tmp_path, "assets/runtime-1/calculator/calculator.js") == {
        "assets/lib/page.mjs",
        "assets/lib/util.mjs",
    }


def test_the_built_offline_copy_keeps_what_the_calculator_imports(site_dir: Path):
    """Offline, the calculator page's module would fail on a missing import."""
    worker = (site_dir / "sw.js").read_text(encoding="utf-8")
    kept = set(json.loads(re.search(r"const PRECACHE = (\[.*?\])\.map", worker, re.S).group(1)))
    assert "assets/lib/page.mjs" in kept
