"""YAML reading with line numbers and one deterministic writer for every data file.

Every problem a reader can make in a hand-edited file is reported at its own line: a byte that is
not UTF-8, a key given twice in one mapping (PyYAML would keep the last one silently), a quote
left open (PyYAML notices only where the quoted text finally ends), a control character, nesting
too deep to read. A pipe, a device or an oversized file is refused before it is read.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.core.errors import DataError


class _DuplicateKey(Exception):
    def __init__(self, key: Any, line: int, first: int):
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


class _LineLoader(yaml.CSafeLoader):
    """Safe loader that remembers the source line of every mapping and key, and refuses duplicate
    keys. It parses with libyaml (PyYAML's wheels carry it): the pure-Python parser took several
    seconds for data/, and every build, validation and `python -m calculator --data` reads it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    loader.flatten_mapping(node)  # merge keys (<<) first, as SafeConstructor does
    mapping: dict = {}
    seen: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                "found an unhashable key",
                key_node.start_mark,
            ) from None
        line = key_node.start_mark.line + 1
        if key in seen:
            raise _DuplicateKey(key, line, seen[key])
        seen[key] = line
        mapping[key] = loader.construct_object(value_node, deep=True)
    loader.lines[id(mapping)] = node.start_mark.line + 1
    for key, line in seen.items():
        loader.key_lines[(id(mapping), key)] = line
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass
class LoadedYaml:
    path: Path
    data: Any
    lines: dict[int, int]
    key_lines: dict[tuple[int, Any], int]

    def line_of(self, container: Any, key: Any = None) -> int | None:
        """Line of the key ``key`` in ``container`` (or of the container itself) in the file."""
        if key is not None and (id(container), key) in self.key_lines:
            return self.key_lines[(id(container), key)]
        return self.lines.get(id(container))


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DataError(
            f"{path}:{line}: byte 0x{raw[exc.start]:02x} at column {column} is not UTF-8 "
            "(save the file as UTF-8)"
        ) from None


def _open_quote_line(text: str) -> int | None:
    """Line of a quoted value that runs over several lines before a syntax error.

    The data writer never writes such a value (it uses ``|`` blocks), so in a file that does not
    parse it is almost surely a quote left open: the real mistake, however far the error shows.
    """
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
            ):
                last = token.start_mark.line + 1
    except yaml.YAMLError as exc:
        context = getattr(exc, "context", None) or ""
        if "quoted scalar" in context and getattr(exc, "context_mark", None):
            return exc.context_mark.line + 1
    return last


# Far above the largest data file: a file this size is a mistake, and reading it would stall.
MAX_FILE_BYTES = 32 * 1024 * 1024
# Data nests a few levels; PyYAML's scanner slows down with every open bracket (minutes for tens
# of thousands) before its parser would run out of stack, so depth is counted first, in one pass.
MAX_FLOW_DEPTH = 100
_BRACKET = re.compile(r"[\[\]{}]")
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


def _flow_depth(text: str) -> int:
    depth = deepest = 0
    for match in _BRACKET.finditer(text):
        depth = max(depth + (1 if match.group() in "[{" else -1), 0)
        deepest = max(deepest, depth)
    return deepest


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes; a pipe (which waits for a writer), a device (/dev/zero never ends)
    or a file over ``limit`` is a DataError. Opened without blocking, checked on the open file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise DataError(f"{path}: not a regular file (a folder, a pipe or a device)")
            raw = file.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise DataError(
            f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    if len(raw) > limit:
        raise DataError(f"{path}: larger than {limit // (1024 * 1024)} MB, not a data file")
    return raw


def load_yaml(path: Path) -> LoadedYaml:
    """Load a YAML file safely; every problem becomes a DataError naming file and line."""
    path = Path(path)
    text = _decode(path, read_regular(path))
    if _flow_depth(text) > MAX_FLOW_DEPTH:
        raise DataError(f"{path}: nested too deeply to read (lists or mappings inside each other)")
    # PyYAML's own reader refuses these characters; libyaml would stop at them with a less
    # telling message, so they are found first, with the same rule.
    control = _NON_PRINTABLE.search(text)
    if control:
        raise DataError(
            f"{path}:{text.count(chr(10), 0, control.start()) + 1}: U+{ord(control.group()):04X} "
            "is a control character YAML does not allow (remove it)"
        )
    loader = _LineLoader(text)
    loader.lines = {}
    loader.key_lines = {}
    try:
        data = loader.get_single_data()
    except _DuplicateKey as exc:
        raise DataError(
            f"{path}:{exc.line}: key {exc.key!r} is given twice in one mapping "
            f"(first at line {exc.first}); keep one"
        ) from None
    except yaml.YAMLError as exc:
        if "maximum nesting depth" in str(getattr(exc, "problem", "")):  # libyaml's own limit
            raise DataError(
                f"{path}: nested too deeply to read (lists or mappings inside each other)"
            ) from None
        quote = _open_quote_line(text)
        if quote is not None:
            raise DataError(
                f"{path}:{quote}: YAML syntax error: a quoted value is not closed on its line "
                "(missing closing quote?)"
            ) from None
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"{where}: YAML syntax error: {problem}") from None
    except RecursionError:
        raise DataError(
            f"{path}: nested too deeply to read (lists or mappings inside each other)"
        ) from None
    finally:
        loader.dispose()
    return LoadedYaml(path, data, loader.lines, loader.key_lines)


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
