"""`make dist`'s archive: the site at its path under htdocs/, the nginx files for its address,
a SHA256SUMS line that checks, the same bytes from the same build (tests/deploy serves a real one)."""

from __future__ import annotations

import hashlib
import tarfile
from pathlib import Path

import pytest

from generator.assemble.nginx import SHIPPED, site_conf
from generator.assemble.release import write_release


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "ru").mkdir(parents=True)
    (site / "index.html").write_text("<script>a()</script>", encoding="utf-8")
    (site / "ru" / "404.html").write_text("<p>нет</p>", encoding="utf-8")
    return site


@pytest.mark.parametrize(
    "url, htdocs",
    [
        ("https://zher.example.kz", "zher-aktileri/htdocs"),
        ("https://a.kz/land", "zher-aktileri/htdocs/land"),
    ],
)
def test_archive_layout_and_checksum(tiny_site: Path, tmp_path: Path, url: str, htdocs: str):
    archive = write_release(tiny_site, url, tmp_path / "dist")
    sums = (tmp_path / "dist" / "SHA256SUMS").read_text(encoding="utf-8")
    assert sums == f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  zher-aktileri.tar.gz\n"
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        assert f"{htdocs}/index.html" in names and f"{htdocs}/ru/404.html" in names
        for conf in ("zher-aktileri.conf", "site.conf", "csp.conf", "headers.conf"):
            assert f"zher-aktileri/nginx/{conf}" in names
        server = tar.extractfile("zher-aktileri/nginx/zher-aktileri.conf").read().decode()
    assert "server_name zher.example.kz;" in server or "server_name a.kz;" in server
    # The policy was made from this site: the hash of `a()`, its only inline script
    # (printf 'a()' | openssl dgst -sha256 -binary | base64).
    expected = "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"
    with tarfile.open(archive) as tar:
        csp = tar.extractfile("zher-aktileri/nginx/csp.conf").read().decode()
    assert csp.count(expected) == 2


def test_the_same_site_gives_the_same_archive(tiny_site: Path, tmp_path: Path):
    first = write_release(tiny_site, "https://a.kz/", tmp_path / "one").read_bytes()
    second = write_release(tiny_site, "https://a.kz/", tmp_path / "two").read_bytes()
    assert first == second


def test_site_conf_moves_every_path_to_the_sub_path():
    shipped = (SHIPPED / "site.conf").read_text(encoding="utf-8")
    assert site_conf(shipped, "/") == shipped
    moved = site_conf(shipped, "/land/")
    for line in (
        "location /land/ {",
        "location /land/ru/ {",
        "location ~ ^/land/ru/embed/ {",
        "location ~ ^/land/embed/ {",
        "index index.html /land/ru/.no-index;",
        "error_page 404 /land/404.html;",
        "error_page 404 /land/ru/404.html;",
        "index index.html /land/.no-index;",
        "location = /land {",
        "return 301 /land/;",
    ):
        assert line in moved, line
    # No directive left pointing at the host's root.
    directives = [
        line.strip()
        for line in moved.splitlines()
        if line.strip().startswith(("location /", "location ~", "error_page", "index "))
    ]
    assert directives and all("/land" in line for line in directives), directives


def test_the_shipped_server_uses_tls_and_a_real_name():
    """The offline copy needs a secure context; `server_name _` loses to Debian's default site."""
    server = (SHIPPED / "zher-aktileri.conf").read_text(encoding="utf-8")
    assert "listen 443 ssl;" in server and "ssl_certificate " in server
    assert "server_name _;" not in server
    assert "return 301 https://zher.example.kz$request_uri;" in server
