"""The cell parsers of the directory extractor (and the block splitter of the standards'
extractor), on the examples their docstrings give. Expected values are worked by hand from the
printed text, not copied from the functions' output; each comment says how."""

from __future__ import annotations

import pytest

from generator.extract.directories.parsing import city, contacts, district, norm, phones
from generator.extract.standards import _blocks


def test_phones_learn_the_area_code_from_the_cell_and_mark_the_fax():
    # "8-716-43" is trunk 8 + area 71643; 2-13-45 → 7 1643 21345 (ten digits), "ф." marks a fax.
    assert phones("8-716-43 2-13-45, ф. 2-43-71") == [
        {"raw": "8-716-43 2-13-45", "e164": "+77164321345", "kind": "phone"},
        {"raw": "8-716-43 2-43-71", "e164": "+77164324371", "kind": "fax"},
    ]


def test_phones_of_a_centre_take_the_city_code_given():
    # Appendix 3 prints "25-77-16" only; Көкшетау's code 7162 (from appendix 1) makes ten digits.
    assert phones("25-77-16", "7162", "operations_hall") == [
        {"raw": "25-77-16", "e164": "+77162257716", "kind": "operations_hall"}
    ]


def test_phones_printed_with_the_country_code_instead_of_the_trunk_prefix():
    # "7-710-30-2-64-59": 7 is the country code, 71030 Жаңаарқа's area code, 26459 the number.
    assert phones("7-710-30-2-64-59") == [
        {"raw": "7-710-30-2-64-59", "e164": "+77103026459", "kind": "phone"}
    ]


def test_a_second_number_printed_with_only_its_last_digits():
    # "33-47-54 47-48" with area 7172: the second is 33-47-48 (the first two digits repeat).
    assert [p["e164"] for p in phones("8-7172 33-47-54 47-48")] == ["+77172334754", "+77172334748"]


def test_a_number_too_long_for_its_code_stays_as_printed_without_a_link():
    # "8-727-73 88-16-71": code 72773 plus six digits is eleven digits, not ten.
    assert phones("8-727-73 88-16-71") == [
        {"raw": "8-727-73 88-16-71", "e164": None, "kind": "phone"}
    ]


def email(value):
    return {"kind": "email", "value": value, "href": "mailto:" + value, "problem": None}


def test_a_cell_with_two_addresses_keeps_both():
    assert contacts("pozakim@mail.ru org_acim@mail.ru") == [
        email("pozakim@mail.ru"),
        email("org_acim@mail.ru"),
    ]
    assert contacts("uzo@kostanay.kz, www.e-kostanai.kz") == [
        email("uzo@kostanay.kz"),
        {
            "kind": "web",
            "value": "www.e-kostanai.kz",
            "href": "http://www.e-kostanai.kz",
            "problem": None,
        },
    ]


@pytest.mark.parametrize(
    ("cell", "kind", "problem"),
    [
        (
            "Fort_akimat.mail.ru",
            "email",
            "at_missing",
        ),  # mail.ru is a mail service: "@" printed as "."
        ("www.Aktau_info.kz", "web", "host_underscore"),  # "_" is not allowed in a host name
        ("airtay\\akimat@sko.kz", "email", "backslash"),
        ("irgizzem@kz", "email", "no_domain"),  # nothing after "@" has a dot
        ("www.zemlya.balkhas.rz", "web", "unknown_tld"),  # .rz is no top-level domain
        # RFC 5322 dot-atom: a local part may not end with a dot (nor start with one, nor hold two)
        ("Shimkent.gov.@mail.kz", "email", "local_dot"),
        (".zem@mail.kz", "email", "local_dot"),
        ("zem..otdel@mail.kz", "email", "local_dot"),
    ],
)
def test_a_value_that_is_no_valid_address_keeps_its_printed_form_without_a_link(
    cell, kind, problem
):
    assert contacts(cell) == [{"kind": kind, "value": cell, "href": None, "problem": problem}]


def test_an_address_broken_by_a_comma_is_one_value_not_an_address_and_a_site():
    assert contacts("ual_zem@mail, online.kz") == [
        {"kind": "email", "value": "ual_zem@mail, online.kz", "href": None, "problem": "no_domain"}
    ]


