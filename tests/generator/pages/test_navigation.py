"""Region order per language and the short menu titles (generator/pages/plan.py)."""

from __future__ import annotations

from generator.pages.order import by_language
from generator.pages.page import Page
from generator.pages.plan import navigation, plan
from tests.datatools import KAZAKH_ONLY


def test_kazakh_region_list_follows_the_kazakh_alphabet(data):
    # Hand-sorted: а < ә < б … к < қ … ш, oblasts first, then the two cities of republican status.
    expected = [
        "Ақмола облысы",
        "Ақтөбе облысы",
        "Алматы облысы",
        "Атырау облысы",
        "Батыс Қазақстан облысы",
        "Жамбыл облысы",
        "Қарағанды облысы",
        "Қостанай облысы",
        "Қызылорда облысы",
        "Маңғыстау облысы",
        "Оңтүстік Қазақстан облысы",
        "Павлодар облысы",
        "Солтүстік Қазақстан облысы",
        "Шығыс Қазақстан облысы",
        "Алматы қаласы",
        "Астана қаласы",
    ]
    ordered = by_language(data["regions"])
    assert [r["name"]["kk"] for r in ordered["kk"]] == expected
    assert [r["name"]["ru"] for r in ordered["ru"]][:3] == [
        "Акмолинская область",
        "Актюбинская область",
        "Алматинская область",
    ]


def section(nav: list, title: str) -> list:
    return next(s[title] for s in nav if isinstance(s, dict) and title in s)


def test_menu_titles_are_short_and_translated(site):
    navs, translations = navigation(plan(site) + [Page("about", "about.md.j2")], site.strings)
    services = section(navs["kk"], "Қызметтер")
    assert services == [
        {"Жеке меншік": "standards/private-ownership.md"},
        {"Тұрақты жер пайдалану": "standards/permanent-use.md"},
        {"Жалға алу": "standards/temporary-paid-use.md"},
        {"Өтеусіз жер пайдалану": "standards/temporary-free-use.md"},
    ]
    assert translations["Жалға алу"] == "Аренда"
    assert translations["Өтініш — жеке меншік"] == "Заявление — частная собственность"
    assert all(not KAZAKH_ONLY.search(ru) for ru in translations.values())


def test_each_edition_lists_the_regions_in_its_own_alphabet(site):
    navs, _ = navigation(plan(site) + [Page("about", "about.md.j2")], site.strings)
    kk, ru = section(navs["kk"], "Байланыстар"), section(navs["ru"], "Байланыстар")
    # Батыс Қазақстан (west) comes fifth in Kazakh, Западно-Казахстанская seventh in Russian
    # (after Жамбылская); Шығыс Қазақстан (east) is the last oblast in Kazakh, Восточно-
    # Казахстанская the fifth in Russian.
    assert kk[:6] == [
        "regions/index.md",
        "regions/akmola.md",
        "regions/aktobe.md",
        "regions/almaty-region.md",
        "regions/atyrau.md",
        "regions/west-kazakhstan.md",
    ]
    assert kk[-3:] == ["regions/east-kazakhstan.md", "regions/almaty-city.md", "regions/astana.md"]
    assert ru[:8] == [
        "regions/index.md",
        "regions/akmola.md",
        "regions/aktobe.md",
        "regions/almaty-region.md",
        "regions/atyrau.md",
        "regions/east-kazakhstan.md",
        "regions/zhambyl.md",
        "regions/west-kazakhstan.md",
    ]
    assert sorted(kk) == sorted(ru)
    # Everything else is the same in both editions.
    assert [s for s in navs["kk"] if "Байланыстар" not in s] == [
        s for s in navs["ru"] if "Байланыстар" not in s
    ]
