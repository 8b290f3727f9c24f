"""Renderer independence (issue 18): the generated pages and build/mkdocs.yml build unchanged with
ProperDocs, a continuation of MkDocs 1.6, so the site does not depend on one renderer's future.
Findings (time, what differed) are in docs/dev/architecture.md, "Renderer independence"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_properdocs_builds_both_languages_from_the_same_configuration(site_dir, tmp_path):
    config = ROOT / "build" / "mkdocs.yml"
    assert config.exists(), (
        "run `python -m generator site` first: it writes build/mkdocs.yml and docs/"
    )
    out = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "--quiet",
            "-f",
            str(config),
            "-d",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    for page, lang in (("index.html", "kk"), ("ru/index.html", "ru")):
        html = (out / page).read_text(encoding="utf-8")
        assert re.search(rf'<html lang="{lang}"[ >]', html), page
        assert 'content="mkdocs-ProperDocs 1.6.7' in html  # really the second renderer
    # The same pages as the MkDocs build; the generator writes the widget pages under embed/ and
    # the Russian 404 page and both offline pages after the renderer (generator/assemble/postprocess.py).
    pages = {p.relative_to(out).as_posix() for p in out.rglob("*.html")}
    ours = {
        p.relative_to(site_dir).as_posix()
        for p in site_dir.rglob("*.html")
        if not re.match(
            r"(ru/)?embed/|ru/404\.html$|(ru/)?offline\.html$", p.relative_to(site_dir).as_posix()
        )
    }
    assert pages == ours
