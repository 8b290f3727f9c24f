"""``python -m generator COMMAND``: official text → data/ → pages → site/.

Exit status: 0 done; 1 the data or a build step is wrong (the message names file, line and field,
and site/ is left as it was); 2 the command itself cannot run (a bad option, a port in use, no
site/ to serve, output that cannot be written). Neither prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# command → what it does (the help line; the README's table says the same)
COMMANDS = {
    "extract": "rebuild data/*.yaml from data/source/, the corrections and the translations",
    "validate": "check every data file against its schema in data/schema/",
    "site": "validate, render the pages, build site/ (replaced only when everything worked)",
    "serve": "serve site/ as the deployed site is served (MIME types, headers)",
    "bench": "measure the calculator page in Chromium; the figures go to docs/dev/bench-log.md",
    "csp": "write deploy/nginx/csp.conf (the hashes of the inline scripts) from site/",
    "dist": "build for a public address (--site-url or SITE_URL) and write dist/: one archive "
    "of the site and its nginx configuration, and SHA256SUMS",
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
    commands["dist"].add_argument(
        "--site-url",
        metavar="URL",
        default=os.environ.get("SITE_URL"),
        help="the public address visitors will use, e.g. https://zher.example.kz/ or "
        "https://akimat.kz/land/ (default: $SITE_URL); a development address is refused",
    )
    commands["dist"].add_argument(
        "--out", default="dist", metavar="FOLDER", help="where to write (default: %(default)s)"
    )
    return parser


def _built_site(command: str, use: str) -> Path:
    """site/ as `python -m generator site` leaves it, for ``command`` to ``use`` (serve, read)."""
    site = ROOT / "site"
    if not (site / "index.html").is_file() or not (site / "404.html").is_file():
        raise _Usage(
            f"{command}: no site/ to {use}; build it first with `python -m generator site`"
        )
    return site


def _dist(site_url: str | None, out: str) -> None:
    from generator.assemble.address import AddressError, public
    from generator.assemble.release import write_release
    from generator.assemble.site import build_site

    try:
        url = public(site_url)
    except AddressError as exc:
        raise _Usage(f"dist: {exc}") from None
    site = build_site(ROOT, url)
    archive = write_release(site, url, ROOT / out)
    print(f"built {site} for {url}")
    print(f"wrote {archive} and {archive.with_name('SHA256SUMS')}")
    if url.startswith("http://"):
        print(
            "note: served over plain http, the calculator has no offline copy (browsers allow "
            "service workers only over https)",
            file=sys.stderr,
        )


def _refuse_what_cannot_run(args: argparse.Namespace) -> None:
    """Options that parse but name nothing: an empty target would run a full extract, an empty
    address would listen on every interface (no site/ to serve is _built_site's to refuse)."""
    if args.command == "extract" and args.check is not None and not args.check.strip():
        raise _Usage(f"extract --check: give a target, one of {_check_targets()}")
    if args.command == "serve" and not args.bind.strip():
        raise _Usage("serve --bind: give an address (127.0.0.1 serves this machine only)")


def _run(args: argparse.Namespace) -> int:
    # Each subcommand imports only its own layer (all below this module), so `extract` or `serve`
    # does not load MkDocs, Jinja or python-docx; tests/test_layers.py checks they go down.
    _refuse_what_cannot_run(args)
    if args.command == "extract" and args.check is not None:
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
        from generator.assemble.address import AddressError
        from generator.assemble.site import build_site

        try:
            print(f"built {build_site(ROOT)}")
        except AddressError as exc:
            raise _Usage(f"SITE_URL: {exc}") from None
    elif args.command == "dist":
        _dist(args.site_url, args.out)
    elif args.command == "serve":
        from generator.dev.serve import serve

        try:
            serve(_built_site("serve", "serve"), args.bind, args.port)
        except (OSError, OverflowError) as exc:
            raise _Usage(
                f"cannot serve on {args.bind}:{args.port}: {getattr(exc, 'strerror', None) or exc}"
            ) from None
    elif args.command == "csp":
        from generator.assemble.csp import csp_conf

        target = ROOT / "deploy" / "nginx" / "csp.conf"
        try:
            target.write_text(csp_conf(_built_site("csp", "read")), encoding="utf-8")
        except OSError as exc:
            raise _Usage(f"cannot write {target}: {exc.strerror or exc}") from None
        print("wrote deploy/nginx/csp.conf")
    elif args.command == "bench":
        from generator.dev.bench import main as bench

        return bench(ROOT)
    return 0


def _output_lost(error: OSError) -> int:
    """stdout cannot be written (/dev/full, a closed pipe): one line, status 2, and stdout pointed
    at /dev/null so that Python's own flush at exit fails no more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    with contextlib.suppress(OSError):
        reason = getattr(error, "strerror", None) or error
        print(f"python -m generator: the output cannot be written ({reason})", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    from generator.core.errors import BuildError, DataError

    for stream in (sys.stdout, sys.stderr):  # a console without Cyrillic gets it escaped
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    try:
        code = _run(_parser().parse_args(argv))
        sys.stdout.flush()
        return code
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
    except OSError as exc:  # files read and written are reported by their steps: this is stdout
        return _output_lost(exc)


if __name__ == "__main__":
    sys.exit(main())
