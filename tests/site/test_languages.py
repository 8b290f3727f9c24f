"""Material has no Kazakh: our partial must carry every key of its English table."""

import re
from pathlib import Path

import material

KEY = re.compile(r'^\s*"([a-z.]+)":', re.M)
ROOT = Path(__file__).resolve().parents[2]


def keys(path: Path) -> set[str]:
    return set(KEY.findall(path.read_text(encoding="utf-8")))


def test_kazakh_partial_has_every_english_key():
    english = keys(Path(material.__file__).parent / "templates" / "partials" / "languages" / "en.html")
    kazakh = keys(ROOT / "overrides" / "partials" / "languages" / "kk.html")
    assert english, "Material's en.html not found or empty"
    assert english - kazakh == set()


def test_kazakh_partial_declares_kazakh():
    text = (ROOT / "overrides" / "partials" / "languages" / "kk.html").read_text(encoding="utf-8")
    assert '"language": "kk"' in text
