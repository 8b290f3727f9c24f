"""Command line of the generator.

    python -m generator extract    rebuild data/*.yaml from data/source/ and the corrections
        --check TARGET             print what the parser sees for a region id, appendix-2, appendix-3
                                   or standards; missing Russian as YAML to fill in; writes nothing
    python -m generator validate   check every data file against its schema
    python -m generator site       validate, render pages, build site/ (replaced only on success)
    python -m generator serve      serve site/ at http://127.0.0.1:8000/
    python -m generator bench      measure the calculator in Chromium (see README)
    python -m generator csp        write deploy/nginx/csp.conf (script hashes) from site/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="rebuild data/*.yaml from the official text")
    extract.add_argument("--check", metavar="TARGET", help="report on one region, appendix-2, appendix-3 or standards")
    sub.add_parser("validate", help="validate data/ against data/schema/")
    sub.add_parser("site", help="build site/")
    serve = sub.add_parser("serve", help="serve site/ locally")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--bind", default="127.0.0.1")
    sub.add_parser("bench", help="measure the calculator page in Chromium")
    sub.add_parser("csp", help="write deploy/nginx/csp.conf from the built site")
    args = parser.parse_args(argv)

    from generator.errors import BuildError, DataError

    try:
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

            serve(ROOT / "site", args.bind, args.port)
        elif args.command == "csp":
            from generator.assemble.csp import csp_conf

            (ROOT / "deploy" / "nginx" / "csp.conf").write_text(csp_conf(ROOT / "site"), encoding="utf-8")
            print("wrote deploy/nginx/csp.conf")
        elif args.command == "bench":
            from generator.dev.bench import main as bench

            return bench(ROOT)
    except DataError as exc:
        print(f"data error — nothing was built, site/ is unchanged:\n{exc}", file=sys.stderr)
        return 1
    except BuildError as exc:
        print(f"build error — site/ is unchanged:\n{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
