"""``python -m generator extract``: rebuild data/*.yaml from the official text and the corrections.

Each extractor module exposes ``extract(source, data_dir) -> dict[str, tuple[str, object]]``
mapping a path relative to data/ to (header comment, data). The extractors never edit committed
translations or corrections; they read them. Output is deterministic, so a test can prove the
committed data is exactly what extraction produces.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from generator.core.source import Source
from generator.core.yamlio import dump_yaml
from generator.extract import directories, standards

EXTRACTORS = (
    "generator.extract.fees",
    "generator.extract.directories",
    "generator.extract.standards",
    "generator.extract.quality",
    "generator.extract.amendments",
)


def extract_all(data_dir: Path) -> dict[str, str]:
    """Run every extractor; return {path relative to data/: file text}."""
    source = Source.load(data_dir)
    files: dict[str, str] = {}
    for name in EXTRACTORS:
        module = importlib.import_module(name)
        for rel, (header, data) in module.extract(source, data_dir).items():
            if rel in files:
                raise ValueError(f"{name} writes data/{rel}, which another extractor already wrote")
            files[rel] = dump_yaml(data, header)
    return files


def check(data_dir: Path, target: str) -> str:
    """The parser's view of one region, appendix or the standards' text (see directories.check)."""
    source = Source.load(data_dir)
    return (
        standards.check(source, data_dir)
        if target == "standards"
        else directories.check(source, data_dir, target)
    )


def write_all(data_dir: Path) -> list[str]:
    files = extract_all(data_dir)
    for rel, text in sorted(files.items()):
        path = Path(data_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)
