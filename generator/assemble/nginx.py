"""The shipped nginx configuration (deploy/nginx/) written for one address.

deploy/nginx/ is written for the site at the root of zher.example.kz; a release for another
address gets the same files with its host name, its path in every location, error page and
index entry, and a csp.conf made from the very site it ships.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from generator.assemble.address import normalise
from generator.assemble.csp import csp_conf
from generator.core.errors import BuildError

SHIPPED = Path(__file__).resolve().parents[2] / "deploy" / "nginx"
EXAMPLE_HOST = "zher.example.kz"
# Directives whose path argument is the site's own path (written for "/" in site.conf).
_PREFIX_LOCATION = re.compile(r"^(\s*location\s+(?:=\s+)?)/", re.M)
_REGEX_LOCATION = re.compile(r"^(\s*location\s+~\s+\^)/", re.M)
_ERROR_PAGE = re.compile(r"^(\s*error_page\s+[\d\s=]+)/", re.M)
_INDEX = re.compile(r"^(\s*index\s+[^;]*\s)/", re.M)


def site_conf(template: str, base: str) -> str:
    """site.conf's locations moved from ``/`` to ``base`` (``/land/``)."""
    if not (base.startswith("/") and base.endswith("/")):
        raise ValueError(f"a base path starts and ends with /: {base!r}")
    counts = []
    for pattern, path in (
        (_PREFIX_LOCATION, base),
        (_REGEX_LOCATION, re.escape(base)),
        (_ERROR_PAGE, base),
        (_INDEX, base),
    ):
        template, count = pattern.subn(lambda m, p=path: m.group(1) + p, template)
        counts.append(count)
    if 0 in counts:
        raise BuildError(
            "deploy/nginx/site.conf lost a location, error_page or index line the release "
            "rewrites for its path: update generator/assemble/nginx.py"
        )
    if base != "/":
        # /land (no slash) is outside `location /land/`: send it to the folder.
        template += (
            f"\nlocation = {base.rstrip('/')} {{\n"
            "    absolute_redirect off;\n"
            f"    return 301 {base};\n}}\n"
        )
    return template


def server_conf(template: str, host: str) -> str:
    if EXAMPLE_HOST not in template:
        raise BuildError(f"deploy/nginx/zher-aktileri.conf no longer names {EXAMPLE_HOST}")
    return template.replace(EXAMPLE_HOST, host)


def nginx_files(url: str, site: Path) -> dict[str, str]:
    """{file name: text} of deploy/nginx/ for the site built for ``url`` in ``site``."""
    parts = urlsplit(normalise(url))
    read = lambda name: (SHIPPED / name).read_text(encoding="utf-8")  # noqa: E731
    return {
        "zher-aktileri.conf": server_conf(read("zher-aktileri.conf"), parts.hostname),
        "site.conf": site_conf(read("site.conf"), parts.path),
        "headers.conf": read("headers.conf"),
        "csp.conf": csp_conf(site),
    }
