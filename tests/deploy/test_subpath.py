"""A release for an address under a sub-path (SUBPATH_URL, /land/), served by the nginx
configuration it ships: every link stays under the sub-path, nothing names another address,
the 404 pages and their policy work, and the service worker keeps the calculator offline.
Issue 30: under /land/ the worker went `redundant`, the 404 pages' scripts were blocked and
128 of 130 pages carried the developer's http://127.0.0.1:8000/."""

from __future__ import annotations

import hashlib
import http.client
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from generator.assemble.csp import csp_conf
from tests.deploy.conftest import CHANGE, SUBPATH_URL

BASE = urlsplit(SUBPATH_URL).path  # /land/
LOAD_TIMEOUT = 120_000
# 3.2 × 1.2 × 1618 = 6 213,12 ₸ (legal entity, 7 ha, АЕК of 2012), worked by hand from appendix 7
# (as tests/browser/test_offline.py).
EXPECTED = "Сумма: 6\u00a0213,12\u00a0₸"
_LINK = re.compile(r'(?:href|src)="([^"]+)"')
_ADDRESS = re.compile(r"https?://[^\s\"'<>]+")


@pytest.fixture
def served(subpath_served):
    """The browser fixtures' server (tests/conftest.py): the sub-path release."""
    return subpath_served


