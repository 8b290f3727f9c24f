"""The rules' words (data/strings/calculator.yaml, shipped in the bundle) and how they are formatted.

Expected texts are written by hand from the rules of docs/dev/language.md, not copied from output.
"""

import re
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from calculator.api import handle
from calculator.messages import (
    NBSP,
    Strings,
    day,
    kk_date,
    kk_ending,
    lower_first,
    money,
    number,
    region_genitive,
    ru_date,
)

ROOT = Path(__file__).resolve().parents[2]
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")  # letters Russian does not have


@pytest.fixture(scope="module")
def catalogue(bundle):
    return bundle["strings"]


@pytest.fixture(scope="module")
def strings(catalogue):
    return Strings(catalogue)


def _fields(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_russian_has_no_kazakh_letters_and_kazakh_is_cyrillic(catalogue):
    for key, entry in catalogue.items():
        assert not KAZAKH_ONLY & set(entry["ru"]), f"{key}.ru: {entry['ru']}"
        assert re.search("[а-яәғқңөұүһі]", entry["kk"], re.IGNORECASE), f"{key}.kk is not Cyrillic"


def test_kazakh_sentences_are_kazakh_and_differ_from_russian(catalogue):
    for key, entry in catalogue.items():
        words = re.findall(r"\w+", re.sub(r"{[^}]*}", "", entry["kk"]))
        if len(words) > 3:
            assert entry["kk"] != entry["ru"], key
            assert KAZAKH_ONLY & set(entry["kk"]), f"{key}.kk reads like Russian: {entry['kk']}"


def test_both_languages_use_the_same_placeholders(catalogue):
    for key, entry in catalogue.items():
        assert _fields(entry["kk"]) == _fields(entry["ru"]), key


def test_every_word_shipped_is_one_the_rules_print(catalogue):
    """The bundle carries this file to every browser: a key no rule reads is weight for nothing."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "calculator").glob("*.py"))
    prefixes = (
        "office_",
        "case_",
        "then_",
        "unit_",
        "weekday_",
        "on_weekday_",
        "fee_",
        "open_",
        "area_",
        "mci_",
        "calendar_days_in_words_",
    )
    unused = [key for key in catalogue if f'"{key}"' not in code and not key.startswith(prefixes)]
    assert unused == []


def test_russian_counted_units_have_three_forms(catalogue):
    for key in (k for k in catalogue if k.startswith("unit_")):
        assert len(catalogue[key]["ru"].split("|")) == 3, key
        assert "|" not in catalogue[key]["kk"], key


def test_weekday_names(strings):
    assert strings.weekday(date(2012, 3, 15), "kk") == "бейсенбі"
    assert strings.weekday(date(2012, 3, 15), "ru") == "четверг"
    assert strings.weekday(date(2012, 3, 18), "kk") == "жексенбі"


@pytest.mark.parametrize(
    "value, text",
    [
        ("0.5", "0,5"),
        ("7", "7"),
        ("100", "100"),
        ("1618", f"1{NBSP}618"),
        ("6213.12", f"6{NBSP}213,12"),
        ("1618.35", f"1{NBSP}618,35"),
        ("272490000", f"272{NBSP}490{NBSP}000"),
        ("-1234.5", f"-1{NBSP}234,5"),
    ],
)
def test_numbers_have_no_break_thousands_and_a_decimal_comma(value, text):
    assert number(Decimal(value)) == text


def test_money_and_dates():
    assert money(Decimal("6213.12")) == f"6{NBSP}213,12{NBSP}₸"
    assert day(date(2012, 3, 5)) == "05.03.2012"


@pytest.mark.parametrize(
    "n, unit, kk, ru",
    [
        (1, "month", f"1{NBSP}ай", f"1{NBSP}месяц"),
        (2, "month", f"2{NBSP}ай", f"2{NBSP}месяца"),
        (5, "month", f"5{NBSP}ай", f"5{NBSP}месяцев"),
        (6, "month", f"6{NBSP}ай", f"6{NBSP}месяцев"),
        (11, "month", f"11{NBSP}ай", f"11{NBSP}месяцев"),
        (12, "month", f"12{NBSP}ай", f"12{NBSP}месяцев"),
        (21, "month", f"21{NBSP}ай", f"21{NBSP}месяц"),
        (22, "month", f"22{NBSP}ай", f"22{NBSP}месяца"),
        (4, "working_day", f"4{NBSP}жұмыс күні", f"4{NBSP}рабочих дня"),
        (6, "working_day", f"6{NBSP}жұмыс күні", f"6{NBSP}рабочих дней"),
        (15, "calendar_day", f"15{NBSP}күнтізбелік күн", f"15{NBSP}календарных дней"),
        (30, "calendar_day", f"30{NBSP}күнтізбелік күн", f"30{NBSP}календарных дней"),
    ],
)
def test_counted_nouns(strings, n, unit, kk, ru):
    # A count never parts from its unit at a line break: a no-break space between them.
    assert (strings.count(n, unit, "kk"), strings.count(n, unit, "ru")) == (kk, ru)


@pytest.mark.parametrize(
    "word, case, ending",
    [
        ("наурыз", "dat", "ға"),  # ends in a voiced consonant, back vowels
        ("шілде", "dat", "ге"),  # ends in a front vowel
        ("қыркүйек", "dat", "ке"),  # voiceless, front
        ("ақпан", "acc", "ды"),  # nasal: -ды for the accusative
        ("қараша", "acc", "ны"),  # vowel
        ("қаңтар", "abl", "дан"),
        ("маусым", "abl", "нан"),  # nasal: -нан for the ablative
        ("қыркүйек", "abl", "тен"),
        ("сәуір", "abl", "ден"),  # у is not a vowel here: і decides
        ("ақпан", "locattr", "дағы"),
        ("қыркүйек", "locattr", "тегі"),
        ("Қостанай облысы", "gen", "ның"),
    ],
)
def test_kazakh_case_endings_follow_vowel_harmony(word, case, ending):
    assert kk_ending(word, case) == ending


def test_kazakh_dates_in_words():
    assert kk_date(date(2012, 1, 1), "abl") == "2012 жылғы 1 қаңтардан"
    assert kk_date(date(2012, 2, 29), "acc") == "2012 жылғы 29 ақпанды"
    assert kk_date(date(2012, 3, 15)) == "2012 жылғы 15 наурыз"
    assert kk_date(date(2010, 2, 17), "locattr") == "2010 жылғы 17 ақпандағы"


def test_russian_dates_in_words_are_in_the_genitive():
    # «от 17 февраля 2010 года», «с 1 ноября 2012 года»: month and year in the genitive.
    assert ru_date(date(2010, 2, 17)) == "17 февраля 2010 года"
    assert ru_date(date(2012, 11, 1)) == "1 ноября 2012 года"
    assert ru_date(date(2011, 5, 19)) == "19 мая 2011 года"


def test_a_russian_date_in_words_asks_for_the_genitive_only():
    strings = Strings(
        {
            "adopted": {"kk": "{day:locattr}", "ru": "от {day:gen}"},
            "since": {"kk": "{day:abl} бастап", "ru": "с {day:abl}"},
        }
    )
    assert strings.text("adopted", "ru", day=date(2010, 2, 17)) == "от 17 февраля 2010 года"
    assert strings.text("adopted", "kk", day=date(2010, 2, 17)) == "2010 жылғы 17 ақпандағы"
    with pytest.raises(ValueError, match="day:gen"):
        strings.text("since", "ru", day=date(2010, 2, 17))


def test_a_message_asks_for_a_kazakh_date_in_words_and_russian_keeps_digits(strings):
    assert (
        strings.text("storage_summary", "kk", day=date(2013, 2, 28))
        == "Құжаттар 2013 жылғы 28 ақпанды қоса алғанда сақталады"
    )
    assert (
        strings.text("storage_summary", "ru", day=date(2013, 2, 28))
        == "Документы хранятся по 28.02.2013 включительно"
    )


def test_region_names_in_the_genitive():
    assert region_genitive("Қостанай облысы", "kk") == "Қостанай облысының"
    assert region_genitive("Алматы қаласы", "kk") == "Алматы қаласының"
    assert region_genitive("Костанайская область", "ru") == "Костанайской области"
    assert (
        region_genitive("Восточно-Казахстанская область", "ru") == "Восточно-Казахстанской области"
    )
    assert region_genitive("город Алматы", "ru") == "города Алматы"


def test_error_text_fills_labels_offices_and_reasons(strings):
    from calculator.calendar import DayOff
    from calculator.errors import InputError
    from calculator.terms import OfficeClosed

    closed = OfficeClosed(
        date(2012, 3, 8),
        "centre",
        DayOff(
            date(2012, 3, 8), {"kk": "Халықаралық әйелдер күні", "ru": "Международный женский день"}
        ),
    )
    assert strings.error_text(closed, "ru") == (
        "В четверг, 08.03.2012, центр обслуживания населения не работает — Международный женский день. "
        "Подать документы в этот день нельзя, выберите другой день."
    )
    assert strings.error_text(closed, "kk") == (
        "08.03.2012 (бейсенбі) күні халыққа қызмет көрсету орталығы жұмыс істемейді — Халықаралық әйелдер күні. "
        "Бұл күні құжаттарды тапсыру мүмкін емес, басқа күнді таңдаңыз."
    )
    missing = InputError("missing_field", "submitted")
    assert strings.error_text(missing, "ru") == "Заполните поле «Дата подачи документов»."
    assert (
        strings.error_text(missing, "kk") == "«Құжаттарды тапсыру күні» өрісін толтырыңыз."
    )  # N14: one label per field


def test_lower_first_keeps_the_standards_defined_terms():
    # The standard defines «Орталық» / «Центр» («бұдан әрі – Орталық», «далее – Центр»): a defined
    # term keeps its capital inside a sentence; a common noun that opens a name is lower-cased.
    assert lower_first("Орталықтың филиалы немесе өкілдігі") == "Орталықтың филиалы немесе өкілдігі"
    assert lower_first("Центр") == "Центр"
    assert lower_first("Центра") == "Центра"
    assert lower_first("Центр обслуживания населения") == "центр обслуживания населения"
    assert lower_first("Халыққа қызмет көрсету орталығы") == "халыққа қызмет көрсету орталығы"
    assert (
        lower_first("Филиал или представительство Центра") == "филиал или представительство Центра"
    )
    assert lower_first("Уәкілетті орган") == "уәкілетті орган"


def test_a_branch_of_the_centre_keeps_the_defined_term_in_running_text(strings):
    # Worked by hand from the strings: office_name_centre-branch opens with the defined term.
    assert strings.office("centre-branch", "kk") == "Орталықтың филиалы немесе өкілдігі"
    assert strings.office("centre-branch", "ru") == "филиал или представительство Центра"
    assert strings.office("centre", "kk") == "халыққа қызмет көрсету орталығы"


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "kk",
            "«Шағым қосымша ақпарат алуды және зерделеуді талап ете ме?» деген сұраққа «иә» "
            "немесе «жоқ» деп жауап беріңіз.",
        ),
        (
            "ru",
            "На вопрос «Требует ли жалоба получения дополнительной информации и изучения?» "
            "ответьте «да» или «нет».",
        ),
    ],
)
def test_a_flag_that_is_neither_yes_nor_no_names_the_question(bundle, lang, expected):
    # The complaint form asks whether a study is needed (review5 K20); a URL or the CLI may send
    # anything: the answer names the question as the form shows it.
    answer = handle(
        {"action": "complaint", "registered": "2012-03-15", "simple": "maybe", "lang": lang}, bundle
    )
    assert answer["error"]["message"] == expected
