"""``python -m generator COMMAND``: official text → data/ → pages → site/.

Exit status: 0 done; 1 the data or a build step is wrong (the message names file, line and field,
and site/ is left as it was); 2 the command itself cannot run (a bad option, a port in use).
Neither prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# command → what it does (the help line; the README's table says the same)
COMMANDS = {
    "extract": "rebuild data/*.yaml from data/source/, the corrections and the translations",
    "validate": "check every data file against its schema in data/schema/",
    "site": "validate, render the pages, build site/ (replaced only when everything worked)",
    "serve": "serve site/ as the deployed site is served (MIME types, headers)",
    "bench": "measure the calculator page in Chromium and print the medians (see README, Speed)",
    "csp": "write deploy/nginx/csp.conf (the hashes of the inline scripts) from site/",
}


class _Usage(Exception):
    """A bad command line: one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _Usage(f"{message} (see {self.prog} --help)")


def _check_targets() -> str:
    """The values of ``extract --check``, the region ids read from data/regions.yaml."""
    import yaml

    try:
        regions = [
            r["id"]
            for r in yaml.safe_load((ROOT / "data" / "regions.yaml").read_text(encoding="utf-8"))
        ]
    except Exception:  # help must print even when the data is broken: that is when it is read
        regions = ["REGION-ID"]
    return f"standards, appendix-2, appendix-3 or a region id ({', '.join(regions)})"


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m generator",
        description=__doc__.split("\n\n")[0].replace("``", ""),
        epilog=__doc__.split("\n\n")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = {
        name: sub.add_parser(name, help=text, description=text) for name, text in COMMANDS.items()
    }
    commands["extract"].add_argument(
        "--check",
        metavar="TARGET",
        help=f"one of {_check_targets()}: print what the parser reads for the standards, an appendix or a "
        "region (rows, lines it could not place, missing Russian as YAML to fill in); writes nothing",
    )
    commands["serve"].add_argument(
        "--port", type=int, default=8000, help="port to listen on (default: %(default)s)"
    )
    commands["serve"].add_argument(
        "--bind",
        default="127.0.0.1",
        metavar="ADDRESS",
        help="address to listen on (default: %(default)s)",
    )
    return parser


def _run(args: argparse.Namespace) -> int:
    # Each subcommand imports only its own layer (all below this module), so `extract` or `serve`
    # does not load MkDocs, Jinja or python-docx; tests/test_layers.py checks they go down.
    if args.command == "extract" and args.check:
        from generator.extract import check

        print(check(ROOT / "data", args.check))
    elif args.command == "extract":
        from generator.extract import write_all

        for rel in write_all(ROOT / "data"):
            print(f"wrote data/{rel}")
    elif args.command == "validate":
        from generator.load.schema import load_validated

        print(f"{len(load_validated(ROOT / 'data'))} data files valid")
    elif args.command == "site":
        from generator.assemble.site import build_site

        print(f"built {build_site(ROOT)}")
    elif args.command == "serve":
        from generator.dev.serve import serve

        try:
            serve(ROOT / "site", args.bind, args.port)
        except (OSError, OverflowError) as exc:
            raise _Usage(
                f"cannot serve on {args.bind}:{args.port}: {getattr(exc, 'strerror', None) or exc}"
            ) from None
    elif args.command == "csp":
        from generator.assemble.csp import csp_conf

        (ROOT / "deploy" / "nginx" / "csp.conf").write_text(
            csp_conf(ROOT / "site"), encoding="utf-8"
        )
        print("wrote deploy/nginx/csp.conf")
    elif args.command == "bench":
        from generator.dev.bench import main as bench

        return bench(ROOT)
    return 0


def main(argv: list[str] | None = None) -> int:
    from generator.core.errors import BuildError, DataError

    try:
        return _run(_parser().parse_args(argv))
    except _Usage as exc:
        print(f"python -m generator: {exc}", file=sys.stderr)
        return 2
    except DataError as exc:
        print(f"data error — nothing was built, site/ is unchanged:\n{exc}", file=sys.stderr)
        return 1
    except BuildError as exc:
        print(f"build error — site/ is unchanged:\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C ends `serve`
        return 0
    except SystemExit as done:  # argparse after --help
        return done.code if isinstance(done.code, int) else 0


if __name__ == "__main__":
    sys.exit(main())
