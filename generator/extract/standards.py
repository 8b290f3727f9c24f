"""The act and its standards, clause by clause → data/act.yaml and data/standards/standard-N.yaml.

First slice (issue 2): the act's title, status and editorial notes, and standard 1's general
provisions (section 1, clauses 1–10) with the facts a page reads from them. Paragraphs broken by
the conversion are joined (a block that does not end a sentence continues in the next one);
conversion errors are fixed by data/corrections/standards.yaml; every Russian text comes from
data/translations/standards.ru.yaml and a missing one fails the extraction.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from generator.extract.corrections import apply_corrections, load_corrections
from generator.extract.source import Source
from generator.extract.translations import TranslationMemory
from generator.yamlio import DataError, load_yaml

NOTE = re.compile(r"^Ескерту\. (.*?) - ҚР Үкіметінің (\d{4})\.(\d{2})\.(\d{2}) (?:N|№) (\d+) \((.*)\) Қаулысымен\.$")
CLAUSE = re.compile(r"^(\d+)\. (.+)$")
STANDARD_IDS = ("private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use")
SLICE_CLAUSES = range(1, 11)  # section 1, "Жалпы ережелер"
CASES = ("grant", "changed", "duplicate")  # clause 11, sub-items 1), 2), 3)
# Who an item of clause 11 applies to, read from its wording (checked by tests/data).
APPLIES = (
    ("заңды тұлғаны мемлекеттік тіркеу", "legal_entity"),
    ("тұтынушының атынан берілген сенімхат", "representative"),
    ("тұтынушының жеке басын куәландыратын", "in_person"),
)
CONDITION = re.compile(r"^(.*? болған жағдайда), (.*)$")
SENTENCE_END = (".", ";", ":")


def _is_heading(text: str) -> bool:
    """A section heading ("1. Жалпы ережелер"): numbered, short, no sentence punctuation."""
    return bool(CLAUSE.match(text)) and len(text) < 60 and not text.endswith(SENTENCE_END)


def _blocks(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Blank-line separated blocks, with blocks the conversion split mid-sentence joined."""
    blocks: list[list] = []
    for number, text in lines:
        text = text.strip()
        if not text:
            if blocks and blocks[-1][1]:
                blocks.append([number, ""])
            continue
        if not blocks or (not blocks[-1][1]):
            if blocks and not blocks[-1][1]:
                blocks.pop()
            if blocks and not blocks[-1][1].endswith(SENTENCE_END) and not _is_heading(blocks[-1][1]):
                blocks[-1][1] += " " + text
                continue
            blocks.append([number, text])
        else:
            blocks[-1][1] += " " + text
    return [(n, t) for n, t in blocks if t]


def _note(text: str, line: int, both) -> dict:
    match = NOTE.match(text)
    if not match:
        raise DataError(f"data/source line {line}: editorial note not understood: {text[:80]}")
    what, year, month, day, number, effect = match.groups()
    return {"id": f"note-{line}", "act": {"number": int(number), "date": date(int(year), int(month), int(day)).isoformat()},
            "effective": effect, "line": line, "text": both(text)}


def _documents(text: str, case: str, both) -> list[dict]:
    """Items of one case of clause 11: split at ";", the "copy of ID or power of attorney"
    sentence split at " не " (in person / by a representative), the closing sentence on
    originals kept as a note item for everyone."""
    lead, _, rest = text.partition(": ")
    body, _, originals = rest.partition(". Тұлғаның")
    parts = [p.strip(" .;") for p in body.split(";")]
    parts = [q.strip() for p in parts for q in (p.split(" не тұтынушының атынан") if "сенімхаттың" in p else [p])]
    parts = [p if not p.startswith("берілген сенімхат") else "тұтынушының атынан " + p for p in parts]
    if originals:
        parts.append("Тұлғаның" + originals.rstrip(" .;"))
    items = []
    for number, part in enumerate(filter(None, parts), 1):
        applies = next((who for marker, who in APPLIES if marker in part), "all")
        condition = CONDITION.match(part)
        text_kk = condition.group(2) if condition else part
        items.append({"id": f"{case}-{number}", "text": both(text_kk[0].upper() + text_kk[1:]),
                      "applies_to": applies, "condition": both(condition.group(1)) if condition else None,
                      "clause": f"11.{CASES.index(case) + 1}"})
    return items


INDICATOR = re.compile(r"^(\d+(?:\.\d+)?)\. ([^\t]+)\t*$")


def _indicators(corrected: list[str], first: int, last: int, both) -> dict:
    """Appendix 5 of standard 1: the table's title, its columns and its rows (groups "1." and
    indicators "1.1."; the source numbers group 4's only indicator "4.3" and that is kept).
    The value columns are empty in the source: the values were set yearly elsewhere (clause 19)."""
    start = next(n for n in range(first, last) if corrected[n - 1].strip().endswith("5-қосымша"))
    title_line = next(n for n in range(start + 1, last) if corrected[n - 1].strip())
    header = next(n for n in range(title_line + 1, last) if "\t" in corrected[n - 1])
    rows = []
    for n in range(header + 2, last):
        text = corrected[n - 1]
        if text.startswith("**") or "қосымша" in text:
            break
        match = INDICATOR.match(text.strip("\n"))
        if match:
            number, label = match.groups()
            rows.append({"number": number, "group": "." not in number, "text": both(label.strip()), "line": n})
    return {"appendix": 5, "standard": 1, "title": both(corrected[title_line - 1].strip()),
            "columns": [both(c.strip()) for c in corrected[header - 1].split("\t")], "rows": rows}


