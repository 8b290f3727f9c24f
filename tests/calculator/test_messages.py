import re
import string
from datetime import date
from decimal import Decimal

import pytest

from calculator import messages
from calculator.messages import (CASES, FIELD_LABELS, MESSAGES, NBSP, OFFICES, THEN, UNITS, WEEKDAYS,
                                 count, day, money, number, weekday)

KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")  # letters Russian does not have

CATALOGUES = {"MESSAGES": MESSAGES, "FIELD_LABELS": FIELD_LABELS, "OFFICES": OFFICES, "CASES": CASES,
              "THEN": THEN, "UNITS": UNITS}


def _strings(entry):
    for lang in ("kk", "ru"):
        values = entry[lang]
        for value in values if isinstance(values, tuple) else (values,):
            yield lang, value


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_entry_exists_in_kazakh_and_russian(name):
    for key, entry in CATALOGUES[name].items():
        assert set(entry) == {"kk", "ru"}, f"{name}[{key}]"
        assert all(value.strip() for _, value in _strings(entry)), f"{name}[{key}] has an empty string"


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_kazakh_letter_in_russian_and_cyrillic_in_every_kazakh_string(name):
    for key, entry in CATALOGUES[name].items():
        for lang, value in _strings(entry):
            if lang == "ru":
                assert not KAZAKH_ONLY & set(value), f"{name}[{key}].ru: {value}"
            else:
                assert re.search("[а-яё]", value, re.IGNORECASE | re.UNICODE) or KAZAKH_ONLY & set(value), \
                    f"{name}[{key}].kk is not Cyrillic: {value}"


def test_weekday_names():
    assert len(WEEKDAYS["kk"]) == len(WEEKDAYS["ru"]) == 7
    assert not KAZAKH_ONLY & set("".join(WEEKDAYS["ru"]))
    assert weekday(date(2012, 3, 15), "kk") == "бейсенбі"
    assert weekday(date(2012, 3, 15), "ru") == "четверг"


def test_kazakh_and_russian_messages_differ_and_kazakh_sentences_are_kazakh():
    for key, entry in MESSAGES.items():
        assert entry["kk"] != entry["ru"], key
        words = re.findall(r"\w+", string.Formatter().vformat(entry["kk"], (), _Blank()))
        if len(words) > 3:
            assert KAZAKH_ONLY & set(entry["kk"]), f"{key}.kk reads like Russian: {entry['kk']}"


class _Blank(dict):
    def __missing__(self, key):
        return ""


def test_both_languages_use_the_same_placeholders():
    for key, entry in MESSAGES.items():
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("kk", "ru")}
        assert fields["kk"] == fields["ru"], key


@pytest.mark.parametrize("value, text", [
    ("0.5", "0,5"),
    ("7", "7"),
    ("100", "100"),
    ("1618", f"1{NBSP}618"),
    ("6213.12", f"6{NBSP}213,12"),
    ("1618.35", f"1{NBSP}618,35"),
    ("272490000", f"272{NBSP}490{NBSP}000"),
    ("-1234.5", f"-1{NBSP}234,5"),
])
def test_numbers_have_no_break_thousands_and_a_decimal_comma(value, text):
    assert number(Decimal(value)) == text


def test_money_and_dates():
    assert money(Decimal("6213.12")) == f"6{NBSP}213,12{NBSP}₸"
    assert day(date(2012, 3, 5)) == "05.03.2012"


@pytest.mark.parametrize("n, unit, kk, ru", [
    (1, "month", "1 ай", "1 месяц"),
    (2, "month", "2 ай", "2 месяца"),
    (5, "month", "5 ай", "5 месяцев"),
    (6, "month", "6 ай", "6 месяцев"),
    (11, "month", "11 ай", "11 месяцев"),
    (12, "month", "12 ай", "12 месяцев"),
    (21, "month", "21 ай", "21 месяц"),
    (22, "month", "22 ай", "22 месяца"),
    (4, "working_day", "4 жұмыс күні", "4 рабочих дня"),
    (6, "working_day", "6 жұмыс күні", "6 рабочих дней"),
    (15, "calendar_day", "15 күнтізбелік күн", "15 календарных дней"),
    (30, "calendar_day", "30 күнтізбелік күн", "30 календарных дней"),
])
def test_counted_nouns(n, unit, kk, ru):
    assert (count(n, unit, "kk"), count(n, unit, "ru")) == (kk, ru)


def test_error_text_fills_labels_offices_and_reasons():
    from calculator.calendar import DayOff
    from calculator.terms import OfficeClosed

    closed = OfficeClosed(date(2012, 3, 8), "centre", DayOff(date(2012, 3, 8), {
        "kk": "Халықаралық әйелдер күні", "ru": "Международный женский день"}))
    assert messages.error_text(closed, "ru") == (
        "08.03.2012 (четверг) центр обслуживания населения не работает: Международный женский день. "
        "Сдать документы в этот день нельзя, выберите другой день.")
    assert messages.error_text(closed, "kk") == (
        "08.03.2012 (бейсенбі) халыққа қызмет көрсету орталығы жұмыс істемейді: Халықаралық әйелдер күні. "
        "Құжаттарды бұл күні тапсыру мүмкін емес, басқа күнді таңдаңыз.")
