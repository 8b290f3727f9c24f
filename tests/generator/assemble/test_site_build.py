"""Bad data never builds half a site: the error names file, line and field; site/ stays as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.assemble.site import generated_content, site_url, source_download
from generator.files.opendata import listing, open_data_files
from generator.load.bundle import build_bundle
from generator.load.site_data import load_site
from generator.pages.render import generated_files
from tests.generator.projects import generator

ROOT = Path(__file__).resolve().parents[3]


def build(project: Path) -> subprocess.CompletedProcess:
    return generator(project, "site")


def test_yaml_syntax_error_names_file_and_line_and_keeps_site(project: Path):
    mci = project / "data" / "mci.yaml"
    lines = mci.read_text(encoding="utf-8").splitlines()
    lines.append("- {from: 2027-01-01, tenge: [4500")  # unclosed flow sequence
    mci.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "data/mci.yaml:" in result.stderr and "YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "previous good site"


def test_schema_violation_names_file_line_and_field_and_keeps_site(project: Path):
    mci = project / "data" / "mci.yaml"
    text = mci.read_text(encoding="utf-8")
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "tenge: 1618" in line)
    mci.write_text(text.replace("tenge: 1618", 'tenge: "много"'), encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert f"data/mci.yaml:{line_no}:" in result.stderr
    assert ".tenge" in result.stderr and "много" in result.stderr
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "previous good site"


def test_generated_pages_on_disk_are_reproduced_byte_for_byte():
    """Generated pages, vCards, open data and .docx forms are not in git; this proves they are exactly what the generator makes."""
    runtime = next((ROOT / "docs" / "assets").glob("runtime-*"), None)
    assert runtime, "site not built: run `make test`"
    data = load_site(ROOT / "data")
    downloads = open_data_files(data, build_bundle(data))
    source, official = source_download(ROOT / "data")
    build = {
        "runtime": f"assets/{runtime.name}",
        "site_url": site_url(ROOT),
        "downloads": listing(downloads),
        "source": source,
    }
    expected = {
        path: content if isinstance(content, bytes) else content.encode("utf-8")
        for path, content in generated_content(data, build, downloads | official).items()
    }
    on_disk = {
        p.relative_to(ROOT / "docs").as_posix(): p.read_bytes()
        for p in generated_files(ROOT / "docs")
    }
    assert sorted(on_disk) == sorted(expected)
    assert [path for path in expected if on_disk[path] != expected[path]] == []
