"""Helpers the data tests share: where the data and the source are, and every bilingual text."""

from __future__ import annotations

import functools
import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
SOURCE = (
    (ROOT / "data" / "source" / "resolution-2010-102.kk.txt")
    .read_text(encoding="utf-8")
    .split("\n")
)


@functools.cache
def validated_data() -> dict:
    """data/*.yaml, each checked against its schema: loaded once per test run (it takes seconds,
    and the data fixture and the modules that parametrize from the data all need it)."""
    from generator.load.schema import load_validated

    return load_validated(ROOT / "data")


def texts(value, path=""):
    """Every {kk, ru} pair in a data structure, with where it is."""
    if isinstance(value, dict):
        if set(value) >= {"kk", "ru"} and isinstance(value["kk"], str):
            yield path, value
        for key, child in value.items():
            yield from texts(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from texts(child, f"{path}[{i}]")


# The answer page's example in the README: a farm of 120 ha in Mendykara district, Kostanay
# region, paid and handed in on 15.03.2012 (the URL parameters, as the page reads them).
FARMER = {
    "standard": "1",
    "applicant": "individual",
    "region": "kostanay",
    "district": "Мендыкаринский район",
    "category": "farm",
    "area": "120",
    "paid_on": "2012-03-15",
    "submitted": "2012-03-15",
}


def standard_of(data: dict, number: str) -> dict:
    """The standard numbered ``number`` in data/ as validated_data() reads it."""
    return next(
        v for k, v in data.items() if k.startswith("standards/") and v["number"] == int(number)
    )


def copy_project(target: Path, *extra: str) -> Path:
    """A copy of what the build reads (data, code, theme, config, the LICENSE the wheel carries;
    ``extra`` folders too) in ``target``, sharing node_modules, for builds that must not touch
    the checkout."""
    for name in ("data", "generator", "calculator", "overrides", "docs", *extra):
        shutil.copytree(
            ROOT / name,
            target / name,
            ignore=shutil.ignore_patterns("runtime-*", "pyodide-*", "__pycache__"),
        )
    for name in ("mkdocs.yml", "pyproject.toml", "LICENSE"):
        shutil.copy2(ROOT / name, target / name)
    os.symlink(ROOT / "node_modules", target / "node_modules")
    return target
