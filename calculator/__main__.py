"""``python -m calculator``: the rules from a terminal.

Glue only. Options are passed through as the strings a user typed, so every check and every
message (in the chosen language) comes from ``calculator.api.handle``, exactly as in the browser.
The bundle is built from data/ (which needs the repository's ``generator``) or read from a JSON
file. The values an option takes are listed in ``--help`` from that bundle and the rules, so the
help cannot disagree with them.

Exit status: 0 answered; 1 the rules refused the input (the message says why, in --lang);
2 the command itself cannot run (bad option, no bundle, no data, a file that cannot be written,
output that cannot be written). Neither prints a traceback; a console that cannot show a
character gets it escaped (\\u049a), not an error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import stat
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from calculator.api import STANDARDS, Rules, handle
from calculator.messages import LANGS
from calculator.terms import SUBMISSION_OFFICES

# What the plain-text output shows before the explanation lines.
SUMMARY = {
    "fee": ("tenge", "mci", "mci_multiple", "coefficient", "band"),
    "deadline": ("ready_on", "skipped"),
    "late": ("due_on", "late_working_days"),
    "complaint": ("due_on", "nominal_due", "skipped"),
    "storage": ("keep_until", "then"),
    "open": ("open", "zone", "hours"),
}
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
DESCRIPTION = (
    "The rules from a terminal: fees, deadlines, late acts, complaints, storage of documents, "
    "office hours. "
    "`python -m calculator COMMAND --help` lists the values each option takes."
)
DATE = "a date, YYYY-MM-DD or DD.MM.YYYY"
# A bundle is far smaller (the site's is under a megabyte): more is not a bundle, and reading
# it whole would only exhaust memory.
MAX_BUNDLE_BYTES = 16 * 1024 * 1024


class Stop(Exception):
    """The command cannot run; the message is the one line the user sees (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad option is one line like every other refusal, not the whole usage."""

    def error(self, message: str):
        raise Stop(
            f"{self.prog.removeprefix('python -m calculator').strip() or 'usage'}: {message} "
            f"(see {self.prog} --help)"
        )


def _values(values) -> str:
    return "{" + ",".join(values) + "}"


def _options(bundle: Mapping) -> dict[str, dict[str, tuple[str, str]]]:
    """sub-command → {option: (metavar, meaning)}; every list of values from the bundle or the rules."""
    categories = _values(c["id"] for c in bundle["fees"]["categories"])
    cases = _values(bundle["terms"]["working_days"])
    submission = _values(SUBMISSION_OFFICES)
    stamp = (
        "DATETIME",
        "DTSTAMP of the .ics, ISO 8601 (2012-03-15T10:00+06:00); default: midnight of the first "
        "day; inside the production calendar",
    )
    deadline = {
        "standard": (
            _values(STANDARDS),
            "the state service standard, 1 to 4 (the right: 1 private ownership, "
            "2 permanent use, 3 temporary paid use or lease, 4 temporary free use)",
        ),
        "case": (
            cases,
            "the request: the state grants the right, the plot's identification characteristics "
            "changed, or a duplicate of the act (clause 11)",
        ),
        "submitted": ("DATE", f"the day the complete set of documents was handed in ({DATE})"),
        "office": (submission, "where the documents were handed in; default authorized-body"),
        "dtstamp": stamp,
    }
    return {
        "fee": {
            "category": (categories, "the applicant's category of appendix 7"),
            "area": (
                "HECTARES",
                "the plot's area in hectares, 0,5 or 0.5 (not asked for a flat tariff)",
            ),
            "paid-on": ("DATE", f"the day of payment: its АЕК/МРП applies ({DATE})"),
            "mci": (
                "TENGE",
                "an АЕК/МРП value in tenge instead of the table's (then --paid-on may be left out)",
            ),
        },
        "deadline": deadline,
        "late": {
            **{k: v for k, v in deadline.items() if k != "dtstamp"},
            "checked-on": ("DATE", f"the day to check on ({DATE}); default: today"),
        },
        "complaint": {
            "registered": ("DATE", f"the day the complaint was registered ({DATE})"),
            "simple": (
                "{yes,no}",
                "yes: no extra information or study is needed (the shorter term of clause 25)",
            ),
            "dtstamp": stamp,
        },
        "storage": {
            "ready-on": ("DATE", f"the day the act is due ({DATE})"),
            "office": (
                _values(bundle["terms"]["storage"]),
                "who keeps unclaimed documents; default authorized-body",
            ),
        },
        "open": {
            "region": (
                _values(r["id"] for r in bundle["regions"]),
                "the region; its local time applies",
            ),
            "at": ("DATETIME", "local date and time, YYYY-MM-DD HH:MM"),
            "office": (
                _values(bundle["offices"]),
                "the office (clause 9 hours); default authorized-body",
            ),
        },
        "ics": deadline,
    }


COMMANDS = {
    "fee": ("fee", "the state fee of appendix 7, in tenge"),
    "deadline": ("deadline", "the day the act is due (clause 7), counted in working days"),
    "late": (
        "late",
        "whether the act is late on a day, by how many working days, and where to complain",
    ),
    "complaint": ("complaint", "the day a complaint must be answered (clause 25)"),
    "storage": (
        "storage",
        "how long unclaimed documents are kept, and who gets them then (clause 26)",
    ),
    "open": ("open", "whether an office is open at a local date and time (clause 9)"),
    "ics": ("deadline", "the due date of `deadline` as an iCalendar (.ics) file"),
}


def _source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        metavar="DIR",
        help="the repository's data/ folder to build the bundle from (default: %(default)s)",
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="FILE",
        help="a bundle JSON file (the site's assets/calculator/bundle.json) instead of --data",
    )


def _parser(bundle: Mapping) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m calculator", description=DESCRIPTION, epilog=__doc__.split("\n\n")[-1]
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, options in _options(bundle).items():
        command = commands.add_parser(name, help=COMMANDS[name][1], description=COMMANDS[name][1])
        for option, (metavar, meaning) in options.items():
            command.add_argument(f"--{option}", metavar=metavar, help=meaning)
        command.add_argument(
            "--lang",
            metavar=_values(LANGS),
            default=LANGS[0],
            help="language of the answer and of its messages (default: %(default)s)",
        )
        _source_options(command)
        if name == "ics":
            command.add_argument(
                "--output", type=Path, metavar="FILE", help="write the .ics here instead of stdout"
            )
        else:
            command.add_argument("--json", action="store_true", help="print the whole JSON answer")
    return parser


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Opened without blocking and
    checked on the open file, so a pipe (which would wait for a writer) or a device (/dev/zero,
    endless) is refused, not read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file: a folder, a pipe or a device")
        data = file.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than {limit // (1024 * 1024)} MB")
    return data


def _read_bundle(path: Path) -> dict:
    try:
        bundle = json.loads(_read_regular(path, MAX_BUNDLE_BYTES).decode("utf-8"))
    except RecursionError:
        raise Stop(f"--bundle {path}: cannot be read as JSON (nested too deeply)") from None
    except (
        OSError,
        ValueError,
    ) as error:  # missing, unreadable, a folder, a pipe, too large, not UTF-8, not JSON, NUL in the path
        raise Stop(f"--bundle {path}: cannot be read as JSON ({_reason(error)})") from None
    return bundle


def _build_bundle(data: Path) -> dict:
    if not (data / "mci.yaml").is_file():
        raise Stop(
            f"--data {data}: no data folder here (it has no mci.yaml); give the repository's data/ "
            "or --bundle FILE"
        )
    try:
        from generator.core.errors import DataError
        from generator.load.bundle import build_bundle  # only the CLI needs the build-time tools
        from generator.load.site_data import load_site
    except ImportError:
        raise Stop(
            "--data needs the repository's generator package; run from the repository or give "
            "--bundle FILE"
        ) from None
    try:
        return build_bundle(load_site(data))
    except DataError as error:
        raise Stop(f"--data {data}: {str(error).splitlines()[0]}") from None
    except (OSError, ValueError) as error:
        raise Stop(f"--data {data}: cannot be read ({_reason(error)})") from None
    except RecursionError:
        raise Stop(f"--data {data}: a data file is nested too deeply to read") from None


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error).splitlines()[0]


def _bundle(argv: list[str]) -> dict:
    """The bundle named by --bundle or --data, read before the full parser so --help can list its values."""
    pre = _Parser(prog="python -m calculator", add_help=False)
    _source_options(pre)
    known, _ = pre.parse_known_args(argv)
    bundle = _read_bundle(known.bundle) if known.bundle else _build_bundle(known.data)
    name = f"--bundle {known.bundle}" if known.bundle else f"--data {known.data}"
    try:
        rules = Rules.from_bundle(bundle)
        _options(bundle)
        for lang in LANGS:  # the words of handle()'s own failure line must be there
            rules.strings.text("internal_error", lang)
    except Exception as error:  # any shape that is not a bundle: the rules cannot start on it
        raise Stop(f"{name}: not a calculator bundle ({_brief(error)})") from None
    return bundle


def _brief(error: BaseException) -> str:
    """An exception as a short part of one line (a KeyError's repr, at most 200 characters)."""
    text = (
        f"{type(error).__name__}: {error}".splitlines()[0] if str(error) else type(error).__name__
    )
    return text if len(text) <= 200 else text[:200] + "…"


def _show(value: object) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):  # skipped days
        return "".join(
            f"\n  {item['date']} ({item['weekday']}) — {item['reason']}" for item in value
        )
    if isinstance(value, list):
        return ", ".join("–".join(item) if isinstance(item, list) else str(item) for item in value)
    if isinstance(value, dict):
        return " ".join(str(item) for item in value.values() if item is not None)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except (OSError, ValueError) as error:
        raise Stop(f"--output {path}: cannot be written ({_reason(error)})") from None


def _run(argv: list[str]) -> int:
    bundle = _bundle(argv)
    args = _parser(bundle).parse_args(argv)
    action = COMMANDS[args.command][0]
    request = {"action": action, "lang": args.lang}
    for option in _options(bundle)[args.command]:
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            request[option.replace("-", "_")] = value
    if action == "late":
        request.setdefault("checked_on", date.today().isoformat())
    try:
        answer = handle(request, bundle)
        if not answer["ok"] and not answer["error"]["message"]:
            raise ValueError(f"no message for {answer['error']['code']}")
    except Exception as error:  # a bundle whose strings lack a message: say so, once
        source = f"--bundle {args.bundle}" if args.bundle else f"--data {args.data}"
        raise Stop(f"{source}: not a complete calculator bundle ({_brief(error)})") from None
    if not answer["ok"]:
        if getattr(args, "json", False):
            print(json.dumps(answer, ensure_ascii=False, indent=2))
        field = answer["error"]["field"]
        print(
            answer["error"]["message"] + (f" [--{field.replace('_', '-')}]" if field else ""),
            file=sys.stderr,
        )
        return 1
    if args.command == "ics":
        if args.output:
            _write(args.output, answer["ics"].encode("utf-8"))
        else:
            sys.stdout.buffer.write(answer["ics"].encode("utf-8"))
        return 0
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return 0
    for key in SUMMARY[action]:
        print(f"{key}: {_show(answer[key])}")
    for warning in answer.get("warnings", ()):
        print(f"! {warning['message']}")
    print()
    print("\n".join(answer["explanation"]))
    return 0


def _escape_unencodable() -> None:
    """A console in cp1251, ASCII or Latin-1 cannot show Kazakh letters: write them escaped."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):  # replaced by a test, or closed
            stream.reconfigure(errors="backslashreplace")


def _output_lost(error: OSError) -> int:
    """stdout cannot be written (a full disk, /dev/full, a closed pipe): one line, status 2.
    stdout is pointed at /dev/null so that Python's own flush at exit fails no more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    with contextlib.suppress(OSError):
        print(
            f"python -m calculator: the answer cannot be written ({_reason(error)})",
            file=sys.stderr,
        )
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _escape_unencodable()
    try:
        code = _run(argv)
        sys.stdout.flush()
        return code
    except Stop as error:
        print(f"python -m calculator: {error}", file=sys.stderr)
        return 2
    except SystemExit as done:  # argparse after --help
        return done.code if isinstance(done.code, int) else 0
    except OSError as error:  # only stdout is left unguarded: every file read or written is
        return _output_lost(error)


if __name__ == "__main__":
    sys.exit(main())
