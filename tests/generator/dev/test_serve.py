"""The local server: Brotli where accepted, gzip otherwise, and error pages in the site's languages."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.dev.serve import accepted, make_server


@pytest.fixture
def tree(tmp_path: Path):
    (tmp_path / "ru").mkdir()
    (tmp_path / "app.js").write_bytes(b"plain")
    (tmp_path / "app.js.gz").write_bytes(b"gzipped")
    (tmp_path / "app.js.br").write_bytes(b"brotli")
    (tmp_path / "404.html").write_text("<html lang=kk>жоқ</html>", encoding="utf-8")
    server = make_server(tmp_path, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def fetch(url: str, accept: str = ""):
    try:
        return urllib.request.urlopen(
            urllib.request.Request(url, headers={"Accept-Encoding": accept}), timeout=10
        )
    except urllib.error.HTTPError as error:
        return error


def test_accept_encoding_parsing():
    assert accepted("gzip, deflate, br, zstd") == {"gzip", "deflate", "br", "zstd"}
    assert accepted("br;q=0, gzip;q=0.5") == {"gzip"}
    assert accepted("") == set()


@pytest.mark.parametrize(
    "accept, body, coding",
    [
        ("gzip, deflate, br", b"brotli", "br"),
        ("gzip", b"gzipped", "gzip"),
        ("br;q=0, gzip", b"gzipped", "gzip"),
        ("identity", b"plain", None),
    ],
)
def test_best_accepted_coding(tree, accept, body, coding):
    _, base = tree
    response = fetch(f"{base}/app.js", accept)
    assert response.read() == body
    assert response.headers.get("Content-Encoding") == coding
    assert response.headers["Content-Type"] == "text/javascript"
    assert response.headers["Vary"] == "Accept-Encoding"


def test_missing_page_is_the_site_404(tree):
    _, base = tree
    response = fetch(f"{base}/no-such-page/")
    assert response.status == 404
    assert response.read().decode("utf-8") == "<html lang=kk>жоқ</html>"


def test_missing_russian_page_without_a_russian_404_gets_a_russian_answer(tree):
    _, base = tree
    response = fetch(f"{base}/ru/no-such-page/")
    body = response.read().decode("utf-8")
    assert response.status == 404
    assert '<html lang="ru">' in body and "Такой страницы на сайте нет." in body
    assert "File not found" not in body and "Error response" not in body


@pytest.mark.parametrize("path, lang", [("/embed/", "kk"), ("/ru/embed/", "ru"), ("/ru/", "ru")])
def test_a_folder_without_a_page_is_the_site_404_not_a_listing(tree, path, lang):
    """review7 D7: /embed/ (no widget named) was http.server's «Directory listing for /embed/»;
    nginx (deploy/nginx/site.conf, `index index.html /.no-index`) answers the site's 404 page."""
    root, base = tree
    (root / "embed" / "directory").mkdir(parents=True)
    (root / "ru" / "embed").mkdir(parents=True)
    (root / "ru" / "404.html").write_text("<html lang=ru>нет</html>", encoding="utf-8")
    response = fetch(base + path)
    body = response.read().decode("utf-8")
    assert response.status == 404
    assert body == {"kk": "<html lang=kk>жоқ</html>", "ru": "<html lang=ru>нет</html>"}[lang]


def test_russian_404_page_is_used_under_ru(tree):
    root, base = tree
    (root / "ru" / "404.html").write_text("<html lang=ru>нет</html>", encoding="utf-8")
    assert fetch(f"{base}/ru/x").read().decode("utf-8") == "<html lang=ru>нет</html>"


def test_other_errors_are_answered_in_kazakh_not_english(tree):
    _, base = tree
    request = urllib.request.Request(f"{base}/", method="DELETE")
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("DELETE must be refused")
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8")
        assert error.code == 501
        assert '<html lang="kk">' in body and "Сервер бұл сұрауға жауап бере алмады." in body
        assert "Unsupported method" not in body


def test_revalidating_a_compressed_file_costs_a_304(tree):
    _, base = tree
    first = fetch(f"{base}/app.js", "br")
    modified = first.headers["Last-Modified"]
    request = urllib.request.Request(
        f"{base}/app.js", headers={"Accept-Encoding": "br", "If-Modified-Since": modified}
    )
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("expected 304 Not Modified")
    except urllib.error.HTTPError as error:
        assert error.code == 304


def test_a_client_hanging_up_is_not_reported_but_a_fault_is(tmp_path: Path, capsys):
    """A browser that leaves a page mid-download resets the connection: nothing is printed (the
    suite's shared server printed a traceback for each). Any other fault still is."""
    server = make_server(tmp_path, "127.0.0.1", 0)
    try:
        for error in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")):
            try:
                raise error
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("a fault of the server")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        assert "ValueError: a fault of the server" in capsys.readouterr().err
    finally:
        server.server_close()
