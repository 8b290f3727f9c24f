"""``python -m calculator``: same answers as the API, localized errors, no tracebacks."""

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

import calculator.__main__ as cli
from calculator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle_file(bundle, tmp_path_factory):
    path = tmp_path_factory.mktemp("bundle") / "bundle.json"
    path.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
    return str(path)


def run(capsys, bundle_file, *argv):
    code = main([*argv, "--bundle", bundle_file])
    out, err = capsys.readouterr()
    return code, out, err


def test_fee_text(capsys, bundle_file):
    code, out, err = run(
        capsys,
        bundle_file,
        "fee",
        "--category",
        "legal_entity",
        "--area",
        "7",
        "--paid-on",
        "2012-03-15",
        "--lang",
        "ru",
    )
    assert code == 0 and err == ""
    assert out.splitlines()[:5] == [
        "tenge: 6213.12",
        "mci: 1618",
        "mci_multiple: 3.84",
        "coefficient: 1.2",
        "band: up_to 10",
    ]
    assert "Расчет: 3,2 × 1,2 × 1\u00a0618 = 6\u00a0213,12\u00a0₸" in out


def test_fee_json_with_a_typed_mci(capsys, bundle_file):
    code, out, _ = run(
        capsys,
        bundle_file,
        "fee",
        "--category",
        "legal_entity",
        "--area",
        "7",
        "--paid-on",
        "2012-03-15",
        "--mci",
        "1700",
        "--json",
    )
    answer = json.loads(out)
    assert code == 0 and answer["tenge"] == "6528.00" and answer["mci_source"] == {"kind": "typed"}


def test_deadline_text(capsys, bundle_file):
    code, out, _ = run(
        capsys,
        bundle_file,
        "deadline",
        "--standard",
        "1",
        "--case",
        "grant",
        "--submitted",
        "2012-03-17",
        "--office",
        "centre",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ready_on: 2012-03-29"
    assert lines[1] == "skipped: "
    assert "  2012-03-21 (сәрсенбі) — Наурыз мейрамы" in lines


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            ["deadline", "--standard", "1", "--case", "grant", "--submitted", "2012-03-17"],
            "17.03.2012 (сенбі) күні уәкілетті орган жұмыс істемейді — демалыс күні. Бұл күні құжаттарды тапсыру мүмкін "
            "емес, басқа күнді таңдаңыз. [--submitted]",
        ),
        (
            [
                "fee",
                "--category",
                "farm",
                "--area",
                "-3",
                "--paid-on",
                "2012-03-15",
                "--lang",
                "ru",
            ],
            "Значение в поле «Площадь земельного участка, га» должно быть больше нуля. [--area]",
        ),
        (
            [
                "fee",
                "--category",
                "farm",
                "--area",
                "NaN",
                "--paid-on",
                "2012-03-15",
                "--lang",
                "ru",
            ],
            "В поле «Площадь земельного участка, га» укажите число, например 0,5 или 12. [--area]",
        ),
        (
            [
                "fee",
                "--category",
                "farm",
                "--area",
                "10",
                "--paid-on",
                "2008-01-01",
                "--lang",
                "ru",
            ],
            "В таблице нет значения МРП на 01.01.2008; таблица охватывает период с 01.07.2009 по 31.12.2026. "
            "Введите значение в поле «Значение МРП, тенге» в разделе «Дополнительные параметры». [--mci]",
        ),
        (["fee"], "«Субъект санаты» өрісін толтырыңыз. [--category]"),
    ],
)
def test_bad_input_exits_non_zero_with_the_localized_message(capsys, bundle_file, argv, message):
    code, out, err = run(capsys, bundle_file, *argv)
    assert code == 1 and out == ""
    assert err.strip() == message


def test_complaint_storage_open(capsys, bundle_file):
    assert run(capsys, bundle_file, "complaint", "--registered", "2012-03-06", "--simple", "yes")[
        1
    ].startswith("due_on: 2012-03-26\nnominal_due: 2012-03-21\n")
    assert run(capsys, bundle_file, "storage", "--ready-on", "2012-08-31")[1].startswith(
        "keep_until: 2013-02-28\nthen: archive\n"
    )
    assert run(
        capsys,
        bundle_file,
        "open",
        "--region",
        "west-kazakhstan",
        "--at",
        "2012-03-17 10:00",
        "--office",
        "centre",
    )[1].startswith("open: true\nzone: Asia/Oral\nhours: 09:00–20:00\n")


