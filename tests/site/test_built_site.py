"""The built site as a whole: both languages complete, links resolve, nothing from elsewhere."""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# Function words of Russian sentences that Kazakh never uses alone ("не" and "от" are Kazakh words too).
RUSSIAN_WORDS = re.compile(r"(?<![\w-])(и|в|на|для|по|или|что|при|если|до|со)(?![\w-])")
THEME_BUNDLE = ("/assets/javascripts/", "/assets/stylesheets/")
BUDGET = 150 * 1024
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class Page(HTMLParser):
    """Collects links, asset references and the text of <article> (the page's own content)."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.refs: list[str] = []
        self.assets: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.title = ""
        self.icons: list[str] = []
        self.next_links: list[str] = []
        self._in_title = False
        self._article = 0
        self._skip = 0
        self._open: list[tuple[str, bool]] = []  # open elements, and whether each is lang="kk"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.refs.append(a["href"])
        if tag in ("script", "img", "source", "iframe") and a.get("src"):
            self.assets.append(a["src"])
        if (
            tag == "link"
            and a.get("href")
            and a.get("rel") in ("stylesheet", "icon", "preload", "modulepreload")
        ):
            self.assets.append(a["href"])
        if tag == "link" and a.get("rel") == "icon":
            self.icons.append(a.get("href", ""))
        if tag == "a" and "md-footer__link--next" in (a.get("class") or ""):
            self.next_links.append(a.get("href", ""))
        self._in_title = tag == "title"
        if tag == "article":
            self._article += 1
        if tag in ("script", "style", "code"):
            self._skip += 1
        if tag not in VOID:
            self._open.append((tag, a.get("lang") == "kk"))

    def handle_endtag(self, tag):
        self._in_title = False
        while self._open:
            if self._open.pop()[0] == tag:
                break
        if tag == "article":
            self._article -= 1
        if tag in ("script", "style", "code"):
            self._skip -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        # A quotation of the Kazakh source marked lang="kk" (a correction, a source cell) is not
        # an untranslated text: it is skipped like code.
        if self._article and not self._skip and not any(kk for _, kk in self._open):
            self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if "assets" not in p.parts)


def url_of(site: Path, path: Path) -> str:
    return "/" + path.relative_to(site).as_posix().removesuffix("index.html")


def test_every_kazakh_page_has_a_russian_twin_and_back(site_dir):
    kazakh = {
        url_of(site_dir, p) for p in pages(site_dir) if not url_of(site_dir, p).startswith("/ru/")
    }
    russian = {
        url_of(site_dir, p).removeprefix("/ru")
        for p in pages(site_dir)
        if url_of(site_dir, p).startswith("/ru/")
    }
    assert len(kazakh) > 3
    assert kazakh == russian


def test_pages_declare_their_language(site_dir):
    for path in pages(site_dir):
        expected = "ru" if url_of(site_dir, path).startswith("/ru/") else "kk"
        assert parse(path).lang == expected, url_of(site_dir, path)


def test_russian_pages_have_no_kazakh_text(site_dir):
    """An untranslated page copied to /ru/ would still say lang="ru": read the words."""
    for path in pages(site_dir):
        if url_of(site_dir, path).startswith("/ru/"):
            text = " ".join(parse(path).text)
            assert not KAZAKH_ONLY.findall(text), (
                url_of(site_dir, path),
                KAZAKH_ONLY.findall(text)[:10],
            )


def test_kazakh_pages_have_no_russian_sentences(site_dir):
    for path in pages(site_dir):
        if not url_of(site_dir, path).startswith("/ru/"):
            text = " ".join(parse(path).text)
            assert not RUSSIAN_WORDS.findall(text), (
                url_of(site_dir, path),
                RUSSIAN_WORDS.findall(text)[:10],
            )


def test_every_internal_link_and_anchor_resolves(site_dir):
    parsed = {url_of(site_dir, p): parse(p) for p in pages(site_dir)}
    broken = []
    for url, page in parsed.items():
        for ref in page.refs + page.assets:
            target = urlsplit(urljoin(f"http://site{url}", ref))
            if target.scheme in ("tel", "mailto", "blob", "data") or target.netloc not in (
                "site",
                "",
            ):
                continue
            path = unquote(target.path)
            file = site_dir / path.lstrip("/")
            if path.endswith("/"):
                file = file / "index.html"
            if not file.is_file():
                broken.append(f"{url} → {ref}")
            elif (
                target.fragment
                and path.endswith("/")
                and target.fragment not in parsed.get(path, Page()).ids
            ):
                broken.append(f"{url} → {ref} (no such anchor)")
    assert broken == []


def test_no_page_refers_to_another_host(site_dir):
    for path in pages(site_dir):
        for ref in parse(path).assets:
            assert not urlsplit(ref).netloc, (url_of(site_dir, path), ref)


@pytest.mark.parametrize("kind", ["pages"])
def test_pages_stay_within_budget_without_the_theme_bundle(site_dir, kind):
    """Every page but the calculator, with its own assets, under 150 KB compressed."""
    for path in pages(site_dir):
        url = url_of(site_dir, path)
        if url.endswith("/calculator/"):
            continue
        total = len(gzip.compress(path.read_bytes()))
        for ref in set(parse(path).assets):
            target = urlsplit(urljoin(f"http://site{url}", ref)).path
            if not target.startswith(THEME_BUNDLE):
                total += len(gzip.compress((site_dir / target.lstrip("/")).read_bytes()))
        assert total < BUDGET, (url, total)


@pytest.mark.parametrize(
    "page, first_six",
    [
        # Kazakh alphabet: Батыс Қазақстан before Жамбыл; Шығыс Қазақстан the last oblast.
        (
            "index.html",
            ["akmola", "aktobe", "almaty-region", "atyrau", "west-kazakhstan", "zhambyl"],
        ),
        # Russian, as the act lists them: Восточно-Казахстанская before Жамбылская and Западно-.
        (
            "ru/index.html",
            ["akmola", "aktobe", "almaty-region", "atyrau", "east-kazakhstan", "zhambyl"],
        ),
    ],
)
def test_the_menu_lists_regions_in_the_pages_alphabet(site_dir, page, first_six):
    # The primary navigation (its nested <nav>s included) ends where the table of contents begins.
    html = (site_dir / page).read_text(encoding="utf-8")
    nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("md-sidebar--secondary", 1)[
        0
    ]
    regions = list(dict.fromkeys(re.findall(r'href="(?:\.\./)?regions/([a-z-]+)/"', nav)))
    assert len(regions) == 16
    assert regions[:6] == first_six


@pytest.mark.parametrize(
    "page", ["calculator/index.html", "ru/calculator/index.html", "embed/calculator/index.html"]
)
def test_the_calculator_starts_its_worker_from_one_early_script(site_dir, page):
    """Once: two would start two runtimes. First in <head> on the site's pages (postprocess.py),
    before any stylesheet it would otherwise wait for; in the small widget page it stays put."""
    html = (site_dir / page).read_text(encoding="utf-8")
    scripts = re.findall(r"<script data-worker=", html)
    assert len(scripts) == 1
    if not page.startswith("embed/"):
        head = html[html.index("<head>") + len("<head>") :]
        assert head.lstrip().startswith("<script data-worker=")


@pytest.mark.parametrize(
    "page",
    [
        "calculator/index.html",
        "ru/calculator/index.html",
        "answer/index.html",
        "ru/answer/index.html",
    ],
)
def test_the_pages_that_start_the_rules_early_leave_materials_script_for_their_own_to_start(
    site_dir, page
):
    """Inert (it must not run before the rules have answered on a repeat visit: calculator.js
    or the answer page's main.mjs starts it), once, and naming Material's file that is there;
    every other page runs it as Material wrote it."""
    html = (site_dir / page).read_text(encoding="utf-8")
    inert = re.findall(
        r'<script type="text/plain" data-material-bundle data-src="([^"]+)"></script>', html
    )
    assert len(inert) == 1
    assert not re.search(r'<script src="[^"]*javascripts/bundle\.', html)
    assert (site_dir / page).parent.joinpath(inert[0]).resolve().is_file()


@pytest.mark.parametrize(
    "page", ["index.html", "ru/index.html", "fees/index.html", "ru/compare/index.html"]
)
def test_other_pages_run_materials_script_at_once(site_dir, page):
    html = (site_dir / page).read_text(encoding="utf-8")
    assert (
        len(
            re.findall(r'<script src="[^"]*javascripts/bundle\.[0-9a-f]+\.min\.js"></script>', html)
        )
        == 1
    )
    assert "data-material-bundle" not in html


def test_every_page_has_an_icon_of_its_own(site_dir):
    """Without <link rel="icon"> a browser asks for /favicon.ico, which the site does not have: a
    404 on a widget's first load (review3, defect 7). That each icon exists is the link test's."""
    assert [url_of(site_dir, p) for p in pages(site_dir) if not parse(p).icons] == []


def _site_names(root: Path) -> dict[str, str]:
    import yaml

    return yaml.safe_load((root / "data" / "strings" / "files.yaml").read_text(encoding="utf-8"))[
        "site_name"
    ]


def test_every_page_title_ends_with_the_site_name(site_dir, root):
    """docs/dev/language.md: a page title is «… — Жер актілері» / «… — Земельные акты», the
    404 and offline pages too; a home page is titled by its heading and the site name. A widget's
    title is not a page's: the host page's frame names it."""
    names = _site_names(root)
    files = [p for p in pages(site_dir) if "embed" not in p.relative_to(site_dir).parts]
    files += [site_dir / f for f in ("404.html", "ru/404.html", "offline.html", "ru/offline.html")]
    wrong = []
    for path in files:
        lang = "ru" if path.relative_to(site_dir).parts[0] == "ru" else "kk"
        title = parse(path).title
        if not title.endswith(f" \u2014 {names[lang]}") or title == f" \u2014 {names[lang]}":
            wrong.append(f"{path.relative_to(site_dir)}: {title!r}")
    assert wrong == []


@pytest.mark.parametrize("name", ["404.html", "ru/404.html", "offline.html", "ru/offline.html"])
def test_a_page_of_no_address_offers_no_next_page(site_dir, name):
    """The 404 and offline pages are made from the home page, whose footer leads on to the next
    page of the menu: from a missing address there is no "next" (review3, kk 14 / ru 16)."""
    assert parse(site_dir / name).next_links == []