def extract(source: Source, data_dir: Path) -> dict[str, tuple[str, object]]:
    data_dir = Path(data_dir)
    corrected = apply_corrections(source.lines, load_corrections(data_dir / "corrections" / "standards.yaml"))
    memory = TranslationMemory(data_dir, "standards")
    both = memory.both

    act_span = source.act_span()
    # The title is the first bold block ("**…**"), wrapped over several lines.
    first = next(n for n in range(act_span.first, act_span.last + 1) if corrected[n - 1].startswith("**"))
    last = next(n for n in range(first, act_span.last + 1) if corrected[n - 1].rstrip().endswith("**"))
    title = both(" ".join(corrected[n - 1].strip("* ") for n in range(first, last + 1)))
    notes = [_note(corrected[n - 1].strip(), n, both) for n in range(act_span.first, act_span.last + 1)
             if corrected[n - 1].startswith("Ескерту.")]

    standard = source.standard_spans()[1]
    glossary = load_yaml(data_dir / "glossary.yaml").data
    body = [(n, corrected[n - 1]) for n in range(standard.first + 1, standard.last + 1)]
    clauses, current, section_title = [], None, None
    for number, text in _blocks(body):
        if text.startswith("Ескерту."):
            note = _note(text, number, both)
            notes.append(note)
            if current:
                current["notes"].append(note["id"])
            continue
        match = CLAUSE.match(text)
        if _is_heading(text):
            if section_title is not None:
                break  # section 2 starts: beyond this slice
            section_title = match.group(2)
            continue
        if match and int(match.group(1)) == (current["number"] + 1 if current else 1):
            current = {"number": int(match.group(1)), "anchor": f"clause-{match.group(1)}", "paragraphs": [], "notes": []}
            clauses.append(current)
            text = match.group(2)
        if current is None:
            continue
        if current["number"] not in SLICE_CLAUSES:
            break
        current["paragraphs"].append(both(text) | {"line": number})
    clauses = [c for c in clauses if c["number"] in SLICE_CLAUSES]
    indicators = _indicators(corrected, standard.first, standard.last, both)
    # Clause 11 (documents): from its first line to clause 12, as one text per case.
    start = next(n for n in range(standard.first, standard.last) if corrected[n - 1].startswith("11. "))
    end = next(n for n in range(start, standard.last) if corrected[n - 1].startswith("12. "))
    clause_11 = " ".join(corrected[n - 1].strip() for n in range(start + 1, end) if corrected[n - 1].strip())
    case_texts = re.split(r"(?:^| )[123]\) ", clause_11)[1:]
    documents = {case: _documents(text, case, both) for case, text in zip(CASES, case_texts)}
    memory.check()

    by_number = {c["number"]: c for c in clauses}

    def plain(paragraph: dict) -> dict:
        return {"kk": paragraph["kk"], "ru": paragraph["ru"]}

    terms_text = by_number[7]["paragraphs"][1]["kk"]
    days = [int(x) for x in re.findall(r"(\d+) жұмыс күн", terms_text)]
    minutes = [int(re.search(r"(\d+) минут", p["kk"]).group(1)) for p in by_number[7]["paragraphs"][2:4]]
    facts = {
        "provider": plain(by_number[1]["paragraphs"][0]),
        "recipients": {"applicant_types": ["individual", "legal_entity"], "text": plain(by_number[6]["paragraphs"][0])},
        "result": plain(by_number[5]["paragraphs"][0]),
        "terms": {"service_working_days": days[0], "duplicate_working_days": days[1],
                  "queue_minutes": minutes[0], "desk_minutes": minutes[1], "clause": "7"},
        "fee": {"clause": "8", "appendix": 7},
        "documents": documents,
        "hours": {"authorized_body": plain(by_number[9]["paragraphs"][1]), "centre": plain(by_number[9]["paragraphs"][3]),
                  "clause": "9"},
    }
    header = "Generated by generator/extract/standards.py from data/source/; do not edit."
    act = {
        "number": 102, "adopted": "2010-02-17", "title": title,
        "status": {"repealed": True, "repealed_by": {"number": 1392, "date": "2012-11-01"},
                   "summary_line": {
                       "kk": "Күші жойылған: ҚР Үкіметінің 2010 жылғы 17 ақпандағы № 102 қаулысы 2012 жылғы 1 қарашадағы "
                             "№ 1392 қаулымен күшін жойды (2010 жылғы № 745, 2011 жылғы № 545 және № 1429 қаулылармен "
                             "өзгертілген). Сайт соңғы редакцияны көрсетеді және қолданыстағы заң бойынша кеңес емес; "
                             "байланыстар сол кезде жарияланған күйінде.",
                       "ru": "Утратило силу: постановление Правительства РК от 17 февраля 2010 года № 102 отменено "
                             "постановлением от 1 ноября 2012 года № 1392 (изменения — постановления № 745 2010 года, "
                             "№ 545 и № 1429 2011 года). Сайт показывает последнюю редакцию и не является консультацией "
                             "по действующему праву; контакты — в том виде, как были опубликованы."}},
        "amendments": notes,
    }
    service = glossary["services"][0]
    standard_1 = {
        "number": 1, "id": STANDARD_IDS[0], "title": {"kk": service["kk"], "ru": service["ru"]},
        "source": {"first_line": standard.first, "last_line": standard.last},
        "sections": [{"number": 1, "title": both(section_title), "clauses": clauses}],
        "facts": facts,
    }
    return {"act.yaml": (header, act),
            "standards/standard-1.yaml": (header + "\nFirst slice: section 1 (clauses 1-10) and clause 11's documents.", standard_1),
            "indicators.yaml": (header + "\nAppendix 5 of standard 1: quality and effectiveness indicators.", indicators)}
