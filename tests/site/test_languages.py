"""Material has no Kazakh, and its Russian names the landmarks in print-layout words: our partials
must carry every key of its English table, in the page's language."""

import re
from pathlib import Path

import material

KEY = re.compile(r'^\s*"([a-z.]+)":', re.M)
ROOT = Path(__file__).resolve().parents[2]


def keys(path: Path) -> set[str]:
    return set(KEY.findall(path.read_text(encoding="utf-8")))


def test_kazakh_partial_has_every_english_key():
    english = keys(
        Path(material.__file__).parent / "templates" / "partials" / "languages" / "en.html"
    )
    kazakh = keys(ROOT / "overrides" / "partials" / "languages" / "kk.html")
    assert english, "Material's en.html not found or empty"
    assert english - kazakh == set()


def test_russian_partial_has_every_english_key_and_no_print_layout_words():
    english = keys(
        Path(material.__file__).parent / "templates" / "partials" / "languages" / "en.html"
    )
    path = ROOT / "overrides" / "partials" / "languages" / "ru.html"
    assert english - keys(path) == set()
    text = path.read_text(encoding="utf-8").split("-#}", 1)[1]  # the table, not the comment
    assert '"language": "ru"' in text
    # Material's own ru.html says «Верхний колонтитул», «Навигация», «Нижний колонтитул».
    assert "колонтитул" not in text and "Навигация" not in text and "ё" not in text


def test_kazakh_partial_declares_kazakh():
    text = (ROOT / "overrides" / "partials" / "languages" / "kk.html").read_text(encoding="utf-8")
    assert '"language": "kk"' in text


def test_the_search_field_says_it_is_loading_in_plain_words():
    """review3 ru 12: «Поиск подготавливается» read as bureaucratic; the editor's «Загрузка поиска…»
    and its Kazakh twin."""
    for lang, wanted in (("ru", "Загрузка поиска…"), ("kk", "Іздеу жүктелуде…")):
        text = (ROOT / "overrides" / "partials" / "languages" / f"{lang}.html").read_text(
            encoding="utf-8"
        )
        assert f'"search.result.initializer": "{wanted}"' in text, lang
