"""``python -m generator``: a help line per command, one-line usage errors, and the README's
"Command lines" table names every command and option (the README cannot fall behind the code)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from generator.__main__ import COMMANDS, _parser, main

ROOT = Path(__file__).resolve().parents[2]


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"
    ]


def readme_rows(program: str) -> dict[str, str]:
    """The rows of the README table that follows "`python -m <program> COMMAND`", by command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(f"`python -m {program} COMMAND`") :]
    table = section[section.index("\n|") : section.index("\n\n", section.index("\n|"))]
    return {row.split("|")[1].strip().strip("`"): row for row in table.strip().splitlines()[2:]}


def test_every_command_has_a_help_line(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name, text in COMMANDS.items():
        assert name in out and text.split()[0] in out


def test_the_readme_names_every_command_and_option():
    rows = readme_rows("generator")
    parsers = commands(_parser())
    assert sorted(rows) == sorted(parsers)
    for name, parser in parsers.items():
        for option in options(parser):
            assert f"`{option}" in rows[name], (name, option)


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            [],
            "python -m generator: the following arguments are required: COMMAND (see python -m generator --help)",
        ),
        (["sitee"], "python -m generator: argument COMMAND: invalid choice: 'sitee'"),
        (["serve", "--port", "x"], "python -m generator: argument --port: invalid int value: 'x'"),
        (["serve", "--port", "99999"], "python -m generator: cannot serve on 127.0.0.1:99999:"),
    ],
)
def test_a_command_that_cannot_run_is_one_line_and_exit_2(argv, message):
    result = subprocess.run(
        [sys.executable, "-m", "generator", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(message), result.stderr
