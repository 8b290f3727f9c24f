"""Shared fixtures: the project root, the built site served by a real HTTP server, Chromium."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site_dir() -> Path:
    site = ROOT / "site"
    if not (site / "index.html").exists():
        pytest.fail("site/ is not built: run `make test` (it builds the site first)")
    return site


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    """site/ served by the project's static server on a free loopback port."""
    from generator.serve import make_server

    server = make_server(site_dir, "127.0.0.1", free_port())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


NGINX = "/usr/sbin/nginx"


@pytest.fixture(scope="session")
def nginx_url(site_dir: Path, tmp_path_factory):
    """The shipped deploy/nginx configuration, run by Debian's nginx on a free loopback port.

    Only what is machine-specific is changed: listen, root and the folder of the includes.
    """
    import shutil
    import subprocess
    import time
    import urllib.request

    if not Path(NGINX).exists():
        pytest.fail(f"{NGINX} missing: `make setup` installs Debian's nginx")
    tmp = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = (ROOT / "deploy" / "nginx" / "zher-aktileri.conf").read_text(encoding="utf-8")
    conf = (conf.replace("listen 80;", f"listen 127.0.0.1:{port};")
                .replace("root /srv/zher-aktileri/site;", f"root {site_dir};")
                .replace("/etc/nginx/zher-aktileri/", f"{ROOT / 'deploy' / 'nginx'}/"))
    (tmp / "site.conf").write_text(conf, encoding="utf-8")
    (tmp / "nginx.conf").write_text(f"""
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/site.conf;
}}
""", encoding="utf-8")
    process = subprocess.Popen([NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf")],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"nginx did not start: {process.stdout.read().decode()}")
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(tmp, ignore_errors=True)
