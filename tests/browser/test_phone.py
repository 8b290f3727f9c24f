"""Every page type in both languages on a 360 px phone: nothing wider than the screen, the page's
own content on the first screen, no English or other-language words, no failed request, no
serious axe-core finding in the phone's layout (test_accessibility.py runs axe on the wide one); and
what a phone reader relies on: the language switch keeps the page state, forms keep their
entries, the printed application is the form alone, the 404 page speaks the reader's language."""

from __future__ import annotations

import re

import pytest

from tests.browsertools import SharedTab, axe_findings, guarded_context

PHONE = {"width": 360, "height": 740}
PAGES = [
    "",
    "standards/temporary-paid-use/",
    "checklists/private-ownership/",
    "fees/",
    "indicators/",
    "calculator/",
    "forms/",
    "forms/permanent-use-application/",
    "forms/temporary-free-use-receipt/",
    "regions/",
    "regions/east-kazakhstan/",
    "embedding/",
    "about/",
    "404.html",
]
KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# Function words of Russian sentences that Kazakh never uses alone ("не" and "от" are Kazakh too).
RUSSIAN_WORDS = re.compile(r"(?<![\w-])(и|в|на|для|по|или|что|при|если|до|со)(?![\w-])")
# Latin words a page may show: file types and formats named as such, the widget's HTML snippets
# (in <code>, left out), e-mail addresses and web sites of the directory (left out below).
LATIN_ALLOWED = {
    "vCard",
    "docx",
    "CSV",
    "JSON",
    "iCalendar",
    "UTF",
    "BOM",
    "Excel",
    "SHA",
    "JavaScript",
    "ics",
    "vcf",
    "csv",
    "json",
    "txt",  # the official text, linked on the about page by its kind «(қазақ тілінде, .txt)»
}

# The page's own text as a reader sees it: visible, outside the site header, menu and footer, and
# outside whatever is marked as another language (the other edition's name in the switcher,
# a quotation of the Kazakh source) and the about page's reports, which quote the source's
# contacts as printed.
VISIBLE_TEXT = """(lang) => {
  const skip = (el) => el.closest('header, nav, footer, .md-sidebar, code, pre, [hidden], script, style, table.report')
    || (el.closest('[lang]') && el.closest('[lang]').lang !== lang);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!el || skip(el) || !el.checkVisibility()) continue;
    out.push(node.textContent);
  }
  return out.join(' ');
}"""


@pytest.fixture(scope="module")
def phone_visitor(browser, served, tmp_path_factory):
    """One phone for the file, keeping its profile as a phone does (returning_visitor): the pages
    after the first find the site's scripts and styles as a returning reader's phone has them.
    Yields the context and the list of requests to other hosts (guarded_context)."""
    with guarded_context(
        browser,
        served,
        tmp_path_factory.mktemp("phone-profile"),
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    ) as (context, foreign):
        yield context, foreign


def open_phone_tab(context):
    """A tab of the phone that records every failed request and every script error."""
    page = context.new_page()
    failed: list[str] = []
    errors: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    # A request cut short because the test moved on (net::ERR_ABORTED) is not a failure.
    page.on(
        "requestfailed",
        lambda r: (
            None
            if "ERR_ABORTED" in (r.failure or "")
            else failed.append(f"failed {r.url} {r.failure}")
        ),
    )
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, failed, errors


@pytest.fixture(scope="module")
def phone_tab(phone_visitor):
    """The phone's one tab, which the file's tests take in turn (SharedTab)."""
    tab = SharedTab(phone_visitor[0], open_phone_tab)
    yield tab
    tab.close()


@pytest.fixture
def phone(phone_visitor, phone_tab):
    """A 360 px phone page that records every failed request and every request to another
    host."""
    _, foreign = phone_visitor
    with phone_tab.turn() as (page, (failed, errors)):
        before = len(foreign)
        yield page
    failed = failed + foreign[before:]
    assert not failed, failed
    assert not errors, errors


def url(served: str, lang: str, path: str) -> str:
    return f"{served}/{'ru/' if lang == 'ru' else ''}{path}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("path", PAGES)