def test_ics_to_a_file(capsys, bundle_file, tmp_path):
    target = tmp_path / "due.ics"
    code, out, _ = run(
        capsys,
        bundle_file,
        "ics",
        "--standard",
        "2",
        "--case",
        "duplicate",
        "--submitted",
        "2012-03-07",
        "--output",
        str(target),
    )
    data = target.read_bytes()
    assert code == 0 and out == ""
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"DTSTART;VALUE=DATE:20120314\r\n" in data


def test_python_dash_m_builds_the_bundle_from_data_and_never_prints_a_traceback():
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "calculator",
            "ics",
            "--standard",
            "1",
            "--case",
            "grant",
            "--submitted",
            "2011-03-04",
        ],
        cwd=ROOT,
        capture_output=True,
    )
    assert ok.returncode == 0 and ok.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "calculator",
            "fee",
            "--category",
            "farm",
            "--area",
            "abc",
            "--paid-on",
            "2012-03-15",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1
    assert (
        bad.stderr.strip()
        == "«Жер учаскесінің алаңы, га» өрісіне санды жазыңыз, мысалы, 0,5 немесе 12. [--area]"
    )
    assert "Traceback" not in bad.stderr


# --- issue 12: a command that cannot run says so in one line, exit status 2, never a traceback ---

INTERNAL = ("ішкі қате", "внутренняя ошибка")


@pytest.fixture(scope="module")
def broken(tmp_path_factory, bundle):
    """Files a user may pass by mistake, each broken in its own way."""
    folder = tmp_path_factory.mktemp("broken")
    files = {
        "missing": folder / "no-such.json",
        "folder": folder,
        "empty": folder / "empty.json",
        "cp1251": folder / "cp1251.json",
        "not_json": folder / "not.json",
        "list": folder / "list.json",
        "object": folder / "object.json",
        "no_calendar": folder / "no-calendar.json",
        "fees_text": folder / "fees-text.json",
        "data_file": folder / "data-file",
        "data_empty": folder / "data-empty",
        "data_bad_mci": folder / "data-bad-mci",
        "under_file": folder / "empty.json" / "due.ics",
        "no_dir": folder / "no-such-folder" / "due.ics",
    }
    files["empty"].write_bytes(b"")
    files["cp1251"].write_bytes('{"fees": "Акт"}'.encode("cp1251"))
    files["not_json"].write_text("{fees: 1,", encoding="utf-8")
    files["list"].write_text("[]", encoding="utf-8")
    files["object"].write_text("{}", encoding="utf-8")
    files["no_calendar"].write_text(
        json.dumps({k: v for k, v in bundle.items() if k != "calendar"}), encoding="utf-8"
    )
    files["fees_text"].write_text(json.dumps({**bundle, "fees": "none"}), encoding="utf-8")
    files["data_file"].write_text("", encoding="utf-8")
    files["data_empty"].mkdir()
    files["data_bad_mci"].mkdir()
    (files["data_bad_mci"] / "mci.yaml").write_text(
        "- {from: 2010-01-01, tenge: [", encoding="utf-8"
    )
    return {name: str(path) for name, path in files.items()}


VALUES = [
    "",
    " ",
    "NaN",
    "Infinity",
    "1e309",
    "-0",
    "9" * 400,
    "x" * 5000,
    "0001-01-01",
    "9999-12-31",
    "2012-02-30",
    "0999-01-01T00:00",
    "0001-01-01T00:00+05:00",
    "9999-12-31T23:59-23:59",
    "2012-03-15T25:00",
    "2012-03-15T10:00+99:00",
    "٣",
    "１２",
    "\u202e",
    "<script>alert(1)</script>",
    "--",
    "../../etc/passwd",
    "None",
    "{}",
    "0,0,0",
    "2012-03-15 10:00 extra",
]
OPTIONS = {
    "fee": ["category", "area", "paid-on", "mci"],
    "deadline": ["standard", "case", "submitted", "office", "dtstamp"],
    "complaint": ["registered", "simple", "dtstamp"],
    "storage": ["ready-on", "office"],
    "open": ["region", "at", "office"],
    "ics": ["standard", "case", "submitted", "office", "dtstamp"],
}
GOOD = {
    "category": "farm",
    "area": "7",
    "paid-on": "2012-03-15",
    "standard": "1",
    "case": "grant",
    "submitted": "2012-03-15",
    "office": "centre",
    "registered": "2012-03-15",
    "simple": "no",
    "ready-on": "2012-03-15",
    "region": "akmola",
    "at": "2012-03-15 10:00",
    "mci": "1618",
    "dtstamp": "2012-03-15T10:00",
}


