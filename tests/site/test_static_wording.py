"""The static pages' wording the editor's third reading (review3) asked for, read off the built
pages. Expected texts are the editor's proposals as adopted in data/strings/, written out here by
hand; the counts were worked out from the data by hand (see each test)."""

from __future__ import annotations

import re

import pytest


def read(site_dir, lang: str, page: str) -> str:
    return (site_dir / ("ru/" if lang == "ru" else "") / page / "index.html").read_text(
        encoding="utf-8"
    )


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ")


@pytest.mark.parametrize(
    "lang, wanted, gone",
    [
        ("kk", "Қайда жүгіну керек", "Мекемеңізді табыңыз"),
        ("ru", "Куда обращаться", "Найдите свое учреждение"),
    ],
)
def test_home_says_where_to_go(site_dir, lang, wanted, gone):
    """review3 kk 11 / ru 13: the guide's «қайда жүгіну керек» / «куда обращаться»."""
    home = read(site_dir, lang, ".")
    assert wanted in text(home) and gone not in home


@pytest.mark.parametrize(
    "lang, label",
    [("kk", "Әкім аппараттары (шағым беру үшін): 23"), ("ru", "Аппараты акимов (для жалоб): 23")],
)
def test_region_summary_says_what_the_akimat_offices_are_for(site_dir, lang, label):
    """review3 kk 8 / ru 8. Kostanay: 23 akimat offices (the ids kostanay-akimat-office-1 … -23
    in data/directories/akimat_offices.yaml, counted with grep)."""
    assert label in text(read(site_dir, lang, "regions/kostanay")).replace(" :", ":")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_permanent_use_asks_every_applicant_for_the_registration_certificate(site_dir, lang):
    """review3 kk 12: only state legal entities apply for permanent use, and the act lists the
    certificate without a condition (source lines 1028, 1098, 1116). Compare: 8 documents for a
    new act, none of them only for some applicants (grant-1 … grant-8 of standard-2.yaml)."""
    page = text(read(site_dir, lang, "standards/permanent-use"))
    assert "тек заңды тұлға үшін" not in page and "только для юридического лица" not in page
    compare = text(read(site_dir, lang, "compare"))
    assert re.search(
        r"(?:Мемлекеттің құқық беруі \(жаңа акт\)|[Пп]редоставлени\w+ [^:]{0,40}): 8 \(0\)", compare
    )


def test_embedding_lists_a_district_once_with_its_other_spelling(site_dir):
    """review3 kk 13: the source spells Baiganin district «Байганин ауданы» (its land department,
    authorized_bodies) and «Байғанин ауданы» (its akimat office); the Russian for both is
    «Байганинский район»."""
    kk = read(site_dir, "kk", "embedding")
    assert "<code>Байганин ауданы</code> (<code>Байғанин ауданы</code> деп те жазылады)" in kk
    assert kk.count("<code>Байғанин ауданы</code>") == 1
    ru = read(site_dir, "ru", "embedding")
    assert ru.count("<code>Байганинский район</code>") == 1


@pytest.mark.parametrize(
    "lang, link",
    [
        ("kk", "Ресми мәтін (қазақ тілінде, .txt)"),
        ("ru", "Официальный текст (на казахском языке, .txt)"),
    ],
)
def test_about_links_the_official_text_by_a_readable_name(site_dir, lang, link):
    """review3 kk 15: not the repository path data/source/…"""
    about = read(site_dir, lang, "about")
    assert "data/source/" not in about
    href = re.search(rf'<a href="([^"]+)" download>{re.escape(link)}</a>', about)
    assert href and href.group(1).endswith(".txt")
    target = (site_dir / ("ru/" if lang == "ru" else "") / "about" / href.group(1)).resolve()
    assert (
        target.read_bytes()
        == (site_dir.parent / "data" / "source" / "resolution-2010-102.kk.txt").read_bytes()
    )


@pytest.mark.parametrize(
    "lang, wanted",
    [
        (
            "kk",
            "Беттің сілтемесі таңдауды сақтайды: оны бетбелгіге қосуға немесе біреуге жіберуге болады.",
        ),
        ("ru", "Ссылка на страницу сохраняет выбор: ее можно добавить в закладки или отправить."),
    ],
)
def test_checklist_says_the_link_keeps_the_choice(site_dir, lang, wanted):
    """review3 ru 14 (and its Kazakh twin)."""
    assert wanted in text(read(site_dir, lang, "checklists/private-ownership"))


@pytest.mark.parametrize(
    "lang, wanted",
    [
        (
            "kk",
            "data-checked-on (акт әлі берілмегені тексерілген күн; жауапта мерзімнің бұзылған-бұзылмағаны көрсетіледі)",
        ),
        (
            "ru",
            "data-checked-on (дата, на которую акт еще не выдан; в ответе будет сказано, нарушен ли срок)",
        ),
    ],
)
def test_embedding_describes_the_check_date_in_a_sentence(site_dir, lang, wanted):
    """review3 kk 7 / ru 10: no colon chain inside the parenthesis."""
    assert wanted in text(read(site_dir, lang, "embedding"))
