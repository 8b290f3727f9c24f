"""Extraction is reproducible and its corrections are live records, not folklore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.core.errors import DataError
from generator.core.source import Source
from generator.extract import extract_all
from generator.extract.corrections import (
    EXTRACTOR_CORRECTIONS,
    apply_corrections,
    correction_files,
    load_corrections,
)

ROOT = Path(__file__).resolve().parents[3]


def test_committed_data_is_exactly_what_extraction_produces():
    files = extract_all(ROOT / "data")
    assert files
    for rel, text in files.items():
        assert (ROOT / "data" / rel).read_text(encoding="utf-8") == text, (
            f"data/{rel}: run `make extract`"
        )


# Each extractor's correction files, in the order it applies them.
CORRECTION_GROUPS = {name: correction_files(ROOT / "data", name) for name in EXTRACTOR_CORRECTIONS}


def test_every_correction_file_belongs_to_an_extractor():
    grouped = {p for files in CORRECTION_GROUPS.values() for p in files}
    assert set((ROOT / "data" / "corrections").rglob("*.yaml")) == grouped


@pytest.mark.parametrize("group", sorted(CORRECTION_GROUPS))
def test_every_correction_changes_the_text_it_names(group):
    # Records apply in order, so one may correct what an earlier one left (a split word, then its
    # spelling): each record must change its line(s) of the text as the records before it left it.
    lines = Source.load(ROOT / "data").lines
    for path in CORRECTION_GROUPS[group]:
        for correction in load_corrections(path):
            assert correction.original != correction.corrected
            assert correction.why.strip()
            fixed = apply_corrections(
                lines, [correction]
            )  # fails naming file and line if it matches nothing
            assert fixed != lines
            lines = fixed


def test_a_stale_correction_fails_naming_file_and_line(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "corrections" / "directories.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "- line: 1\n  original: no such text\n  corrected: x\n  why: test\n",
        encoding="utf-8",
    )
    line = len(path.read_text(encoding="utf-8").splitlines()) - 3
    with pytest.raises(
        DataError, match=rf"corrections/directories\.yaml:{line}: correction 'no such text'"
    ):
        extract_all(data)


def test_a_missing_translation_fails_listing_the_kazakh_text(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "translations" / "directories.ru.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("- kk: Бөлім бастығы\n  ru: Начальник отдела\n", ""), encoding="utf-8"
    )
    with pytest.raises(DataError, match="no Russian for:\n  Бөлім бастығы"):
        extract_all(data)


def test_two_russian_texts_for_one_kazakh_text_fail(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    extra = data / "translations" / "directories" / "zz-test.ru.yaml"
    extra.parent.mkdir(exist_ok=True)
    extra.write_text("- kk: Бөлім бастығы\n  ru: Заведующий отделом\n", encoding="utf-8")
    with pytest.raises(DataError, match="zz-test.ru.yaml:1: two Russian texts for 'Бөлім бастығы'"):
        extract_all(data)


def test_check_reports_a_region_without_writing(tmp_path: Path):
    from generator.extract import check

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    report = check(data, "akmola")
    # Line 273 is Ақмола's land relations department in standard 1's appendix 1.
    assert "\n273 [akmola] «Ақмола облысының жер қатынастары басқармасы»" in report
    assert "## missing Russian: 0" in report
    assert before == {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
