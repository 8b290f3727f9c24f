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


# --- issue 30: each bad run is one line (a data error: its header and the file's line), a status
# of 1 or 2, no traceback, no hang, nothing run that was not asked for ---


def _run_main(monkeypatch, capsys, root: Path, argv: list[str]) -> tuple[int, str, str]:
    import generator.__main__ as cli

    monkeypatch.setattr(cli, "ROOT", root)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A copy of the repository's data/ (without the official source, which validate does not read)."""
    for path in (ROOT / "data").rglob("*"):
        if path.is_file() and "source" not in path.parts:
            target = tmp_path / "data" / path.relative_to(ROOT / "data")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return tmp_path


@pytest.mark.parametrize(
    "content, expected",
    [
        # PyYAML's reader refuses these at construction, before any line-aware handling ran
        (b"\x00", "mci.yaml:{line}: U+0000 is a control character YAML does not allow"),
        (b"note: \x07\n", "mci.yaml:{line}: U+0007 is a control character YAML does not allow"),
    ],
)
def test_a_control_byte_in_yaml_is_named_with_its_line(
    monkeypatch, capsys, data_copy, content, expected
):
    mci = data_copy / "data" / "mci.yaml"
    line = mci.read_bytes().count(b"\n") + 1  # appended after the last newline: the next line
    mci.write_bytes(mci.read_bytes() + content)
    code, out, err = _run_main(monkeypatch, capsys, data_copy, ["validate"])
    assert (code, out) == (1, "")
    assert "Traceback" not in err and expected.format(line=line) in err, err
    assert err.count("\n") == 2  # "data error — …:" and the file's line


@pytest.mark.parametrize(
    "content",
    [
        b"a: " + b"[" * 200_000 + b"]" * 200_000 + b"\n",  # flow nesting
        b"".join(b"  " * i + b"k:\n" for i in range(3_000))
        + b"  " * 3_000
        + b"v\n",  # block nesting
    ],
)
def test_nesting_too_deep_is_refused_quickly(monkeypatch, capsys, data_copy, content):
    import time

    (data_copy / "data" / "mci.yaml").write_bytes(content)
    started = time.monotonic()
    code, _, err = _run_main(monkeypatch, capsys, data_copy, ["validate"])
    assert code == 1 and "mci.yaml: nested too deeply to read" in err, err
    assert time.monotonic() - started < 60


def test_a_data_file_that_is_a_fifo_is_refused_not_waited_for(monkeypatch, capsys, data_copy):
    import os

    (data_copy / "data" / "fees.yaml").unlink()
    os.mkfifo(data_copy / "data" / "fees.yaml")
    code, _, err = _run_main(monkeypatch, capsys, data_copy, ["validate"])
    assert code == 1 and "fees.yaml: not a regular file (a folder, a pipe or a device)" in err


def test_extract_check_with_an_empty_target_is_refused_and_writes_nothing(
    monkeypatch, capsys, data_copy
):
    before = {p: p.stat().st_mtime_ns for p in (data_copy / "data").rglob("*.yaml")}
    code, out, err = _run_main(monkeypatch, capsys, data_copy, ["extract", "--check", ""])
    assert (code, out) == (2, "")
    assert err.startswith("python -m generator: extract --check: give a target, one of standards")
    assert err.count("\n") == 1
    assert {p: p.stat().st_mtime_ns for p in (data_copy / "data").rglob("*.yaml")} == before


@pytest.mark.parametrize(
    "argv, built, message",
    [
        (
            ["serve", "--port", "0"],
            False,
            "python -m generator: serve: no site/ to serve; build it first",
        ),
        (
            ["serve", "--bind", "", "--port", "0"],
            True,
            "python -m generator: serve --bind: give an address",
        ),
        (["csp"], False, "python -m generator: csp: no site/ to read; build it first"),
        (
            ["serve", "--bind", " ", "--port", "0"],
            True,
            "python -m generator: serve --bind: give an address",
        ),
    ],
)
def test_serve_refuses_without_a_site_or_an_address(
    monkeypatch, capsys, tmp_path, argv, built, message
):
    if built:
        (tmp_path / "site").mkdir()
        (tmp_path / "site" / "index.html").write_text("<!doctype html>", encoding="utf-8")
    code, out, err = _run_main(monkeypatch, capsys, tmp_path, argv)
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1, err


def test_stdout_on_a_full_device_is_one_line_and_exit_2():
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "generator", "validate"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    assert result.returncode == 2
    assert result.stderr == (
        "python -m generator: the output cannot be written (No space left on device)\n"
    )


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1251"])
def test_a_console_that_cannot_show_a_character_gets_it_escaped(data_copy, encoding):
    import os

    mci = data_copy / "data" / "mci.yaml"
    mci.write_bytes(mci.read_bytes() + b"\x00")
    program = (
        "import sys, pathlib, generator.__main__ as cli; "
        f"cli.ROOT = pathlib.Path({str(data_copy)!r}); sys.exit(cli.main(['validate']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=ROOT,
        capture_output=True,
        env=os.environ | {"PYTHONIOENCODING": encoding},
        timeout=300,
    )
    # The data error's header holds an em dash (U+2014): cp1251 has it, ASCII and Latin-1 do not.
    assert result.returncode == 1 and b"Traceback" not in result.stderr, result.stderr[-300:]
    header = (
        "data error \u2014 nothing was built"
        if encoding == "cp1251"
        else "data error \\u2014 nothing"
    )
    assert result.stderr.decode(encoding).startswith(header)
