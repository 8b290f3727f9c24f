"""YAML reading with line numbers and one deterministic writer for every data file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import DataError


class _LineLoader(yaml.SafeLoader):
    """Safe loader that remembers the source line of every mapping and sequence."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    loader.lines[id(mapping)] = node.start_mark.line + 1
    for key_node, value_node in node.value:
        loader.key_lines[(id(mapping), loader.construct_object(key_node))] = value_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass
class LoadedYaml:
    path: Path
    data: Any
    lines: dict[int, int]
    key_lines: dict[tuple[int, Any], int]

    def line_of(self, container: Any, key: Any = None) -> int | None:
        """Line of ``container[key]`` (or of the container itself) in the file."""
        if key is not None and (id(container), key) in self.key_lines:
            return self.key_lines[(id(container), key)]
        return self.lines.get(id(container))


def load_yaml(path: Path) -> LoadedYaml:
    """Load a YAML file safely; a syntax error becomes a DataError naming file and line."""
    text = Path(path).read_text(encoding="utf-8")
    loader = _LineLoader(text)
    loader.lines = {}
    loader.key_lines = {}
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"{where}: YAML syntax error: {problem}") from None
    finally:
        loader.dispose()
    return LoadedYaml(Path(path), data, loader.lines, loader.key_lines)


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, keys in the order the extractor wrote them."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any, header: str = "") -> str:
    """Serialise deterministically: same data, same bytes."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100_000)
    prefix = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return prefix + body
