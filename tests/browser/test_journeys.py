"""The newcomer's two errands of issue 4, in each language, clicked through in Chromium: the
documents for a duplicate of a lease act, printed; the phone of a district's land department."""

from __future__ import annotations

import re

import pytest

LANGS = {
    # lang prefix: (newspaper notice item, in-person ID item, district filter, district heading)
    "": (
        "газеттің",
        "Тұтынушының жеке басын куәландыратын құжаттың көшірмесі",
        "Зайсан",
        "Зайсан ауданы жер қатынастары бөлімі",
    ),
    "ru/": (
        "газеты",
        "Копия документа, удостоверяющего личность потребителя",
        "Зайсанск",
        "Отдел земельных отношений Зайсанского района",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_documents_for_a_duplicate_of_a_lease_act_on_one_printed_page(page, served, lang):
    newspaper, in_person, _, _ = LANGS[lang]
    page.goto(f"{served}/{lang}")
    page.locator('a[href$="checklists/temporary-paid-use/"]').first.click()
    form = page.locator("[data-checklist]")
    form.locator('input[name="case"][value="duplicate"]').check()
    form.locator('input[name="applicant"][value="individual"]').check()
    form.locator('input[name="rep"][value="1"]').check()
    form.locator('button[type="submit"]').click()
    assert page.url.endswith("/checklists/temporary-paid-use/#duplicate--individual--1")

    def shown_list() -> str:
        variant = page.locator("#duplicate--individual--1")
        assert variant.is_visible() and not page.locator("#full").is_visible()
        return variant.inner_text()

    for _ in range(2):  # as clicked, then as a link opened afresh
        text = shown_list()
        # Standard 3, clause 11, case 3): the newspaper notice; a representative brings the power of
        # attorney, so the in-person ID copy is not on this list.
        assert newspaper in text and in_person not in text
        page.goto(page.url)
        page.reload()
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_phone_of_a_district_land_department(page, served, lang):
    _, _, district, heading = LANGS[lang]
    page.goto(f"{served}/{lang}regions/")
    page.locator('a[href$="east-kazakhstan/"]').first.click()
    page.locator("[data-directory-filter]").fill(district)
    visible = page.locator(".contact-card:visible")
    assert visible.count() >= 1
    card = visible.filter(has_text=heading).first
    phone = card.locator('a[href^="tel:+7"]').first
    assert re.fullmatch(r"tel:\+7\d{10}", phone.get_attribute("href"))
    # Cards of other districts are hidden by the filter.
    assert page.locator(".contact-card:visible").count() < page.locator(".contact-card").count()
