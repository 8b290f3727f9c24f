"""What the staff desk (/desk/) receives: everything its script prints, made here in one language.

The desk prints the receipt of clause 14 and the refusal and suspension notices of clause 16.
Dates that depend on the rules (the due date, the end of storage, an office's hours) come from
``calculator.api.handle`` in the browser's worker; everything else the papers print is made
here: the tailored lists (``calculator.checklist.tailored``), the offices of the directories
(``calculator.answer.places``), counts with their unit, clause references, the wording of the
clauses quoted, and the printed form of every day the standards were in force.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from calculator.answer import OFFICES, applicants, places
from calculator.checklist import CASES, tailored
from calculator.messages import NBSP, Strings, day, lower_first
from generator.core.errors import DataError
from generator.load.site_data import SiteData
from generator.load.strings import Ui
from generator.pages.desk_docx import docx_template
from generator.pages.districts import Groups, district_groups, group_of, source_spellings
from generator.pages.order import alphabetical, by_language
from generator.pages.page import Html, Page

# Where the clause's one sentence on terms turns from court and prosecutor grounds (1 and 2) to
# several applications (ground 3): "…, ал бірнеше өтініштер…" / "…, а по причине поступления…".
_TERM_SPLIT = {
    "kk": re.compile(r"^(?P<first>.+?), ал (?P<third>.+?)(?P<tail> мерзімге .+?)\.$"),
    "ru": re.compile(r"^(?P<first>.+?), а (?P<third>по причине .+?)\.$"),
}
DIRECTORY = {"authorized-body": "authorized_bodies", "centre": "service_centres"}


def _clause_of(standard: Mapping, text: Mapping) -> int:
    """The number of the clause whose paragraphs hold ``text`` (the refusal and suspension
    sentences carry none of their own in the facts)."""
    for section in standard["sections"]:
        for clause in section["clauses"]:
            if any(p["kk"] == text["kk"] for p in clause["paragraphs"]):
                return clause["number"]
    raise DataError(f"standard {standard['number']}: {text['kk'][:40]!r} is in no clause")


def suspension_terms(term: Mapping, lang: str) -> tuple[str, str]:
    """The clause's sentence on the term of suspension, quoted for grounds 1–2 and for ground 3:
    each part as the act words it, the other part left out with an ellipsis."""
    match = _TERM_SPLIT[lang].match(term[lang])
    if not match:
        raise DataError(
            f"clause 16: the term sentence changed, update generator/pages/desk.py: {term[lang]!r}"
        )
    if lang == "kk":
        return (
            f"«{match['first']} …{match['tail']}»",
            f"«… {match['third']}{match['tail']}»",
        )
    return f"«{match['first']}…»", f"«… {match['third']}»"


def _ground_text(text: str) -> str:
    """ "1) наличие судебных решений…;" → "наличие судебных решений…" (the number is the reference)."""
    return re.sub(r"^\d\)\s*", "", text).rstrip(";.")


def _document(item: Mapping, t: Ui, lang: str) -> dict[str, Any]:
    """One document of clause 11 as the desk lists, names and refuses it. Its clause follows it
    after the answer page's middle dot (review9 K1), in the lines made here and in the list."""
    text = item["text"][lang]
    reference = t.answer_clause_separator + t.clause(item["clause"])
    # A document needed only in a circumstance (clause 11: "where a project exists"): a
    # refusal names it only when the officer says it holds.
    condition = item["condition"] and t("if_applicable", condition=item["condition"][lang])
    who = item["applies_to"] != "all" and t("only_for", who=getattr(t, "who_" + item["applies_to"]))
    return {
        "id": item["id"],
        "text": text,
        "clause": t.clause(item["clause"]),
        "condition": condition,
        "note": " ".join(filter(None, (who, condition))),
        # the refusal's line, and the alert's, which asks about the condition
        "refused": text + reference,
        "missing": " ".join(filter(None, (text, condition))) + reference,
    }


