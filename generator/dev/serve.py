"""A small static server for site/ with the MIME types Pyodide needs and pre-compressed files.

It answers like the production nginx configuration (deploy/nginx/) in what matters to the
calculator: `.wasm` as application/wasm, `.mjs` as JavaScript, `file.br` or `file.gz` sent with
its Content-Encoding when the browser accepts it, a year-long cache for the fingerprinted
runtime folder, and the site's own 404 page (for a folder without a page too). It is for `make serve`, the tests and the
benchmark, not for production.
"""

from __future__ import annotations

import email.utils
import functools
import html
import http.server
import os
import sys
from pathlib import Path

from generator.load.strings import load_ui

# The local server's own error pages use the repository's strings (server_*).
STRINGS_DIR = Path(__file__).resolve().parents[2] / "data" / "strings"

TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".ics": "text/calendar",
    ".vcf": "text/vcard",
    ".csv": "text/csv; charset=utf-8",
    ".whl": "application/zip",
    ".bin": "application/octet-stream",
}
IMMUTABLE = ("/assets/runtime-", "/assets/pyodide-", "/assets/javascripts/", "/assets/stylesheets/")
# Best first: what nginx's brotli_static and gzip_static would pick.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted(header: str) -> set[str]:
    """Codings of an Accept-Encoding header, without those refused with q=0."""
    codings = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip().removeprefix("q=") if params.strip().startswith("q=") else "1"
        try:
            if name.strip() and float(q) > 0:
                codings.add(name.strip().lower())
        except ValueError:
            continue
    return codings


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        codings = accepted(self.headers.get("Accept-Encoding", ""))
        for coding, suffix in ENCODINGS:
            if coding in codings and os.path.isfile(path + suffix) and os.path.isfile(path):
                # http.server closes the file it is handed back once it is copied out.
                f = open(path + suffix, "rb")  # noqa: SIM115
                stat = os.fstat(f.fileno())
                # Revalidation (no-cache files) must cost a 304, not the file again.
                modified = email.utils.formatdate(int(stat.st_mtime), usegmt=True)
                if self.headers.get("If-Modified-Since") == modified:
                    f.close()
                    self.send_response(304)
                    self.send_header("Last-Modified", modified)
                    self.end_headers()
                    return None
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", coding)
                self.send_header("Content-Length", str(stat.st_size))
                self.send_header("Last-Modified", modified)
                self.end_headers()
                return f
        return super().send_head()

    def list_directory(self, path):
        """A folder without index.html is a missing page, as nginx answers it (deploy/nginx/:
        `index index.html /.no-index`): the site's 404 page, never an English file listing."""
        self.send_error(404)
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The site's own 404 page (the Russian one under /ru/), else a short page in the
        language of the address: never the standard library's English page."""
        lang = "ru" if self.path.startswith("/ru/") else "kk"
        body = self._error_page(code, lang)
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if code >= 400:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(body)

    def _error_page(self, code: int, lang: str) -> bytes:
        if code == 404:
            page = Path(self.directory) / ("ru/404.html" if lang == "ru" else "404.html")
            if page.is_file():
                return page.read_bytes()
        t = {
            key: value[lang]
            for key, value in load_ui(STRINGS_DIR).items()
            if key.startswith("server_")
        }
        text = t["server_not_found"] if code == 404 else t["server_error"]
        home = "/ru/" if lang == "ru" else "/"
        return (
            f'<!doctype html><html lang="{lang}"><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(t['server_title'].format(code=code))}</title>"
            f"<h1>{html.escape(t['server_title'].format(code=code))}</h1><p>{html.escape(text)}</p>"
            f'<p><a href="{home}">{html.escape(t["server_home"])}</a></p></html>'
        ).encode()

    def end_headers(self) -> None:
        if self.path.startswith(IMMUTABLE):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # quiet: tests make many requests
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that leaves a page or cancels a request hangs up mid-answer: not the site's
        # error, and no traceback on the terminal for it.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def make_server(
    site: Path, bind: str, port: int, handler: type[Handler] = Handler
) -> http.server.ThreadingHTTPServer:
    return _Server((bind, port), functools.partial(handler, directory=str(site)))


def serve(site: Path, bind: str, port: int) -> None:
    with make_server(site, bind, port) as server:
        server.serve_forever()
