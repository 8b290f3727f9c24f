"""LANGUAGE.md as tests: every built page (both editions) and every calculator answer in both
languages is free of the patterns the rules forbid; each pattern is proven to be caught.

The official text of the resolution (clauses, appendices, contacts, as data/ holds it) is the
source's own wording and is left out; the site's own words are checked.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
import yaml

from calculator.api import handle
from tests.site.language_rules import (
    PATTERNS,
    RULES,
    _strings,
    data_sentences,
    fields_named,
    findings,
    form_labels,
    json_sentences,
    load_rules,
    mask_quoted_excerpts,
    outside,
    visible_text,
)

# --- each pattern is caught (bad) and does not catch its correct form (good) ----------------------
# The examples are the guide's own (docs/dev/language.md, "Checked rules"), read by load_rules().


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_each_rule_catches_its_bad_examples_and_spares_the_good(rule):
    assert rule.bad and rule.good, f"{rule.name}: the guide gives no examples"
    for lang in rule.langs:
        for text in rule.bad:
            assert rule in {f.rule for f in findings(text, lang)}, f"{rule.name} missed «{text}»"
        for text in rule.good:
            assert rule not in {f.rule for f in findings(text, lang)}, (
                f"{rule.name} wrongly caught «{text}»"
            )


def test_every_rule_of_the_guide_has_a_pattern_and_every_pattern_a_rule():
    assert [r.name for r in RULES] and {r.name for r in RULES} == set(PATTERNS)
    for name in (
        "nbsp-unit",
        "nbsp-numero",
        "hyphen-as-dash",
        "capital-after-dash",
        "print-layout-calque",
        "documents-list-term",
        "documents-list-term-ru",
    ):
        assert name in PATTERNS  # the review of December 2026 asks for these


def test_a_guide_row_without_a_pattern_fails_loudly(tmp_path):
    guide = tmp_path / "language.md"
    guide.write_text(
        "## Checked rules\n\n| `no-such-rule` | kk | `a` | `b` | c |\n", encoding="utf-8"
    )
    with pytest.raises(KeyError):
        load_rules(guide)


def test_the_visible_text_keeps_no_break_spaces():
    # Worked by hand: a no-break space survives, ordinary runs fold to one space.
    assert visible_text("<p>50\u00a0га  және   №\u00a0102</p>") == "\n50\u00a0га және №\u00a0102\n"


def test_official_text_with_no_break_spaces_is_still_recognised():
    text = (
        "Ескерту: ҚР Үкіметінің 2011.12.01 №\u00a01429 (2012.01.30 бастап қолданысқа енгізіледі)."
    )
    official = ["ҚР Үкіметінің 2011.12.01 № 1429 (2012.01.30 бастап қолданысқа енгізіледі)"]
    assert outside(findings(text, "kk"), text, official) == []


def test_a_field_name_no_label_shows_is_caught():
    labels = {"Дата подачи документов", "Значение МРП, тенге"}
    assert fields_named("Заполните поле «Дата сдачи документов».") == ["Дата сдачи документов"]
    assert set(fields_named("Заполните поле «Дата сдачи документов».")) - labels
    assert not set(fields_named("Введите значение в поле «Значение МРП, тенге».")) - labels
    assert fields_named("«Құжаттарды тапсыру күні» өрісін толтырыңыз.") == [
        "Құжаттарды тапсыру күні"
    ]


def test_official_text_is_left_out_and_the_sites_own_words_are_not():
    text = "Ескерту: 2012.01.30 бастап қолданысқа енгізіледі. Құжаттар 05.09.2012 дейін сақталады."
    found = outside(findings(text, "kk"), text, ["2012.01.30 бастап қолданысқа енгізіледі"])
    assert [f.rule.name for f in found] == ["number-before-postposition"]
    assert "05.09.2012 дейін" in found[0].text


# --- the built site -------------------------------------------------------------------------------


def _leaves(value):
    """Every string in a JSON value, its whitespace collapsed as the page shows it."""
    return (" ".join(text.split()) for text in _strings(value))


@pytest.fixture(scope="module")
def official(data) -> tuple[str, ...]:
    """Every text data/ holds from the source; not the interface strings or the site's status line."""
    texts = set()
    for name, value in data.items():
        if name.startswith("strings/") or name == "holidays":  # the site's own words
            continue
        if name == "act":
            value = {k: v for k, v in value.items() if k != "status"}
        texts.update(t for t in _leaves(value) if t)
    # A footnote shows under its box title «Ескерту» / «Сноска» without repeating the word.
    # About lists them after a colon, in lower case («Қаулы: күші жойылды - …»).
    footnotes = [
        t.split(". ", 1)[1] for t in list(texts) if t.startswith(("Ескерту. ", "Сноска. "))
    ]
    texts.update(footnotes)
    texts.update(t[:1].lower() + t[1:] for t in footnotes)
    # The standard pages set a quoted clause's reference before its full stop: «… (20-тармақ).»
    texts.update(t[:-1] for t in list(texts) if t.endswith("."))
    return tuple(sorted(texts, key=len, reverse=True))


