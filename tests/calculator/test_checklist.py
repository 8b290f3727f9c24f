"""Tailored checklists leave out an item only on its recorded applicant or representative condition."""

import pytest

from calculator.checklist import tailored

ITEMS = [
    {"id": "application", "applies_to": "all", "condition": None},
    {"id": "registration-certificate", "applies_to": "legal_entity", "condition": None},
    {"id": "identity", "applies_to": "individual", "condition": None},
    {"id": "power-of-attorney", "applies_to": "representative", "condition": None},
    {"id": "own-id", "applies_to": "in_person", "condition": None},
    {
        "id": "project",
        "applies_to": "all",
        "condition": {"kk": "жоба болса", "ru": "при наличии проекта"},
    },
]


def ids(items):
    return [i["id"] for i in items]


def test_individual_in_person_gets_common_and_individual_items():
    assert ids(tailored(ITEMS, "individual", False)) == [
        "application",
        "identity",
        "own-id",
        "project",
    ]


def test_legal_entity_through_representative():
    assert ids(tailored(ITEMS, "legal_entity", True)) == [
        "application",
        "registration-certificate",
        "power-of-attorney",
        "project",
    ]


def test_state_legal_entity_brings_what_legal_entities_bring():
    assert ids(tailored(ITEMS, "state_legal_entity", False)) == [
        "application",
        "registration-certificate",
        "own-id",
        "project",
    ]


def test_item_with_a_stated_circumstance_is_never_left_out():
    for applicant in ("individual", "legal_entity", "state_legal_entity"):
        for representative in (False, True):
            assert "project" in ids(tailored(ITEMS, applicant, representative))


def test_unknown_applicant_is_refused():
    with pytest.raises(ValueError):
        tailored(ITEMS, "alien", False)
