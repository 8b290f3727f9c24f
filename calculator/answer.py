"""The answer page's questions mapped to the rules: which questions apply to a case, which
choices each offers, the defaults, the reading of URL parameters, and which offices serve a plot.

``build_flow`` turns the data (standards, fee categories, regions, directories) into a table of
questions: for each question, the choices it offers for every combination of the answers it
depends on. The build ships that table with the page; ``resolve`` walks it for one set of URL
parameters (the page's script walks the same table the same way, so it only looks values up and
prints). The fee and the ready date themselves come from ``calculator.api.handle``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from calculator.api import DATE_FIELDS
from calculator.checklist import APPLICANTS, CASES, tailored

OFFICES = ("authorized-body", "centre")

# The questions in the order the page asks them, each with the answers its choices depend on.
DEPENDS: dict[str, tuple[str, ...]] = {
    "standard": (),
    "case": ("standard",),
    "applicant": ("standard",),
    "representative": ("standard", "case"),
    "region": (),
    "district": ("region",),
    "category": ("applicant",),
    "area": ("category",),
    "paid_on": (),
    "submitted": (),
    "office": (),
    "checked_on": (),
}
QUESTIONS = tuple(DEPENDS)
# Typed values, read by the rules themselves; the dates are the ones the rules check for a link.
FREE = ("area", *DATE_FIELDS)
DEFAULTS = {
    "case": "grant",
    "representative": "0",
    "office": "authorized-body",
    # Blank: the rules take the submission date for it and say so (calculator.api, _fee).
    "paid_on": "",
    "submitted": "today",
    # Asked only of a reader whose act is not ready yet: blank, the page asks no "late?" question.
    "checked_on": "",
}


def district_key(name: str) -> str:
    """How a district's name is compared: case and spacing do not matter ("мендыкаринский  Район")."""
    return " ".join(name.lower().split())


def applicants(standard: Mapping) -> list[str]:
    return [a for a in APPLICANTS if a in standard["facts"]["recipients"]["applicant_types"]]


def asks_representative(items: Iterable[Mapping]) -> bool:
    """Only where the list differs for a representative (standard 2 has no such item)."""
    return any(item["applies_to"] in ("representative", "in_person") for item in items)


def categories_for(applicant: str, categories: Iterable[Mapping]) -> list[str]:
    """The fee categories an applicant may pay under: each category names its applicants
    (data/fees.yaml, from appendix 7 or the project's decision in data/fee-applicants.yaml)."""
    chosen = []
    for category in categories:
        if not category.get("applicants"):
            raise ValueError(
                f"fee category {category['id']!r} names no applicants (data/fees.yaml)"
            )
        if applicant in category["applicants"]:
            chosen.append(category["id"])
    return chosen


def asks_area(category: Mapping) -> bool:
    """A flat tariff (individuals) does not depend on the area."""
    return category["base_area_ha"] is not None


def _serves(entry: Mapping, standard: int) -> bool:
    return standard in entry["standards"]


def _same_district(entry: Mapping, district: Mapping) -> bool:
    return entry["district"] is not None and any(
        district_key(entry["district"][lang]) == district_key(district[lang])
        for lang in ("kk", "ru")
    )


def districts(region: str, directories: Mapping) -> list[Mapping]:
    """The districts (and cities of oblast rank) that have their own land department."""
    seen: dict[str, Mapping] = {}
    for entry in directories["authorized_bodies"]["entries"]:
        if entry["region"] == region and entry["district"] is not None:
            seen.setdefault(district_key(entry["district"]["kk"]), entry["district"])
    return list(seen.values())


def district_aliases(region: str, directories: Mapping) -> dict[str, str]:
    """Every spelling of the region's districts (by district_key) → the district's choice. The
    source spells a few districts two ways (Байганин / Байғанин ауданы): an akimat's name that
    the other language gives as the land department's names the same district."""
    aliases = {}
    for district in districts(region, directories):
        for name in ("authorized_bodies", "akimat_offices"):
            for entry in directories.get(name, {}).get("entries", []):
                if entry["region"] == region and _same_district(entry, district):
                    for lang in ("kk", "ru"):
                        aliases.setdefault(district_key(entry["district"][lang]), district["kk"])
    return aliases


def places(
    region: str, district: Mapping | None, standard: int, directories: Mapping
) -> dict[str, list[str]]:
    """Ids of the offices that serve a plot: the district's land department (the region's where
    the region has no districts), the region's public service centres and specialized enterprise,
    and for complaints the district's and the region's akimat apparatus. Where the copies of a
    directory differ, the version the chosen standard prints."""

    def pick(name: str, local: bool) -> list[str]:
        entries = [
            e
            for e in directories[name]["entries"]
            if e["region"] == region and _serves(e, standard)
        ]
        if not local:
            return [e["id"] for e in entries]
        own = [e["id"] for e in entries if district is not None and _same_district(e, district)]
        top = [e["id"] for e in entries if e["district"] is None]
        return own if name == "authorized_bodies" and own else own + top

    return {
        "authorized_bodies": pick("authorized_bodies", True),
        "service_centres": pick("service_centres", False),
        "specialized_enterprises": pick("specialized_enterprises", False),
        "akimat_offices": pick("akimat_offices", True),
    }


def place_key(region: str, district: str | None, standard: int | str) -> str:
    return f"{region}|{district or ''}|{standard}"


