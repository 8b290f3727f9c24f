"""The static pages' wording the editor's seventh reading (notes/review7.md) asked for, read off the
built pages. Expected texts are the editor's proposals as adopted in data/strings/, written out
here by hand."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from tests.site.test_static_wording import read, text
from tests.site.test_wording_review5 import search_docs

STANDARDS = ["private-ownership", "permanent-use", "temporary-paid-use", "temporary-free-use"]


@pytest.mark.parametrize("standard", STANDARDS)
@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        (
            "kk",
            "Кезекте күту және қызмет көрсету — әрқайсысы 30 минуттан аспайды. Акт дайын болатын"
            " күнді «Қызмет ақысы мен мерзімін есептеу» бетінде есептеуге болады.",
            "аспайды. (Қызмет",
        ),
        (
            "ru",
            "Ожидание в очереди и обслуживание — не более 30 мин каждое. Дату готовности акта"
            " можно рассчитать на странице «Расчет платы и срока».",
            "каждое. (Расчет",
        ),
    ],
)
def test_the_term_row_points_to_the_calculator_in_a_sentence(
    site_dir, lang, standard, wanted, gone
):
    """review7 K5/R5: «… 30 минуттан аспайды. (Қызмет ақысы мен мерзімін есептеу)» — a bracketed
    link after the full stop."""
    # The link's tags go without a space, as the reader sees it: «…» around the link's words.
    page = re.sub(r"<[^>]+>", "", read(site_dir, lang, f"standards/{standard}"))
    page = " ".join(page.replace("\u00a0", " ").split())
    assert wanted in page
    assert gone not in page


@pytest.mark.parametrize(
    "lang, wanted",
    [
        (
            "kk",
            "Жеке меншіктегі жер учаскесіне жаңа акт, учаскенің сәйкестендіру сипаттамалары"
            " өзгергеннен кейінгі акт немесе актінің телнұсқасы.",
        ),
        (
            "ru",
            "Новый акт на земельный участок в частной собственности, акт после изменения"
            " идентификационных характеристик участка или дубликат акта.",
        ),
    ],
)
def test_the_home_card_names_the_change_as_the_standard_does(site_dir, lang, wanted):
    """review7 K11/R11: «учаске өзгергеннен кейінгі акт» / «акт после изменения участка»."""
    assert wanted in text(read(site_dir, lang, "."))


@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        (
            "kk",
            [
                "«Сіздің жағдайыңыз» сұрақтарын бір жолдық код арқылы қосыңыз.",
                "(бас әріппен немесе кіші әріппен жазылуының маңызы жоқ)",
                "Аудан бойынша сүзгі жоқ: қаланың барлық байланыстары бір тізіммен көрсетіледі.",
            ],
            ["бір жол кодпен", "маңызды емес", "бүкіл қала — бір тізім"],
        ),
        (
            "ru",
            ["Фильтра по районам нет: все контакты города показываются одним списком."],
            ["весь город — один список"],
        ),
    ],
)
def test_the_embedding_page_says_it_in_whole_sentences(site_dir, lang, wanted, gone):
    """review7 K12/R14."""
    page = text(read(site_dir, lang, "embedding"))
    for line in wanted:
        assert line in page, line
    for line in gone:
        assert line not in page, line


@pytest.mark.parametrize(
    "lang, header, presence, gone",
    [
        ("kk", "Айырмашылық неде", "мекеменің тізімде болуы", ["Өріс", "бар-жоғы"]),
        ("ru", "В чем различие", "наличие в перечне", ["Поле", ">наличие<"]),
    ],
)
def test_the_differences_table_speaks_citizens_words(site_dir, lang, header, presence, gone):
    """review7 K15/R12: column «Өріс» / «Поле», value «бар-жоғы» / «наличие»."""
    page = read(site_dir, lang, "about")
    table = page[page.index('id="differences"') :]
    table = table[: table.index("</table>")]
    assert f'<th scope="col">{header}</th>' in table
    assert f"<td>{presence}</td>" in table
    for word in gone:
        assert word not in table, word


def test_the_russian_about_page_names_the_resolution_it_means(site_dir):
    """review7 R12: «… установлен пунктом 4 того постановления»."""
    page = text(read(site_dir, "ru", "about"))
    assert (
        "Пункт 2 постановления утратил силу постановлением Правительства РК от 20 июля 2010 года"
        " № 745 (порядок введения в действие установлен пунктом 4 указанного постановления)."
    ) in page
    assert "того постановления" not in page


def test_the_region_filter_message_agrees_with_the_nearest_subject(site_dir):
    """review7 R10: «Район или учреждение «…» не найдены» — with «или» the predicate agrees with
    the nearest subject, in the singular. directory.js fills {filter} with what was typed."""
    page = read(site_dir, "ru", "regions/kostanay")
    attribute = html.unescape(re.search(r'data-nothing-typed="([^"]*)"', page).group(1))
    assert attribute == (
        "Район или учреждение «{filter}» не найдено, поэтому показаны все контакты области."
    )
    # The same lines for a filter that came with the link (review10 R3: named as the link's).
    attribute = html.unescape(re.search(r'data-nothing="([^"]*)"', page).group(1))
    assert attribute == (
        "Район или учреждение, указанное в ссылке, не найдено: показаны все контакты области."
    )
    attribute = html.unescape(re.search(r'data-nothing-link="([^"]*)"', page).group(1))
    assert attribute == (
        "Район или учреждение «{filter}», указанное в ссылке, не найдено: показаны все контакты"
        " области."
    )


@pytest.mark.parametrize(
    "lang, page_name",
    [("kk", "Сайтыңызға орналастыру"), ("ru", "Размещение на своем сайте")],
)
def test_the_widget_console_names_the_embedding_page_by_its_title(site_dir, lang, page_name):
    """review7 D3: the Russian console message sent the web-master to «Встроить на свой сайт»;
    the page is titled «Размещение на своем сайте» (its <h1>, read here from the built page)."""
    embedding = read(site_dir, lang, "embedding")
    assert f">{page_name}<" in re.search(r"<h1[^>]*>.*?</h1>", embedding, re.S).group(0)
    widget = read(site_dir, lang, "embed/directory/kostanay")
    console = html.unescape(re.search(r'data-unknown-console="([^"]*)"', widget).group(1))
    assert console.endswith(f"«{page_name}».") or f"«{page_name}» бетінде" in console


class _Runs(HTMLParser):
    """Pairs of text runs a block edge parts on the page: the last word before the edge and the
    first after it («беру», «Тұрақты»), whatever white space the page has between them."""

    BLOCKS = {"br", "caption", "dd", "div", "dt", "li", "p", "td", "th", "tr", "h2", "h3", "h4"}

    def __init__(self):
        super().__init__()
        self.pairs: list[tuple[str, str]] = []
        self._last: str | None = None
        self._edge = False
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style", "svg", "template")
        self._edge |= tag in self.BLOCKS

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style", "svg", "template")
        self._edge |= tag in self.BLOCKS

    def handle_data(self, data):
        if self._skip or not data.strip():
            return
        if self._last and self._edge and not data[0].isspace() and not self._last[-1].isspace():
            # Each side a word or a figure of two characters or more: a lone «(» or «қ» glued to
            # its neighbour is also an ordinary piece of some other text («(үлесі)»).
            pair = (self._last.split()[-1], data.split()[0])
            if all(len(re.sub(r"\W", "", side)) > 1 for side in pair) and re.search(
                r"[^\W\d_]", "".join(pair)
            ):
                self.pairs.append(pair)
        self._last, self._edge = data, False


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_search_text_keeps_table_cells_apart(site_dir, lang):
    """review7 D2: snippets read «… ресімдеу және беруТұрақты жер пайдалану …» (compare),
    «… гаАЕКАлаңға …» (fee table), «1,1до 1 500 га» (a cell's lines after <br>): cells written
    side by side ran together in the index. Each pair of runs a block edge parts on a page
    («беру» | «Тұрақты») must not be one word in the edition's index."""
    docs = search_docs(site_dir, lang)
    # Kept tags (<p>, <li>) part words in a snippet; the rest of the text is escaped HTML.
    index = "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", d["text"])) for d in docs)
    root = site_dir / ("ru" if lang == "ru" else "")
    pairs = set()
    for page in ("compare", "fees", "calculator", "indicators", "about", "embedding", "forms"):
        runs = _Runs()
        runs.feed(read(site_dir, lang, page))
        pairs |= set(runs.pairs)
    assert root.is_dir() and len(pairs) > 100  # the tables of these pages are written cell by cell
    # The pairs are in the index, parted (the first header row of the compare page, read by hand).
    first = {"kk": "беру Тұрақты", "ru": "участок Оформление"}[lang]
    assert first in index
    glued = sorted(a + b for a, b in pairs if a + b in index)
    assert not glued, f"{len(glued)} glued: {glued[:20]}"
