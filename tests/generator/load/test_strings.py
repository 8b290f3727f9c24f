"""Every interface string exists in Kazakh and Russian, and each language looks like itself."""

import re

from generator.load.strings import load_ui
from tests.datatools import KAZAKH_ONLY, ROOT


def test_every_string_has_exactly_kazakh_and_russian():
    for key, value in load_ui(ROOT / "data" / "strings").items():
        assert set(value) == {"kk", "ru"}, key
        assert all(isinstance(v, str) and v.strip() for v in value.values()), key


def test_russian_strings_have_no_kazakh_letters():
    offenders = {
        k: v["ru"]
        for k, v in load_ui(ROOT / "data" / "strings").items()
        if KAZAKH_ONLY.search(v["ru"])
    }
    assert offenders == {}


def test_placeholders_match_between_languages():
    for key, value in load_ui(ROOT / "data" / "strings").items():
        assert set(re.findall(r"{(\w+)(?::\w+)?}", value["kk"])) == set(
            re.findall(r"{(\w+)(?::\w+)?}", value["ru"])
        ), key