def _documents(standard: Mapping, t: Ui, lang: str) -> dict[str, Any]:
    facts = standard["facts"]
    cases = {}
    for case in CASES:
        items = facts["documents"][case]
        cases[case] = {
            # The rule on originals is no document to tick or to name in a refusal (review8 D6).
            "originals": t.note_on_originals(facts, case),
            "items": [_document(i, t, lang) for i in items],
            "variants": {
                f"{applicant}|{int(rep)}": [i["id"] for i in tailored(items, applicant, rep)]
                for applicant in applicants(standard)
                for rep in (False, True)
            },
        }
    return cases


def _suspension(standard: Mapping, t: Ui, lang: str) -> dict[str, Any]:
    grounds = standard["facts"]["suspension_grounds"]
    numbered = [g for g in grounds if re.match(r"^\d\)", g["kk"])]
    if len(numbered) != 3:
        raise DataError(f"standard {standard['number']}: clause 16 should list three grounds")
    clause = _clause_of(standard, numbered[0])
    term = next(g for g in grounds if "кейінге қалдырылған" in g["kk"])
    courts, several = suspension_terms(term, lang)
    return {
        "grounds": [
            {
                "text": f"«{_ground_text(g[lang])}»",
                "ref": t.clause(f"{clause}.{n}"),
                "option": t("desk_ground_option", n=n, text=f"«{_ground_text(g[lang])}»"),
                "term": several if n == 3 else courts,
                "term_note": t("desk_term_other_users", clause=t.clause(clause).capitalize())
                if n == 3
                else "",
            }
            for n, g in enumerate(numbered, start=1)
        ],
        "term_ref": t.clause(clause),
    }


def _standard(standard: Mapping, t: Ui, lang: str) -> dict[str, Any]:
    facts = standard["facts"]
    refusal = facts["refusal_grounds"][0]
    refusal_clause = t.clause(_clause_of(standard, refusal))
    return {
        "title": standard["title"][lang],
        "applicants": applicants(standard),
        "cases": _documents(standard, t, lang),
        "receipt_basis": t("desk_basis", n=facts["receipt_contents"]["clause"]),
        "refusal": {
            "quote": f"«{refusal[lang]}»",
            "ground": t("desk_refusal_ground", clause=refusal_clause),
            "missing_text": t(
                "desk_missing_text",
                n=_clause_of(standard, refusal),
                documents=facts["documents"]["grant"][0]["clause"].split(".")[0],
            ),
            "basis": t("desk_basis", n=_clause_of(standard, refusal)),
        },
        "suspension": _suspension(standard, t, lang),
    }


def _offices(site: SiteData, standards: list[Mapping], t: Ui, lang: str) -> dict[str, Any]:
    """Per standard, region and kind of office: the offices that accept documents there (a
    region's land departments, its own first, then by district; its public service centres), as
    the directories print them for that standard."""
    directories = dict(site.directories)
    entries = {e["id"]: e for name in DIRECTORY.values() for e in directories[name]["entries"]}
    spelled_so = source_spellings(site.quality)
    groups = {r["id"]: district_groups(r, directories, spelled_so) for r in site.regions}
    choices: dict[str, dict[str, dict[str, list[str]]]] = {}
    for standard in standards:
        number = standard["number"]
        per_region = choices.setdefault(str(number), {})
        for region in site.regions:
            found = places(region["id"], None, number, directories)
            ab = [
                e["id"]
                for e in directories["authorized_bodies"]["entries"]
                if e["region"] == region["id"] and number in e["standards"]
            ]
            ab.sort(
                key=lambda i: (
                    entries[i]["district"] is not None,
                    alphabetical((entries[i]["district"] or entries[i]["name"])[lang], lang),
                )
            )
            if ab or found["service_centres"]:
                per_region[region["id"]] = {
                    "authorized-body": ab,
                    "centre": found["service_centres"],
                }
    # Offices by their place in one list: each appears once, however many standards it serves.
    used = sorted(
        {i for r in choices.values() for k in r.values() for ids in k.values() for i in ids}
    )
    index = {i: n for n, i in enumerate(used)}
    for per_region in choices.values():
        for kinds in per_region.values():
            for kind, ids in kinds.items():
                kinds[kind] = [index[i] for i in ids]
    return {
        "choices": choices,
        # [what the list shows (a district's office by its district), name, address, the hint]
        "entries": [
            [
                _district_label(entries[i], groups[entries[i]["region"]], t, lang),
                entries[i]["name"][lang],
                entries[i]["address"][lang],
                t(
                    "desk_entry_hint",
                    office=entries[i]["name"][lang],
                    address=entries[i]["address"][lang],
                ),
            ]
            for i in used
        ],
    }


