"""The patterns docs/dev/language.md forbids in the site's own words, as a checker over plain text.

Each rule names the languages it applies to, the pattern, and the fix, so a failure says what to
write instead. The official text of the resolution (clauses, appendices, contacts as published)
is reproduced as it is: ``outside`` lets a caller leave it out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

from calculator.messages import LANGS, UNIT, tie


@dataclass(frozen=True)
class Rule:
    name: str
    langs: tuple[str, ...]
    pattern: re.Pattern
    fix: str
    bad: tuple[str, ...] = ()  # the guide's wrong examples: the rule catches each
    good: tuple[str, ...] = ()  # its right examples: the rule catches none
    # No finding where a proper name follows the match (capital-after-dash), or where the match
    # is inside a use of the word for something else («байланыстар тізімі»).
    name_after: re.Pattern | None = None
    other_use: re.Pattern | None = None


ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "dev" / "language.md"

# A number, perhaps with a unit or as a DD.MM.YYYY date, then a postposition with nothing between.
_NUMBER = r"\d(?:[\d\u00a0 .,:]*\d)?(?:\s*(?:га|АЕК|теңге|₸|мин|минут|жыл|ай|күн))?"
# Format and standard names a citizen meets on the site as they are (file types, codes).
LATIN_ALLOWED = {
    "vCard",
    "docx",
    "ics",
    "csv",
    "json",
    "JSON",
    "CSV",
    "SHA",
    "UTC",
    "JavaScript",
    "PDF",
    "kk",
    "ru",
    "data-district",
    "iCalendar",
}
_UPPER, _LOWER = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ", "a-zа-яёәіңғүұқөһ"


def _proper_names() -> re.Pattern:
    """Names that keep their capital after a dash: the days off, regions and their centres,
    the glossary's capitalised terms (data/, read here so a new name needs no code)."""
    holidays = yaml.safe_load((ROOT / "data" / "holidays.yaml").read_text(encoding="utf-8"))
    regions = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text(encoding="utf-8"))[
        "regions"
    ]
    names = {day[lang] for day in holidays["days"] for lang in LANGS}
    names |= {r[key] for r in regions for key in ("kk", "ru", "centre_kk", "centre_ru") if key in r}
    # The site's name in each edition ends every page title: «… — Земельные акты».
    names |= set(re.findall(r"site_name: (.+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")))
    names |= {
        "Центр",
        "Орталық",
        "Закон",
        "Заң",
        "Земельный кодекс",
        "Жер кодексі",
        "Правительств",
        "Үкімет",
        "Қазақстан",
        "Казахстан",
        "Республик",
    }
    words = sorted({name.split()[0] for name in names}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


# The patterns of the guide's "Checked rules" table, by rule name.
PATTERNS = {
    "number-before-postposition": _NUMBER + r"\s+(?:дейін|дейінгі|жоғары|бастап|кейін|қоса)(?!\w)",
    "clause-word-order": r"(?<![-\w])[Тт]армақ(?:ша)?\s+\d",
    "yo": "[ёЁ]",
    "sdacha": r"(?<!\w)(?:[Сс]да(?:ча|чи|че|чу|ть|ет|ют|н|на|но|ны|л|ли|вать|вая|ющ\w*))(?!\w)",
    "developer-term": r"(?i)(?<![\w/.-])(?:python|pyodide|runtime|worker|webassembly|wasm)(?![\w-])"
    r"|(?<!\w)(?:Asia|Europe)/[A-Za-z_]+",
    "english-word": r"(?<![\w@./-])[A-Za-z]{3,}(?![\w@/-])",
    # The units calculator.messages.tie() ties: what it would tie must be tied.
    "nbsp-unit": r"(?<=\d)(?<!\.\d{4}) (?=" + UNIT + ")",
    "nbsp-numero": r"№ ?(?=\d)",
    "hyphen-as-dash": rf"(?<=[{_LOWER}{_UPPER}»)]) [-–] (?=[{_LOWER}{_UPPER}«(])",
    "capital-after-dash": rf"(?<=[\w,)»]) [—–] (?=[{_UPPER}][{_LOWER}])",
    "print-layout-calque": r"(?i)колонтитул|(?<!\w)Навигаци[яи](?!\w)",
    "documents-list-term": r"(?i)(?<!\w)тізім\w*",
    "documents-list-term-ru": r"(?i)(?<!\w)спис(?:ок|ка|ку|ком|ке|ки|ков)(?!\w)",
    "breached-term": r"(?i)просрочен\w*\s+ли\s+акт|(?<!\w)акт\w*\s+(?:не\s+)?просрочен|(?<!\w)срок\w*(?:\s+\w+){0,3}?\s+пропущен|(?<!\w)срок\s+не\s+истек",
    "breached-term-kk": r"(?i)(?<!\w)мерзім\s+өтпеген|мерзімінде\s+берілмеді",
    # An act amends: adilet's passive formula, «… қаулысымен өзгеріс енгізілді».
    "amendment-passive": r"қаулысы\s+(?:стандартт\w*\s+)?(?:\d+-тармағ\w*\s+)?(?:жаңа\s+редакцияда\s+жазды|өзгеріс\s+енгізді)"
    r"|(?i:постановлени[ея]\s+правительства\s+рк\s+от\s+[\d.]+\s+№\s?\d+\s+(?:изложило|внесло))",
    "day-of-month-as-count": r"\d+-күн\s+жоқ",
    "dash-colon-chain": r"— (?:не позднее )?\d{2}\.\d{2}\.\d{4}(?: \(\w+\))?: \d",
    "internal-standard-number": r"пункту \d+ стандарта \d|\d-стандарттың \d+-тармағы",
    "appendix-predicate": r"қосымшасында \(\d+-тармақ\)",
    # «… көрсетілген. (20-тармақ)»: the reference hangs after its sentence's full stop; so does a
    # bracketed link or note that opens with a capital («… аспайды. (Қызмет ақысы …)»).
    "clause-ref-after-stop": rf"[.!?]»?\s*\((?:\d+-тармақ|(?:под)?пункт )|[.!?]»?[ \u00a0]*\([{_UPPER}]",
    # The site's Russian translation of the standards: no exemption as the Kazakh act's own «–».
    "translation-dash": r"(?:(?<=[^\W\d])|(?<=[,»)])) [-–] (?=[\w«(])",
    "repealed-subject": r"(?m)^\s*Утратило силу в",
    "case-label": r"(?m)^\s*(?:Случай|Жағдай): ",
    "standards-by-number": r"(?:стандарттар(?:ын)?да|стандарт(?:ын)?да|стандартах|стандарте): \d",
    "colloquial-heading": r"(?m)^\s*(?:Сколько стоит|Қанша тұрады|Если что-то пошло не так"
    r"|Если не забрать документы вовремя)\s*$",
    # «(шағымдар): 20»: one word in parentheses, then a count.
    "count-label-purpose": rf"\([{_LOWER}{_UPPER}]+\):[ \u00a0]*\d",
    "source-line-number": r"дереккөздің \d+(?:, \d+)*-жол|строк\w* источника \d",
    # A plural label before a count of one: Kazakh plural and possessive endings; a Russian
    # capitalised plural (-ы/-и) opening the label.
    "count-of-one-plural": r"(?:лар|лер|дар|дер|тар|тер)[ыі]?(?: \([^)]*\))?:[ \u00a0]*1(?![\d,.])"
    r"|[А-Я][а-я]+[ыи] [^:\n]{0,60}:[ \u00a0]*1(?![\d,.])",
    # A postposition after the date is number-before-postposition's.
    "status-after-label": rf"(?:Қазір|Сейчас):\s+[{_UPPER}]",
    "act-term-consumer": r"(?i)(?<!\w)(?:тұтынушы\w*|потребител\w*)",
    # «… көшірмесі — 11-тармақтың 1) тармақшасы»: a dash runs into the reference (« · » instead).
    "dash-before-clause": r"[^\s—] [—–] (?:\d+-тармақ|(?:под)?пункт\w*[ \u00a0]\d)",
    "mysaly-comma": r"(?<!\w)мысалы(?![,\w])",
    "link-value": r"(?i)сілтемедегі\s+мән\w*|значени\w*\s+из\s+ссылки",
    "numeric-date-subject": rf"\d{{2}}\.\d{{2}}\.\d{{4}} (?!күн|дейін|жоғары|бастап|кейін|қоса)[{_LOWER}]",
    # The same with the weekday in parentheses: «21.03.2012 (сәрсенбі) халыққа …».
    "colloquial-that-act": r"(?<!\w)сол\s+қаулы\w*",
    # adilet's footnote closes with «… енгізіледі) Қаулысымен.»: a quotation, left as it is.
    "effect-future-tense": r"\([^()]*қолданысқа\s+енгізіледі\)(?!\s*Қаулысымен)",
    "numeric-date-weekday-subject": rf"\d{{2}}\.\d{{2}}\.\d{{4}} \([{_LOWER}]+\) (?!күн|есепке)[{_LOWER}]",
    # «Алаң 1,7 га — «…» аралығына жатады»: a dash between the subject and its verb (review8 K2).
    "subject-dash-verbal": r"Алаң [^—.]*? — [^.]*?аралығына жатады",
    "telegraphic-hint": r"(?:Бос қалса|Если не указана?) —",
    "fee-heading-echo": r"(?<!\w)Плата:[ \u00a0]*\d",
    "field-as-question": r"на вопрос «[^»]*, га»|«[^»]*, га» сұрағына",
}
# Uses of the other word for another kind of list («байланыстар тізімі», «мекеменің тізімде
# болуы», «один список»).
_OTHER_LISTS = {
    "documents-list-term": re.compile(r"(?i)(?:байланыс\w*|бір|мекеме\w*)\s+тізім\w*"),
    "documents-list-term-ru": re.compile(r"(?i)(?:один|одним)\s+спис\w*|спис\w*\s+контакт\w*"),
}
_ROW = re.compile(r"^\| `([\w-]+)` \| ([\w, ]+) \| (.*?) \| (.*?) \| (.*?) \|$", re.M)


def _examples(cell: str) -> tuple[str, ...]:
    return tuple(text.replace("~", "\u00a0") for text in re.findall(r"`([^`]*)`", cell))


def load_rules(guide: Path = GUIDE) -> tuple[Rule, ...]:
    """The rules of the guide's "Checked rules" table, each with its pattern from PATTERNS."""
    table = guide.read_text(encoding="utf-8").split("## Checked rules", 1)[1]
    rules = []
    for name, langs, bad, good, fix in _ROW.findall(table):
        rules.append(
            Rule(
                name,
                tuple(lang.strip() for lang in langs.split(",")),
                re.compile(PATTERNS[name]),
                fix.strip(),
                _examples(bad),
                _examples(good),
                _proper_names() if name == "capital-after-dash" else None,
                _OTHER_LISTS.get(name),
            )
        )
    return tuple(rules)


RULES = load_rules()
_ENGLISH = next(rule for rule in RULES if rule.name == "english-word")
# Addresses, links and file names are not words of the interface.
_EMAIL_OR_URL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:kz|ru|com|org|net)\b"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:json|csv|vcf|ics|docx|txt|xml|zip)\b"
)


