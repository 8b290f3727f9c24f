"""The wording the editor's ninth reading (notes/review9.md) asked for on the checklists, the region
pages and the desk, read off the built pages and the desk's data. Expected lines are written out
by hand: each document's name as data/standards/standard-*.yaml gives it, its clause reference
as the guide writes it (`11-тармақтың 1) тармақшасы`, `подпункт 1) пункта 11`), the condition in
its parentheses, the reference after the middle dot « · »."""

from __future__ import annotations

import html as htmllib
import json
import re

import pytest

from generator.pages import desk
from tests.site.test_static_review8 import reader_text
from tests.site.test_static_wording import read

STANDARDS = ["private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use"]
REFERENCE = {"kk": r"\d+-тармақтың \d+\) тармақшасы", "ru": r"подпункт \d+\) пункта \d+"}


def checklist_items(html: str) -> list[str]:
    """Every document line of the page's lists (the tailored ones and the full one), as read."""
    return [reader_text(li) for li in re.findall(r"<li><input .*?</li>", html, re.S)]


@pytest.mark.parametrize("standard", STANDARDS)
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_checklist_item_gives_its_reference_after_the_middle_dot(site_dir, lang, standard):
    """review9 K1/R1: «…(СТН) көшірмесі 11-тармақтың 1) тармақшасы» ran the reference into the
    name; after a condition it stood on a line of its own, without the dot."""
    items = checklist_items(read(site_dir, lang, f"checklists/{standard}"))
    assert len(items) > 10
    wrong = [i for i in items if not re.fullmatch(rf".+\S · {REFERENCE[lang]}", i)]
    assert wrong == []


@pytest.mark.parametrize(
    "lang, standard, lines",
    [
        (
            "kk",
            "private-ownership",
            [
                "Салық төлеуші куәлігінің (СТН) көшірмесі · 11-тармақтың 1) тармақшасы",
                # the full list names whom a document is for, then the reference
                "Заңды тұлғаны мемлекеттік тіркеу туралы куәліктің көшірмесі (тек заңды тұлға"
                " үшін) · 11-тармақтың 1) тармақшасы",
                "Тұтынушының атынан берілген сенімхаттың және сенім білдірілген тұлғаның жеке басын"
                " куәландыратын құжаттың көшірмесі (тек өкіл арқылы тапсырғанда) · 11-тармақтың 3)"
                " тармақшасы",
            ],
        ),
        (
            "ru",
            "temporary-paid-use",
            [
                "Копия свидетельства налогоплательщика (РНН) · подпункт 1) пункта 11",
                "Копия свидетельства о государственной регистрации юридического лица (только для"
                " юридического лица) · подпункт 1) пункта 11",
                "Копия доверенности, выданной от имени потребителя, и документа, удостоверяющего"
                " личность доверенного лица (только при подаче через представителя) · подпункт 2)"
                " пункта 11",
            ],
        ),
    ],
)
def test_checklist_lines_read_as_the_answer_page_writes_them(site_dir, lang, standard, lines):
    items = checklist_items(read(site_dir, lang, f"checklists/{standard}"))
    for line in lines:
        assert line in items


@pytest.mark.parametrize(
    "lang, centre, enterprise, gone",
    [
        (
            "kk",
            "Бұл бөлімге сүзгі қолданылмайды: мұнда бүкіл облысқа ортақ орталық көрсетілген.",
            "Бұл бөлімге сүзгі қолданылмайды: мұнда бүкіл облысқа ортақ кәсіпорын көрсетілген.",
            "бір тізім",
        ),
        (
            "ru",
            "Фильтр к этому разделу не применяется: здесь указан центр, общий для всей области.",
            "Фильтр к этому разделу не применяется: здесь указано предприятие, общее для всей"
            " области.",
            "один список",
        ),
    ],
    ids=["kk", "ru"],
)
def test_the_note_under_a_block_the_filter_leaves_whole_names_what_it_holds(
    site_dir, lang, centre, enterprise, gone
):
    """review9 K5: «ол бүкіл облыс бойынша бір тізім» under a block of one card. Kostanay has one
    public service centre and one specialized enterprise (data/directories/, region kostanay);
    East Kazakhstan two centres, West Kazakhstan two enterprises (counted with grep)."""
    kostanay = reader_text(read(site_dir, lang, "regions/kostanay"))
    assert centre in kostanay and enterprise in kostanay and gone not in kostanay
    east = reader_text(read(site_dir, lang, "regions/east-kazakhstan"))
    west = reader_text(read(site_dir, lang, "regions/west-kazakhstan"))
    if lang == "kk":
        assert "мұнда бүкіл облысқа ортақ орталықтар көрсетілген." in east
        assert "мұнда бүкіл облысқа ортақ кәсіпорындар көрсетілген." in west
    else:
        assert "здесь указаны центры, общие для всей области." in east
        assert "здесь указаны предприятия, общие для всей области." in west