@pytest.mark.parametrize("edition", ["kk", "ru"])
def test_every_built_page_follows_the_rules(site_dir, official, edition):
    pages = [
        p
        for p in sorted(site_dir.rglob("*.html"))
        if (p.relative_to(site_dir).parts[0] == "ru") == (edition == "ru")
    ]
    assert len(pages) > 20
    problems = []
    for page in pages:
        text = visible_text(page.read_text(encoding="utf-8"))
        for finding in outside(findings(text, edition), text, official):
            problems.append(f"{page.relative_to(site_dir)}: {finding}")
    summary = Counter(p.split(": [")[1].split("]")[0] for p in problems)
    assert not problems, f"{len(problems)} findings {dict(summary)}:\n" + "\n".join(problems[:60])


@pytest.mark.parametrize("edition", ["kk", "ru"])
def test_the_words_pages_hand_to_their_scripts_follow_the_rules(site_dir, official, edition):
    # The answer page, checklists and widgets print these strings (data-* attributes) in the browser.
    pages = [
        p
        for p in sorted(site_dir.rglob("*.html"))
        if (p.relative_to(site_dir).parts[0] == "ru") == (edition == "ru")
    ]
    problems, seen = [], 0
    for page in pages:
        text = data_sentences(page.read_text(encoding="utf-8"))
        seen += bool(text)
        for finding in outside(findings(text, edition), text, official):
            problems.append(f"{page.relative_to(site_dir)}: {finding}")
    assert seen > 5
    assert not problems, f"{len(problems)} findings:\n" + "\n".join(sorted(set(problems))[:60])


def test_json_sentences_reads_the_words_of_json_blocks_only():
    # Worked by hand: the ids, the .docx template and the ordinary <script> are no words.
    html = (
        '<script type="application/json" id="d">{"labels": {"a": "Сдать документы {day}"},'
        ' "ids": ["grant-4", "individual|0"], "xml": "<w:p>{text}</w:p>", "en": "Copy to clipboard"}'
        "</script><script>var x = 'Расчёт';</script>"
    )
    assert json_sentences(html) == "Сдать документы …\nCopy to clipboard"


def test_a_quoted_excerpt_of_the_official_text_is_left_out_and_a_misquote_is_not():
    official = [
        "Приостановление считается отложенным, а по причине поступления нескольких заявлений – до"
        " достижения согласия между сторонами."
    ]
    text = "Срок: «… по причине поступления нескольких заявлений – до достижения согласия …» — до 5 дней"
    assert mask_quoted_excerpts(text, official) == "Срок: " + " " * 74 + " — до 5 дней"
    wrong = "«… по причине подачи нескольких заявлений – до достижения согласия …»"
    assert mask_quoted_excerpts(wrong, official) == wrong


@pytest.mark.parametrize("edition", ["kk", "ru"])
def test_the_words_in_json_data_blocks_follow_the_rules(site_dir, official, edition):
    # The desk prints its receipt and notices, the answer page its office titles, from these blocks.
    pages = [
        p
        for p in sorted(site_dir.rglob("*.html"))
        if (p.relative_to(site_dir).parts[0] == "ru") == (edition == "ru")
    ]
    problems, desk = [], ""
    for page in pages:
        text = mask_quoted_excerpts(json_sentences(page.read_text(encoding="utf-8")), official)
        if page.parent.name == "desk":
            desk = text
        for finding in outside(findings(text, edition), text, official):
            problems.append(f"{page.relative_to(site_dir)}: {finding}")
    assert len(desk.splitlines()) > 50  # the desk's labels, documents and grounds were read
    assert not problems, f"{len(problems)} findings:\n" + "\n".join(sorted(set(problems))[:60])


# --- every calculator answer ----------------------------------------------------------------------

