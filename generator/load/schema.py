"""Validate every data file against its JSON Schema and report each problem with file, line, path.

Convention: ``data/<name>.yaml`` is described by ``data/schema/<name>.schema.json``; the files of a
folder ``data/<folder>/*.yaml`` share ``data/schema/<folder>.schema.json``. The official source,
corrections, translation memories and the reference glossary have their own loaders.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from generator.core.errors import DataError
from generator.core.yamlio import LoadedYaml, load_yaml

UNSCHEMED = {"source", "corrections", "translations", "schema"}
UNSCHEMED_FILES = {"glossary.yaml"}


def schema_for(data_dir: Path, path: Path) -> Path:
    rel = path.relative_to(data_dir)
    name = rel.parts[0] if len(rel.parts) > 1 else rel.stem
    return data_dir / "schema" / f"{name}.schema.json"


def data_files(data_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in data_dir.rglob("*.yaml")
        if p.relative_to(data_dir).parts[0] not in UNSCHEMED and p.name not in UNSCHEMED_FILES
    )


def _unknown_keys(error: ValidationError) -> list:
    """The keys an ``additionalProperties: false`` error is about, in the file's order."""
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return []
    known = error.schema.get("properties", {})
    patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
    return [
        key
        for key in error.instance
        if key not in known and not any(p.search(str(key)) for p in patterns)
    ]


def _line(loaded: LoadedYaml, error: ValidationError) -> int | None:
    """Line of the deepest key or container on the error's path that the loader recorded; for an
    unknown key, the line of that key rather than of the mapping that holds it."""
    node: Any = loaded.data
    best = loaded.line_of(node)
    for key in error.absolute_path:
        try:
            child = node[key]
        except (KeyError, IndexError, TypeError):
            break
        best = loaded.line_of(node, key) or loaded.line_of(child) or best
        node = child
    for key in _unknown_keys(error)[:1]:
        best = loaded.line_of(node, key) or best
    return best


def _message(error: ValidationError) -> str:
    """jsonschema's message, without echoing a huge value back (a 5 MB string would be the message)."""
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return f"a text of {len(error.instance):,} characters is longer than the {error.validator_value:,} allowed"
    return error.message if len(error.message) <= 300 else error.message[:300] + "…"


def _path(error: ValidationError) -> str:
    return (
        "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in error.absolute_path) or "(top)"
    )


def validate_file(data_dir: Path, path: Path) -> tuple[Any, list[str]]:
    schema_path = schema_for(data_dir, path)
    rel = path.relative_to(data_dir.parent) if data_dir.parent in path.parents else path
    if not schema_path.exists():
        return None, [f"{rel}:1: no schema {schema_path.name} for this file"]
    loaded = load_yaml(path)
    validator = Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    # For "one of these shapes" (anyOf/oneOf), the branch's own error says what is wrong and where.
    errors = [best_match([e]) for e in validator.iter_errors(loaded.data)]
    problems = [
        f"{rel}:{_line(loaded, e) or 1}: {_path(e)}: {_message(e)}"
        for e in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))
    ]
    return loaded.data, problems


def load_validated(data_dir: Path) -> dict[str, Any]:
    """All data files keyed by path relative to data/ without .yaml; raise DataError listing all problems."""
    data_dir = Path(data_dir)
    loaded: dict[str, Any] = {}
    problems: list[str] = []
    for path in data_files(data_dir):
        try:
            value, errors = validate_file(data_dir, path)
        except DataError as exc:
            problems.append(str(exc))
            continue
        problems.extend(errors)
        loaded[path.relative_to(data_dir).with_suffix("").as_posix()] = value
    if problems:
        raise DataError("\n".join(problems))
    return loaded
