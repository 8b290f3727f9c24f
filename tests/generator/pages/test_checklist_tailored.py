"""review5 K27: a checklist tailored to a chosen case does not say again whom a document is for
(«(тек өкіл арқылы тапсырғанда)» after «Өкіл арқылы»); the full list keeps every condition."""

import re

import pytest

from tests.generator.pages.test_wording_on_pages import pages  # noqa: F401  (the fixture)

STANDARDS = ("private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use")
# strings only_for («(тек {who})» / «(только {who})»), read by hand
SETTLED = {"kk": "(тек ", "ru": "(только "}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_chosen_case_prints_only_its_open_conditions(pages, lang):  # noqa: F811
    seen = 0
    for standard in STANDARDS:
        page = pages[f"checklists/{standard}.{lang}.md"]
        variants = re.findall(r'<section class="checklist-variant".*?</section>', page, re.S)
        assert variants
        for variant in variants:
            assert SETTLED[lang] not in variant, variant[:80]
        full = page[page.index('<section class="checklist-full"') :]
        seen += full.count(SETTLED[lang])
    # The full lists still say it: temporary paid use's duplicate needs the representative's
    # power of attorney only when a representative applies (data/standards/standard-3.yaml).
    assert seen
    paid = pages[f"checklists/temporary-paid-use.{lang}.md"]
    tailored = paid[paid.index('id="duplicate--legal_entity--1"') :]
    tailored = tailored[: tailored.index("</section>")]
    power = {"kk": "Тұтынушының атынан берілген сенімхаттың", "ru": "Копия доверенности"}[lang]
    assert power in tailored


@pytest.mark.parametrize(
    "lang, heading",
    [
        # review8 K12: the representative choice has one name in both summaries, the answer's.
        ("kk", "Таңдалған жағдай: Актінің телнұсқасы · Заңды тұлға · Өкіл тапсырады"),
        ("ru", "Выбранный случай: Дубликат акта · Юридическое лицо · Подает представитель"),
    ],
)
def test_the_representative_choice_is_named_as_in_the_answer(pages, lang, heading):  # noqa: F811
    paid = pages[f"checklists/temporary-paid-use.{lang}.md"]
    tailored = paid[paid.index('id="duplicate--legal_entity--1"') :]
    assert heading in tailored[: tailored.index("</h2>")]
