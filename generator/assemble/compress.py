"""Pre-compressed copies beside the built files: ``file.br`` (Brotli) and ``file.gz`` (gzip),
served by nginx (brotli_static, gzip_static) and generator.dev.serve to browsers that accept them.

Brotli at its best setting is slow (tens of seconds for the wasm and for the snapshot), so each
large file's result is kept in ``build/compressed/`` under the SHA-256 of its input: the Pyodide
files never change between builds, and a reproducible snapshot changes only with the sources.
On a first build those files are packed ahead (``pack_ahead``), while the pages are rendered and
MkDocs runs, which use one core of the machine's cores for most of their time.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli

# Text-like files that shrink.
COMPRESSIBLE = {
    ".html",
    ".css",
    ".js",
    ".mjs",
    ".json",
    ".wasm",
    ".svg",
    ".xml",
    ".txt",
    ".ics",
    ".vcf",
    ".csv",
    ".map",
    ".bin",
    ".zip",
}
# A 16 MB window (the largest) finds the repeats in the wasm and the snapshot; browsers accept it.
BROTLI = {"quality": 11, "lgwin": 24}
LARGE = 256 * 1024


PACKERS = {
    ".gz": lambda d: gzip.compress(d, compresslevel=9, mtime=0),
    ".br": lambda d: brotli.compress(d, **BROTLI),
}


def _cached(cache: Path, suffix: str, data: bytes) -> Path:
    return cache / f"{hashlib.sha256(data).hexdigest()}{suffix}"


def pack(cache: Path, suffix: str, data: bytes, make) -> bytes:
    """Small files are packed every time; large ones once per content."""
    if len(data) < LARGE:
        return make(data)
    key = _cached(cache, suffix, data)
    if key.is_file():
        return key.read_bytes()
    packed = make(data)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = key.with_name(key.name + ".tmp")
    tmp.write_bytes(packed)
    tmp.replace(key)
    return packed


def _precompress_file(path: Path, cache: Path) -> None:
    data = path.read_bytes()
    for suffix, make in PACKERS.items():
        body = pack(cache, suffix, data, make)
        if len(body) < len(data):
            path.with_name(path.name + suffix).write_bytes(body)


def pack_ahead(paths: Iterable[Path], cache: Path) -> ThreadPoolExecutor:
    """Start packing into ``cache`` those of ``paths`` that are large and not packed yet, the
    largest first, on every core; ``shutdown()`` on the result waits for them. Nothing is
    started when the cache has them all (every build after the first), and a file that cannot
    be packed here is packed again, and its error raised, by ``precompress``."""
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
    waiting = []
    for path in paths:
        data = path.read_bytes()
        if len(data) >= LARGE and path.suffix in COMPRESSIBLE:
            waiting += [
                (len(data), suffix, path)
                for suffix in PACKERS
                if not _cached(cache, suffix, data).is_file()
            ]
    for _, suffix, path in sorted(waiting, key=lambda job: job[0], reverse=True):
        pool.submit(lambda s, p: pack(cache, s, p.read_bytes(), PACKERS[s]), suffix, path)
    return pool


def precompress(site: Path, cache: Path) -> None:
    """file.br and file.gz beside every compressible file where they are smaller, reproducibly
    (gzip without name or time in its header; Brotli has neither). Brotli and zlib release the
    GIL while they work, so the files are packed on every core, the largest first."""
    paths = [p for p in site.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE]
    paths.sort(key=lambda p: p.stat().st_size, reverse=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        # list(): a file that cannot be packed or written raises here, not unseen in its thread.
        list(pool.map(lambda p: _precompress_file(p, cache), paths))
