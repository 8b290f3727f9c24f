"""What the answer page (/answer/), its widget and the comparison page (/compare/) receive.

The question table comes from ``calculator.answer``; here it gets the texts of one language
(labels, documents, contacts, the standards' grounds and terms) and becomes the compact JSON
the page ships, so that documents and offices show without any further request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from calculator.answer import FREE, OFFICES, QUESTIONS, build_flow, districts
from calculator.checklist import CASES
from calculator.messages import LANGS, lower_first, tie
from generator.load.site_data import SiteData
from generator.load.strings import Ui
from generator.pages.order import DIRECTORY_ORDER, by_language, district_line, place_name_order
from generator.pages.page import Html, Page


def _contact(entry: Mapping, lang: str) -> dict[str, Any]:
    return {
        "name": entry["name"][lang],
        # The region pages' rule: no district line under a name that already says it.
        "district": entry["district"][lang] if district_line(entry) else None,
        "address": entry["address"][lang],
        "phones": [[p["raw"], p["e164"], p["kind"]] for p in entry["phones"]],
        # Every contact of the entry as printed, with its link only where it is a valid one.
        "contacts": [[c["kind"], c["value"], c["href"]] for c in entry["contacts"]],
    }


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _labels(flow: Mapping, site: SiteData, lang: str) -> dict[str, dict[str, str]]:
    t = site.ui(lang)
    standards = site.standards
    # Choices start with a capital: «Город Астана» (the data's «город Астана» is for running text).
    regions = {r["id"]: _capital(r["name"][lang]) for r in site.regions}
    names = {
        d["kk"]: d[lang]
        for r in flow["questions"][QUESTIONS.index("region")]["choices"][""]
        for d in districts(r, site.directories)
    }
    return {
        # A choice and the summary line name a standard by its short name, as the calculator and
        # the desk do; its full title is kept for what is a title (docs/dev/language.md).
        "standard": {str(s["number"]): _capital(t(f"short_{s['id']}")) for s in standards},
        "standard_hint": {str(s["number"]): t(f"who_standard_{s['number']}") for s in standards},
        "case": {c: t(f"case_{c}") for c in CASES},
        "applicant": {
            a: t(f"applicant_{a}") for a in ("individual", "legal_entity", "state_legal_entity")
        },
        "representative": {"0": t.representative_no, "1": t.representative_yes},
        "region": regions,
        "district": names,
        # The site's labels, not the table's cells (review10 K5).
        "category": {c["id"]: c["label"][lang] for c in site.categories},
        "office": {office: t(f"office_name_{office}") for office in OFFICES},
    }


def page_data(site: SiteData, lang: str) -> dict[str, Any]:
    """Everything the answer page's script prints, in one language. Links to other pages are
    paths from the language's root (the page says where that is)."""
    t = site.ui(lang)
    standards, directories = site.standards, site.directories
    regions = [r for r in site.regions if any(site.entries_in(r["id"], "authorized_bodies"))]
    flow = build_flow(list(standards), site.categories, [r["id"] for r in regions], directories)
    # Regions in the edition's order, as the home page and the desk list them.
    order = [r["id"] for r in by_language(regions)[lang]]
    flow["questions"][QUESTIONS.index("region")]["choices"][""].sort(key=order.index)
    # Districts in the reader's alphabet, a town by its name («г. Аркалык» among the А), in the
    # one order of the region pages' filter and the embedding page (review10 R2).
    for region, keys in flow["questions"][QUESTIONS.index("district")]["choices"].items():
        named = {d["kk"]: d[lang] for d in districts(region, directories)}
        keys.sort(key=lambda k: place_name_order(named[k], lang))
    wanted = {i for place in flow["place_sets"] for ids in place.values() for i in ids}
    contacts = {
        e["id"]: _contact(e, lang)
        for name in DIRECTORY_ORDER
        if name in directories
        for e in directories[name]["entries"]
        if e["id"] in wanted
    }
    return {
        "lang": lang,
        "flow": flow,
        "labels": _labels(flow, site, lang),
        "questions": {q: _question(t, q) for q in QUESTIONS},
        "free": list(FREE),
        # A value from the link is named only where it is not a choice (review10 D3), and the
        # page fills {value} with it quoted and cut short: a link must not make the page speak.
        "messages": {
            code: {
                q: t(_bad_value(code, q), question=_question(t, q), value="{value}")
                for q in _asked(code)
            }
            for code in ("unknown", "chosen", "not_asked")
        }
        # The line that waits for the answer names the first question left (and says if more are).
        | {
            code: {q: t(f"answer_{code}", question=_question(t, q)) for q in _asked(code)}
            for code in ("missing", "missing_more")
        }
        # The area is a field to fill, not a question to answer (review8 R8).
        | {"missing_area": t("answer_missing_area", question=_question(t, "area"))},
        "case_line": _case_line(t),
        "words": _words(t),
        "hints": {
            "paid_on": t.q_paid_on_hint,
            "submitted": t.q_submitted_hint,
            "checked_on": t.q_checked_on_hint,
            "farm": t.farm_note,
        },
        "footer": {
            "printed_on": t.answer_printed_on,
            "source": t.answer_source,
            # The act's title quotes another act's «№ 561»: a phone must not break it either.
            "act": tie(t("act_citation", number=site.act["number"], title=site.act["title"][lang])),
        },
        "offices": _office_groups(t),
        "standards": {str(s["number"]): _standard(s, t, lang) for s in standards},
        "contacts": contacts,
        "links": {
            "standard": "standards/{id}/",
            "checklist": "checklists/{id}/",
            "region": "regions/{id}/",
            "about": "about/",
        },
    }


