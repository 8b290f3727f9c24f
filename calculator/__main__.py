"""``python -m calculator``: the rules from a terminal.

Glue only. Options are passed through as the strings a user typed, so every check and every
message (in the chosen language) comes from ``calculator.api.handle``, exactly as in the browser.
The bundle is built from data/ (which needs the repository's ``generator``) or read from a JSON file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from calculator.api import handle

# sub-command → (action, its options)
COMMANDS = {
    "fee": ("fee", ("category", "area", "paid-on", "mci")),
    "deadline": ("deadline", ("standard", "case", "submitted", "office", "dtstamp")),
    "complaint": ("complaint", ("registered", "simple", "dtstamp")),
    "storage": ("storage", ("ready-on", "office")),
    "open": ("open", ("region", "at", "office")),
    "ics": ("deadline", ("standard", "case", "submitted", "office", "dtstamp")),
}
# What the plain-text output shows before the explanation lines.
SUMMARY = {
    "fee": ("tenge", "mci", "mci_multiple", "coefficient", "band"),
    "deadline": ("ready_on", "skipped"),
    "complaint": ("due_on", "nominal_due", "skipped"),
    "storage": ("keep_until", "then"),
    "open": ("open", "zone", "hours"),
}
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m calculator", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, options) in COMMANDS.items():
        command = commands.add_parser(name)
        for option in options:
            command.add_argument(f"--{option}")
        command.add_argument("--lang", default="kk")
        command.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data/ directory")
        command.add_argument("--bundle", type=Path, help="a bundle JSON file instead of --data")
        if name == "ics":
            command.add_argument("--output", type=Path, help="write the .ics here instead of stdout")
        else:
            command.add_argument("--json", action="store_true", help="print the whole JSON answer")
    return parser


def _bundle(args: argparse.Namespace) -> dict:
    if args.bundle:
        return json.loads(args.bundle.read_text(encoding="utf-8"))
    from generator.load.bundle import build_bundle  # only the CLI needs the build-time tools

    return build_bundle(args.data)


def _show(value: object) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):  # skipped days
        return "".join(f"\n  {item['date']} ({item['weekday']}) — {item['reason']}" for item in value)
    if isinstance(value, list):
        return ", ".join("–".join(item) if isinstance(item, list) else str(item) for item in value)
    if isinstance(value, dict):
        return " ".join(str(item) for item in value.values() if item is not None)
    return str(value).lower() if isinstance(value, bool) else str(value)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    action, options = COMMANDS[args.command]
    request = {"action": action, "lang": args.lang}
    for option in options:
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            request[option.replace("-", "_")] = value
    answer = handle(request, _bundle(args))
    if not answer["ok"]:
        if getattr(args, "json", False):
            print(json.dumps(answer, ensure_ascii=False, indent=2))
        field = answer["error"]["field"]
        print(answer["error"]["message"] + (f" [--{field.replace('_', '-')}]" if field else ""), file=sys.stderr)
        return 1
    if args.command == "ics":
        if args.output:
            args.output.write_bytes(answer["ics"].encode("utf-8"))
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


if __name__ == "__main__":
    sys.exit(main())