def test_the_desk_asks_whether_the_circumstance_concerns_the_applicant(site):
    """review9 K6/R5: no calque «Шартпен талап етілетін», no dash chain in the box; the Russian
    sentence says what the box says («относится к заявителю»)."""
    kk, ru = (desk.page_data(site, lang) for lang in ("kk", "ru"))
    assert kk["labels"]["desk_condition_holds"] == (
        "Бұл жағдай өтініш берушіге қатысты (хабарламаға енгізу)"
    )
    assert ru["labels"]["desk_condition_holds"] == (
        "Условие относится к заявителю (включить в уведомление)"
    )
    kk_text = kk["standards"]["1"]["refusal"]["missing_text"]
    assert kk_text.endswith(
        " Белгілі бір жағдайда ғана талап етілетін құжат хабарламаға сол жағдай өтініш берушіге"
        " қатысты деп белгіленсе ғана енгізіледі; қатысты болмаса, қолхатты басып шығаруға болады."
    )
    ru_text = ru["standards"]["1"]["refusal"]["missing_text"]
    assert "только если отмечено, что это условие относится к заявителю;" in ru_text
    for text in (kk_text, kk["labels"]["desk_only_conditional"]):
        assert "Шарт" not in text and "осы жағдайға" not in text
    for text in (ru_text, ru["labels"]["desk_only_conditional"]):
        assert "к этому случаю" not in text


@pytest.mark.parametrize(
    "lang, pages, missing, lines",
    [
        (
            "kk",
            "Табылған беттер: #",
            "Табылмаған сөз: {words}",
            {1: "Осы беттегі тағы 1 сәйкестік", 44: "Осы беттегі тағы 44 сәйкестік"},
        ),
        (
            "ru",
            "Найдено страниц: #",
            "Не найдено слово: {words}",
            {
                1: "Еще 1 совпадение на этой странице",
                3: "Еще 3 совпадения на этой странице",
                5: "Еще 5 совпадений на этой странице",
                11: "Еще 11 совпадений на этой странице",
                21: "Еще 21 совпадение на этой странице",
                44: "Еще 44 совпадения на этой странице",
            },
        ),
    ],
    ids=["kk", "ru"],
)
def test_search_counts_pages_and_words_each_count_of_further_matches(
    site_dir, lang, pages, missing, lines
):
    """review9 K8/R7, K9: the total counts pages; a page's further matches are counted as matches,
    in the form each number takes (Karaganda's page has more than 44 sections, so every count
    here is one a result can show); the missing-word line is the build's."""
    home = read(site_dir, lang, ".")
    config = json.loads(re.search(r'<script id="__config"[^>]*>(.*?)</script>', home, re.S)[1])
    assert config["translations"]["search.result.other"] == pages
    dialog = re.search(r'<div class="md-search"[^>]*>', home)[0]
    assert htmllib.unescape(re.search(r'data-missing-words="([^"]*)"', dialog)[1]) == missing
    # the line under the count and Material's line in a result name the missing word alike
    assert missing == config["translations"]["search.result.term.missing"] + ": {words}"
    more = json.loads(htmllib.unescape(re.search(r'data-more-matches="([^"]*)"', dialog)[1]))
    for n, line in lines.items():
        assert more[n] == line.replace(f"{n} ", f"{n}\u00a0", 1)