def request(served: str, path: str, host: str | None = None):
    where = urlsplit(served)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    connection.request("GET", path, headers={"Host": host} if host else {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_address_the_site_writes_is_its_own(subpath_site: Path):
    """Canonical links, sitemap, search indexes, embed snippets, widget links: all the build's
    address with its path; none the development default, none the root of the host."""
    where = urlsplit(SUBPATH_URL)
    own_host = f"{where.scheme}://{where.netloc}"
    checked = 0
    for path in subpath_site.rglob("*"):
        if path.suffix not in (".html", ".xml", ".json", ".js", ".vcf", ".ics", ".csv"):
            continue
        for address in _ADDRESS.findall(path.read_text(encoding="utf-8", errors="replace")):
            if address.startswith(own_host):
                checked += 1
                assert address.startswith(SUBPATH_URL), (path, address)
            assert "127.0.0.1:8000" not in address, (path, address)
    # The 44 embed snippets alone name the address; canonical links one per page.
    assert checked > len(pages(subpath_site))


def test_site_relative_links_stay_under_the_sub_path(subpath_site: Path):
    for page in pages(subpath_site):
        rel = page.relative_to(subpath_site).as_posix()
        url = urljoin(SUBPATH_URL, rel)
        html = page.read_text(encoding="utf-8")
        base = re.search(r'<base href="([^"]+)">', html)
        if base:
            url = urljoin(url, base.group(1))
        for link in _LINK.findall(html):
            target = urljoin(url, link.replace("&amp;", "&"))
            if urlsplit(target).netloc == urlsplit(SUBPATH_URL).netloc:
                assert urlsplit(target).path.startswith(BASE), (rel, link)


@pytest.mark.parametrize(
    "path, lang", [("no-such-page/", "kk"), ("a/b/c", "kk"), ("ru/no-such-page/", "ru")]
)
def test_a_missing_page_gets_its_edition_404_with_working_links(
    subpath_served, subpath_site, path, lang
):
    response, body = request(subpath_served, BASE + path)
    assert response.status == 404
    html = body.decode("utf-8")
    assert f'<html lang="{lang}"' in html
    base = re.search(r'<base href="([^"]+)">', html).group(1)
    assert base == BASE + ("ru/" if lang == "ru" else "")
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    for link in _LINK.findall(html):
        target = urlsplit(urljoin(urljoin(SUBPATH_URL, base), link))
        if link.startswith("#"):
            assert link[1:] in ids, link  # the 404 page's own anchors only
            continue
        if target.netloc != urlsplit(SUBPATH_URL).netloc:
            continue
        assert target.path.startswith(BASE) and target.path != "//", link
        rel = target.path.removeprefix(BASE)
        file = subpath_site / (rel + "index.html" if rel.endswith("/") or not rel else rel)
        assert file.is_file(), (link, target.path)


def test_a_folder_without_a_page_is_the_site_404_not_nginx_403(subpath_served):
    response, body = request(subpath_served, BASE + "assets/")
    assert response.status == 404
    assert b'<base href="' + BASE.encode() + b'">' in body


def test_redirects_never_echo_the_host_header(subpath_served):
    for path, location in ((BASE + "calculator", BASE + "calculator/"), (BASE.rstrip("/"), BASE)):
        response, _ = request(subpath_served, path, host="attacker.example")
        assert response.status == 301, path
        assert response.getheader("Location") == location, path


def test_the_policy_does_not_depend_on_the_path(subpath_site: Path, site_dir: Path, root: Path):
    """The 404 and offline pages' scripts read <base>, so a root build (site/, the suite's) and
    this sub-path build need the same hashes: the shipped csp.conf is right for both."""
    assert csp_conf(subpath_site) == csp_conf(site_dir)
    assert (root / "deploy" / "nginx" / "csp.conf").read_text(encoding="utf-8") == csp_conf(
        subpath_site
    )


def test_the_release_ships_nginx_for_its_path(subpath_release: Path):
    site_conf = (subpath_release / "nginx" / "site.conf").read_text(encoding="utf-8")
    assert f"location {BASE} {{" in site_conf
    assert f"error_page 404 {BASE}ru/404.html;" in site_conf
    assert "location / {" not in site_conf
    server = (subpath_release / "nginx" / "zher-aktileri.conf").read_text(encoding="utf-8")
    assert f"server_name {urlsplit(SUBPATH_URL).hostname};" in server
    assert "server_name _;" not in server


def test_a_changed_script_renames_the_rules_folder_not_pyodide(subpath_site: Path, site_dir: Path):
    """The sub-path build's copy has one of the rules' scripts changed (tests/deploy/conftest.py),
    in another folder, for another address: the rules' folder gets a new name, Pyodide's keeps
    its own, and the memory snapshot is the very same bytes as the root build's."""

    def folder(site: Path, prefix: str) -> Path:
        (found,) = (site / "assets").glob(f"{prefix}-*")
        return found

    def digest(folder: Path) -> dict[str, str]:
        return {
            p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*")
            if p.is_file()
        }

    assert folder(subpath_site, "pyodide").name == folder(site_dir, "pyodide").name
    assert digest(folder(subpath_site, "pyodide")) == digest(folder(site_dir, "pyodide"))
    assert folder(subpath_site, "runtime").name != folder(site_dir, "runtime").name
    rules = {site: folder(site, "runtime") / "calculator" for site in (subpath_site, site_dir)}
    script = (rules[subpath_site] / "calculator.js").read_text("utf-8")
    assert script.endswith(CHANGE)
    snapshots = {site: (rules[site] / "snapshot.bin").read_bytes() for site in rules}
    assert snapshots[subpath_site] == snapshots[site_dir]


def calculate(page) -> None:
    form = page.locator("form[data-action=fee]")
    form.locator("[name=category][value=legal_entity]").check()
    form.locator("[name=area]").fill("7")
    form.locator("[name=paid_on]").fill("2012-03-15")
    form.locator("button[type=submit]").click()
    expect(form.locator(".calc-headline")).to_have_text(EXPECTED, timeout=LOAD_TIMEOUT)


CONTROLLED = """() => navigator.serviceWorker.controller ? true : new Promise((resolve) =>
  navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true)))"""
WORKER_STATE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  return [registration.scope, registration.active && registration.active.state];
}"""


def test_offline_copy_under_the_sub_path(page, served):
    """The calculator answers, the service worker activates with the sub-path as its scope,
    and with the network cut the calculator still answers and a page never kept gets the
    offline page in its language."""
    page.goto(f"{served}{BASE}ru/calculator/")
    calculate(page)
    page.evaluate(CONTROLLED)
    assert page.evaluate(WORKER_STATE) == [f"{served}{BASE}", "activated"]
    page.context.set_offline(True)
    try:
        page.reload()
        calculate(page)
        for path, lang, title in (
            ("ru/fees/", "ru", "Нет подключения к интернету"),
            ("regions/akmola/", "kk", "Интернет байланысы жоқ"),
        ):
            page.goto(f"{served}{BASE}{path}")
            assert page.locator("html").get_attribute("lang") == lang
            expect(page.locator("article h1")).to_have_text(title)
            link = page.locator("article a[href='calculator/']")
            assert (
                link.evaluate("a => a.href")
                == f"{served}{BASE}{'ru/' if lang == 'ru' else ''}calculator/"
            )
    finally:
        page.context.set_offline(False)


@pytest.mark.parametrize("path, lang", [("no-such/deep/page", "kk"), ("ru/no-such/", "ru")])
def test_404_pages_run_without_csp_errors(page, served, path, lang):
    """(The page fixture fails the test on any Content-Security-Policy console message.)"""
    response = page.goto(f"{served}{BASE}{path}")
    assert response.status == 404
    home = f"{served}{BASE}{'ru/' if lang == 'ru' else ''}"
    assert page.locator("a.md-header__button.md-logo").evaluate("a => a.href") == home
    # Material's script ran: its search box opens and finds pages under the sub-path.
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("аренда" if lang == "ru" else "жалға")
    box.press("End")
    first = page.locator(".md-search-result__link").first
    expect(first).to_be_visible(timeout=LOAD_TIMEOUT)
    assert urlsplit(first.evaluate("a => a.href")).path.startswith(BASE)


def test_the_language_switch_stays_under_the_sub_path(page, served):
    page.goto(f"{served}{BASE}ru/calculator/")
    hrefs = page.locator(".md-select a[hreflang]").evaluate_all("links => links.map(a => a.href)")
    assert f"{served}{BASE}calculator/" in hrefs
