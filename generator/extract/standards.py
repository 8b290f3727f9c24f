"""The act and its standards, clause by clause → data/act.yaml, data/standards/standard-N.yaml,
data/indicators.yaml (appendix 5) and data/forms.yaml (appendix 4 application, appendix 8 receipt).

Each standard has five sections (бөлім) and 26 clauses (тармақ); the facts a passport page reads
(provider, recipients, result, terms, hours, documents per case, refusal and suspension grounds,
complaint steps, storage) are taken from the clauses that state them. Paragraphs broken by the
conversion are joined (a block that does not end a sentence continues in the next one);
conversion errors are fixed by data/corrections/standards.yaml; every Russian text comes from
data/translations/standards.ru.yaml (and data/translations/standards/*.ru.yaml) and a missing one
fails the extraction.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from generator.core.errors import DataError
from generator.core.source import Source, appendix_spans
from generator.core.yamlio import load_yaml
from generator.extract import appendices, schedules
from generator.extract.act import legal_period
from generator.extract.corrections import corrected_lines, correction_files
from generator.extract.translations import TranslationMemory, to_translate

NOTE = re.compile(
    r"^Ескерту\. (.*?) - ҚР Үкіметінің (\d{4})\.(\d{2})\.(\d{2}) (?:N|№) (\d+) \((.*)\) Қаулысымен\.$"
)
CLAUSE = re.compile(r"^(\d+)\. (.+)$")
STANDARD_IDS = ("private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use")
CLAUSES = 26
CASES = ("grant", "changed", "duplicate")  # clause 11, sub-items 1), 2), 3)
# Who an item of clause 11 applies to, read from its wording (checked by tests/data).
APPLIES = (
    ("заңды тұлғаны мемлекеттік тіркеу", "legal_entity"),
    ("тұтынушының атынан берілген сенімхат", "representative"),
    ("тұтынушының жеке басын куәландыратын", "in_person"),
)
CONDITION = re.compile(r"^(.*? болған жағдайда), (.*)$")
SENTENCE_END = (".", ";", ":")
ITEM = re.compile(r"^(?:- )?\d+\) ")


def _is_heading(text: str) -> bool:
    """A section heading ("1. Жалпы ережелер"): numbered, short, no sentence punctuation."""
    return bool(CLAUSE.match(text)) and len(text) < 60 and not text.endswith(SENTENCE_END)


def _is_lead(text: str) -> bool:
    """A short unnumbered line ending in ":" that introduces what follows ("Орталыққа өтініш
    білдірген кезде:"): the conversion sometimes dropped the blank line after it."""
    return text.endswith(":") and len(text) < 60 and not ITEM.match(text) and not CLAUSE.match(text)


def _blocks(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Blank-line separated blocks, with blocks the conversion split mid-sentence joined."""
    blocks: list[list] = []
    for number, text in lines:
        text = text.strip()
        if not text:
            if blocks and blocks[-1][1]:
                blocks.append([number, ""])
            continue
        if blocks and blocks[-1][1] and ITEM.match(text) and blocks[-1][1].endswith((";", ":")):
            blocks.append([number, text])  # the next item of a list printed line by line
            continue
        if blocks and _is_lead(blocks[-1][1]):
            blocks.append(
                [number, text]
            )  # "Орталыққа өтініш білдірген кезде:" on a line of its own
            continue
        if not blocks or (not blocks[-1][1]):
            if blocks and not blocks[-1][1]:
                blocks.pop()
            if (
                blocks
                and not blocks[-1][1].endswith(SENTENCE_END)
                and not _is_heading(blocks[-1][1])
                and not CLAUSE.match(text)
                and not text.startswith("Ескерту.")
            ):
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
    return {
        "id": f"note-{line}",
        "act": {"number": int(number), "date": date(int(year), int(month), int(day)).isoformat()},
        "effective": effect,
        "line": line,
        "text": both(text),
    }


def _documents(text: str, case: str, both, state_only: bool = False) -> list[dict]:
    """Items of one case of clause 11: split at ";", the "copy of ID or power of attorney"
    sentence split at " не " (in person / by a representative). The closing sentence on
    originals is a rule, not a document: ``_originals`` keeps it apart.

    The act lists every document without a condition; "only for a legal entity" is the site's
    reading of the registration certificate. Where only state legal entities may apply
    (``state_only``, clause 6 of the permanent-use standard) every applicant has one, so the
    certificate is needed by all (review3, kk 12)."""
    lead, _, rest = text.partition(": ")
    body = rest.partition(". Тұлғаның")[0]
    parts = [p.strip(" .;") for p in body.split(";")]
    parts = [
        q.strip()
        for p in parts
        for q in (p.split(" не тұтынушының атынан") if "сенімхаттың" in p else [p])
    ]
    parts = [
        p if not p.startswith("берілген сенімхат") else "тұтынушының атынан " + p for p in parts
    ]
    items = []
    for number, part in enumerate(filter(None, parts), 1):
        applies = next((who for marker, who in APPLIES if marker in part), "all")
        if state_only and applies == "legal_entity":
            applies = "all"
        condition = CONDITION.match(part)
        text_kk = condition.group(2) if condition else part
        items.append(
            {
                "id": f"{case}-{number}",
                "text": both(text_kk[0].upper() + text_kk[1:]),
                "applies_to": applies,
                "condition": both(condition.group(1)) if condition else None,
                "clause": f"11.{CASES.index(case) + 1}",
            }
        )
    return items


def _originals(text: str, case: str, both) -> dict | None:
    """The closing sentence of one case of clause 11 on showing originals: a rule, not a document
    to bring or tick (review8 K9, D6). Quoted as the act words it (review7 K6), it is printed as
    a note under the list and never counted with the documents."""
    originals = text.partition(": ")[2].partition(". Тұлғаның")[2]
    if not originals:
        return None
    sentence = both("Тұлғаның" + originals)
    return {
        "text": {lang: text.rstrip(" ;.") for lang, text in sentence.items()},
        "clause": f"11.{CASES.index(case) + 1}",
    }


def _sections(
    corrected: list[str], span, body_end: int, both, notes: list, unplaced: list
) -> list[dict]:
    """Sections and numbered clauses of one standard's body (up to ``body_end``, its first appendix).

    A clause starts at the block "N. …" where N is the next clause number; a section heading is
    a short numbered block without sentence punctuation whose number is the next section's."""
    body = [(n, corrected[n - 1]) for n in range(span.first + 1, body_end)]
    sections: list[dict] = []
    current = None
    for number, text in _blocks(body):
        text = re.sub(r"^- (\d+\))", r"\1", text)  # list items the conversion marked with "- "
        if text.startswith("Ескерту."):
            note = _note(text, number, both)
            notes.append(note)
            if current:
                current["notes"].append(note["id"])
            continue
        if current and current["number"] == CLAUSES and text.lstrip("*").startswith("«"):
            break  # the first appendix's stamp
        match = CLAUSE.match(text)
        next_clause = current["number"] + 1 if current else 1
        # "2. Көрсетілетін … автоматтандырылмаған" lost its full stop: where a block could be the
        # next section's heading or the next clause, only a title of at most four words is a heading.
        ambiguous = match and int(match.group(1)) == next_clause and len(match.group(2).split()) > 4
        if (
            match
            and _is_heading(text)
            and int(match.group(1)) == len(sections) + 1
            and not ambiguous
        ):
            sections.append(
                {"number": len(sections) + 1, "title": both(match.group(2)), "clauses": []}
            )
            continue
        if match and int(match.group(1)) == (current["number"] + 1 if current else 1) and sections:
            current = {
                "number": int(match.group(1)),
                "anchor": f"clause-{match.group(1)}",
                "paragraphs": [],
                "notes": [],
            }
            sections[-1]["clauses"].append(current)
            text = match.group(2)
        if current is None:
            if sections:
                unplaced.append((number, text))
            continue
        current["paragraphs"].append(both(text) | {"line": number})
    return sections


def _clause_text(clause: dict) -> str:
    return " ".join(p["kk"] for p in clause["paragraphs"])


def _plain(paragraph: dict) -> dict:
    return {"kk": paragraph["kk"], "ru": paragraph["ru"]}


def _facts(standard: int, clauses: dict[int, dict], both) -> dict:
    """What a passport shows first, read from the clauses that state it."""

    def paragraphs(number: int) -> list[dict]:
        return [_plain(p) for p in clauses[number]["paragraphs"]]

    # Items of the clause's list, shown each on its own: a list item's ";" ends as a sentence.
    hours = [
        {lang: re.sub(r";$", ".", text) for lang, text in p.items()}
        for p in paragraphs(9)
        if "сағат" in p["kk"]
    ]
    recipients_text = clauses[6]["paragraphs"][0]
    state_only = "мемлекеттік заңды тұлға" in recipients_text["kk"]
    clause_11 = " ".join(p["kk"] for p in clauses[11]["paragraphs"][1:])
    case_texts = re.split(r"(?:^| )[123]\) ", clause_11)[1:]
    if len(case_texts) != len(CASES):
        raise DataError(
            f"standard {standard} clause 11: expected 3 cases 1) 2) 3), found {len(case_texts)}"
        )
    refusal = paragraphs(16)
    complaint_text = " ".join(_clause_text(clauses[n]) for n in range(20, 26))
    storage_text = _clause_text(clauses[26])
    return {
        "provider": _plain(clauses[1]["paragraphs"][0]),
        "recipients": {
            "applicant_types": ["state_legal_entity"]
            if state_only
            else ["individual", "legal_entity"],
            "text": _plain(recipients_text),
        },
        "result": _plain(clauses[5]["paragraphs"][0]),
        "terms": schedules.service_terms(standard, _clause_text(clauses[7])),
        "fee": {"clause": "8", "appendix": 7},
        "documents": {
            case: _documents(text, case, both, state_only)
            for case, text in zip(CASES, case_texts, strict=True)
        },
        "originals": {
            case: note
            for case, text in zip(CASES, case_texts, strict=True)
            if (note := _originals(text, case, both))
        },
        "hours": {
            "authorized-body": hours[0],
            "centre": hours[1],
            "clause": "9",
            "offices": schedules.office_hours(standard, hours[0]["kk"], hours[1]["kk"]),
        },
        "receipt_contents": {"clause": "14", "items": paragraphs(14)[1:]},
        "handover": {"clause": "15", "text": paragraphs(15)},
        "refusal_grounds": refusal[:1],
        "suspension_grounds": refusal[1:],
        "complaints": [{"clause": str(n), "text": p} for n in range(20, 26) for p in paragraphs(n)],
        "complaint_terms": schedules.complaint_terms(complaint_text, _clause_text(clauses[25])),
        "storage": {
            "clause": "26",
            "text": {
                "kk": " ".join(p["kk"] for p in paragraphs(26)),
                "ru": " ".join(p["ru"] for p in paragraphs(26)),
            },
            "months": [int(x) for x in re.findall(r"(\d+) ай", storage_text)],
            "keepers": schedules.storage(standard, storage_text),
        },
    }


class Extraction:
    """The act and the four standards parsed, shared by ``extract`` and ``check``."""

    def __init__(self, source: Source, data_dir: Path, tolerant: bool = False):
        self.problems: list[str] = []
        self.corrected = corrected = corrected_lines(
            source.lines,
            correction_files(data_dir, "standards"),
            self.problems if tolerant else None,
        )
        self.memory = TranslationMemory(data_dir, "standards")
        both = self.memory.both
        self.glossary = load_yaml(Path(data_dir) / "glossary.yaml").data

        act_span = source.act_span()
        # The title is the first bold block ("**…**"), wrapped over several lines.
        first = next(
            n for n in range(act_span.first, act_span.last + 1) if corrected[n - 1].startswith("**")
        )
        last = next(
            n for n in range(first, act_span.last + 1) if corrected[n - 1].rstrip().endswith("**")
        )
        self.title = both(" ".join(corrected[n - 1].strip("* ") for n in range(first, last + 1)))
        self.notes = [
            _note(corrected[n - 1].strip(), n, both)
            for n in range(act_span.first, act_span.last + 1)
            if corrected[n - 1].startswith("Ескерту.")
        ]
        self.unplaced: dict[int, list] = {}
        self.standards: dict[int, dict] = {}
        self.appendices: dict[int, dict] = {}
        for number, span in source.standard_spans().items():
            unplaced: list = []
            self.unplaced[number] = unplaced
            self.appendices[number] = appendix_spans(corrected, span)
            sections = _sections(
                corrected, span, self.appendices[number][1][0], both, self.notes, unplaced
            )
            self.standards[number] = {"span": span, "sections": sections}

    def build(self, number: int) -> tuple[dict, dict, dict, dict]:
        """Standard ``number``, its indicators, application and receipt."""
        both = self.memory.both
        span, sections = self.standards[number]["span"], self.standards[number]["sections"]
        clauses = {c["number"]: c for s in sections for c in s["clauses"]}
        missing = [n for n in range(1, CLAUSES + 1) if n not in clauses]
        if missing:
            raise DataError(
                f"standard {number} (data/source lines {span.first}-{span.last}): clauses {missing} not found; "
                "a lost clause number is a conversion error for data/corrections/standards.yaml"
            )
        spans = self.appendices[number]
        service = self.glossary["services"][number - 1]
        standard = {
            "number": number,
            "id": STANDARD_IDS[number - 1],
            "title": {"kk": service["kk"], "ru": service["ru"]},
            "source": {"first_line": span.first, "last_line": span.last},
            "sections": sections,
            "facts": _facts(number, clauses, both),
        }
        indicators = appendices.indicators(self.corrected, spans[5][0] - 1, spans[5][1] + 1, both)
        application = appendices.application(self.corrected, *spans[4], both)
        receipt = appendices.receipt(self.corrected, *spans[8], both)
        return standard, indicators, application, receipt


def _same(tables: list[dict]) -> bool:
    strip = lambda t: [(r["number"], r["text"]["kk"]) for r in t["rows"]]  # noqa: E731
    return all(strip(t) == strip(tables[0]) for t in tables)


def extract(source: Source, data_dir: Path) -> dict[str, tuple[str, object]]:
    found = Extraction(source, Path(data_dir))
    built = {n: found.build(n) for n in found.standards}
    found.memory.check()
    tables = [built[n][1] for n in built]
    if not _same(tables):
        raise DataError(
            "appendix 5 differs between the standards beyond conversion errors; "
            "data/indicators.yaml holds one table — extend it before extracting"
        )
    header = "Generated by generator/extract/standards.py from data/source/; do not edit."
    legal = legal_period(source)
    act = {
        "number": legal["number"],
        "adopted": legal["adopted"],
        "title": found.title,
        "status": {
            "repealed": True,
            "repealed_by": legal["repealed_by"],
            "source_line": legal["line"],
        },
        "amendments": found.notes,
    }
    indicators = tables[0] | {
        "standards": sorted(built),
        "lines": {str(n): built[n][1]["rows"][0]["line"] for n in built},
    }
    forms = {
        "application": {str(n): built[n][2] for n in built},
        "receipt": {str(n): built[n][3] for n in built},
    }
    return {
        "act.yaml": (header, act),
        **{f"standards/standard-{n}.yaml": (header, built[n][0]) for n in built},
        "indicators.yaml": (
            header
            + "\nAppendix 5: quality and accessibility indicators, the same in the four standards.",
            indicators,
        ),
        "forms.yaml": (
            header
            + "\nAppendix 4 (application) and appendix 8 (payment receipt) of each standard.",
            forms,
        ),
    }


def check(source: Source, data_dir: Path) -> str:
    """What the parser sees in the four standards, for whoever corrects or translates them."""
    found = Extraction(source, Path(data_dir), tolerant=True)
    out = ["# check standards"] + [f"! {p}" for p in found.problems]
    for number, parsed in found.standards.items():
        out.append(f"\n## standard {number}")
        for section in parsed["sections"]:
            out.append(f"### section {section['number']}. {section['title']['kk']}")
            for clause in section["clauses"]:
                out.append(
                    f"  {clause['number']}. ({len(clause['paragraphs'])} paragraphs, line {clause['paragraphs'][0]['line']})"
                    f" {clause['paragraphs'][0]['kk'][:90]}"
                )
        for line, text in found.unplaced[number]:
            out.append(f"  ? line {line} not in any clause: {text[:100]}")
        try:
            standard, indicators, application, receipt = found.build(number)
        except (DataError, KeyError, IndexError, StopIteration) as exc:
            out.append(f"  ! {type(exc).__name__}: {exc}")
            continue
        for case, items in standard["facts"]["documents"].items():
            out.append(
                f"  documents {case}: "
                + " / ".join(f"[{i['applies_to']}] {i['text']['kk'][:50]}" for i in items)
            )
        out.append(
            f"  terms {standard['facts']['terms']}; complaint {standard['facts']['complaint_terms']}"
        )
        out.append(
            f"  appendix 5: {len(indicators['rows'])} rows; appendix 4: {application['title']['kk']!r}, "
            f"request {application['request']['kk']!r}"
        )
        out += [f"    field {f['id']}: ({f['caption']['kk']})" for f in application["fields"]]
        out.append(f"  appendix 8 parties: {[p['id'] for p in receipt['parties']]}")
    latin = re.compile(r"\S*[A-Za-z]\S*")
    for number, parsed in found.standards.items():
        for section in parsed["sections"]:
            for clause in section["clauses"]:
                for paragraph in clause["paragraphs"]:
                    words = [w for w in latin.findall(paragraph["kk"]) if "@" not in w and w != "N"]
                    if words:
                        out.append(
                            f"? standard {number} line {paragraph['line']}: Latin letters {words}"
                        )
    notes = {n["line"] for n in found.notes}
    for line, text in enumerate(found.corrected, 1):
        if (
            text.rstrip().endswith("Қаулысымен.")
            and line not in notes
            and not re.match(r"^\d+\. Күші жойылды", text)
        ):
            out.append(
                f"? line {line}: reads like an editorial note but is not one (misspelt 'Ескерту.'?): {text[:60]}"
            )
    return "\n".join(out + to_translate(found.memory.missing()))