def _district_label(entry: Mapping, groups: Groups, t: Ui, lang: str) -> str:
    """What the office list shows: a district's office by its district, with the other spellings
    the source gives it, as the region page and the embedding page name it (review10 D4)."""
    if not entry["district"]:
        return entry["name"][lang]
    name = entry["district"][lang]
    group = group_of(groups, name)
    others = [n for n in group[lang] if n != name] if group else []
    return f"{name} {t('embed_district_variant', variant=', '.join(others))}" if others else name


def _days(site: SiteData) -> dict[str, str]:
    """The printed form of every day from the act's adoption to its repeal: the days a document
    can be accepted under the standards."""
    first = date.fromisoformat(site.act["adopted"])
    last = date.fromisoformat(site.act["status"]["repealed_by"]["date"])
    return {
        (first + timedelta(n)).isoformat(): day(first + timedelta(n))
        for n in range((last - first).days + 1)
    }


def page_data(site: SiteData, lang: str) -> dict[str, Any]:
    ui = site.strings
    t = site.ui(lang)
    standards = list(site.standards)
    longest = max(len(s["facts"]["documents"][c]) for s in standards for c in CASES)
    first = date.fromisoformat(site.act["adopted"])
    last = date.fromisoformat(site.act["status"]["repealed_by"]["date"])
    text_keys = [k for k in ui if k.startswith("desk_")] + ["missing_field"]
    return {
        "lang": lang,
        "clauseSeparator": t.answer_clause_separator,
        "standards": {str(s["number"]): _standard(s, t, lang) for s in standards},
        "offices": _offices(site, standards, t, lang),
        "days": _days(site),
        "outside": Strings(ui).text("desk_date_outside", lang, first=first, last=last),
        # "5 құжат", "5 документов": the count line of clause 14 item 3, with a no-break space.
        "counts": [t.count(n, "document").replace(" ", NBSP, 1) for n in range(longest + 1)],
        "cases": {c: lower_first(getattr(t, "case_" + c)) for c in CASES},
        "office_names": {o: getattr(t, "office_name_" + o) for o in OFFICES},
        "labels": {k: ui[k][lang] for k in text_keys},
        "field_labels": {
            k: ui[k][lang] for k in ("standard", "case", "applicant", "region", "desk_office_entry")
        },
        "docx": docx_template(lang),
    }


def page_json(site: SiteData, lang: str) -> Html:
    """For a <script type="application/json">: compact, and no "</" that could end the element."""
    text = json.dumps(page_data(site, lang), ensure_ascii=False, separators=(",", ":"))
    return Html(text.replace("<", "\\u003c").replace("&", "\\u0026"))


def desk_pages(site: SiteData) -> list[Page]:
    standards = list(site.standards)
    return [
        Page(
            "desk",
            "desk.md.j2",
            {
                "desk_json": {lang: page_json(site, lang) for lang in ("kk", "ru")},
                "standards": standards,
                "applicant_kinds": ("individual", "legal_entity", "state_legal_entity"),
                "cases": CASES,
                "offices": OFFICES,
                "desk_regions": by_language(site.regions),
                "receipt_clause": standards[0]["facts"]["receipt_contents"]["clause"],
                "notice_clause": _clause_of(
                    standards[0], standards[0]["facts"]["refusal_grounds"][0]
                ),
                "documents_clause": standards[0]["facts"]["documents"]["grant"][0]["clause"].split(
                    "."
                )[0],
            },
        )
    ]
