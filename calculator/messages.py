"""How the rules write in Kazakh and Russian: numbers, money, dates, weekdays, counted nouns.

The words themselves are data (data/strings/calculator.yaml), handed to the rules in the bundle's
``strings``; this module only formats. Both languages write numbers the same way: groups of
three digits separated by a no-break space and a decimal comma ("6 213,12 ₸"), and dates in
lists and labels as DD.MM.YYYY. Kazakh running text writes a date in words so it can take a case
ending ("2012 жылғы 1 қаңтардан бастап"): a template asks for it with a format spec, ``{day:abl}``;
Russian running text writes it in words in the genitive ("от 17 февраля 2010 года"), ``{day:gen}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from decimal import Decimal

from calculator.calendar import DayOff
from calculator.errors import InputError

LANGS = ("kk", "ru")
NBSP = "\u00a0"

# A number and the unit after it, and «№» and its number, never part at a line break (a phone
# would print «50» at the end of one line and «га» at the start of the next): docs/dev/language.md.
# The units a number can carry on the site, in both languages (a Kazakh suffix follows a hyphen,
# "50 га-ға", or joins the word, "30 минуттан").
UNIT = (
    r"(?:га|АЕК|МРП|теңге|тенге|тиын|₸|мин|минут\w*|байт|сағат\w*|жұмыс\s+күн\w*|күнтізбелік|күн\w*"
    r"|ай(?:дан|ға|ы|лық)?|рабоч\w+|календарн\w+|день|дн(?:я|ей|ем|и)|месяц\w*|час(?:а|ов)?)(?!\w)"
)
# Not after a date: «11.03.2012 күнінен» names a day, not a count of days.
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d)(?<!\.\d{4}) (?=" + UNIT + ")")
_NUMERO = re.compile(r"№ ?(?=\d)")


def tie(text: str) -> str:
    """Non-breaking spaces after «№» and between a number and its unit: "№ 102", "50 га-ға дейін",
    "6 рабочих дней", "30 мин" keep together on a narrow screen."""
    return _UNIT_AFTER_NUMBER.sub(NBSP, _NUMERO.sub("№" + NBSP, text))


KAZAKH_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)

RUSSIAN_MONTHS_PREPOSITIONAL = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)

RUSSIAN_MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)

# Kazakh case endings by vowel harmony (back, front) and by the sound the word ends in.
_BACK, _FRONT = set("аоұыя"), set("әөүіеэ")
_VOICELESS = set("кқпстфхцчшщбвгд")  # б в г д are devoiced at the end of a word
_NASAL = set("мнң")
_ENDINGS = {  # case: (after a vowel, after м н ң, after other voiced, after voiceless), back/front
    "gen": (("ның", "нің"), ("ның", "нің"), ("дың", "дің"), ("тың", "тің")),
    "dat": (("ға", "ге"), ("ға", "ге"), ("ға", "ге"), ("қа", "ке")),
    "acc": (("ны", "ні"), ("ды", "ді"), ("ды", "ді"), ("ты", "ті")),
    "loc": (("да", "де"), ("да", "де"), ("да", "де"), ("та", "те")),
    "abl": (("дан", "ден"), ("нан", "нен"), ("дан", "ден"), ("тан", "тен")),
}


def kk_ending(word: str, case: str) -> str:
    """The ending ``word`` takes in ``case``: kk_ending("наурыз", "dat") == "ға"."""
    if case == "locattr":  # "ақпандағы": where-adjective, the locative plus -ғы/-гі
        loc = kk_ending(word, "loc")
        return loc + ("гі" if loc.endswith("е") else "ғы")
    low = word.lower()
    front = next((ch in _FRONT for ch in reversed(low) if ch in _BACK | _FRONT), False)
    last = low[-1]
    sound = (
        0
        if last in _BACK | _FRONT | set("иую")
        else 1
        if last in _NASAL
        else 3
        if last in _VOICELESS
        else 2
    )
    return _ENDINGS[case][sound][front]


def kk_date(value: date, case: str = "nom") -> str:
    """2012-03-15, "dat" → "2012 жылғы 15 наурызға"."""
    month = KAZAKH_MONTHS[value.month - 1]
    ending = "" if case == "nom" else kk_ending(month, case)
    return f"{value.year} жылғы {value.day} {month}{ending}"


# How a clock time is read aloud in Kazakh, for its case ending: the last word spoken is the
# minutes' unit if it is not zero, else their tens ("13:30" → "отыз"), and "нөл" for ":00"
# ("сағат 18:00-ге", "сағат 13:30-да").
_KAZAKH_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KAZAKH_TENS = ("нөл", "он", "жиырма", "отыз", "қырық", "елу")


def kk_time(value: time, case: str) -> str:
    """13:30, "loc" → "13:30-да"; 01:21 → "01:21-де"; 09:00 → "09:00-де"."""
    tens, units = divmod(value.minute, 10)
    spoken = _KAZAKH_UNITS[units] if units else _KAZAKH_TENS[tens]
    return f"{value:%H:%M}-{kk_ending(spoken, case)}"


def kk_day_of_month(number: int) -> str:
    """31 → "31-і", 30 → "30-ы": a day of the month as the subject of "жоқ", with the possessive
    ending of the last word read aloud (бір, отыз)."""
    units, tens = number % 10, number // 10
    word = _KAZAKH_UNITS[units] if units else _KAZAKH_TENS[tens]
    front = next(ch in _FRONT for ch in reversed(word) if ch in _BACK | _FRONT)
    vowel = "і" if front else "ы"
    return f"{number}-{'с' + vowel if word[-1] in _BACK | _FRONT else vowel}"


def kk_month(value: date, case: str) -> str:
    """2013-02-28, "loc" → "2013 жылғы ақпанда": the month of a date, in words, with its ending."""
    month = KAZAKH_MONTHS[value.month - 1]
    ending = "" if case == "nom" else kk_ending(month, case)
    return f"{value.year} жылғы {month}{ending}"


def ru_month(value: date) -> str:
    """2013-02-28 → "феврале 2013 года", as «в …» asks."""
    return f"{RUSSIAN_MONTHS_PREPOSITIONAL[value.month - 1]} {value.year} года"


def ru_date(value: date) -> str:
    """2010-02-17 → "17 февраля 2010 года": the month and the year in the genitive, as Russian
    running text writes a date in words ("от 17 февраля 2010 года", "с 1 ноября 2012 года")."""
    return f"{value.day} {RUSSIAN_MONTHS_GENITIVE[value.month - 1]} {value.year} года"


def number(value: Decimal) -> str:
    """1618.35 → "1 618,35" (no-break space, decimal comma), as both kk and ru write it."""
    digits = format(abs(value), "f")
    whole, _, fraction = digits.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if value < 0 else "") + NBSP.join(groups) + ("," + fraction if fraction else "")


def money(value: Decimal) -> str:
    return f"{number(value)}{NBSP}₸"


def day(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


class _Day:
    """A date in a message: DD.MM.YYYY, or in words when the message names a case (Kazakh: the
    case it takes; Russian: ``gen``, the one form a Russian date in words has)."""

    def __init__(self, value: date, lang: str):
        self.value, self.lang = value, lang

    def __format__(self, spec: str) -> str:
        if not spec:
            return day(self.value)
        month = spec.startswith("month_")  # the month alone: {day:month_loc}, {day:month_in}
        if self.lang == "kk":
            return kk_month(self.value, spec[6:]) if month else kk_date(self.value, spec)
        if spec == "month_in":
            return ru_month(self.value)
        if spec != "gen":
            raise ValueError(f"a Russian date in words is {{day:gen}}, not {{day:{spec}}}")
        return ru_date(self.value)


class _Clock:
    """A clock time in a message: HH:MM, or in Kazakh with a case ending, ``{start:loc}``."""

    def __init__(self, value: time, lang: str):
        self.value, self.lang = value, lang

    def __format__(self, spec: str) -> str:
        if spec and self.lang == "kk":
            return kk_time(self.value, spec)
        return f"{self.value:%H:%M}"


def _param(value: object, lang: str) -> object:
    if isinstance(value, time):
        return _Clock(value, lang)
    if isinstance(value, date):
        return _Day(value, lang)
    if isinstance(value, Decimal):
        return number(value)
    return value


# The terms the standards define with a capital, «(бұдан әрі – Орталық)» / «(далее – Центр)»: a
# sentence keeps their capital («Орталықтың филиалы»), while «Центр обслуживания населения» is a
# common noun opening a name. docs/dev/language.md.
_DEFINED_TERM = re.compile(r"(?:Орталық\w*|Центр(?:а|у|ом|е)?)(?!\w)(?! обслуживания)")


def lower_first(name: str) -> str:
    """An office's name inside a sentence: "Уәкілетті орган" → "уәкілетті орган"; a defined term
    keeps its capital: "Орталықтың филиалы" stays."""
    if _DEFINED_TERM.match(name):
        return name
    return name[:1].lower() + name[1:]


def region_genitive(name: str, lang: str) -> str:
    """ "Қостанай облысы" → "Қостанай облысының"; "Костанайская область" → "Костанайской области"."""
    if lang == "kk":
        return name + kk_ending(name, "gen")
    name = re.sub(r"(\w)ая\b", r"\1ой", name)
    # A city name in -а declines (города Астаны); Алматы does not.
    name = re.sub(r"^город (\w+)а$", r"города \1ы", name)
    return name.replace("область", "области").replace("город ", "города ")


# Fields the forms ask as a question («Қандай құқыққа акт керек?»): an error names them so.
FIELD_QUESTIONS = {"standard": "standard_question", "simple": "simple_question"}


class Strings:
    """The catalogue of the rules' words ({key: {"kk": ..., "ru": ...}}), as messages use it."""

    def __init__(self, catalogue: Mapping[str, Mapping[str, str]]):
        self.catalogue = catalogue

    def text(self, key: str, lang: str, **params: object) -> str:
        text = self.catalogue[key][lang].format(**{k: _param(v, lang) for k, v in params.items()})
        return tie(text)

    def name(self, prefix: str, ident: str, lang: str) -> str:
        """office_name/case/then names: the key is the prefix and the id as spelled everywhere
        ("centre-branch" → office_name_centre-branch)."""
        return self.catalogue[f"{prefix}_{ident}"][lang]

    def office(self, ident: str, lang: str) -> str:
        """The office as running text names it (the form's option, lower-cased first letter)."""
        return lower_first(self.name("office_name", ident, lang))

    def weekday(self, value: date, lang: str) -> str:
        return self.catalogue[f"weekday_{value.isoweekday()}"][lang]

    def weekday_first(self, value: date, lang: str) -> str:
        """The weekday for a line about one day: Russian opens the sentence on it («Четверг,
        08.03.2012, …»), Kazakh puts it in brackets after the date."""
        name = self.weekday(value, lang)
        return name if lang == "kk" else name[:1].upper() + name[1:]

    def count(self, n: int, unit: str, lang: str) -> str:
        """6 жұмыс күні; 1 рабочий день, 4 рабочих дня, 6 рабочих дней."""
        return f"{n}{NBSP}{self.form(n, unit, lang)}"

    def form(self, n: int, unit: str, lang: str) -> str:
        """The form of ``unit`` that agrees with the number ``n``, without the number: a word
        said next to a count ("прошел 1 рабочий день", "прошло 4 рабочих дня")."""
        forms = self.catalogue[f"unit_{unit}"][lang].split("|")
        if lang == "kk" or len(forms) == 1:
            return forms[0]
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return forms[1]
        return forms[2]

    def reason(self, day_off: DayOff | None, lang: str) -> str:
        """Why a day is not working: the day off's name, or an ordinary weekend."""
        return day_off.name[lang] if day_off else self.catalogue["weekend"][lang]

    def error_text(self, error: InputError, lang: str) -> str:
        """The message of an input error; a field is named by the label the form shows it with."""
        params = dict(error.params)
        named = FIELD_QUESTIONS.get(error.field, error.field)
        if named in self.catalogue:
            params["label"] = self.catalogue[named][lang]
        if error.code == "date_no_such_day" and lang == "kk":
            params["number"] = kk_day_of_month(error.params["number"])
        if "office" in error.params:
            params["office"] = self.office(error.params["office"], lang)
        if "day_off" in error.params:
            params["reason"] = self.reason(error.params["day_off"], lang)
            params["weekday"] = self.weekday(error.params["day"], lang)
            params["on_weekday"] = self.catalogue[f"on_weekday_{error.params['day'].isoweekday()}"][
                lang
            ]
        return self.text(error.code, lang, **params)
