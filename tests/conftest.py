"""Shared fixtures: the project root, the built site served by a real HTTP server, Chromium."""

from __future__ import annotations

import os
import subprocess
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.load.schema import load_validated
from generator.load.site_data import SiteData, load_site

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data() -> dict:
    """data/*.yaml, each checked against its schema."""
    return load_validated(ROOT / "data")


@pytest.fixture(scope="session")
def site() -> SiteData:
    """data/ as the build reads it: one typed object."""
    return load_site(ROOT / "data")


@pytest.fixture(scope="session")
def site_dir() -> Path:
    site = ROOT / "site"
    if not (site / "index.html").exists():
        pytest.fail("site/ is not built: run `make test` (it builds the site first)")
    return site


# The site is served where it was built for (make test builds it with SITE_URL set): the language
# switch links are absolute (built from site_url), so another port would be another host.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
NGINX = "/usr/sbin/nginx"
# Debian's libnginx-mod-http-brotli-static (a production nginx loads it from modules-enabled/).
BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"


def _wait_until_up(url: str, process=None) -> None:
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/", timeout=1)
            return
        except OSError:
            if process is not None and process.poll() is not None:
                pytest.fail(f"nginx did not start: {process.stdout.read().decode()}")
            time.sleep(0.05)
    pytest.fail(f"{url} did not answer")


def _static(site_dir: Path, host: str, port: int):
    from generator.dev.serve import make_server

    try:
        server = make_server(site_dir, host, port)
    except OSError as error:
        pytest.fail(f"cannot serve on {host}:{port} ({error}); is `make serve` running?")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server.shutdown


def _nginx(site_dir: Path, host: str, port: int, tmp: Path):
    """The shipped deploy/nginx configuration, run by Debian's nginx.

    Only what is machine-specific is changed: listen, root and the folder of the includes.
    """
    for needed in (NGINX, BROTLI_MODULE):
        if not Path(needed).exists():
            pytest.fail(
                f"{needed} missing: `make setup` installs Debian's nginx and its Brotli module"
            )
    conf = (ROOT / "deploy" / "nginx" / "zher-aktileri.conf").read_text(encoding="utf-8")
    conf = (
        conf.replace("listen 80;", f"listen {host}:{port};")
        .replace("root /srv/zher-aktileri/site;", f"root {site_dir};")
        .replace("/etc/nginx/zher-aktileri/", f"{ROOT / 'deploy' / 'nginx'}/")
    )
    (tmp / "site.conf").write_text(conf, encoding="utf-8")
    temp_paths = "\n".join(
        f"    {name}_temp_path {tmp}/{name};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp / "nginx.conf").write_text(
        f"""
load_module {BROTLI_MODULE};
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temp_paths}
    include {tmp}/site.conf;
}}
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    _wait_until_up(f"http://{host}:{port}", process)

    def stop():
        process.terminate()
        process.wait(timeout=10)

    return stop


@pytest.fixture(scope="session", params=["static", "nginx"])
def served(request, site_dir: Path, tmp_path_factory) -> str:
    """The built site behind the project's static server, then behind the production nginx
    configuration (pytest runs the tests of one before starting the other on the same port)."""
    url = urlsplit(SITE_URL)
    if request.param == "static":
        stop = _static(site_dir, url.hostname, url.port)
    else:
        stop = _nginx(site_dir, url.hostname, url.port, tmp_path_factory.mktemp("nginx"))
    yield f"http://{url.hostname}:{url.port}"
    stop()
