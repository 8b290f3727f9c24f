"""The search synonyms of data/strings/search.yaml as the index builder reads them: words of
either language (any ending where the data says «*») or the abbreviation as a whole word bring
both languages' abbreviations. Texts below are written by hand, in lower case as the builder
lowers each document."""

import pytest

from generator.assemble.search import abbreviations


@pytest.fixture(scope="module")
def synonyms(site):
    found = abbreviations(site.strings)
    return lambda text: [letters for pattern, letters in found if pattern.search(text)]


@pytest.mark.parametrize(
    "text, letters",
    [
        ("құжаттарды халыққа қызмет көрсету орталығына тапсыру", ["ХҚКО ЦОН"]),
        ("через центры обслуживания населения", ["ХҚКО ЦОН"]),
        ("обратитесь в цон по месту жительства", ["ХҚКО ЦОН"]),
        ("тариф в месячных расчетных показателях", ["АЕК МРП"]),
        ("1,9 аек", ["АЕК МРП"]),
        ("регистрационный номер налогоплательщика (рнн)", ["СТН РНН"]),
        ("салық төлеушінің тіркеу нөмірі және хқко", ["ХҚКО ЦОН", "СТН РНН"]),
        ("цонтрольный текст без сокращений", []),  # «цон» only as a whole word
    ],
)
def test_words_or_abbreviation_in_either_language_bring_both_abbreviations(synonyms, text, letters):
    assert synonyms(text) == letters