def bad_invocations(broken: dict[str, str], bundle_file: str) -> list[list[str]]:
    """200 invocations, each with at least one thing wrong: a broken file, a hostile value, a bad option."""
    rng = random.Random(12)
    commands = sorted(OPTIONS)
    out: list[list[str]] = [
        [],
        ["feee"],
        ["fee", "--nope", "1"],
        ["fee", "--area"],
        ["--bundle"],
        ["ics", "--json"],
    ]
    while len(out) < 200:
        command = rng.choice(commands)
        argv = [command]
        for option in OPTIONS[command]:
            argv += [f"--{option}", GOOD[option]]
        kind = rng.choice(["bundle", "data", "output", "value", "value", "value", "lang", "option"])
        if kind == "bundle":
            argv += [
                "--bundle",
                broken[
                    rng.choice(
                        [
                            "missing",
                            "folder",
                            "empty",
                            "cp1251",
                            "not_json",
                            "list",
                            "object",
                            "no_calendar",
                            "fees_text",
                        ]
                    )
                ],
            ]
        elif kind == "data":
            argv += [
                "--data",
                broken[rng.choice(["missing", "data_file", "data_empty", "data_bad_mci"])],
            ]
        else:
            argv += ["--bundle", bundle_file]
        if kind == "output":
            argv += ["--output", broken[rng.choice(["folder", "under_file", "no_dir"])]]
        elif kind == "value":
            for option in rng.sample(OPTIONS[command], rng.randint(1, len(OPTIONS[command]))):
                argv[argv.index(f"--{option}") + 1] = rng.choice(VALUES)
        elif kind == "lang":
            argv += ["--lang", rng.choice(["en", "KK", "ru-RU", "қаз", "ru\u0000"])]
        elif kind == "option":
            argv += rng.choice([["--verbose"], ["--area"], ["-x"], ["--lang"], ["extra"]])
        if argv not in out:
            out.append(argv)
    return out


@pytest.fixture
def repository_data_read_once(monkeypatch):
    """The repository's data/ (the default --data) read once for all the invocations that use
    it, not once each: reading it is most of an invocation's time, and what is tested here is
    what the command says about everything else. A copy each time, as a fresh process has."""
    real = cli._build_bundle
    repository = (ROOT / "data").resolve()
    built: list[str] = []

    def once(data: Path) -> dict:
        if Path(data).resolve() != repository:
            return real(data)
        if not built:
            built.append(json.dumps(real(data)))
        return json.loads(built[0])

    monkeypatch.setattr(cli, "_build_bundle", once)


def test_two_hundred_bad_invocations_give_a_message_and_no_traceback(
    capsys, broken, bundle_file, repository_data_read_once
):
    invocations = bad_invocations(broken, bundle_file)
    assert len(invocations) == 200
    codes = []
    for argv in invocations:
        code = main(argv)
        out, err = capsys.readouterr()
        codes.append(code)
        assert code in (1, 2), (argv, code, out[:200])
        assert "Traceback" not in out + err, argv
        assert not any(word in err for word in INTERNAL), (
            argv,
            err,
        )  # a bug in the rules, not a message
        message = err.strip().splitlines()
        assert message, argv
        if code == 2:
            assert len(message) == 1 and message[0].startswith("python -m calculator: "), (
                argv,
                err,
            )
        if code == 1:
            assert len(message) == 1 and message[0].endswith("]"), (argv, err)  # names the option
    # Each way of going wrong was generated: refused input (1) and commands that cannot run (2).
    assert codes.count(1) > 50 and codes.count(2) > 50


