"""Helpers the data tests share: where the data and the source are, and every bilingual text."""

from __future__ import annotations

import functools
import re
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
