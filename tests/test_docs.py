"""The README and docs/dev/ keep up with the code (in the manner of Datasette's tests/test_docs.py):
every command and option of both command lines and every Makefile target is mentioned; the README
stays a five-minute read with exactly the two set-up commands; every path and link it gives exists;
the LICENSE is the licence pyproject.toml declares."""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DEV = ROOT / "docs" / "dev"


def documentation() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in [README, *sorted(DEV.glob("*.md"))])


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"
    ]


def generator_parser() -> argparse.ArgumentParser:
    from generator.__main__ import _parser

    return _parser()


def calculator_parser() -> argparse.ArgumentParser:
    from calculator.__main__ import _parser
    from generator.load.bundle import build_bundle
    from generator.load.site_data import load_site

    return _parser(build_bundle(load_site(ROOT / "data")))


@pytest.mark.parametrize(
    "program, parser", [("generator", generator_parser), ("calculator", calculator_parser)]
)
def test_every_command_and_option_is_mentioned(program, parser):
    docs = documentation()
    missing = []
    for name, command in subcommands(parser()).items():
        # A command as a table cell (`fee`) or in a command line (python -m calculator fee).
        if f"`{name}`" not in docs and f"python -m {program} {name}" not in docs:
            missing.append(name)
        missing += [f"{name} {o}" for o in long_options(command) if f"`{o}" not in docs]
    assert missing == [], f"python -m {program}: not in README.md or docs/dev/: {missing}"


def make_targets() -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE)
    assert phony, "the Makefile lists its targets in .PHONY"
    return phony.group(1).split()


def test_every_make_target_is_mentioned():
    docs = documentation()
    assert [t for t in make_targets() if f"make {t}`" not in docs] == []


def test_the_readme_is_a_five_minute_read():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines: move details to docs/dev/"


def test_the_readme_gives_exactly_the_two_set_up_commands():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Two commands") :]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block, "a fenced sh block under 'Two commands'"
    assert block.group(1).splitlines() == ["make serve", "make test"]


# A path in backquotes that starts at a top-level folder of the repository (placeholders and
# globs included: `data/strings/*.yaml` must match a file).
REPO_PATH = re.compile(
    r"`((?:data|calculator|generator|docs|tests|deploy|overrides|\.ci)/[^`\s]*)`"
)


# What the build writes (git-ignored): a document may name it though a clone does not have it.
GENERATED = tuple(
    line.strip("/")
    for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    if line.startswith("/docs/") and "*" not in line
)


@pytest.mark.parametrize(
    "document", ["README.md", *(f"docs/dev/{p.name}" for p in sorted(DEV.glob("*.md")))]
)
def test_every_path_and_link_exists(document):
    path = ROOT / document
    text = path.read_text(encoding="utf-8")
    missing = []
    for found in REPO_PATH.findall(text):
        if "<" in found or found.startswith(GENERATED):
            continue  # `data/<name>.yaml` is a pattern; what the build writes is not in a clone
        if not (any(ROOT.glob(found)) if "*" in found else (ROOT / found).exists()):
            missing.append(found)
    for link in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if not link.startswith(("http:", "https:")) and not (path.parent / link).exists():
            missing.append(link)
    assert missing == [], f"{document} names what is not in the tree: {missing}"


def test_the_licence_is_the_one_pyproject_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "license"
    ]["text"]
    assert declared == "MIT"
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in licence