DATES = [
    "",
    "bad",
    "2012-02-29",
    "2012-03-07",
    "2012-03-08",
    "2012-03-09",
    "2012-03-10",
    "2012-03-11",
    "2012-03-17",
    "2012-03-21",
    "2012-08-31",
    "2012-12-28",
    "2011-03-05",
    "2010-01-04",
    "2008-01-01",
    "2030-06-01",
    "31.01.2012",
    "2012-02-30",
]
GRID = {
    "fee": {
        "category": ["", "individual-gardening", "farm", "legal-entity", "condominium", "zz"],
        "area": ["", "abc", "0", "-3", "0,5", "7", "120", "1000", "1200", "300000000"],
        "paid_on": ["", "2012-03-15", "2008-01-01", "2013-05-05", "bad"],
        "mci": ["", "1618", "abc", "-1", "1618,555", "99999999"],
    },
    "deadline": {
        "standard": ["", "1", "2", "4", "9"],
        "case": ["", "grant", "changed", "duplicate", "zz"],
        "office": ["", "authorized-body", "centre", "centre-branch", "zz"],
        "submitted": DATES,
    },
    "late": {
        "standard": ["1", "9"],
        "case": ["grant", "duplicate", "zz"],
        "office": ["", "centre"],
        "submitted": ["", "bad", "2011-03-04", "2012-01-28", "2012-03-10"],
        "checked_on": DATES,
    },
    "complaint": {"registered": DATES, "simple": ["", "yes", "maybe"]},
    "storage": {"ready_on": DATES, "office": ["", "authorized-body", "centre", "zz"]},
    "open": {
        "region": ["", "kostanay", "aktobe", "almaty-city", "zz"],
        "office": ["", "authorized-body", "centre", "centre-branch"],
        "at": [
            "",
            "bad",
            "2012-03-15 13:30",
            "2012-03-15T08:59",
            "2012-03-15 19:30",
            "2012-03-17 10:00",
            "2012-03-18 10:00",
            "2012-03-08 10:00",
            "2012-03-15 25:00",
        ],
    },
}


def _requests():
    for action, fields in GRID.items():
        names = list(fields)
        for values in itertools.product(*(fields[n] for n in names)):
            yield {"action": action, **{n: v for n, v in zip(names, values, strict=True) if v}}


def _texts(answer: dict) -> list[str]:
    if not answer["ok"]:
        return [answer["error"]["message"]]
    return [
        answer["summary"],
        *answer["explanation"],
        *(w["message"] for w in answer.get("warnings", [])),
    ] + [s["reason"] for s in answer.get("skipped", [])]


@pytest.fixture(scope="module")
def answers(bundle):
    """Every request of the grid in both languages, with its answer (about 4 000 each)."""
    return [
        (lang, request, handle({**request, "lang": lang}, bundle))
        for lang in ("kk", "ru")
        for request in _requests()
    ]


def test_every_calculator_answer_follows_the_rules(answers):
    problems = Counter()
    for lang, request, answer in answers:
        for text in _texts(answer):
            for finding in findings(text, lang):
                problems[f"{lang} {request['action']}: {finding}"] += 1
    assert len(answers) > 3000
    assert not problems, "\n".join(f"{n}× {p}" for p, n in problems.most_common(40))


def test_errors_name_fields_exactly_as_the_form_labels_them(answers, site_dir):
    labels = {
        "kk": form_labels((site_dir / "calculator" / "index.html").read_text(encoding="utf-8")),
        "ru": form_labels(
            (site_dir / "ru" / "calculator" / "index.html").read_text(encoding="utf-8")
        ),
    }
    assert (
        labels["kk"]["fee"]["mci"] == "АЕК мәні, теңге"
        and labels["ru"]["deadline"]["submitted"] == "Дата подачи документов"
    )  # the form's own labels, read from the built page
    problems = set()
    errors = 0
    for lang, request, answer in answers:
        if answer["ok"]:
            continue
        errors += 1
        form = labels[lang][request["action"]]
        field = answer["error"]["field"]
        if field is not None and field not in form:
            problems.add(f"{lang}: error field {field!r} is not on the {request['action']} form")
        for named in fields_named(answer["error"]["message"]):
            if named not in form.values():
                problems.add(
                    f"{lang}: «{named}» is no label of the {request['action']} form: "
                    f"{answer['error']['message']}"
                )
    assert errors > 1000
    assert not problems, "\n".join(sorted(problems))


def test_the_russian_translation_writes_a_dash_between_words_as_the_site_does(data):
    """review7 R7: «(далее – уполномоченный орган)», «заявлений – до достижения согласия» on every
    Russian standard page. The Russian text is the site's translation, not a quotation, so no
    text of it is left out as official: the translation memories and every Russian text of data/."""
    from tests.datatools import ROOT, texts

    rule = next(r for r in RULES if r.name == "translation-dash")
    memories = sorted((ROOT / "data" / "translations").rglob("*.ru.yaml"))
    assert len(memories) >= 3
    russian = [
        (path.name, row["ru"])
        for path in memories
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if row.get("ru")
    ]
    russian += [
        (f"{name}{where}", pair["ru"]) for name in data for where, pair in texts(data[name])
    ]
    assert len(russian) > 500
    problems = [
        f"{where}: …{text[max(0, m.start() - 30) : m.end() + 30]}…"
        for where, text in russian
        for m in rule.pattern.finditer(text)
    ]
    assert not problems, f"{len(problems)} dashes — {rule.fix}:\n" + "\n".join(problems[:40])