def test_page_fits_a_phone_and_speaks_one_language(phone, served, lang, path):
    phone.goto(url(served, lang, path))  # waits for `load`: the page, its styles and scripts
    # Measured in its own fonts, as a reader sees it (an event, not half a second of quiet).
    phone.evaluate("document.fonts.ready.then(() => true)")
    assert phone.evaluate("document.documentElement.lang") == lang
    # Nothing wider than the screen, and no box inside the page that scrolls sideways unseen:
    # one that does carries the edge shadow (site.css .scrolls-sideways).
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    unseen = phone.evaluate("""() => [...document.querySelectorAll('article *')].filter(el => {
        const style = getComputedStyle(el);
        return ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1
            && !(el.classList.contains('scrolls-sideways') && style.boxShadow !== 'none');
    }).map(el => el.tagName + '.' + el.className)""")
    assert unseen == []
    # The first screen shows the title and the start of the page's own content below the status line.
    first = phone.evaluate("""() => {
        const article = document.querySelector('article');
        const own = [...article.children].find(el => el.matches('p, ul, ol, table, form, section, div:not(.legal-status), h2, dl')
            && !el.closest('.legal-status') && el.getBoundingClientRect().height > 0);
        return own && own.getBoundingClientRect().top;
    }""")
    assert first is not None and first < PHONE["height"] - 60, first
    text = phone.evaluate(VISIBLE_TEXT, lang)
    if lang == "ru":
        assert not KAZAKH_ONLY.findall(text), KAZAKH_ONLY.findall(text)[:10]
    else:
        assert not RUSSIAN_WORDS.findall(text), RUSSIAN_WORDS.findall(text)[:10]
    # E-mail addresses and web sites of the directory are shown as printed.
    # File names of the downloads and the embed snippet's attributes are named as they are.
    words = re.sub(
        r"\S*(@|www\.|://)\S*|\S+\.(kz|ru|com|net|org|csv|json|vcf|ics|docx|txt|zip)\b\S*|\bdata-[a-z-]+",
        " ",
        text,
    )
    latin = set(re.findall(r"[A-Za-z]{2,}", words))
    assert latin <= LATIN_ALLOWED, latin - LATIN_ALLOWED
    # The heading links' tooltip in the page's language.
    titles = set(phone.eval_on_selector_all("a.headerlink", "links => links.map(a => a.title)"))
    assert titles <= {"kk": {"Тұрақты сілтеме"}, "ru": {"Постоянная ссылка"}}[lang]
    # The phone's layout (the drawer, the folded tables) to the assistive technologies.
    assert axe_findings(phone) == []


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_legal_status_is_one_line_and_printed_in_full(phone, served, lang):
    phone.goto(url(served, lang, "fees/"))
    summary = phone.locator("details.legal-status > summary")
    assert summary.bounding_box()["height"] < 40  # one line of the box, not the 200 px of before
    full = phone.locator("details.legal-status > p")
    assert not full.is_visible()
    summary.click()
    assert full.is_visible()
    summary.click()
    phone.emulate_media(media="print")
    assert "1392" in phone.locator("details.legal-status").inner_text()


