"""Tailored document checklists (құжаттар тізбесі): which items of clause 11 a given applicant brings.

A standard lists the documents for three cases (the state grants the right; the plot's
identification characteristics changed; a duplicate). Each item applies to everyone or only to
an individual, a legal entity, a state legal entity, an applicant who comes in person ("copy of
the consumer's identity document") or one who sends a representative ("power of attorney and
the representative's identity document"); an item may also carry
a stated circumstance ("where a land-management project exists"). A tailored list leaves out an
item only on such a recorded applicant or representative condition; an item with a stated
circumstance stays in, marked, because only the reader knows whether it applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

CASES = ("grant", "changed", "duplicate")
APPLICANTS = ("individual", "legal_entity", "state_legal_entity")


def applies(item: Mapping, applicant: str, representative: bool) -> bool:
    who = item["applies_to"]
    if who == "all":
        return True
    if who == "representative":
        return representative
    if who == "in_person":
        return not representative
    if who == "legal_entity":
        # A state legal entity is a legal entity: what the text asks of legal entities applies.
        return applicant in ("legal_entity", "state_legal_entity")
    return who == applicant


def tailored(items: Iterable[Mapping], applicant: str, representative: bool) -> list[Mapping]:
    if applicant not in APPLICANTS:
        raise ValueError(f"unknown applicant {applicant!r}")
    return [item for item in items if applies(item, applicant, representative)]
