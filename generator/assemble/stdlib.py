"""The standard library the calculator ships: only the files the rules (and Pyodide's own start)
use, found by running them, not by guessing.

Pyodide's ``python_stdlib.zip`` is 2.5 MB of deflated files that do not shrink any further on
the wire; the calculator imports about 150 of its 600 modules. ``stdlib.mjs`` boots Pyodide in
Node with the full library, runs every action of the rules through the worker's own glue code
(``EXERCISE`` below), imports every calculator module and reports the library files that were
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

from generator.core.errors import BuildError

RECORDER = Path(__file__).parent / "stdlib.mjs"
# One request per action and language, the optional fields and the refusals: every code path
# of calculator.api.handle that may import something (dates in both notations, decimal commas,
# .ics files, office hours in a region's time zone, errors with their messages).
EXERCISE = [
    {
        "action": "fee",
        "lang": "kk",
        "category": "legal_entity",
        "area": "7",
        "paid_on": "2012-03-15",
    },
    {"action": "fee", "lang": "ru", "category": "farm", "area": "50,01", "paid_on": "01.06.2010"},
    {
        "action": "fee",
        "lang": "ru",
        "category": "condominium",
        "area": "2.51",
        "paid_on": "2011-09-01",
    },
    {"action": "fee", "lang": "kk", "category": "individual_garage", "mci": "1500"},
    {"action": "fee", "lang": "kk", "category": "farm", "area": "-3", "paid_on": "2010-06-01"},
    {"action": "fee", "lang": "ru", "category": "farm", "area": "abc", "paid_on": "2010-06-01"},
    {
        "action": "fee",
        "lang": "ru",
        "category": "legal_entity",
        "area": "1",
        "paid_on": "2001-01-01",
    },
    {
        "action": "fee",
        "lang": "kk",
        "category": "legal_entity",
        "area": "1",
        "paid_on": "2013-05-01",
    },
    {
        "action": "deadline",
        "lang": "kk",
        "standard": "1",
        "case": "grant",
        "submitted": "2011-12-28",
        "office": "centre",
    },
    {
        "action": "deadline",
        "lang": "ru",
        "standard": "3",
        "case": "duplicate",
        "submitted": "2011-12-14",
    },
    {
        "action": "deadline",
        "lang": "ru",
        "standard": "2",
        "case": "changed",
        "submitted": "2012-03-17",
    },
    {
        "action": "deadline",
        "lang": "kk",
        "standard": "4",
        "case": "grant",
        "submitted": "2012-03-18",
        "office": "authorized-body",
        "stamp": "2012-03-18T10:00",
    },
    {"action": "complaint", "lang": "kk", "registered": "2012-02-20", "simple": "no"},
    {"action": "complaint", "lang": "ru", "registered": "2012-02-20", "simple": "yes"},
    {"action": "storage", "lang": "ru", "ready_on": "2011-01-31", "office": "centre"},
    {"action": "storage", "lang": "kk", "ready_on": "2011-01-31", "office": "authorized-body"},
    {
        "action": "open",
        "lang": "kk",
        "region": "aktobe",
        "office": "authorized-body",
        "at": "2011-03-05T10:00",
    },
    {
        "action": "open",
        "lang": "ru",
        "region": "almaty-city",
        "office": "centre",
        "at": "2012-01-02 19:30",
    },
    {"action": "nothing", "lang": "ru"},
    {"lang": "kk"},
]


def write_exercise(work: Path) -> Path:
    """EXERCISE as a JSON file, for the Node steps (this one and the snapshot, which warms with it)."""
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
