"""review8 K9, K11, D6: clause 11's closing sentence on showing originals is a rule, not a
document. It stays quoted as the act words it, but as a note under each list («Ескертпе: …» /
«Примечание: …»), never an item with a tick box, and the counts on /compare/ leave it out.
Expected texts are the act's sentence (standard 1, clause 11, 1), typed by hand) in the note's
frame from data/strings/pages.yaml."""

from __future__ import annotations

import json
import re

import pytest

from tests.site.test_static_wording import read, text

KK = (
    "Ескертпе: Тұлғаның жеке куәлігінің немесе сенімхаттың көшірмелерін тексеру үшін құжаттардың"
    " түпнұсқалары ұсынылады, олар тексерілгеннен кейін тұтынушыға қайтарылады"
    " (11-тармақтың 1) тармақшасы)."
)
RU = (
    "Примечание: Для сверки копий удостоверения личности или доверенности представляются"
    " подлинники документов, которые после сверки возвращаются потребителю (подпункт 1) пункта 11)."
)
SENTENCE = {"kk": "түпнұсқалары ұсынылады", "ru": "представляются подлинники"}


@pytest.mark.parametrize("lang, note", [("kk", KK), ("ru", RU)])
def test_the_checklist_quotes_the_rule_as_a_note_without_a_tick_box(site_dir, lang, note):
    html = read(site_dir, lang, "checklists/private-ownership")
    assert note in text(html)
    # No list item (with its checkbox) holds the sentence any more.
    items = re.findall(r"<li>.*?</li>", html, re.S)
    assert items
    assert not any(SENTENCE[lang] in item for item in items)


@pytest.mark.parametrize(
    "lang, cell",
    [
        # standard 1, a new act: 9 documents (items 1)–9) of clause 11, 1) less the closing rule),
        # 3 of them for some applicants only (the legal entity's certificate, the in-person ID
        # copy, the representative's power of attorney) — counted by hand in the source.
        ("kk", "Мемлекеттің құқық беруі (жаңа акт): 9 құжат, оның ішінде 3 құжат"),
        ("ru", "Предоставление права государством (новый акт): 9 документов, из них 3 документа"),
    ],
)
def test_the_compare_counts_leave_the_rule_out(site_dir, lang, cell):
    assert cell in text(read(site_dir, lang, "compare"))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_desk_ships_the_rule_as_a_note_not_an_item(site_dir, lang):
    html = read(site_dir, lang, "desk")
    data = json.loads(re.search(r"<script[^>]*id=\"desk-data\"[^>]*>(.*?)</script>", html, re.S)[1])
    case = data["standards"]["1"]["cases"]["grant"]
    assert not any(SENTENCE[lang] in item["text"] for item in case["items"])
    assert case["originals"].replace("\u00a0", " ") == {"kk": KK, "ru": RU}[lang]