def test_a_person_a_label_and_nothing():
    assert contacts("Beiseuov Busashevich") == [
        {"kind": "person", "value": "Beiseuov Busashevich", "href": None, "problem": None}
    ]
    assert contacts("акимат-zsnakim@mail.ru") == [email("zsnakim@mail.ru") | {"label": "акимат"}]
    assert contacts("-") == [] and contacts("") == []
    # A trailing dot ends the sentence, not the host name.
    assert contacts("www.nurinsk.kz.")[0]["href"] == "http://www.nurinsk.kz"


def test_city_district_and_norm():
    assert city("020000 Көкшетау қаласы, Абай көшесі, 89") == "Көкшетау"
    assert city("Ақкөл ауданы, Ақкөл қаласы") is None
    akmola = {"id": "akmola", "name": {"kk": "Ақмола облысы"}}
    assert (
        district(
            akmola, "«Ақкөл ауданы жер қатынастары бөлімі» ММ", "Ақкөл ауданы, Ақкөл қаласы, 81"
        )
        == "Ақкөл ауданы"
    )
    assert (
        district(akmola, "«Ақмола облысының жер қатынастары басқармасы» ММ", "Көкшетау қаласы, 1")
        is None
    )
    assert norm("«А  б»") == '"аб"'


def test_blocks_join_a_sentence_split_by_the_conversion_and_keep_list_items_apart():
    lines = [
        (1, "1. Жалпы ережелер"),
        (2, ""),
        (3, "Мемлекеттік қызметті уәкілетті орган"),
        (4, ""),
        (5, "көрсетеді."),
        (6, ""),
        (7, "Құжаттар:"),
        (8, "1) өтініш;"),
        (9, "2) төлқұжат."),
    ]
    # Line 1 is a section heading (numbered, short, no sentence end): a block of its own. Line 3
    # has no sentence end, so line 5 continues it across the blank line. "Құжаттар:" is a lead,
    # so each item after it is a block of its own.
    assert _blocks(lines) == [
        (1, "1. Жалпы ережелер"),
        (3, "Мемлекеттік қызметті уәкілетті орган көрсетеді."),
        (7, "Құжаттар:"),
        (8, "1) өтініш;"),
        (9, "2) төлқұжат."),
    ]


def test_the_site_shows_a_cell_in_its_own_typography():
    """review10 K1/K2, worked by hand from source lines 569 and 578: the act's straight quotes
    become «» (as its own row for Атырау prints «б»), and «халыққа қызмет көрсету орталығы», a
    common noun in the glossary and the language guide, loses the capital the appendix gives it
    after the first word of a name; a capital at the start of a name, a quotation or a sentence
    stays, and so do the glossary's proper names (Жер кодексі)."""
    from generator.extract.directories.extraction import common_nouns, site_text

    glossary = {
        "terms": {
            "халыққа қызмет көрсету орталығы (ХҚКО), Орталық": "ЦОН",
            "тұтынушы": "потребитель",
            "Жер кодексі": "Земельный кодекс",
        }
    }
    nouns = common_nouns(glossary)
    assert site_text('Көкшетау қаласы, Әуезов көшесі, 189-ші "а" үй') == (
        "Көкшетау қаласы, Әуезов көшесі, 189-ші «а» үй"
    )
    assert site_text("Қостанай облысының Халыққа қызмет көрсету орталығы", nouns) == (
        "Қостанай облысының халыққа қызмет көрсету орталығы"
    )
    assert site_text("Шығыс Қазақстан облысының № 1 Халыққа қызмет көрсету орталығы", nouns) == (
        "Шығыс Қазақстан облысының № 1 халыққа қызмет көрсету орталығы"
    )
    for kept in (
        "Халыққа қызмет көрсету орталығы",
        "«Халыққа қызмет көрсету орталығы» РМК",
        "журналда тіркеледі. Тұтынушыға талон беріледі",
        "Қазақстан Республикасының Жер кодексі",
    ):
        assert site_text(kept, nouns) == kept
