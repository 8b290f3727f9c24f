"""Shared fixtures: the project root, the built site served by a real HTTP server, Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.dev.chromium import CHROMIUM
from generator.load.bundle import build_bundle
from generator.load.site_data import SiteData, load_site
from tests.browsertools import (
    CHROMIUM_ARGS,
    SharedTab,
    forget_saved_entries,
    guarded_context,
    guarded_page,
    watched_page,
)
from tests.datatools import validated_data

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data() -> dict:
    """data/*.yaml, each checked against its schema."""
    return validated_data()


@pytest.fixture(scope="session")
def site() -> SiteData:
    """data/ as the build reads it: one typed object."""
    return load_site(ROOT / "data")


@pytest.fixture(scope="session")
def bundle(site: SiteData) -> dict:
    """What the calculator reads (bundle.json), built from data/ as the build does."""
    return build_bundle(site)


@pytest.fixture(scope="session")
def site_dir() -> Path:
    site = ROOT / "site"
    if not (site / "index.html").exists():
        pytest.fail("site/ is not built: run `make test` (it builds the site first)")
    return site


# The site is served where it was built for (make test builds it with SITE_URL set): the language
# switch links are absolute (built from site_url), so another port would be another host.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
NGINX = "/usr/sbin/nginx"
# Debian's libnginx-mod-http-brotli-static (a production nginx loads it from modules-enabled/).
BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"


def _wait_until_up(url: str, process=None) -> None:
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/", timeout=1)
            return
        except OSError:
            if process is not None and process.poll() is not None:
                pytest.fail(f"nginx did not start: {process.stdout.read().decode()}")
            time.sleep(0.05)
    pytest.fail(f"{url} did not answer")


def _static(site_dir: Path, host: str, port: int):
    from generator.dev.serve import make_server

    try:
        server = make_server(site_dir, host, port)
    except OSError as error:
        pytest.fail(f"cannot serve on {host}:{port} ({error}); is `make serve` running?")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop():
        server.shutdown()
        server.server_close()  # frees the port for nginx

    return stop


# The shipped server's plain-HTTP block only redirects to HTTPS; the tests serve over loopback
# HTTP (a secure context for the service worker), so it and the TLS lines go.
_REDIRECT_SERVER = re.compile(r"server \{[^{}]*return 301 https://[^{}]*\}\n*")
_TLS_LINES = re.compile(r"^\s*(?:listen \[::\]:\d+.*|ssl_certificate.*)\n", re.M)


def adapt_nginx(conf_dir: Path, htdocs: Path, host: str, port: int, out: Path) -> Path:
    """The nginx files of ``conf_dir`` (deploy/nginx/ or a release's nginx/) as the tests run
    them: only what is machine-specific changes (listen, TLS, the document root, the folder of
    the includes). Returns the server file to include."""
    out.mkdir(parents=True, exist_ok=True)
    for source in conf_dir.glob("*.conf"):
        text = (
            source.read_text(encoding="utf-8")
            .replace("/etc/nginx/zher-aktileri/", f"{out}/")
            .replace("root /srv/zher-aktileri/htdocs;", f"root {htdocs};")
        )
        if source.name == "zher-aktileri.conf":
            text = _TLS_LINES.sub("", _REDIRECT_SERVER.sub("", text, count=1))
            text, count = re.subn(r"listen 443 ssl;", f"listen {host}:{port};", text)
            assert count == 1, "zher-aktileri.conf no longer has one `listen 443 ssl;`"
        (out / source.name).write_text(text, encoding="utf-8")
    return out / "zher-aktileri.conf"


def _nginx(
    site_dir: Path, host: str, port: int, tmp: Path, conf_dir: Path | None = None, base: str = "/"
):
    """The shipped deploy/nginx configuration (or a release's), run by Debian's nginx with the
    site's document root ``site_dir`` and the site at ``base`` under it."""
    for needed in (NGINX, BROTLI_MODULE):
        if not Path(needed).exists():
            pytest.fail(
                f"{needed} missing: `make setup` installs Debian's nginx and its Brotli module"
            )
    server = adapt_nginx(conf_dir or ROOT / "deploy" / "nginx", site_dir, host, port, tmp / "conf")
    temp_paths = "\n".join(
        f"    {name}_temp_path {tmp}/{name};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp / "nginx.conf").write_text(
        f"""
load_module {BROTLI_MODULE};
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temp_paths}
    include {server};
}}
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(f"http://{host}:{port}{base.rstrip('/')}", process)
    except BaseException:  # pytest.fail: no nginx left holding the port for the next run
        process.terminate()
        raise

    def stop():
        process.terminate()
        process.wait(timeout=10)

    return stop


# Under pytest-xdist (`make test` runs two workers) the controller serves site/ on SITE_URL's port
# for all of them, named here for the workers it starts; a single process serves it itself.
SHARED_SERVER = "ZHER_AKTILERI_SERVED"
# Where each served site's files are (the nginx tests serve a copy: see `served`).
SERVED_DIRS: dict[str, Path] = {}


def _site_is_built() -> bool:
    return (ROOT / "site" / "index.html").exists()


def pytest_configure(config):
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    if not _site_is_built():
        return  # each test then fails with site_dir's message
    url = urlsplit(SITE_URL)
    from generator.dev.serve import make_server

    try:
        server = make_server(ROOT / "site", url.hostname, url.port)
    except OSError:
        return  # the workers try the port themselves and fail with _static's message
    threading.Thread(target=server.serve_forever, daemon=True).start()
    config.stash[_SHARED_STOP] = server
    os.environ[SHARED_SERVER] = SITE_URL


_SHARED_STOP = pytest.StashKey()


def pytest_unconfigure(config):
    server = config.stash.get(_SHARED_STOP, None)
    if server is not None:
        server.shutdown()
        server.server_close()


def _readable_copy(site_dir: Path) -> Path:
    """site/ copied where nginx's workers (user nobody) can read it, unlike pytest's temporary
    folders: tests under nginx may change files (a rebuild, an unreadable page) without another
    worker's test seeing it."""
    copy = Path(tempfile.mkdtemp(prefix="zher-nginx-"))
    copy.chmod(0o755)
    shutil.copytree(site_dir, copy / "site")
    return copy / "site"


@pytest.fixture(scope="session")
def served(request, site_dir: Path, tmp_path_factory) -> str:
    """The built site behind the project's static server, on SITE_URL's port. A test that
    depends on the production configuration (its headers, types, compression, CSP, error pages,
    caching) asks for nginx: ``@pytest.mark.parametrize("served", ["nginx"], indirect=True)``.
    nginx serves a copy of site/ on a port of its own, the next one for each xdist worker (the
    site's absolute links, built for SITE_URL, name only pages opened in a new tab and the
    canonical address)."""
    url = urlsplit(SITE_URL)
    if getattr(request, "param", "static") == "static":
        base = f"http://{url.hostname}:{url.port}"
        SERVED_DIRS[base] = site_dir
        if os.environ.get(SHARED_SERVER) == SITE_URL:
            yield base
            return
        stop = _static(site_dir, url.hostname, url.port)
    else:
        port = url.port + 1 + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:])
        base = f"http://{url.hostname}:{port}"
        copy = _readable_copy(site_dir)
        SERVED_DIRS[base] = copy
        stop = _nginx(copy, url.hostname, port, tmp_path_factory.mktemp("nginx"))
    yield base
    stop()
    if base in SERVED_DIRS and SERVED_DIRS[base] != site_dir:
        shutil.rmtree(SERVED_DIRS.pop(base).parent, ignore_errors=True)


@pytest.fixture
def served_site(served) -> Path:
    """The folder the server of ``served`` reads (a test may change it, then must restore it)."""
    return SERVED_DIRS[served]


def pytest_collection_modifyitems(items):
    """The markers of the fast loop, from what a test uses: ``browser`` (it starts Chromium),
    ``nginx`` (it asks for the site under nginx)."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("served") == "nginx":
            item.add_marker(pytest.mark.nginx)


# Debian's Chromium driven by Playwright, one for the whole session (browser and deploy tests
# alike: a second sync Playwright cannot start while the first runs).


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} missing: `make setup` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def visitor(browser, served, tmp_path_factory):
    """One guarded browser context for a whole test file, for the files that set
    ``ONE_VISITOR = True``: one person opening page after page, so the runtime that the service
    worker keeps is started as on a repeat visit (a first visit's paths are test_loading.py's).
    Its profile is kept on disk, as a returning visitor's browser keeps it (returning_visitor)."""
    profile = tmp_path_factory.mktemp("visitor-profile")
    with guarded_context(browser, served, profile) as (context, foreign):
        yield context, foreign


@pytest.fixture
def fresh_page(browser, served):
    """A page in a fresh guarded context, also in a ONE_VISITOR file: for a test that holds a
    request back with page.route (a service worker a visitor already has would answer it)."""
    with guarded_page(browser, served) as (page, foreign, errors):
        yield page
    assert not foreign, f"requests to other hosts: {foreign}"
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture(scope="module")
def visitor_tab(visitor):
    """The one visitor's tab, which the file's tests take in turn (SharedTab)."""
    tab = SharedTab(visitor[0], watched_page)
    yield tab
    tab.close()


@pytest.fixture
def own_tab(visitor):
    """A tab of the file's one visitor for this test alone: for a test that adds an init script,
    which a tab keeps for every page after it."""
    context, foreign = visitor
    before = len(foreign)
    page, errors = watched_page(context)
    yield page
    forget_saved_entries(page)
    page.close()
    assert not foreign[before:], f"requests to other hosts: {foreign[before:]}"
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture
def page(request, browser):
    """A page whose every request is checked against the local server's origin and whose
    scripts may not fail: in a fresh context (fresh_page), or the tab of the file's one visitor
    (ONE_VISITOR, visitor_tab). It names ``browser`` itself: the context fixtures are asked for
    by name at run time, which the ``browser`` marker (pytest_collection_modifyitems) cannot see."""
    if not getattr(request.module, "ONE_VISITOR", False):
        yield request.getfixturevalue("fresh_page")
        return
    _, foreign = request.getfixturevalue("visitor")
    with request.getfixturevalue("visitor_tab").turn() as (page, (errors,)):
        before = len(foreign)
        yield page
    assert not foreign[before:], f"requests to other hosts: {foreign[before:]}"
    assert not errors, f"JavaScript errors: {errors}"