def _standard(standard: Mapping, t: Ui, lang: str) -> dict[str, Any]:
    facts = standard["facts"]
    terms = facts["complaint_terms"]
    complaint = t(
        "complaint_terms_text",
        days=t.count(terms["calendar_days"], "calendar_day"),
        simple=t.count(terms["calendar_days_simple"], "calendar_day"),
    )
    # The Centre's information line is for complaints about the Centre (clause 20): it is named
    # only to a reader who hands the documents in there (review11 K6/R6).
    complaints = {office: complaint for office in OFFICES}
    if terms["info_line"]:
        complaints["centre"] = t(
            "answer_info_line", terms=complaint, label=t.info_line_text, info=terms["info_line"]
        )
    return {
        "id": standard["id"],
        "title": standard["title"][lang],
        "items": {
            i["id"]: _document(i, t, lang) for case in CASES for i in facts["documents"][case]
        },
        # The rule on originals: a note under the list, never one of its items (review8 K9).
        "originals": {case: t.note_on_originals(facts, case) for case in CASES},
        # The act's words of clause 9, quoted, under a label that names the clause (review10 K3).
        "hours": {
            office: t("act_words_from_mid_sentence", text=facts["hours"][office][lang])
            for office in OFFICES
        },
        "hoursLabel": t(
            "answer_label", label=t("hours_of_clause", clause=t.clause(facts["hours"]["clause"]))
        ),
        "refusal": [g[lang] for g in facts["refusal_grounds"]],
        "suspension": [g[lang] for g in facts["suspension_grounds"]],
        "complaint": complaints,
        "storage": facts["storage"]["text"][lang],
    }


def _document(item: Mapping, t: Ui, lang: str) -> dict[str, Any]:
    """One document of the list as printed: its text, its condition in the checklists' words,
    and its clause reference (after the words' separator), linked to the clause."""
    condition = item["condition"] and t("if_applicable", condition=item["condition"][lang])
    return {
        "text": item["text"][lang],
        "condition": condition or None,
        "clause": t.clause(item["clause"]),
        "anchor": f"clause-{str(item['clause']).split('.')[0]}",
    }


def _case_line(t: Ui) -> dict[str, Any]:
    """The answer's one-line summary: the separator between the answers' labels (the area comes
    formatted by the rules with the fee, and only when it is a number). A yes/no answer is
    summed up in a short form, not repeated with its «Иә,/Жоқ,» (the checklists' chip wording);
    a region by the name its choice has («Город Астана», review8 R2)."""
    return {
        "separator": t.answer_case_separator,
        "short": {
            "representative": {"0": t.case_line_in_person, "1": t.case_line_representative},
        },
    }


def _asked(code: str) -> tuple[str, ...]:
    """The questions a message can be about. The area is a field: it is never a wrong choice,
    and when it is the first one left, the page asks for it in a field's words (missing_area,
    review8 R8)."""
    return QUESTIONS if code == "not_asked" else tuple(q for q in QUESTIONS if q != "area")