def variant_id(case: str, applicant: str, representative: str | None) -> str:
    """The checklist page's id of a tailored list (``grant--individual--0``)."""
    return f"{case}--{applicant}--{representative or '0'}"


def build_flow(
    standards: list[Mapping], categories: list[Mapping], regions: list[str], directories: Mapping
) -> dict[str, Any]:
    """The question table, the tailored lists and the offices of every place, by id only (the
    page adds the texts of its language). ``regions``: ids of the regions that have a directory."""
    by_number = {str(s["number"]): s for s in standards}
    area = {c["id"]: asks_area(c) for c in categories}
    choices: dict[str, dict[str, list[str]]] = {
        "standard": {"": list(by_number)},
        "case": {n: list(CASES) for n in by_number},
        "applicant": {n: applicants(s) for n, s in by_number.items()},
        "representative": {
            f"{n}|{case}": (
                ["0", "1"] if asks_representative(s["facts"]["documents"][case]) else []
            )
            for n, s in by_number.items()
            for case in CASES
        },
        "region": {"": list(regions)},
        "district": {r: [d["kk"] for d in districts(r, directories)] for r in regions},
        "category": {a: categories_for(a, categories) for a in APPLICANTS},
        "office": {"": list(OFFICES)},
    }
    aliases = {r: district_aliases(r, directories) for r in regions}
    variants = {}
    for n, s in by_number.items():
        for case in CASES:
            for applicant in applicants(s):
                for rep in choices["representative"][f"{n}|{case}"] or ["0"]:
                    items = tailored(s["facts"]["documents"][case], applicant, rep == "1")
                    variants[f"{n}|{variant_id(case, applicant, rep)}"] = [i["id"] for i in items]
    # Most districts have the same offices in all four standards: each distinct set is shipped
    # once and every place names it by index, which keeps the answer page light on a slow line.
    place: dict[str, int] = {}
    place_sets: list[dict[str, list[str]]] = []
    for r in regions:
        for d in districts(r, directories) or [None]:
            for n in by_number:
                offices = places(r, d, int(n), directories)
                if offices not in place_sets:
                    place_sets.append(offices)
                place[place_key(r, d and d["kk"], n)] = place_sets.index(offices)
    return {
        "questions": [
            {
                "name": q,
                "deps": list(DEPENDS[q]),
                "default": DEFAULTS.get(q),
                **(
                    {"applies": area if q == "area" else {"": True}}
                    if q in FREE
                    else {"choices": choices[q]}
                ),
            }
            for q in QUESTIONS
        ],
        "aliases": {"district": aliases},
        "variants": variants,
        "places": place,
        "place_sets": place_sets,
        "requests": {
            "fee": ["category", "area", "paid_on", "submitted", "case"],
            "deadline": ["standard", "case", "office", "submitted"],
            "late": ["standard", "case", "office", "submitted", "checked_on"],
            # A link's dates, checked while a question still waits (the rules' "dates" action).
            "dates": list(DATE_FIELDS),
        },
    }


def resolve(params: Mapping[str, str], flow: Mapping, today: str) -> dict[str, Any]:
    """Read URL parameters against the question table.

    Returns ``answers`` (question → value; ``None`` where the question does not apply), the
    questions still ``missing`` an answer, ``waiting`` (question → the link's value, for a
    question not reached because an answer it depends on is missing: the page keeps it in its
    address until the question is asked, review9 D1), and ``errors`` ({question, value, code}): ``unknown``
    for a value that is not a choice of that question (``chosen`` where the one choice left was
    taken instead), ``not_asked`` for a value given to a question that does not apply. A bad
    value is dropped and the question asked again, never answered by its default, so the page
    stays usable. ``today`` (ISO) replaces the "today" default."""
    answers: dict[str, str | None] = {}
    missing: list[str] = []
    errors: list[dict[str, str]] = []
    waiting: dict[str, str] = {}
    for question in flow["questions"]:
        name = question["name"]
        raw = (params.get(name) or "").strip()
        if any(dep not in answers for dep in question["deps"]):
            if raw:
                waiting[name] = raw
            continue  # asked once what it depends on is answered
        key = "|".join(answers[dep] or "" for dep in question["deps"])
        if "choices" in question:
            options = question["choices"].get(key, [])
            applies = bool(options)
            value = (
                flow["aliases"].get(name, {}).get(key, {}).get(district_key(raw), raw)
                if raw
                else ""
            )
            valid = value in options
        else:
            applies = question["applies"].get(key, False)
            options, value, valid = [], raw, bool(raw)
        if not applies:
            if raw:
                errors.append({"question": name, "value": raw, "code": "not_asked"})
            answers[name] = None
            continue
        if raw and not valid:
            # With one option left it is taken, and the page says so instead of asking (review7 D1).
            code = "chosen" if len(options) == 1 else "unknown"
            errors.append({"question": name, "value": raw, "code": code})
        if valid:
            answers[name] = value
        elif len(options) == 1:
            answers[name] = options[0]
        elif (
            not raw  # a value the link got wrong is asked again, not defaulted (review8 D1)
            and question["default"] is not None
            and (question["default"] in options or not options)
        ):
            answers[name] = today if question["default"] == "today" else question["default"]
        else:
            missing.append(name)
    return {
        "answers": answers,
        "missing": missing,
        "errors": errors,
        "waiting": waiting,
        "complete": not missing and all(q["name"] in answers for q in flow["questions"]),
    }
