"""The answer page's URL walk runs in the browser (docs/assets/answer/resolve.mjs): its unit
tests in Node, and its parity with calculator.answer.resolve over generated parameter sets
(valid choices, aliases in either language and any case, values of another question, junk,
blanks), so the walk the page runs is the one the Python tests work by hand."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from calculator.answer import QUESTIONS, build_flow, districts, resolve

ROOT = Path(__file__).resolve().parents[2]
JS_TESTS = ROOT / "tests" / "js"


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if not found:
        pytest.fail("node missing: `make setup` needs Node.js for the JavaScript tests")
    return found


@pytest.fixture(scope="module")
def flow_file(data, tmp_path_factory):
    standards = sorted(
        (v for k, v in data.items() if k.startswith("standards/")), key=lambda s: s["number"]
    )
    directories = {k.split("/", 1)[1]: v for k, v in data.items() if k.startswith("directories/")}
    flow = build_flow(
        standards, data["fees"]["categories"], [r["id"] for r in data["regions"]], directories
    )
    path = tmp_path_factory.mktemp("flow") / "flow.json"
    path.write_text(json.dumps(flow, ensure_ascii=False), encoding="utf-8")
    return flow, path, directories


def test_the_browser_code_passes_its_node_tests(node, flow_file):
    _, path, _ = flow_file
    run = subprocess.run(
        [node, "--test", *map(str, sorted(JS_TESTS.glob("*.test.mjs")))],
        env={"ANSWER_FLOW": str(path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def parameter_sets(flow, directories, n: int) -> list[dict]:
    """Seeded, so a failure repeats: each question blank, a choice of its own, a choice of
    another question, a district alias (ru or kk, odd case and spacing) or junk."""
    rng = random.Random(28)
    every_choice = {
        q["name"]: sorted({v for options in q.get("choices", {}).values() for v in options})
        for q in flow["questions"]
    }
    names = [
        d[lang]
        for region in every_choice["region"]
        for d in districts(region, directories)
        for lang in ("kk", "ru")
    ]
    junk = ["zz", "7", " ", "<b>", "today", "0", "1", "2012-03-15", "2012-03-30", "12,5", "-1"]
    sets = []
    for _ in range(n):
        params = {}
        for q in QUESTIONS:
            kind = rng.random()
            if kind < 0.25:
                continue
            if kind < 0.7 and every_choice.get(q):
                params[q] = rng.choice(every_choice[q])
            elif kind < 0.8 and q == "district":
                name = rng.choice(names)
                params[q] = f"  {name.upper()} " if rng.random() < 0.5 else name
            elif kind < 0.85:
                params[q] = rng.choice(every_choice[rng.choice(QUESTIONS[:7])] or junk)
            else:
                params[q] = rng.choice(junk)
        sets.append({"params": params, "today": "2012-03-15"})
    return sets


def test_the_page_walks_as_the_rules_do(node, flow_file, tmp_path):
    flow, path, directories = flow_file
    sets = parameter_sets(flow, directories, 3000)
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps(sets, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run(
        [node, str(JS_TESTS / "resolve_many.mjs"), str(path), str(cases)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    in_js = json.loads(run.stdout)
    complete = waiting = 0
    for one, js in zip(sets, in_js, strict=True):
        py = resolve(one["params"], flow, today=one["today"])
        assert js == py, one["params"]
        complete += py["complete"]
        waiting += bool(py["waiting"])
    # The sets reach both ends: complete answers and questions asked again; and link answers
    # that wait for a question an unknown answer holds back (review9 D1).
    assert 0 < complete < len(sets)
    assert 0 < waiting < len(sets)