def _bad_value(code: str, question: str) -> str:
    """The message's key: the area is a field, and its dropped value is named as an area
    (review9 K2/R2)."""
    return (
        f"bad_value_{code}_area"
        if (code, question) == ("not_asked", "area")
        else f"bad_value_{code}"
    )


def _question(t: Ui, question: str) -> str:
    """The question's label: the applicant's is the one the checklists and the desk use too."""
    if question in ("applicant", "standard"):
        return t.applicant if question == "applicant" else t.standard_question
    return t(f"q_{question}")


def _words(t: Ui) -> dict[str, Any]:
    """The headings and labels the answer prints around the offices and the grounds."""
    return {
        "address": t.address,
        "phones": t.phones,
        "email": t.email,
        "website": t.website,
        "person": t.contact_person,
        "printedEmail": t.contact_as_printed,
        "now": t("answer_label", label=t.answer_now),
        "nowChecking": t.answer_now_checking,
        # The status line once the fee and the date are answered: which of them was computed.
        "progress": {
            "both": t.answer_progress_ready,
            "fee": t.answer_progress_fee_only,
            "date": t.answer_progress_date_only,
            "none": t.answer_progress_neither,
        },
        # A block the rules refused with the message a block above already shows points to it.
        "errorAbove": {
            "fee": t("answer_error_above", block=t.answer_fee),
            "date": t("answer_error_above", block=t.answer_date),
        },
        "phoneKinds": {
            kind: t("answer_parenthesized", text=t(f"phone_{kind}"))
            for kind in ("fax", "reception", "operations_hall")
        },
        "refusal": t.answer_refusal,
        "suspension": t.answer_suspension,
        "complaint": t.answer_complaint,
        "complaintAbove": t("answer_complaint_above", block=t.answer_late),
        "storage": t.answer_storage,
        "go": t.answer_go,
        "clauseSeparator": t.answer_clause_separator,
    }


def _office_groups(t: Ui) -> dict[str, Any]:
    """The titles over the offices: the place chosen, the other place, who prepares the act."""
    names = {office: t(f"office_name_{office}") for office in ("authorized-body", "centre")}
    return {
        group: {
            office: t("answer_office_group", group=getattr(t, key), office=lower_first(name))
            for office, name in names.items()
        }
        for group, key in (("chosen", "answer_chosen"), ("other", "answer_other_office"))
    } | {"enterprise": t.answer_enterprise}


def page_json(site: SiteData, lang: str) -> Html:
    """For a <script type="application/json">: compact, and no "</" that could end the element."""
    text = json.dumps(
        page_data(site, lang), ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    return Html(text.replace("<", "\\u003c").replace("&", "\\u0026"))


# Clause 6 defines its term for the rest of the standard: «(бұдан әрі – тұтынушы)»; in a
# table cell of its own the definition refers to nothing, so the comparison leaves it out.
_DEFINITION = re.compile(r"\s*\((?:бұдан әрі|далее)\s*[–—-]\s*[^()]*\)")


def compare_rows(site: SiteData) -> list[dict[str, Any]]:
    """Per standard: who may apply (clause 6 without its definition), and per case how many
    documents, and how many only some applicants bring."""
    rows = []
    for s in site.standards:
        documents = s["facts"]["documents"]
        recipients = s["facts"]["recipients"]["text"]
        rows.append(
            {
                "standard": s,
                "recipients": {lang: _DEFINITION.sub("", recipients[lang]) for lang in LANGS},
                "cases": [
                    {
                        "case": c,
                        "count": len(documents[c]),
                        "special": sum(i["applies_to"] != "all" for i in documents[c]),
                    }
                    for c in CASES
                ],
            }
        )
    return rows


def answer_query(context: Mapping) -> str:
    """The answer page's query for what a page already knows (its standard, its region)."""
    known = {}
    if "standard" in context and isinstance(context["standard"], Mapping):
        known["standard"] = context["standard"]["number"]
    if "region" in context and isinstance(context["region"], Mapping):
        known["region"] = context["region"]["id"]
    return "?" + urlencode(known) if known else ""


def answer_pages(site: SiteData) -> list[Page]:
    """The answer page and the comparison of the four rights (the widget is planned from the first)."""
    answer_json = {lang: page_json(site, lang) for lang in LANGS}
    return [
        Page(
            "answer",
            "answer.md.j2",
            {"answer_json": answer_json, "answer_standards": site.standards},
        ),
        Page("compare", "compare.md.j2", {"rows": compare_rows(site), "fees": site.fees}),
    ]
