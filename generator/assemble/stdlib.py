"""The standard library the calculator ships: only the files the rules (and Pyodide's own start)
use, found by running them, not by guessing.

Pyodide's ``python_stdlib.zip`` is 2.5 MB of deflated files that do not shrink any further on
the wire; the calculator imports about 150 of its 600 modules. ``stdlib.mjs`` boots Pyodide in
Node with the full library, runs every action of the rules through the worker's own glue code
(``calculator.examples.EXERCISE``: every action in both languages, the optional fields and
the refusals), imports every calculator module and reports the library files that were
loaded. Those files are written to a new zip, compiled (a visit need not compile 150 modules from
source: Pyodide boots about twice as fast) without docstrings, asserts or line tables (tracebacks
through the standard library say "line None"; the calculator's own modules keep their lines),
and *stored* uncompressed, so that Brotli compresses the archive as a whole (0.55 MB on the wire
instead of 2.48 MB). The worker passes it to
``loadPyodide({stdLibURL})``; tests/pyodide and tests/browser run every request against it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from calculator.examples import EXERCISE
from generator.core.errors import BuildError

RECORDER = Path(__file__).parent / "stdlib.mjs"


def write_exercise(work: Path) -> Path:
    """The exercise as a JSON file, for the Node steps (this one and the snapshot, which warms
    with it)."""
    exercise = work / "exercise.json"
    exercise.parent.mkdir(parents=True, exist_ok=True)
    exercise.write_text(json.dumps(EXERCISE, ensure_ascii=False), encoding="utf-8")
    return exercise


def cut_stdlib(
    pyodide_dir: Path, wheel: Path, glue: Path, bundle: Path, work: Path, out: Path
) -> list[str]:
    """Write the cut library to ``out``; return the names (in python_stdlib.zip) it holds."""
    exercise = write_exercise(work)
    result = subprocess.run(
        [
            "node",
            str(RECORDER),
            str(pyodide_dir),
            str(wheel),
            str(glue),
            str(bundle),
            str(exercise),
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BuildError(
            f"recording the standard library the calculator uses failed:\n{result.stderr}"
        )
    return json.loads(result.stdout)
