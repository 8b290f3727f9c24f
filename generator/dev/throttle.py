"""The site behind a slow line, for `make bench` and the tests: the project's static server with
every response squeezed through one shared bandwidth budget and held back a fixed time per
request, and every byte and request counted.

The line is made in the server, not in the browser: Chromium's network emulation slows a page
and its dedicated workers but not its service worker, whose downloads a user pays for all the
same. One budget for all connections is what a phone's single mobile link gives.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

from generator.dev.serve import Handler, make_server

# Lighthouse's "slow 4G": 1.6 Mbit/s down, 150 ms of latency per request.
SLOW_LINE = {"bytes_per_s": 1_600_000 / 8, "delay_s": 0.150}
CHUNK = 16 * 1024


class Line:
    """One link shared by every connection: a chunk may start only when the previous chunk of
    any connection has had its time on the wire."""

    def __init__(self, bytes_per_s: float | None = None, delay_s: float = 0.0):
        self.bytes_per_s = bytes_per_s
        self.delay_s = delay_s
        self._lock = threading.Lock()
        self._free_at = 0.0
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.bytes = 0
            self.requests: Counter[str] = Counter()
            self.full: Counter[str] = Counter()  # answered with a body (200), not 304
            self.active = 0
            self.last = time.monotonic()

    def send(self, write, data: bytes) -> None:
        for start in range(0, len(data), CHUNK):
            chunk = data[start : start + CHUNK]
            if self.bytes_per_s:
                with self._lock:
                    begin = max(time.monotonic(), self._free_at)
                    self._free_at = begin + len(chunk) / self.bytes_per_s
                    done = self._free_at
                time.sleep(max(0.0, done - time.monotonic()))
            write(chunk)
            with self._lock:
                self.bytes += len(chunk)
                self.last = time.monotonic()

    def wait_quiet(self, quiet_s: float, limit_s: float = 120.0) -> None:
        """Until nothing has been asked or sent for ``quiet_s`` (background work finished)."""
        end = time.monotonic() + limit_s
        while time.monotonic() < end:
            with self._lock:
                idle = self.active == 0 and time.monotonic() - self.last >= quiet_s
            if idle:
                return
            time.sleep(0.05)


class _Writer:
    def __init__(self, raw, line: Line):
        self._raw, self._line = raw, line

    def write(self, data) -> int:
        self._line.send(self._raw.write, bytes(data))
        return len(data)

    def flush(self) -> None:
        self._raw.flush()

    def __getattr__(self, name):
        return getattr(self._raw, name)


def line_handler(line: Line) -> type[Handler]:
    class LineHandler(Handler):
        def setup(self) -> None:
            super().setup()
            self.wfile = _Writer(self.wfile, line)

        def handle_one_request(self) -> None:
            with line._lock:
                line.active += 1
            try:
                super().handle_one_request()
            finally:
                with line._lock:
                    line.active -= 1
                    line.last = time.monotonic()

        def parse_request(self) -> bool:
            ok = super().parse_request()
            if ok:
                with line._lock:
                    line.requests[self.path.split("?")[0]] += 1
                time.sleep(line.delay_s)
            return ok

        def send_response(self, code, message=None) -> None:
            if code == 200:
                with line._lock:
                    line.full[self.path.split("?")[0]] += 1
            super().send_response(code, message)

    return LineHandler


def serve_line(site: Path, host: str, port: int, line: Line):
    """A started server; ``.shutdown()`` stops it."""
    server = make_server(site, host, port, line_handler(line))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
