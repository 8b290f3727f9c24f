"""Pre-compressed copies beside the built files, served by nginx (gzip_static) and generator.dev.serve."""

from __future__ import annotations

import gzip
from pathlib import Path

# Text-like files that shrink.
COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".txt", ".ics",
                ".vcf", ".csv", ".map", ".bin"}


def precompress(site: Path) -> None:
    """file.gz beside every compressible file, reproducibly (no name or time in the header)."""
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in COMPRESSIBLE:
            data = path.read_bytes()
            packed = gzip.compress(data, compresslevel=9, mtime=0)
            if len(packed) < len(data):
                path.with_name(path.name + ".gz").write_bytes(packed)
