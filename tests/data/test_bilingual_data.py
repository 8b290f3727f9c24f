"""Both languages everywhere: no text without its Russian, no Kazakh letter left in Russian, no
Latin look-alike left in Kazakh, in every data file the pages read."""

from __future__ import annotations

import re

import pytest

from tests.datatools import KAZAKH_ONLY, ROOT, texts

BILINGUAL = (
    "act",
    "standards/standard-1",
    "standards/standard-2",
    "standards/standard-3",
    "standards/standard-4",
    "directories/authorized_bodies",
    "directories/specialized_enterprises",
    "directories/service_centres",
    "directories/akimat_offices",
    "regions",
    "fees",
    "indicators",
    "forms",
)
# A Latin letter inside a Cyrillic word ("бекітken"), or a Latin word ("FOO" for "ҒӨО"): what the
# conversion does. E-mails and web sites are not {kk, ru} texts, so they are not looked at here.
MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі])\w+\b")
# "N 1429": the official texts print the number sign as a Latin N; that one is not a look-alike.
LATIN_WORD = re.compile(r"\b(?!N \d)[A-Za-z]+\b")


@pytest.mark.parametrize("name", BILINGUAL)
def test_every_text_has_both_languages(data, name):
    pairs = list(texts(data[name]))
    assert pairs, name
    empty = [where for where, pair in pairs if not pair["kk"].strip() or not pair["ru"].strip()]
    assert not empty, f"{name}: {empty[:5]}"


@pytest.mark.parametrize("name", BILINGUAL)
def test_russian_has_no_kazakh_letters(data, name):
    offenders = [
        (where, pair["ru"]) for where, pair in texts(data[name]) if KAZAKH_ONLY.search(pair["ru"])
    ]
    assert not offenders, f"{name}: {offenders[:5]}"


@pytest.mark.parametrize("name", BILINGUAL)
def test_kazakh_has_no_latin_look_alikes(data, name):
    offenders = [
        (where, pair["kk"])
        for where, pair in texts(data[name])
        if MIXED_WORD.search(pair["kk"]) or LATIN_WORD.search(pair["kk"])
    ]
    assert not offenders, f"{name}: {offenders[:5]}"


def test_the_detectors_find_what_the_conversion_does():
    # Worked examples from the source: "Ақмолажер FOO" (line 543), "бекітken" (line 2070).
    assert MIXED_WORD.search("уәкілетті орган бекітken жерге") and LATIN_WORD.search(
        "Ақмолажер FOO"
    )
    assert not MIXED_WORD.search("Ақмолажер ҒӨО") and not LATIN_WORD.search("Ақмолажер ҒӨО")
    assert not LATIN_WORD.search("2011.12.01 N 1429 Қаулысымен")
    assert KAZAKH_ONLY.search("г. Көкшетау") and not KAZAKH_ONLY.search("г. Кокшетау")


def test_every_translation_is_used(data):
    # A Russian text whose Kazakh no longer occurs (a correction changed it, the parser now splits
    # it) is dead weight that would hide the missing new one: each row of the translation memories
    # is the Russian of some text in the data.
    from generator.core.yamlio import load_yaml

    used = {pair["kk"] for name in data for _, pair in texts(data[name])}
    stale = [
        (path.relative_to(ROOT).as_posix(), row["kk"][:60])
        for path in sorted((ROOT / "data" / "translations").rglob("*.ru.yaml"))
        for row in load_yaml(path).data or []
        if row["kk"] not in used
    ]
    assert stale == []