@dataclass(frozen=True)
class Finding:
    rule: Rule
    start: int
    end: int
    text: str  # the match with some context

    def __str__(self) -> str:
        return f"[{self.rule.name}] …{self.text}… — {self.rule.fix}"


def findings(text: str, lang: str) -> list[Finding]:
    """Every place in ``text`` (in ``lang``) where a rule is broken."""
    masked = _EMAIL_OR_URL.sub(lambda m: " " * len(m.group(0)), text)
    out = []
    for rule in RULES:
        if lang not in rule.langs:
            continue
        for match in rule.pattern.finditer(masked):
            if rule is _ENGLISH and match.group(0) in LATIN_ALLOWED:
                continue
            if rule.name_after and rule.name_after.match(masked, match.end()):
                continue
            if rule.other_use and any(
                o.start() <= match.start() and match.end() <= o.end()
                for o in rule.other_use.finditer(masked)
            ):
                continue
            context = text[max(0, match.start() - 30) : match.end() + 30].replace("\n", " ")
            out.append(Finding(rule, match.start(), match.end(), context))
    return out


def outside(found: list[Finding], text: str, official: Iterable[str]) -> list[Finding]:
    """The findings not inside an occurrence in ``text`` of one of the official texts."""
    # The pages print official text with no-break spaces (calculator.messages.tie); data has none.
    text = text.replace("\u00a0", " ")
    official = tuple(tie(piece).replace("\u00a0", " ") for piece in official)
    kept = []
    for finding in found:
        match = text[finding.start : finding.end]
        covered = False
        for piece in (p for p in official if match in p):
            start = text.find(piece)
            while start != -1 and not covered:
                covered = start <= finding.start and finding.end <= start + len(piece)
                start = text.find(piece, start + 1)
            if covered:
                break
        if not covered:
            kept.append(finding)
    return kept


