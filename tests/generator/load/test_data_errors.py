"""Issue 12, "Data build": every mistake a hand edit can make in data/ stops `validate` and `site`
with one message naming the file and the line of the mistake, no traceback, and site/ untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generator.projects import generator, site_files

COMMANDS = ["validate", "site"]


def line_of(path: Path, needle: str) -> int:
    return next(
        n
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


def fails_at(project: Path, command: str, where: str) -> str:
    before = site_files(project)
    result = generator(project, command)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert where in result.stderr, result.stderr
    assert len(result.stderr) < 2_000  # one message, not the data echoed back
    assert site_files(project) == before
    return result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_key_given_twice_is_refused_with_its_line(project, command):
    regions = project / "data" / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    # The case the issue found: a second `ru:` silently replaced a region's Russian name.
    regions.write_text(
        text.replace(
            "    ru: Акмолинская область\n",
            "    ru: Акмолинская область\n    ru: Кокшетауская область\n",
            1,
        ),
        encoding="utf-8",
    )
    first = line_of(regions, "ru: Акмолинская область")
    message = fails_at(project, command, f"data/regions.yaml:{first + 1}: key 'ru' is given twice")
    assert f"first at line {first}" in message


def test_a_key_given_twice_in_an_interface_string_file_is_refused(project):
    strings = project / "data" / "strings" / "pages.yaml"
    text = strings.read_text(encoding="utf-8")
    key = text.splitlines()[-1].split(":")[0]
    strings.write_text(text + f'{key}: {{kk: "екі", ru: "два"}}\n', encoding="utf-8")
    fails_at(
        project,
        "site",
        f"data/strings/pages.yaml:{len(text.splitlines()) + 1}: key '{key}' is given twice",
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_a_byte_that_is_not_utf8_is_reported_at_its_line(project, command):
    mci = project / "data" / "mci.yaml"
    line = line_of(mci, "tenge: 1618")
    raw = mci.read_bytes().splitlines(keepends=True)
    raw[line - 1] = raw[line - 1].replace("бюджет".encode(), "бюджет".encode("cp1251"), 1)
    mci.write_bytes(b"".join(raw))
    assert "not UTF-8" in fails_at(project, command, f"data/mci.yaml:{line}: byte 0x")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_five_megabyte_text_is_refused_by_its_schema(project, command):
    regions = project / "data" / "regions.yaml"
    line = line_of(regions, "ru: Кокшетау")
    regions.write_text(
        regions.read_text(encoding="utf-8").replace(
            "ru: Кокшетау", "ru: " + "Кокшетау-" * 600_000, 1
        ),
        encoding="utf-8",
    )
    message = fails_at(
        project, command, f"data/regions.yaml:{line}: [0].centre.ru: a text of 5,400,000 characters"
    )
    assert "longer than the" in message


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unclosed_quote_is_reported_at_its_own_line(project, command):
    mci = project / "data" / "mci.yaml"
    # The last quote of the line is lost: PyYAML reads on to the next line's first quote and
    # reports the line after; the mistake is on this one.
    lines = mci.read_text(encoding="utf-8").splitlines()
    line = line_of(mci, "tenge: 1413")
    lines[line - 1] = lines[line - 1].replace('годы"}}', "годы}}")
    assert lines[line - 1].count('"') == 3
    mci.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "not closed" in fails_at(project, command, f"data/mci.yaml:{line}: YAML syntax error")


def test_an_unclosed_quote_in_a_block_mapping_is_reported_at_its_own_line(project):
    regions = project / "data" / "regions.yaml"
    line = line_of(regions, "kk: Көкшетау")
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("kk: Көкшетау", 'kk: "Көкшетау', 1),
        encoding="utf-8",
    )
    fails_at(project, "validate", f"data/regions.yaml:{line}: YAML syntax error")


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_key_is_reported_at_its_own_line_not_the_mapping(project, command):
    regions = project / "data" / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    regions.write_text(
        text.replace("  timezone: Asia/Aqtobe\n", "  timezone: Asia/Aqtobe\n  colour: red\n", 1),
        encoding="utf-8",
    )
    line = line_of(regions, "colour: red")
    assert "'colour' was unexpected" in fails_at(
        project, command, f"data/regions.yaml:{line}: [1]:"
    )


def test_a_missing_data_file_is_named(project):
    (project / "data" / "fees.yaml").unlink()
    fails_at(project, "site", "data/fees.yaml: cannot be read (No such file or directory)")


def test_an_edited_official_text_is_refused(project):
    source = project / "data" / "source" / "resolution-2010-102.kk.txt"
    source.write_bytes(source.read_bytes().replace("тармақ".encode(), "тармак".encode(), 1))
    assert "corrections go to data/corrections/" in fails_at(
        project, "site", "data/source/resolution-2010-102.kk.txt: sha256"
    )
