"""Region order per language and the short menu titles (generator/pages/plan.py)."""

from __future__ import annotations

from generator.pages.plan import Page, by_language, navigation, plan
from generator.pages.strings import load_ui
from tests.datatools import KAZAKH_ONLY


def test_kazakh_region_list_follows_the_kazakh_alphabet(data):
    # Hand-sorted: а < ә < б … к < қ … ш, oblasts first, then the two cities of republican status.
    expected = ["Ақмола облысы", "Ақтөбе облысы", "Алматы облысы", "Атырау облысы", "Батыс Қазақстан облысы",
                "Жамбыл облысы", "Қарағанды облысы", "Қостанай облысы", "Қызылорда облысы", "Маңғыстау облысы",
                "Оңтүстік Қазақстан облысы", "Павлодар облысы", "Солтүстік Қазақстан облысы",
                "Шығыс Қазақстан облысы", "Алматы қаласы", "Астана қаласы"]
    ordered = by_language(data["regions"])
    assert [r["name"]["kk"] for r in ordered["kk"]] == expected
    assert [r["name"]["ru"] for r in ordered["ru"]][:3] == ["Акмолинская область", "Актюбинская область", "Алматинская область"]


def test_menu_titles_are_short_and_translated(data):
    nav, translations = navigation(plan(data) + [Page("about", "about.md.j2")], load_ui())
    services = next(section["Қызметтер"] for section in nav if isinstance(section, dict) and "Қызметтер" in section)
    assert services == [{"Жеке меншік": "standards/private-ownership.md"},
                        {"Тұрақты жер пайдалану": "standards/permanent-use.md"},
                        {"Жалға алу": "standards/temporary-paid-use.md"},
                        {"Өтеусіз жер пайдалану": "standards/temporary-free-use.md"}]
    assert translations["Жалға алу"] == "Аренда"
    assert translations["Өтініш — жеке меншік"] == "Заявление — частная собственность"
    assert all(not KAZAKH_ONLY.search(ru) for ru in translations.values())
