"""A small static server for site/ with the MIME types Pyodide needs and pre-compressed files.

Python's http.server maps .wasm and .mjs correctly on this machine; we set them explicitly so a
machine with an older mimetypes table behaves the same. Production uses nginx (deploy/).
"""

from __future__ import annotations

import functools
import http.server
from pathlib import Path

TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
         ".json": "application/json", ".ics": "text/calendar", ".vcf": "text/vcard"}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def log_message(self, format: str, *args) -> None:  # quiet: tests start many requests
        pass


def make_server(site: Path, bind: str, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(Handler, directory=str(site))
    return http.server.ThreadingHTTPServer((bind, port), handler)


def serve(site: Path, bind: str, port: int) -> None:
    with make_server(site, bind, port) as server:
        server.serve_forever()