@pytest.mark.parametrize(
    "name, argv, expected",
    [
        (
            "missing bundle",
            ["fee", "--bundle", "{missing}"],
            "python -m calculator: --bundle {missing}: cannot be read as "
            "JSON (No such file or directory)",
        ),
        (
            "not JSON",
            ["fee", "--bundle", "{not_json}"],
            "python -m calculator: --bundle {not_json}: cannot be read as JSON",
        ),
        (
            "not a bundle",
            ["fee", "--bundle", "{object}"],
            "python -m calculator: --bundle {object}: not a calculator bundle",
        ),
        (
            "no data",
            ["fee", "--data", "{data_empty}"],
            "python -m calculator: --data {data_empty}: no data folder here",
        ),
        (
            "ics not writable",
            [
                "ics",
                "--standard",
                "1",
                "--case",
                "grant",
                "--submitted",
                "2011-03-04",
                "--output",
                "{no_dir}",
            ],
            "python -m calculator: --output {no_dir}: cannot be written",
        ),
    ],
)
def test_real_processes_print_one_line_and_exit_2(broken, name, argv, expected):
    argv = [a.format(**broken) for a in argv]
    result = subprocess.run(
        [sys.executable, "-m", "calculator", *argv], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2, name
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(expected.format(**broken)), (
        result.stderr
    )


@pytest.mark.parametrize(
    "stamp", ["0001-01-01T00:00+05:00", "0999-01-01T00:00", "9999-12-31T23:59-23:59"]
)
def test_dtstamp_outside_the_calendar_is_refused_like_any_date(capsys, bundle_file, stamp):
    code, out, err = run(
        capsys,
        bundle_file,
        "ics",
        "--standard",
        "1",
        "--case",
        "grant",
        "--submitted",
        "2011-03-04",
        "--dtstamp",
        stamp,
        "--lang",
        "ru",
    )
    assert code == 1 and out == ""
    # The calendar of the bundle: 2009 (the first АЕК row's year) to 2027 (one past the last).
    assert err.rstrip().endswith(
        "вне производственного календаря, который охватывает период с 01.01.2009 по 31.12.2027. [--dtstamp]"
    )


def test_dtstamp_inside_the_calendar_is_written_in_utc(capsys, bundle_file):
    code, out, _ = run(
        capsys,
        bundle_file,
        "ics",
        "--standard",
        "1",
        "--case",
        "grant",
        "--submitted",
        "2011-03-04",
        "--dtstamp",
        "2011-03-04T10:30+06:00",
    )
    assert code == 0 and "\r\nDTSTAMP:20110304T043000Z\r\n" in out  # 10:30 at UTC+6 is 04:30 UTC


def test_help_lists_the_values_of_every_option_from_the_data(capsys, bundle, bundle_file):
    assert main(["fee", "--help", "--bundle", bundle_file]) == 0
    fee = capsys.readouterr().out
    assert "{" + ",".join(c["id"] for c in bundle["fees"]["categories"]) + "}" in fee
    assert main(["open", "--help", "--bundle", bundle_file]) == 0
    opened = capsys.readouterr().out
    assert "{authorized-body,centre,centre-branch}" in opened and "{kk,ru}" in opened
    assert "{akmola,aktobe," in opened
    assert main(["ics", "--help", "--bundle", bundle_file]) == 0
    ics = capsys.readouterr().out
    assert all(
        v in ics
        for v in ("{1,2,3,4}", "{grant,changed,duplicate}", "{authorized-body,centre}", "--output")
    )


def test_the_readme_names_every_command_and_option(bundle):
    import argparse

    from calculator.__main__ import _parser

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("`python -m calculator COMMAND`") :]
    section = section[: section.index("\n#")]
    rows = {
        row.split("|")[1].strip().strip("`"): row
        for row in section.split("\n")
        if row.startswith("| `")
    }
    subparsers = next(
        a for a in _parser(bundle)._actions if isinstance(a, argparse._SubParsersAction)
    ).choices
    assert sorted(rows) == sorted(subparsers)
    common = {"--lang", "--data", "--bundle", "--json"}
    for name, parser in subparsers.items():
        for option in (
            o
            for a in parser._actions
            for o in a.option_strings
            if o.startswith("--") and o != "--help"
        ):
            where = section if option in common else rows[name] + rows["deadline"] * (name == "ics")
            assert f"`{option}" in where, (name, option)


# --- issue 30: what a red team tried; each one line on stderr, status 2, no traceback, no hang ---

