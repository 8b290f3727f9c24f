"""`make bench` writes its own log: one dated section per run, appended, with every figure."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

from generator.dev import bench

MB = 1_000_000
# Figures of an imagined run, chosen so that every ratio is easy to work by hand.
FIGURES = {
    "loopback": {
        "bare": {"first": (2000.0, 6.33 * MB), "repeat": (2000.0, 0), "third": (2000.0, 0)},
        "calculator": {"first": (700.0, 6.68 * MB), "repeat": (600.0, 0), "third": (400.0, 0)},
    },
    "slow line": {
        "bare": {"first": (30000.0, 6.33 * MB), "repeat": (2500.0, 0)},
        "calculator": {"first": (20000.0, 3.78 * MB), "repeat": (1250.0, 0)},
        # (ms to the fee and date, bytes, ms to the documents list)
        "answer": {"first": (19500.0, 3.9 * MB, 2400.0), "repeat": (1400.0, 0, 3100.0)},
    },
    "one": {"fee": 0.5, "deadline": 6.0},
}
WHEN = datetime(2026, 12, 6, 14, 30, tzinfo=UTC)


def test_the_entry_carries_every_visit_and_target_worked_by_hand():
    entry = bench.log_entry(FIGURES, {}, WHEN, "commit abc1234")
    assert entry.startswith("## 2026-12-06 14:30 UTC, commit abc1234\n")
    # 700 / 2000 = 0.35; 600 / 2000 = 0.30; 20000 / 30000 = 0.67 (0.666…)
    assert "| loopback | first | 2000 ms, 6.33 MB | 700 ms, 6.68 MB | 0.35 |" in entry
    assert "| loopback | repeat | 2000 ms, 0.00 MB | 600 ms, 0.00 MB | 0.30 |" in entry
    assert "| slow line | first | 30000 ms, 6.33 MB | 20000 ms, 3.78 MB | 0.67 |" in entry
    # Targets: slow first 0.67 > 0.60, repeat 0.30 > 0.25, loopback first 0.35 ≤ 0.50,
    # 3.78 MB ≤ 4.5, one fee 0.5 ms ≤ 5, one deadline 6 ms > 5.
    assert "| slow line, first visit | 0.67 × bare | ≤ 0.60 | NOT met |" in entry
    assert "| repeat visit (loopback) | 0.30 × bare | ≤ 0.25 | NOT met |" in entry
    assert "| loopback, first visit | 0.35 × bare | ≤ 0.50 | met |" in entry
    assert "| slow line, first visit | 3.78 MB in all | ≤ 4.50 | met |" in entry
    assert "| one fee | 0.50 ms | ≤ 5 ms | met |" in entry
    assert "| one deadline | 6.00 ms | ≤ 5 ms | NOT met |" in entry
    assert "Lighthouse" not in entry  # BENCH_LIGHTHOUSE=0


def test_the_answer_page_has_its_rows_and_targets_worked_by_hand():
    entry = bench.log_entry(FIGURES, {}, WHEN, "commit abc1234")
    assert f"from `{bench.ANSWER_PATH}`" in entry
    assert "| first | 2400 ms | 19500 ms | 3.90 MB |" in entry
    assert "| repeat | 3100 ms | 1400 ms | 0.00 MB |" in entry
    # Documents: 2400 ≤ 3000, 3100 > 3000. Fee and date against the calculator's first answer
    # on the same visit: 19500 ≤ 20000, 1400 > 1250.
    assert "| answer page, slow first: documents | 2400 ms | ≤ 3000 ms | met |" in entry
    assert (
        "| answer page, slow first: fee and date | 19500 ms | ≤ 20000 ms (calculator) | met |"
        in entry
    )
    assert "| answer page, slow repeat: documents | 3100 ms | ≤ 3000 ms | NOT met |" in entry
    assert (
        "| answer page, slow repeat: fee and date | 1400 ms | ≤ 1250 ms (calculator) | NOT met |"
        in entry
    )


def test_the_answer_page_is_opened_from_a_documented_link():
    # Its query as the README and docs/dev/site.md print it, district name and all.
    site_md = (Path(__file__).parents[3] / "docs" / "dev" / "site.md").read_text(encoding="utf-8")
    documented = {unquote(link) for link in re.findall(r"`(/answer/\?[^`]+)`", site_md)}
    assert unquote(bench.ANSWER_PATH) in documented
    assert {"/", "/ru/"} <= set(bench.LIGHTHOUSE_PAGES)
    assert {bench.ANSWER_PATH, "/ru" + bench.ANSWER_PATH} <= set(bench.LIGHTHOUSE_PAGES)


def test_lighthouse_scores_are_a_table_of_their_own():
    scores = {("/", "mobile"): dict.fromkeys(bench.CATEGORIES, 99.0) | {bench.CLS: 0.0712}}
    entry = bench.log_entry(FIGURES, scores, WHEN, "commit abc1234")
    assert "| `/` | mobile | 99 | 99 | 99 | 99 | 0.071 |" in entry


def test_runs_are_appended_under_one_heading(tmp_path):
    log = tmp_path / "bench-log.md"
    first = bench.log_entry(FIGURES, {}, WHEN, "commit abc1234")
    second = bench.log_entry(FIGURES, {}, WHEN.replace(hour=15), "commit def5678")
    bench.append_log(log, first)
    bench.append_log(log, second)
    text = log.read_text(encoding="utf-8")
    assert text.count("# Bench log") == 1
    assert text.index("14:30 UTC, commit abc1234") < text.index("15:30 UTC, commit def5678")
    assert text.endswith(second)
