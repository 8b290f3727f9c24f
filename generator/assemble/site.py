"""Build the static site: data → pages → MkDocs → site/, swapped in only when everything worked.

MkDocs is run as a command (``python -m mkdocs build``), not imported, so the generator depends on
nothing of MkDocs but its configuration file and the Markdown it reads.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import yaml

from generator.assemble.address import normalise
from generator.assemble.compress import pack_ahead, precompress
from generator.assemble.postprocess import fix_site
from generator.assemble.runtime import run, stage_runtime
from generator.assemble.service_worker import write_service_worker
from generator.core.source import source_info
from generator.files.forms import form_files
from generator.files.opendata import listing, open_data_files
from generator.files.vcard import entry_vcards
from generator.load.bundle import build_bundle
from generator.load.site_data import SiteData, load_site
from generator.pages.page import Page
from generator.pages.plan import navigation, plan
from generator.pages.render import render_all, render_widgets, write_pages


def _mkdocs_config(root: Path) -> dict:
    """mkdocs.yml as MkDocs reads it for what the build needs (``!ENV [SITE_URL, default]``;
    Python tags of Markdown extensions left out)."""

    class Loader(yaml.SafeLoader):
        pass

    def env(loader: yaml.SafeLoader, node: yaml.Node) -> str:
        *names, default = loader.construct_sequence(node)
        return next((os.environ[n] for n in names if n in os.environ), default)

    Loader.add_constructor("!ENV", env)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader)


def site_url(root: Path) -> str:
    """The site's address: SITE_URL, else mkdocs.yml's development default, normalised
    (generator/assemble/address.py); AddressError when it cannot be used."""
    return normalise(_mkdocs_config(root)["site_url"])


def plugins_with_navigation(root: Path, ru_nav: list, translations: dict[str, str]) -> list:
    """mkdocs.yml's plugins with the Russian edition's own nav (regions in Russian order) and the
    short menu titles added to its nav_translations (an inheriting file replaces a list whole, so
    the whole list is written again)."""
    plugins = _mkdocs_config(root)["plugins"]
    for plugin in plugins:
        for language in (
            (plugin.get("i18n") or {}).get("languages", []) if isinstance(plugin, dict) else ()
        ):
            if language["locale"] == "ru":
                language["nav"] = ru_nav
                language["nav_translations"] = translations
    return plugins


def generated_content(
    site: SiteData, build: dict, downloads: dict[str, bytes]
) -> dict[str, str | bytes]:
    """Every file the generator writes under docs/: pages, vCards, open data, .docx forms."""
    return render_all(site, build) | entry_vcards(site) | downloads | form_files(site)


def source_download(data_dir: Path) -> tuple[dict, dict[str, bytes]]:
    """The official text as the about page describes it, with the address it ships at (beside
    the forms, so its sources table links a file, not a repository path), and that file. The
    language plugin would take the ".kk" of its name for a language and drop it."""
    source = source_info(data_dir)
    path = "downloads/" + source["name"].replace(".kk.", "-kk.")
    return {**source, "path": path}, {path: (data_dir / "source" / source["name"]).read_bytes()}


def build_site(root: Path, url: str | None = None) -> Path:
    """Validate and render first; only a complete MkDocs build replaces site/.

    ``url``: the address to build for (a deploy build passes the checked public one); by
    default SITE_URL or mkdocs.yml's development address.
    """
    root = Path(root)
    url = normalise(url) if url else site_url(root)
    data = load_site(root / "data")  # raises DataError before any side effect
    source, official = source_download(root / "data")  # likewise for an edited official text
    bundle = build_bundle(data)
    runtime = stage_runtime(root, bundle)
    # The runtime's files are most of the packing; they are final now, the pages are not.
    assets = root / "docs" / "assets"
    packing = pack_ahead(
        (
            path
            for folder in [*assets.glob("pyodide-*"), *assets.glob("runtime-*")]
            for path in folder.rglob("*")
            if path.is_file()
        ),
        root / "build" / "compressed",
    )
    downloads = open_data_files(data, bundle)
    build = {
        "runtime": runtime,
        "site_url": url,
        "downloads": listing(downloads),
        "source": source,
    }
    write_pages(root / "docs", generated_content(data, build, downloads | official))
    # The hand-written mkdocs.yml plus the navigation of the pages this data makes.
    config = root / "build" / "mkdocs.yml"
    navs, nav_translations = navigation(plan(data) + [Page("about", "about.md.j2")], data.strings)
    # Paths in an inheriting file are relative to it, so the folders are named again from build/.
    config.write_text(
        yaml.safe_dump(
            {
                "INHERIT": "../mkdocs.yml",
                # The normalised address, not SITE_URL as typed (MkDocs would keep a missing slash).
                "site_url": url,
                "docs_dir": "../docs",
                "site_dir": "../site",
                "theme": {"custom_dir": "../overrides"},
                "nav": navs["kk"],
                "plugins": plugins_with_navigation(root, navs["ru"], nav_translations),
            },
            allow_unicode=True,
            sort_keys=False,
        ),
        encoding="utf-8",
    )
    staging = root / "build" / "site.new"
    shutil.rmtree(staging, ignore_errors=True)
    run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--quiet",
            "-f",
            str(config),
            "-d",
            str(staging),
        ],
        "mkdocs build (site/ left as it was)",
        cwd=root,
    )
    offline = fix_site(staging, url, data)
    for rel, html in render_widgets(data, runtime, url).items():
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_text(html, encoding="utf-8")
    write_service_worker(staging, runtime, offline)
    packing.shutdown()
    precompress(staging, root / "build" / "compressed")
    site = root / "site"
    old = root / "build" / "site.old"
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        os.rename(site, old)
    os.rename(staging, site)
    shutil.rmtree(old, ignore_errors=True)
    return site
