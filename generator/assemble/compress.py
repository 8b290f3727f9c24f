"""Pre-compressed copies beside the built files: ``file.br`` (Brotli) and ``file.gz`` (gzip),
served by nginx (brotli_static, gzip_static) and generator.dev.serve to browsers that accept them.

Brotli at its best setting is slow (about 25 s for the 9.6 MB wasm), so each result is kept in
``build/compressed/`` under the SHA-256 of its input: the Pyodide files never change between
builds, and a reproducible snapshot changes only with the sources.
"""

from __future__ import annotations

import gzip
import hashlib
import os
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


def pack(cache: Path, suffix: str, data: bytes, make) -> bytes:
    """Small files are packed every time; large ones once per content."""
    if len(data) < LARGE:
        return make(data)
    key = cache / f"{hashlib.sha256(data).hexdigest()}{suffix}"
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


def precompress(site: Path, cache: Path) -> None:
    """file.br and file.gz beside every compressible file where they are smaller, reproducibly
    (gzip without name or time in its header; Brotli has neither). Brotli and zlib release the
    GIL while they work, so the files are packed on every core, the largest first."""
    paths = [p for p in site.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE]
    paths.sort(key=lambda p: p.stat().st_size, reverse=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        # list(): a file that cannot be packed or written raises here, not unseen in its thread.
        list(pool.map(lambda p: _precompress_file(p, cache), paths))
