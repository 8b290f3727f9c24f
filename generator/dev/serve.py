"""A small static server for site/ with the MIME types Pyodide needs and pre-compressed files.

It answers like the production nginx configuration (deploy/nginx/) in what matters to the
calculator: `.wasm` as application/wasm, `.mjs` as JavaScript, `file.gz` sent with
Content-Encoding: gzip when the browser accepts it, and a year-long cache for the fingerprinted
runtime folder. It is for `make serve`, the tests and the benchmark, not for production.
"""

from __future__ import annotations

import functools
import http.server
import os
from pathlib import Path

TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
         ".json": "application/json", ".ics": "text/calendar", ".vcf": "text/vcard",
         ".whl": "application/zip", ".bin": "application/octet-stream"}
IMMUTABLE = ("/assets/runtime-", "/assets/javascripts/", "/assets/stylesheets/")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        gz = path + ".gz"
        if "gzip" in self.headers.get("Accept-Encoding", "") and os.path.isfile(gz):
            f = open(gz, "rb")
            size = os.fstat(f.fileno()).st_size
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            return f
        return super().send_head()

    def end_headers(self) -> None:
        if self.path.startswith(IMMUTABLE):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # quiet: tests make many requests
        pass


def make_server(site: Path, bind: str, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(Handler, directory=str(site))
    return http.server.ThreadingHTTPServer((bind, port), handler)


def serve(site: Path, bind: str, port: int) -> None:
    with make_server(site, bind, port) as server:
        server.serve_forever()