@pytest.mark.parametrize("lang, other", [("kk", "ru"), ("ru", "kk")])
def test_language_switch_keeps_checklist_choice_and_query(phone, served, lang, other):
    phone.goto(url(served, lang, "checklists/temporary-paid-use/#duplicate--individual--1"))
    phone.locator(".md-select > button").first.click()
    phone.locator(f"a.md-select__link[hreflang='{other}']").click()
    phone.wait_for_url(re.compile(r"#duplicate--individual--1$"))
    assert phone.evaluate("document.documentElement.lang") == other
    assert phone.locator("section#duplicate--individual--1").is_visible()
    phone.goto(url(served, lang, "regions/akmola/?filter=1#authorized-bodies"))
    phone.locator(".md-select > button").first.click()
    phone.locator(f"a.md-select__link[hreflang='{other}']").click()
    phone.wait_for_url(re.compile(r"/regions/akmola/\?filter=1#authorized-bodies$"))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_application_keeps_entries_wraps_and_prints_alone(phone, served, lang):
    page_url = url(served, lang, "forms/private-ownership-application/")
    phone.goto(page_url)
    long_entry = "Қостанай облысы, Қостанай қаласы, Әл-Фараби даңғылы, 115-үй, 27-пәтер, " * 2
    field = phone.locator("textarea#form-purpose")
    field.fill(long_entry)
    phone.reload()
    assert phone.locator("textarea#form-purpose").input_value() == long_entry
    # The long entry wraps: the field grew instead of cutting the text.
    assert phone.locator("textarea#form-purpose").evaluate(
        "el => el.scrollHeight <= el.clientHeight + 2"
    )
    assert phone.locator("textarea#form-purpose").bounding_box()["height"] > 40
    phone.emulate_media(media="print")
    assert not phone.locator("article h1").is_visible()
    assert not phone.locator(".form-tools").first.is_visible()
    assert not phone.locator("details.legal-status").is_visible()
    assert phone.locator("form.official-form").is_visible()
    phone.emulate_media(media="screen")
    phone.once("dialog", lambda dialog: dialog.accept())  # clearing asks first
    phone.locator("[data-clear]").click()
    phone.reload()
    assert phone.locator("textarea#form-purpose").input_value() == ""


@pytest.mark.parametrize("lang, title", [("kk", "Бет табылмады"), ("ru", "Страница не найдена")])
def test_each_edition_has_its_404_page(phone, served, lang, title):
    phone.goto(url(served, lang, "404.html"))
    assert phone.locator("article h1").inner_text() == title
    assert phone.evaluate("document.documentElement.lang") == lang
    phone.locator("article a").first.click()
    phone.wait_for_url(url(served, lang, ""))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_standard_reads_in_parallel_clause_by_clause(phone, served, lang):
    other = "ru" if lang == "kk" else "kk"
    phone.goto(url(served, lang, "standards/private-ownership/"))
    wrap = phone.locator(".parallel[data-clause='clause-11']")
    own = wrap.locator(".parallel__own")
    assert own.is_visible()
    wrap.locator(".parallel__toggle").click()
    other_text = wrap.locator(f".parallel__other[lang='{other}']")
    other_text.wait_for()
    # On a phone the clause shows in the other language in its place.
    assert not own.is_visible()
    if other == "kk":
        assert KAZAKH_ONLY.search(other_text.inner_text())
    else:
        assert not KAZAKH_ONLY.search(other_text.inner_text()) and RUSSIAN_WORDS.search(
            other_text.inner_text()
        )
    wrap.locator(".parallel__toggle").click()
    assert own.is_visible() and not other_text.is_visible()


def test_parallel_reading_is_side_by_side_on_a_wide_screen(page, served):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{served}/ru/standards/permanent-use/")
    page.locator("[data-parallel] button").click()
    wrap = page.locator(".parallel[data-clause='clause-3']")
    wrap.locator(".parallel__other[lang='kk']").wait_for()
    mine, theirs = (
        wrap.locator(".parallel__own").bounding_box(),
        wrap.locator(".parallel__other").bounding_box(),
    )
    assert theirs["x"] > mine["x"] + mine["width"] - 1 and abs(theirs["y"] - mine["y"]) < 2


@pytest.mark.parametrize("served", ["nginx"], indirect=True)
def test_a_missing_russian_address_gets_the_russian_404_page(page, served):
    """The shipped nginx configuration answers /ru/… with /ru/404.html (the project's static
    server does the same: tests/generator/dev/test_serve.py)."""
    response = page.goto(f"{served}/ru/no-such-page/")
    assert response.status == 404
    assert page.evaluate("document.documentElement.lang") == "ru"
    assert page.locator("article h1").inner_text() == "Страница не найдена"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_without_script_no_page_scrolls_sideways(browser, served, lang):
    """The header without Material's script (script off, or the moment before Material starts on
    a repeat visit): its language list, centred under a button near the right edge, ran 24 px
    past a 360 px screen on every page (scrollWidth 384) until it was aligned to the button."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    wide = {}
    for path in PAGES:
        page.goto(url(served, lang, path))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = width
    context.close()
    assert wide == {}
