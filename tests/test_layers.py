"""The generator's layers import one way: core → extract | load → pages | files → assemble → dev.

Every module of generator/ is parsed (imports inside functions count too, so none can hide a
cycle) and each import of another generator module must go down the stairs or stay in its own
package; extract and load, like pages and files, are siblings that never import each other.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

# package → height; a module may import only from a lower height or from its own package.
LAYERS = {
    "core": 0,
    "extract": 1,
    "load": 1,
    "pages": 2,
    "files": 2,
    "assemble": 3,
    "dev": 4,
    "__main__": 5,  # the command line: picks a subcommand, so it may import any layer
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """The generator modules ``name`` imports, anywhere in its body (``from pkg import mod`` names
    the submodule ``pkg.mod`` when there is one)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from . import x, from ..pkg import y
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def layer(name: str) -> str:
    """generator.pages.plan → pages; generator.__main__ → __main__; the root package → core."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "core"


def test_every_package_has_a_layer():
    assert {layer(m) for m in MODULES} <= set(LAYERS), sorted({layer(m) for m in MODULES})


def against_the_order(name: str, targets: set[str]) -> list[str]:
    """The imports of ``name`` that go up a layer or sideways into a sibling package."""
    return sorted(
        t for t in targets if layer(t) != layer(name) and LAYERS[layer(t)] >= LAYERS[layer(name)]
    )


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_go_down_the_layers(name):
    wrong = against_the_order(name, GRAPH[name])
    assert not wrong, f"{name} ({layer(name)}) imports {wrong}: up or sideways"


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of more than one module (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycle_between_modules():
    assert cycles(GRAPH) == []


def test_no_import_cycle_between_packages():
    packages: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        packages.setdefault(layer(name), set()).update(
            layer(t) for t in targets if layer(t) != layer(name)
        )
    pairs = sorted(
        (a, b) for a, targets in packages.items() for b in targets if a in packages.get(b, ())
    )
    assert pairs == []


def test_the_checker_sees_a_cycle_and_a_wrong_import():
    """The checks can fail: a made-up circle, an import sideways and one up are caught."""
    circle = {
        "generator.pages.a": {"generator.pages.b"},
        "generator.pages.b": {"generator.pages.a"},
    }
    assert cycles(circle) == [["generator.pages.a", "generator.pages.b"]]
    assert against_the_order("generator.load.x", {"generator.extract.y"}) == ["generator.extract.y"]
    assert against_the_order("generator.core.x", {"generator.dev.y", "generator.core.z"}) == [
        "generator.dev.y"
    ]
    assert (
        against_the_order("generator.assemble.x", {"generator.files.y", "generator.core.z"}) == []
    )
