"""The about page shows the data-quality report and the differences between the four copies of
the directory appendices, in both languages, from the generated reports."""

from __future__ import annotations

import pytest

from generator.load.site_data import load_site
from tests.datatools import ROOT, validated_data

DATA = validated_data()
UI = load_site(ROOT / "data").strings


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_about_page_shows_both_reports(site_dir, lang):
    html = (site_dir / ("ru" if lang == "ru" else "") / "about" / "index.html").read_text(
        encoding="utf-8"
    )
    quality, differences = DATA["quality"], DATA["differences"]
    assert f"{UI['corrections_made'][lang]}: {len(quality['corrections'])}" in html
    assert f"{UI['contacts_to_check'][lang]}: {len(quality['contacts'])}" in html
    substance = [d for d in differences if d["kind"] == "substance"]
    form = [d for d in differences if d["kind"] == "form"]
    assert (
        UI["about_differences_text"][lang].format(substance=len(substance), form=len(form)) in html
    )
    assert html.count("<tr><td>") >= len(substance)


def test_every_correction_is_in_the_quality_report():
    from generator.extract.corrections import load_corrections

    records = [
        (p.relative_to(ROOT).as_posix(), c.first, c.original)
        for p in sorted((ROOT / "data" / "corrections").rglob("*.yaml"))
        for c in load_corrections(p)
    ]
    reported = [(c["file"], c["lines"][0], c["original"]) for c in DATA["quality"]["corrections"]]
    assert sorted(records) == sorted(reported)
