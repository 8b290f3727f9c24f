"""The one data model: ordered, queried by name, and data/strings/ read once per build."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

import generator.core.yamlio as yamlio
from generator.core.errors import DataError
from generator.files.forms import form_files
from generator.files.opendata import open_data_files
from generator.files.vcard import entry_vcards
from generator.load import schema
from generator.load.bundle import build_bundle
from generator.load.site_data import SiteData, load_site
from generator.pages.plan import navigation, plan, plan_widgets

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "data"


@pytest.fixture(scope="module")
def site() -> SiteData:
    return load_site(DATA)


def test_standards_come_in_the_acts_order(site):
    # The act approves four standards, numbered 1 to 4 (data/source, the four "стандарты" titles).
    assert [s["number"] for s in site.standards] == [1, 2, 3, 4]
    assert site.standard(3) is site.standards[2]


def test_directories_are_found_by_name(site):
    # data/directories/ holds the four appendices' files; the names are the files' stems.
    assert set(site.directories) == {
        "akimat_offices",
        "authorized_bodies",
        "service_centres",
        "specialized_enterprises",
    }
    assert site.directory("service_centres") is site.directories["service_centres"]


def test_entries_in_a_region_are_that_regions_only(site):
    entries = list(site.entries_in("akmola", "authorized_bodies"))
    assert entries and {e["region"] for e in entries} == {"akmola"}
    every = list(site.entries_in("akmola"))
    assert len(every) > len(entries)


def test_regions_keep_the_acts_order_and_are_found_by_id(site):
    # The act lists the oblasts А–Я in Russian and ends with the two cities (appendix 2).
    assert site.regions[0]["id"] == "akmola"
    assert [r["id"] for r in site.regions[-2:]] == ["almaty-city", "astana"]
    assert site.region("akmola")["name"]["ru"] == "Акмолинская область"


def test_the_mci_table_runs_oldest_first(site):
    starts = [str(row["from"]) for row in site.mci]
    assert starts == sorted(starts) and len(starts) > 1


def test_strings_hold_every_file_of_data_strings(site):
    # office_name_centre is in calculator.yaml, not_found_title in pages.yaml: both are in the one
    # catalogue, and the rules' own part stays apart for the bundle.
    assert site.ui("ru").not_found_title == site.strings["not_found_title"]["ru"]
    assert "office_name_centre" in site.calculator_strings
    assert "not_found_title" not in site.calculator_strings


def test_a_key_in_two_string_files_stops_the_load(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "strings" / "zz.yaml").write_text(
        "not_found_title:\n  kk: бір\n  ru: два\n", encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"zz\.yaml: string 'not_found_title' is already defined"):
        load_site(data)


def test_the_model_cannot_be_changed(site):
    with pytest.raises(AttributeError):
        site.act = {}


def test_data_strings_is_read_once_per_build(monkeypatch):
    """Loading reads each file of data/strings/ once; making every page, file and the bundle
    afterwards reads none of them again."""
    reads: list[Path] = []
    real = yamlio.load_yaml

    def counting(path, *args, **kwargs):
        reads.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(schema, "load_yaml", counting)
    site = load_site(DATA)
    strings = sorted((DATA / "strings").glob("*.yaml"))
    assert sorted(p for p in reads if p.parent.name == "strings") == strings

    def refusing(real):
        def read(self, *args, **kwargs):
            if "strings" in Path(self).parts:
                raise AssertionError(f"{self} read again after load_site")
            return real(self, *args, **kwargs)

        return read

    for method in ("read_bytes", "read_text", "open"):
        monkeypatch.setattr(Path, method, refusing(getattr(Path, method)))
    pages = plan(site)
    navigation(pages, site.strings)
    plan_widgets(site)
    entry_vcards(site)
    form_files(site)
    open_data_files(site, build_bundle(site))


def test_the_status_line_fills_the_acts_facts_into_its_string(site):
    # The line as it was typed by hand before it became a string with placeholders (the dates and
    # numbers read off data/source line 9 and the editorial notes), with no-break spaces after №.
    kk = (
        "ҚР Үкіметінің 2010 жылғы 17 ақпандағы № 102 қаулысының (2010 жылғы № 745, 2011 жылғы "
        "№ 545 және № 1429 қаулыларымен енгізілген өзгерістерімен) күші 2012 жылғы 1 қарашадағы "
        "№ 1392 қаулысымен жойылды. "
    )
    ru = (
        "Постановление Правительства РК от 17 февраля 2010 года № 102 (с изменениями, внесенными "
        "постановлениями 2010 года № 745, 2011 года № 545 и № 1429) утратило силу постановлением "
        "от 1 ноября 2012 года № 1392. "
    )
    assert site.status_line("kk").startswith(kk.replace("№ ", "№\u00a0"))
    assert site.status_line("ru").startswith(ru.replace("№ ", "№\u00a0"))


def test_the_status_line_follows_the_amendments_data(site):
    # Without № 745 of 2010 the list starts at 2011 and names the year once.
    later = tuple(a for a in site.amendments if a["act"]["number"] != 745)
    line = dataclasses.replace(site, amendments=later).status_line("ru")
    assert "постановлениями 2011 года №\u00a0545 и №\u00a01429)" in line
    only_one = tuple(a for a in later if a["act"]["number"] != 545)
    with pytest.raises(DataError, match="amendments.yaml lists 1"):
        dataclasses.replace(site, amendments=only_one).status_line("kk")
