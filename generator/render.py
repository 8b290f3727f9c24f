"""Jinja2 environment for the page templates: strict about names, safe about values.

Every value a template prints is escaped for the context it lands in: by default for Markdown
text (HTML special characters become entities, Markdown punctuation is backslash-escaped, so a
data value can never become a tag, a link or a heading); ``|h`` escapes for raw HTML blocks and
attributes. Undefined names fail the build (StrictUndefined), so a typo in a template or a
missing field in data is an error, not an empty string.
"""

from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2

from calculator.messages import number

TEMPLATES = Path(__file__).parent / "templates"

# Python-Markdown's escapable characters plus the table pipe. Values are printed inline (newlines
# folded), so a definition-list colon or a leading "1." can never start a block.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


class Html(str):
    """Text already escaped for its context; printed as is."""


def md(value: Any) -> Html:
    text = html.escape(str(value), quote=False)
    return Html(_MD_SPECIAL.sub(r"\\\1", text).replace("\n", " "))


def h(value: Any) -> Html:
    return Html(html.escape(str(value), quote=True))


def _finalize(value: Any) -> Any:
    return value if isinstance(value, Html) else md(value)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md
    env.filters["h"] = h
    # Numbers print exactly as the calculator prints them (decimal comma, grouped thousands).
    env.filters["num"] = lambda value: number(Decimal(str(value)))
    env.filters["iso"] = lambda value: value.isoformat()
    # Front matter is YAML, not Markdown: a JSON string is a valid YAML scalar.
    env.filters["yaml"] = lambda value: Html(json.dumps(str(value), ensure_ascii=False))
    return env