FEE = ["fee", "--category", "legal_entity", "--area", "7", "--paid-on", "2012-03-15"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, bundle):
    import os

    folder = tmp_path_factory.mktemp("hostile")
    without_strings = dict(bundle, strings={})
    (folder / "no-strings.json").write_text(json.dumps(without_strings), encoding="utf-8")
    (folder / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    os.mkfifo(folder / "fifo")
    for name, text in {
        "data-nul": "\x00",
        "data-bel": "value: \x07\n",
        "data-deep": "a: " + "[" * 200_000 + "]" * 200_000 + "\n",
        "data-fifo": "",
    }.items():
        data = folder / name
        for path in (ROOT / "data").rglob("*"):
            if path.is_file() and "source" not in path.parts:
                target = data / path.relative_to(ROOT / "data")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
        with open(data / "mci.yaml", "w" if name == "data-deep" else "a", encoding="utf-8") as mci:
            mci.write(text)
    (folder / "data-fifo" / "fees.yaml").unlink()
    os.mkfifo(folder / "data-fifo" / "fees.yaml")
    return {"folder": str(folder)}


@pytest.mark.parametrize(
    "argv, expected",
    [
        # handle()'s own failure line needs the strings: said before asking, not a KeyError
        (
            ["--bundle", "{folder}/no-strings.json"],
            "not a calculator bundle (KeyError: 'internal_error')",
        ),
        (["--bundle", "{folder}/deep.json"], "cannot be read as JSON (nested too deeply)"),
        (["--bundle", "/dev/zero"], "not a regular file: a folder, a pipe or a device"),
        (["--bundle", "{folder}/fifo"], "not a regular file: a folder, a pipe or a device"),
        (["--data", "{folder}/data-nul"], "U+0000 is a control character YAML does not allow"),
        (["--data", "{folder}/data-bel"], "U+0007 is a control character YAML does not allow"),
        (["--data", "{folder}/data-deep"], "nested too deeply to read"),
        (["--data", "{folder}/data-fifo"], "not a regular file (a folder, a pipe or a device)"),
    ],
)
def test_a_hostile_bundle_or_data_folder_is_one_line_and_exit_2(hostile, argv, expected):
    argv = [a.format(**hostile) for a in argv]
    # A hang (a FIFO read without a writer) fails here after 60 s instead of stalling the suite.
    result = subprocess.run(
        [sys.executable, "-m", "calculator", *FEE, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("python -m calculator: --") and expected in result.stderr


@pytest.mark.parametrize(
    "command", [FEE, ["ics", "--standard", "1", "--case", "grant", "--submitted", "2011-03-04"]]
)
def test_stdout_on_a_full_device_is_one_line_and_exit_2(bundle_file, command):
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "calculator", *command, "--bundle", bundle_file],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr == (
        "python -m calculator: the answer cannot be written (No space left on device)\n"
    )


@pytest.mark.parametrize("encoding", ["cp1251", "ascii", "latin-1"])
@pytest.mark.parametrize("lang, code", [("kk", 0), ("ru", 0)])
def test_a_console_without_kazakh_letters_gets_them_escaped(bundle_file, encoding, lang, code):
    import os

    result = subprocess.run(
        [sys.executable, "-m", "calculator", *FEE, "--lang", lang, "--bundle", bundle_file],
        cwd=ROOT,
        capture_output=True,
        env=os.environ | {"PYTHONIOENCODING": encoding},
        timeout=60,
    )
    assert result.returncode == code and result.stderr == b"", result.stderr[-300:]
    out = result.stdout.decode(encoding)
    # Kazakh "Қ" (U+049A) is in none of the three encodings; Russian letters are in cp1251 only.
    assert "tenge: 6213.12" in out
    assert "\\u049a" in out or lang == "ru"


def test_a_refusal_on_an_ascii_console_is_still_one_line_and_exit_1(bundle_file):
    import os

    result = subprocess.run(
        [sys.executable, "-m", "calculator", "fee", "--category", "x", "--bundle", bundle_file],
        cwd=ROOT,
        capture_output=True,
        env=os.environ | {"PYTHONIOENCODING": "ascii"},
        timeout=60,
    )
    assert result.returncode == 1 and result.stderr.count(b"\n") == 1
    assert result.stderr.rstrip().endswith(b"[--category]") and b"Traceback" not in result.stderr
