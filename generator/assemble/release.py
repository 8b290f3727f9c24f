"""The release a webmaster takes as is: one archive of the built site and the nginx
configuration for its address, and a SHA256SUMS file to check it (docs/dev/deploying.md).

    zher-aktileri.tar.gz
      zher-aktileri/htdocs/<path>/...   the site, at its path under the document root
      zher-aktileri/nginx/*.conf        deploy/nginx/ written for the address (nginx.py)

The archive is reproducible: sorted entries, fixed times and owners, so the same build gives
the same checksum.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import tarfile
from pathlib import Path
from urllib.parse import urlsplit

from generator.assemble.address import normalise
from generator.assemble.nginx import nginx_files

ARCHIVE = "zher-aktileri.tar.gz"
TOP = "zher-aktileri"


def _add(tar: tarfile.TarFile, name: str, data: bytes | None) -> None:
    info = tarfile.TarInfo(name)
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if data is None:
        info.type, info.mode = tarfile.DIRTYPE, 0o755
        tar.addfile(info)
    else:
        info.size, info.mode = len(data), 0o644
        tar.addfile(info, io.BytesIO(data))


def release_files(site: Path, url: str) -> dict[str, bytes | None]:
    """{archive path: bytes, or None for a folder} of the release, in archive order."""
    base = urlsplit(normalise(url)).path
    htdocs = f"{TOP}/htdocs{base}".rstrip("/")
    entries: dict[str, bytes | None] = {TOP: None, f"{TOP}/htdocs": None}
    folder = f"{TOP}/htdocs"
    for segment in base.strip("/").split("/") if base != "/" else []:
        folder += "/" + segment
        entries[folder] = None
    for path in sorted(site.rglob("*")):
        name = f"{htdocs}/{path.relative_to(site).as_posix()}"
        entries[name] = None if path.is_dir() else path.read_bytes()
    entries[f"{TOP}/nginx"] = None
    for name, text in sorted(nginx_files(url, site).items()):
        entries[f"{TOP}/nginx/{name}"] = text.encode("utf-8")
    return entries


def write_release(site: Path, url: str, out: Path) -> Path:
    """Write ``out``/zher-aktileri.tar.gz and ``out``/SHA256SUMS; return the archive's path."""
    out.mkdir(parents=True, exist_ok=True)
    archive = out / ARCHIVE
    # gzip's own header would carry the time and file name: neither, for a stable checksum.
    with (
        archive.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for name, data in release_files(site, url).items():
            _add(tar, name, data)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    (out / "SHA256SUMS").write_text(f"{digest}  {ARCHIVE}\n", encoding="utf-8")
    return archive
