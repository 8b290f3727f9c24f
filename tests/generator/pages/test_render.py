"""Values from data reach the page inert: no tag, link, heading or emphasis can be injected."""

import html
import re

import markdown
import pytest

from generator.pages.page import Html
from generator.pages.render import environment, h, md

HOSTILE = [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "# Heading",
    "**bold** _it_ `code`",
    "<img src=x onerror=alert(1)>",
    "1. not a list",
    "| a | b |",
    "{: onclick=alert(1) }",
]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables", "def_list"])


@pytest.mark.parametrize("value", HOSTILE)
def test_markdown_context_renders_value_as_plain_text(value):
    rendered = to_html(environment().from_string("Value: {{ v }}").render(v=value))
    assert "<script" not in rendered
    assert "<a " not in rendered and "<img" not in rendered
    assert "<h1" not in rendered and "<strong" not in rendered and "<code" not in rendered
    assert "<ol" not in rendered and "<table" not in rendered
    # The reader still sees exactly the value, as text.
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)) == f"Value: {value}"


@pytest.mark.parametrize("value", HOSTILE)
def test_html_context_escapes_attribute_breakouts(value):
    rendered = (
        environment()
        .from_string('<a href="tel:{{ v|h }}">{{ v|h }}</a>')
        .render(v=value + '"><b>x</b>')
    )
    assert '"><b>' not in rendered
    assert rendered.count("<a ") == 1 and "<b>" not in rendered and "<script" not in rendered


def test_undefined_name_fails_the_build():
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        environment().from_string("{{ missing }}").render()


def test_escapers_mark_their_output_and_template_text_is_untouched():
    assert isinstance(md("a*b"), Html) and md("a*b") == "a\\*b"
    assert h('"<') == "&quot;&lt;"
    assert environment().from_string("**{{ v }}**").render(v="x") == "**x**"


def test_writing_pages_keeps_the_developers_documentation(tmp_path):
    """docs/dev/*.md is hand-written: a build replaces the pages around it, never it."""
    from generator.pages.render import write_pages

    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "language.md").write_text("rules", encoding="utf-8")
    (tmp_path / "old.kk.md").write_text("stale page", encoding="utf-8")
    write_pages(tmp_path, {"index.kk.md": "page"})
    assert (tmp_path / "dev" / "language.md").read_text(encoding="utf-8") == "rules"
    assert not (tmp_path / "old.kk.md").exists()
    assert (tmp_path / "index.kk.md").read_text(encoding="utf-8") == "page"
