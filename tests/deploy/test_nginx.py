"""The shipped nginx configuration serves the built site with the right types, caching and headers."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from generator.assemble.csp import csp_conf

ROOT = Path(__file__).resolve().parents[2]
# The `served` fixture (tests/conftest.py) under nginx, for every test of this module.
pytestmark = pytest.mark.parametrize("served", ["nginx"], indirect=True)
SECURITY = ("X-Content-Type-Options", "Referrer-Policy", "Content-Security-Policy")


def get(url: str, gzip: bool = False):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip else {})
    try:
        return urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error


def pyodide_of(site_dir: Path) -> str:
    """The content-named Pyodide folder (generator/assemble/runtime.py)."""
    return next((site_dir / "assets").glob("pyodide-*")).name


def site_paths(site_dir: Path) -> list[str]:
    """One of each kind of file the site serves, plus every page."""
    paths = [
        "/" + p.relative_to(site_dir).as_posix().removesuffix("index.html")
        for p in site_dir.rglob("index.html")
    ]
    runtime = next((site_dir / "assets").glob("runtime-*")).name
    pyodide = pyodide_of(site_dir)
    paths += [
        f"/assets/{pyodide}/pyodide.asm.wasm",
        f"/assets/{pyodide}/pyodide.mjs",
        f"/assets/{runtime}/calculator/bundle.json",
        "/assets/site.css",
        "/no-such-page/",
    ]
    return paths


def test_shipped_csp_allows_exactly_the_site_inline_scripts(site_dir, served):
    shipped = (ROOT / "deploy" / "nginx" / "csp.conf").read_text(encoding="utf-8")
    assert shipped == csp_conf(site_dir), (
        "run `python -m generator csp` and commit deploy/nginx/csp.conf"
    )


def test_every_response_carries_the_security_headers(served, site_dir):
    for path in site_paths(site_dir):
        response = get(served + path)
        for header in SECURITY:
            assert response.headers.get(header), f"{path} lacks {header}"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "'wasm-unsafe-eval'" in response.headers["Content-Security-Policy"]
        assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


def test_pages_may_not_be_framed(served):
    response = get(served + "/")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "suffix, mime", [("pyodide.asm.wasm", "application/wasm"), ("pyodide.mjs", "text/javascript")]
)
def test_pyodide_types(served, site_dir, suffix, mime):
    response = get(f"{served}/assets/{pyodide_of(site_dir)}/{suffix}")
    assert response.status == 200
    assert response.headers["Content-Type"].split(";")[0] == mime


def test_precompressed_files_and_caching(served, site_dir):
    pyodide = pyodide_of(site_dir)
    wasm = get(f"{served}/assets/{pyodide}/pyodide.asm.wasm", gzip=True)
    assert wasm.headers["Content-Encoding"] == "gzip"
    assert (
        int(wasm.headers["Content-Length"])
        == (site_dir / f"assets/{pyodide}/pyodide.asm.wasm.gz").stat().st_size
    )
    assert (
        "immutable" in wasm.headers["Cache-Control"]
        and "max-age=31536000" in wasm.headers["Cache-Control"]
    )
    page = get(served + "/ru/", gzip=True)
    assert page.headers["Content-Encoding"] == "gzip"
    assert page.headers["Cache-Control"] == "no-cache"


def get_encoded(url: str, accept: str):
    return urllib.request.urlopen(
        urllib.request.Request(url, headers={"Accept-Encoding": accept}), timeout=10
    )


@pytest.mark.parametrize(
    "accept, coding", [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip")]
)
def test_brotli_where_accepted_else_gzip(served, site_dir, accept, coding):
    for rel, mime in (
        (f"assets/{pyodide_of(site_dir)}/pyodide.asm.wasm", "application/wasm"),
        ("ru/index.html", "text/html"),
    ):
        response = get_encoded(f"{served}/{rel.removesuffix('index.html')}", accept)
        suffix = {"br": ".br", "gzip": ".gz"}[coding]
        assert response.headers["Content-Encoding"] == coding, rel
        assert response.headers["Content-Type"].split(";")[0] == mime, rel
        assert "Accept-Encoding" in response.headers["Vary"], rel
        assert response.read() == (site_dir / (rel + suffix)).read_bytes(), rel


def test_no_coding_accepted_gets_the_plain_file(served, site_dir):
    response = get_encoded(served + "/ru/", "identity")
    assert response.headers.get("Content-Encoding") is None
    assert response.read() == (site_dir / "ru" / "index.html").read_bytes()


def test_open_data_types(served, site_dir):
    # One of each kind the build writes; nginx's default map has none of them.
    expected = {".csv": "text/csv; charset=utf-8", ".vcf": "text/vcard", ".ics": "text/calendar"}
    for suffix, mime in expected.items():
        found = sorted(p for p in site_dir.rglob(f"*{suffix}") if p.is_file())
        assert found, suffix
        path = "/" + found[0].relative_to(site_dir).as_posix()
        response = get(served + path)
        assert response.status == 200, path
        assert response.headers["Content-Type"] == mime, path


def raw_request(served: str, request: bytes) -> tuple[int, dict[str, str]]:
    """What nginx answers to bytes no browser sends (urllib would refuse to send them)."""
    import socket
    from urllib.parse import urlsplit

    where = urlsplit(served)
    with socket.create_connection((where.hostname, where.port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in head[1:])
    return int(head[0].split()[1]), headers


@pytest.mark.parametrize(
    "request_bytes, status",
    [
        (b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        (b"BAD REQUEST LINE\r\n\r\n", 400),
        (b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: a\r\n\r\n", 414),
    ],
)
def test_nginx_own_error_answers_carry_the_security_headers(served, request_bytes, status):
    got, headers = raw_request(served, request_bytes)
    assert got == status
    assert headers.get("X-Content-Type-Options") == "nosniff"
    assert headers.get("Referrer-Policy")
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")


def test_a_folder_without_a_page_is_the_site_404_not_nginx_403(served):
    """Issue 30: /assets/ was nginx's English 403 page."""
    # review7 D7: /ru/embed/ (a regex location) had the Kazakh 404 page.
    folders = (("/assets/", "kk"), ("/assets/javascripts/", "kk"), ("/embed/", "kk"))
    for path, lang in (*folders, ("/ru/embed/", "ru"), ("/ru/embed/directory/", "ru")):
        response = get(served + path)
        assert response.status == 404, path
        assert f'<html lang="{lang}"'.encode() in response.read(), path


def test_a_redirect_never_writes_back_the_host_header(served):
    """Issue 30: nginx echoed the Host header into absolute redirects."""
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(served)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    connection.request("GET", "/calculator", headers={"Host": "attacker.example"})
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == "/calculator/"
    connection.close()