_QUOTE = re.compile(r"«([^«»]*(?:«[^«»]*»[^«»]*)*)»")


def mask_quoted_excerpts(text: str, official: Iterable[str]) -> str:
    """``text`` with each «…» quotation blanked out when every piece of it between the «…» of an
    elision is a piece of the official text (the desk quotes half a clause: «… – до достижения …»)."""
    source = "\n".join(piece.replace("\u00a0", " ") for piece in official)

    def blank(match: re.Match) -> str:
        pieces = [p.strip(" ,.;") for p in match.group(1).replace("\u00a0", " ").split("…")]
        quoted = [p for p in pieces if p]
        return (
            " " * len(match.group(0))
            if quoted and all(p in source for p in quoted)
            else match.group(0)
        )

    return _QUOTE.sub(blank, text)


class VisibleText(HTMLParser):
    """What a reader sees or hears: text outside code and scripts, and the attributes read aloud."""

    SKIP = {"script", "style", "code", "pre", "svg", "template", "textarea"}
    SPOKEN = {"title", "aria-label", "placeholder", "alt"}
    INLINE = {"a", "abbr", "b", "em", "i", "mark", "small", "span", "strong", "sub", "sup", "wbr"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skipping.append(tag)
        spoken = [value for name, value in attrs if name in self.SPOKEN and value]
        # Attribute values and the text of separate blocks never run into each other.
        if spoken or tag not in self.INLINE:
            self.parts += ["\n", *(f"{value}\n" for value in spoken)]

    def handle_endtag(self, tag):
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()
        if tag not in self.INLINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


class DataSentences(HTMLParser):
    """The words a page's script prints: data-* attribute values that are text, not JSON or ids."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (
                name.startswith("data-")
                and value
                and value[0] not in "{["
                and re.search("[а-яәіңғүұқөһ]", value, re.I)
            ):
                self.parts.append(
                    re.sub(r"\{\w+(?::\w+)?\}", "…", value)
                )  # a placeholder the script fills


class JsonBlocks(HTMLParser):
    """The bodies of a page's ``<script type="application/json">`` blocks (the desk's and the answer
    page's data, the theme's translations): their scripts print these strings."""

    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        self._open = tag == "script" and dict(attrs).get("type") == "application/json"
        if self._open:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._open = False

    def handle_data(self, data):
        if self._open:
            self.blocks[-1] += data


def _strings(value) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for child in value.values():
            yield from _strings(child)
    elif isinstance(value, list):
        for child in value:
            yield from _strings(child)


def _is_words(value: str) -> bool:
    """A sentence or label, not an id («grant-4»), a path, a date key or a .docx XML template."""
    if value.lstrip().startswith("<"):
        return False
    return bool(re.search("[а-яәіңғүұқөһ]", value, re.I)) or (
        " " in value.strip() and re.search("[A-Za-z]{3}", value)
    )


def json_sentences(html: str) -> str:
    """Every string of the page's JSON data blocks that is words, one a line; a placeholder the
    script fills («{day}») reads as «…»."""
    parser = JsonBlocks()
    parser.feed(html)
    lines = []
    for block in parser.blocks:
        for value in _strings(json.loads(block)):
            if _is_words(value):
                lines.append(re.sub(r"\{\w+(?::\w+)?\}", "…", " ".join(value.split(" "))))
    return "\n".join(lines)


def data_sentences(html: str) -> str:
    parser = DataSentences()
    parser.feed(html)
    return "\n".join(parser.parts)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    # Runs of spaces fold to one; a no-break space stays one (the nbsp rules look for it).
    text = re.sub(r"[ \t\r\f\v]*\u00a0[ \t\r\f\v\u00a0]*", "\u00a0", "".join(parser.parts))
    return re.sub(r"[ \t\u00a0]*\n\s*", "\n", re.sub(r"[ \t\r\f\v]+", " ", text))


# How a message names a field: «…» өрісін / өрісіне; поле «…» / в поле «…».
_FIELD_MENTION = re.compile(r"«([^»]+)»\s*өріс|пол[еяю]\s*«([^»]+)»")


def fields_named(message: str) -> list[str]:
    return [kk or ru for kk, ru in _FIELD_MENTION.findall(message)]


class FormLabels(HTMLParser):
    """{action: {field name: label text}} of the calculator page's forms: a field's <label for>,
    or for a group of radios the <legend> of their fieldset."""

    def __init__(self):
        super().__init__()
        self.forms: dict[str, dict[str, str]] = {}
        self._action = None
        self._label_for = None
        self._labels: dict[str, str] = {}  # element id → label text
        self._names: dict[str, tuple[str, str]] = {}  # element id → (action, name)
        self._legend: str | None = None  # the open fieldset's legend
        self._in_legend = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "data-action" in a:
            self._action = a["data-action"]
            self.forms.setdefault(self._action, {})
        elif tag == "fieldset":
            self._legend = ""
        elif tag == "legend":
            self._in_legend = True
        elif tag == "label" and a.get("for"):
            self._label_for = a["for"]
            self._labels[self._label_for] = ""
        elif (
            tag == "input"
            and a.get("type") == "radio"
            and self._action
            and self._legend is not None
        ):
            self.forms[self._action][a["name"]] = " ".join(self._legend.split())
        elif (
            tag in ("input", "select", "textarea")
            and self._action
            and a.get("name")
            and a.get("id")
        ):
            self._names[a["id"]] = (self._action, a["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._action = None
        elif tag == "label":
            self._label_for = None
        elif tag == "legend":
            self._in_legend = False
        elif tag == "fieldset":
            self._legend = None

    def handle_data(self, data):
        if self._label_for:
            self._labels[self._label_for] += data
        if self._in_legend:
            self._legend += data

    def close(self):
        super().close()
        for element, (action, name) in self._names.items():
            self.forms[action][name] = " ".join(self._labels.get(element, "").split())
        return self.forms


def form_labels(html: str) -> dict[str, dict[str, str]]:
    parser = FormLabels()
    parser.feed(html)
    return parser.close()
