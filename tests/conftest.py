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
