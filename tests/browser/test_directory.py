"""The region directory in Chromium: the district filter keeps the region-wide sections, lives in
the URL and in the widget; prints are compact and keep headings with their entries; a vCard
download carries every e-mail of its entry under a name that says what it is."""

from __future__ import annotations

import io
import re
from urllib.parse import quote

import pypdf
import pytest
from playwright.sync_api import expect

# East Kazakhstan, Зайсан district (read on the page): its land department (appendix 1) and its
# akimat (appendix 6), besides the region's own department and akimat.
# One person opening page after page (tests/conftest.py): no page here depends on a fresh profile.
ONE_VISITOR = True
DISTRICT = {"": "Зайсан ауданы", "ru/": "Зайсанский район"}
PRINTED_FILTER = {
    "": "Сүзгі бойынша басылған: Зайсан ауданы",
    "ru/": "Распечатано с фильтром: Зайсанский район",
}
SECTIONS = ("authorized-bodies", "service-centres", "specialized-enterprises", "akimat-offices")


def visible_ids(page, section):
    return page.locator(f'.directory[data-section="{section}"] .contact-card:visible').evaluate_all(
        "cards => cards.map(c => c.id)"
    )


def all_ids(page, section):
    return page.locator(f'.directory[data-section="{section}"] .contact-card').evaluate_all(
        "cards => cards.map(c => c.id)"
    )


def view(page):
    return {s: visible_ids(page, s) for s in SECTIONS}


@pytest.mark.parametrize("lang", DISTRICT)
def test_a_district_filter_keeps_the_centres_the_enterprise_and_every_heading(page, served, lang):
    page.goto(f"{served}/{lang}regions/east-kazakhstan/")
    box = page.locator("[data-directory-filter]")
    size = box.bounding_box()
    assert size["height"] >= 44
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('[data-directory-filter]')).borderTopStyle"
        )
        != "none"
    )
    box.fill(DISTRICT[lang])
    shown = view(page)
    # One office of the district plus the region's own in each district section.
    for section in ("authorized-bodies", "akimat-offices"):
        assert len(shown[section]) == 2, shown[section]
        assert shown[section][0] == all_ids(page, section)[0]  # the region's own office comes first
    for section in ("service-centres", "specialized-enterprises"):
        assert shown[section] == all_ids(page, section) and shown[section]
        assert (
            page.locator(f'.directory[data-section="{section}"]')
            .locator("xpath=preceding-sibling::p[1]")
            .is_visible()
        )
    for anchor in SECTIONS:
        assert page.locator(f"h2#{anchor}").is_visible()
    assert DISTRICT[lang] in page.locator("[data-status]").inner_text()
    assert f"district={quote(DISTRICT[lang])}" in page.url or "district=" in page.url
    # The link reproduces the view.
    page.goto(page.url)
    assert page.locator("[data-directory-filter]").input_value() == DISTRICT[lang]
    assert view(page) == shown


@pytest.mark.parametrize("lang", DISTRICT)
def test_show_applies_the_filter_and_lets_go_of_the_field(page, served, lang):
    page.goto(f"{served}/{lang}regions/east-kazakhstan/")
    box = page.locator("[data-directory-filter]")
    # A value put in without an input event (as a phone keyboard's suggestion may): "show" applies it.
    box.evaluate("(el, value) => { el.value = value; }", DISTRICT[lang])
    assert len(view(page)["authorized-bodies"]) > 2
    page.locator(".directory-tools button[type=submit]").click()
    # The district's office and the region's own, as in the test above.
    assert len(view(page)["authorized-bodies"]) == 2
    assert "district=" in page.url
    # The field is left, so a phone's keyboard no longer covers the cards.
    assert not box.evaluate("el => el === document.activeElement")


def test_a_misspelt_district_in_the_widget_says_so_and_shows_the_region(page, served):
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{served}/ru/embed/directory/east-kazakhstan/?district={quote('Зайсанскй район')}")
    status = page.locator("[data-status]")
    # review4 ru 16: the citizen reads words of their own; the attribute is for the web-master,
    # in the console (strings/directory.yaml, read by hand). The value is not repeated.
    assert status.inner_text() == "Такой район не найден: показаны все контакты области."
    assert "Зайсанскй" not in status.inner_text()
    assert page.locator(".contact-card:visible").count() == page.locator(".contact-card").count()
    assert any(line.startswith("Района, указанного в атрибуте data-district") for line in console)
    page.goto(f"{served}/embed/directory/east-kazakhstan/?district={quote('ЗАЙСАН АУДАНЫ')}")
    assert len(visible_ids(page, "authorized-bodies")) == 2
    assert visible_ids(page, "service-centres") == all_ids(page, "service-centres")


# A crafted link: an official-looking sentence, bidi controls (U+202E, U+2066) and a phone number.
SPOOF = "ВНИМАНИЕ: приём перенесён, звоните +7 700 000 00 00 \u202eтечет\u2066 срок"
# A link's value that does not read as a place's name is not named (review10 K7/R3: nor called
# «text typed into the filter», data/strings/directory.yaml, directory_filter_nothing).
NOTHING = {
    "": "Сілтемедегі аудан немесе мекеме табылмады: облыстың барлық байланыстары көрсетілген.",
    "ru/": "Район или учреждение, указанное в ссылке, не найдено: показаны все контакты области.",
}

UNKNOWN_IN_WIDGET = {
    "": "Мұндай аудан табылмады: облыстың барлық байланыстары көрсетілген.",
    "ru/": "Такой район не найден: показаны все контакты области.",
}


@pytest.mark.parametrize("lang", DISTRICT)
def test_a_crafted_district_in_the_link_is_never_printed_as_the_sites_words(page, served, lang):
    page.goto(f"{served}/{lang}regions/east-kazakhstan/?district={quote(SPOOF)}")
    status = page.locator("[data-status]")
    assert status.inner_text() == NOTHING[lang]
    body = page.locator("main").inner_text()
    assert "ВНИМАНИЕ" not in body and "+7 700" not in body and "\u202e" not in body
    assert page.locator(".contact-card:visible").count() == page.locator(".contact-card").count()
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert "ВНИМАНИЕ" not in page.locator("[data-print-filter]").inner_text()
    # The same text in the widget: a citizen's message, the value not repeated.
    page.goto(f"{served}/{lang}embed/directory/east-kazakhstan/?district={quote(SPOOF)}")
    assert page.locator("[data-status]").inner_text() == UNKNOWN_IN_WIDGET[lang]
    assert "ВНИМАНИЕ" not in page.locator("body").inner_text()


@pytest.mark.parametrize("lang", DISTRICT)
def test_a_matching_filter_is_shown_without_direction_controls(page, served, lang):
    page.goto(
        f"{served}/{lang}regions/east-kazakhstan/?district={quote(DISTRICT[lang] + chr(0x202E))}"
    )
    status = page.locator("[data-status]").inner_text()
    assert DISTRICT[lang] in status and "\u202e" not in status


def pdf_pages(page) -> list[str]:
    page.emulate_media(media="print")
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    # Chromium's PDF text puts spaces around some Kazakh letters: compare without any space.
    return [re.sub(r"\s+", "", p.extract_text()) for p in reader.pages]


def headings(page) -> list[str]:
    return [
        re.sub(r"\s+", "", t).rstrip("¶#") for t in page.locator("h2:visible").all_inner_texts()
    ]


def assert_no_orphaned_heading(texts, titles):
    assert titles and all(any(title in text for text in texts) for title in titles), titles
    for text in texts:
        for title in titles:
            if title in text:
                # Something of the section (a card: at least an address) follows on the same page.
                assert len(text.split(title, 1)[1]) > 60, title


@pytest.mark.parametrize("lang", DISTRICT)
def test_print_of_a_region_and_of_a_filtered_view(page, served, lang):
    page.goto(f"{served}/{lang}regions/east-kazakhstan/")
    titles = headings(page)
    whole = pdf_pages(page)
    # 19 district rows in appendices 1 and 6 plus centres and enterprise: two columns of compact
    # cards fit it in a few A4 pages (on screen it is about 25 screens of a phone).
    assert 1 <= len(whole) <= 5, len(whole)
    assert_no_orphaned_heading(whole, titles)
    # The source (resolution No. 102), the legal-status line (repealed by No. 1392) and the print date.
    assert "№102" in whole[0] and "№1392" in whole[0] and re.search(r"\d\d\.\d\d\.\d{4}", whole[0])
    page.emulate_media(media="screen")
    page.locator("[data-directory-filter]").fill(DISTRICT[lang])
    filtered = pdf_pages(page)
    assert len(filtered) <= 2, len(filtered)
    assert re.sub(r"\s+", "", PRINTED_FILTER[lang]) in filtered[0]
    assert_no_orphaned_heading(filtered, titles)


def test_vcard_of_an_entry_with_two_emails(page, served):
    # Line 457: "pozakim@mail.ru org_acim@mail.ru" for the Жаңақорған district land department.
    page.goto(f"{served}/regions/kyzylorda/")
    card = page.locator(".contact-card", has_text="org_acim@mail.ru")
    with page.expect_download() as info:
        card.locator(".contact-vcard a").click()
    download = info.value
    assert (
        download.suggested_filename.endswith(".vcf")
        and "Жаңақорған ауданы" in download.suggested_filename
    )
    with open(download.path(), encoding="utf-8", newline="") as f:
        text = f.read().replace("\r\n ", "")
    assert "EMAIL;TYPE=internet:pozakim@mail.ru\r\n" in text
    assert "EMAIL;TYPE=internet:org_acim@mail.ru\r\n" in text


def test_on_a_citys_page_the_filter_finds_the_centre_of_a_city_district(page, served):
    # Алматы city has no districts in appendices 1 and 6 (one office each) and a centre per city
    # district in appendix 3 (Алмалы, Алатау, Әуезов, …): "Алмалы" leaves that centre and the
    # city's own offices.
    page.goto(f"{served}/regions/almaty-city/")
    before = view(page)
    page.locator("[data-directory-filter]").fill("Алмалы")
    shown = view(page)
    assert len(before["service-centres"]) > 1 and len(shown["service-centres"]) == 1
    assert shown["authorized-bodies"] == before["authorized-bodies"] and shown["authorized-bodies"]
    assert shown["akimat-offices"] == before["akimat-offices"] and shown["akimat-offices"]


# review11 D1/R1: a value that finds nothing on a city's page said «облыстың барлық
# байланыстары» / «все контакты области»; a city is not an oblast. The oblast's lines with
# «қаланың» / «города» put in by hand (the editor's wording), «xyz» and «Жоқауыл» as given.
NOTHING_IN_A_CITY = {
    "": (
        "Сілтемедегі «xyz» ауданы немесе мекемесі табылмады: қаланың барлық байланыстары"
        " көрсетілген.",
        "«Жоқауыл» деген аудан немесе мекеме табылмады, сондықтан қаланың барлық байланыстары"
        " көрсетілген.",
        "Мұндай аудан табылмады: қаланың барлық байланыстары көрсетілген.",
    ),
    "ru/": (
        "Район или учреждение «xyz», указанное в ссылке, не найдено: показаны все контакты города.",
        "Район или учреждение «Жоқауыл» не найдено, поэтому показаны все контакты города.",
        "Такой район не найден: показаны все контакты города.",
    ),
}


@pytest.mark.parametrize("city", ["astana", "almaty-city"])
@pytest.mark.parametrize("lang", DISTRICT)
def test_a_value_that_finds_nothing_in_a_city_names_the_citys_contacts(page, served, lang, city):
    from_link, typed, in_widget = NOTHING_IN_A_CITY[lang]
    page.goto(f"{served}/{lang}regions/{city}/?district=xyz")
    status = page.locator("[data-status]")
    assert status.inner_text() == from_link
    assert page.locator(".contact-card:visible").count() == page.locator(".contact-card").count()
    page.locator("[data-directory-filter]").fill("Жоқауыл")
    assert status.inner_text() == typed
    page.goto(f"{served}/{lang}embed/directory/{city}/?district=xyz")
    assert page.locator("[data-status]").inner_text() == in_widget


# The contents block's titles and labels (data/strings/directory.yaml, read there by hand).
TOC_TITLE = {
    "": ("Беттегі барлық байланыстар", "Сүзгі бойынша көрсетілген байланыстар"),
    "ru/": ("Все контакты страницы", "Контакты, показанные по фильтру"),
}
TOC_FILTERED = {
    "": [
        "Уәкілетті органдар: 2",
        "Халыққа қызмет көрсету орталықтары: 2",
        "Мамандандырылған кәсіпорын: 1",
        "Әкім аппараттары (шағым беру үшін): 2",
    ],
    "ru/": [
        "Уполномоченные органы: 2",
        "Центры обслуживания населения: 2",
        "Специализированное предприятие: 1",
        "Аппараты акимов (для жалоб): 2",
    ],
}


def toc(page):
    return page.locator("nav.directory-toc li:visible").evaluate_all(
        "items => items.map(i => i.innerText.trim())"
    )


@pytest.mark.parametrize("lang", DISTRICT)
def test_the_counts_follow_the_filter_and_say_whose_they_are(page, served, lang):
    # review6 D5. Зайсан (East Kazakhstan): its land department and its akimat, each with the
    # region's own office (2 and 2, as the test above counts the cards), the region's two centres
    # and one enterprise left whole.
    page.goto(f"{served}/{lang}regions/east-kazakhstan/")
    title = page.locator("#directory-toc-title")
    whole = [len(all_ids(page, s)) for s in SECTIONS]
    assert title.inner_text() == TOC_TITLE[lang][0]
    assert [int(item.rsplit(": ", 1)[1]) for item in toc(page)] == whole
    page.locator("[data-directory-filter]").fill(DISTRICT[lang])
    expect(title).to_have_text(TOC_TITLE[lang][1])
    assert toc(page) == TOC_FILTERED[lang]
    page.locator("[data-clear]").click()
    expect(title).to_have_text(TOC_TITLE[lang][0])
    assert [int(item.rsplit(": ", 1)[1]) for item in toc(page)] == whole


@pytest.mark.parametrize(
    "lang, typed, many, one, count, body",
    [
        (
            "",
            "Алмалы",
            "Халыққа қызмет көрсету орталықтары (3-қосымша)",
            "Халыққа қызмет көрсету орталығы (3-қосымша)",
            "Халыққа қызмет көрсету орталығы: 1",
            "Мемлекеттік қызмет көрсету жөніндегі уәкілетті орган (1-қосымша)",
        ),
        (
            "ru/",
            "Алмалинск",
            "Центры обслуживания населения (приложение 3)",
            "Центр обслуживания населения (приложение 3)",
            "Центр обслуживания населения: 1",
            "Уполномоченный орган по оказанию государственной услуги (приложение 1)",
        ),
    ],
)
def test_a_heading_over_one_card_is_singular_as_the_filter_leaves_it(
    page, served, lang, typed, many, one, count, body
):
    # Алматы city: several centres under appendix 3's plural title; the Алмалы district leaves
    # one. Appendix 1 has one office for the city: its heading is singular from the start.
    page.goto(f"{served}/{lang}regions/almaty-city/")
    heading = page.locator("h2#service-centres")
    assert heading.inner_text().startswith(many)
    assert page.locator("h2#authorized-bodies").inner_text().startswith(body)
    page.locator("[data-directory-filter]").fill(typed)
    expect(heading).to_have_text(re.compile("^" + re.escape(one)))
    assert count in toc(page)
    page.locator("[data-clear]").click()
    expect(heading).to_have_text(re.compile("^" + re.escape(many)))


# Districts that appendix 1 (land departments) and appendix 6 (akimat offices) name differently
# as places, not as spellings (a town in one, a district in the other, or a district missing
# from one), read off data/directories/authorized_bodies.yaml and akimat_offices.yaml by hand:
# the filter can show only the one office the source gives them. Keyed by the section that has
# no office for them.
ONE_OFFICE_ONLY = {
    "akimat-offices": {
        "алакөл ауданы",
        "алакольский район",
        "шемонаиха ауданы",
        "шемонаихинский район",
        "арал қаласы",
        "г. аральск",
        "сарыагаш қаласы",
        "г. сарыагаш",
        "шардара қаласы",
        "г. шардара",
    },
    "authorized-bodies": {
        "ушарал қаласы",
        "г. ушарал",
        "шемонаиха қаласы",
        "г. шемонаиха",
        "арал ауданы",
        "аральский район",
        "сарыагаш ауданы",
        "сарыагашский район",
        "шардара ауданы",
        "шардаринский район",
        "м. жұмабаев ауданы",
        "район магжана жумабаева",
        "ғ. мүсірепов ауданы",
        "район имени габита мусрепова",
        "т. рысқұлов ауданы",
        "район т. рыскулова",
    },
}
REGIONS_WITH_DISTRICTS = (
    "akmola",
    "aktobe",
    "almaty-region",
    "atyrau",
    "east-kazakhstan",
    "karaganda",
    "kostanay",
    "kyzylorda",
    "mangystau",
    "north-kazakhstan",
    "pavlodar",
    "south-kazakhstan",
    "west-kazakhstan",
    "zhambyl",
)


@pytest.mark.parametrize("lang", DISTRICT)
@pytest.mark.parametrize("region", REGIONS_WITH_DISTRICTS)
def test_each_district_filter_shows_its_department_and_its_akimat(page, served, lang, region):
    """review4 Defect 1: «Байганин ауданы» (appendix 1) showed the land department without
        «Байғанин ауданы әкімінің аппараты» (appendix 6), and the other spelling the reverse. Every
        district the filter offers finds the district's own office (one or more: a few districts have
    two akimat offices in the source) in both sections."""
    page.goto(f"{served}/{lang}regions/{region}/")
    found = page.evaluate(
        """() => {
        const box = document.querySelector("[data-directory-filter]");
        const seen = {};
        for (const option of document.querySelectorAll("#directory-districts option")) {
          box.value = option.value;
          box.dispatchEvent(new Event("input"));
          seen[option.value] = Object.fromEntries(["authorized-bodies", "akimat-offices"].map((s) => [
            s, [...document.querySelectorAll(`.directory[data-section="${s}"] .contact-card`)]
              .filter((c) => !c.hidden && c.dataset.district).length]));
        }
        return seen;
    }"""
    )
    assert found
    missing = [
        (district, section)
        for district, counts in found.items()
        for section, count in counts.items()
        if count == 0 and district.lower() not in ONE_OFFICE_ONLY[section]
    ]
    assert not missing


# The districts the source spells two ways in Kazakh (one Russian name), read off
# data/directories/authorized_bodies.yaml and akimat_offices.yaml by hand (grouped by the Russian
# name): region, the land department's spelling (appendix 1, named first), the akimat's spelling
# (appendix 6), and the two offices.
TWO_SPELLINGS = (
    (
        "aktobe",
        "Байганин ауданы",
        "Байғанин ауданы",
        "aktobe-authorized-body-4",
        "aktobe-akimat-office-4",
    ),
    (
        "almaty-region",
        "Сарқанд ауданы",
        "Сарқан ауданы",
        "almaty-region-authorized-body-15",
        "almaty-region-akimat-office-15",
    ),
    (
        "atyrau",
        "Қызылқоға ауданы",
        "Қызылқоған ауданы",
        "atyrau-authorized-body-6",
        "atyrau-akimat-office-6",
    ),
    (
        "zhambyl",
        "Мерке ауданы",
        "Меркі ауданы",
        "zhambyl-authorized-body-6",
        "zhambyl-akimat-office-6",
    ),
    (
        "west-kazakhstan",
        "Бөрілі ауданы",
        "Бөрлі ауданы",
        "west-kazakhstan-authorized-body-4",
        "west-kazakhstan-akimat-office-4",
    ),
    (
        "karaganda",
        "Бұхар жырау ауданы",
        "Бұқар жырау ауданы",
        "karaganda-authorized-body-4",
        "karaganda-akimat-office-4",
    ),
    (
        "kostanay",
        "Жетіқара ауданы",
        "Жітіқара ауданы",
        "kostanay-authorized-body-7",
        "kostanay-akimat-office-7",
    ),
    (
        "pavlodar",
        "Железинка ауданы",
        "Железин ауданы",
        "pavlodar-authorized-body-4",
        "pavlodar-akimat-office-4",
    ),
    (
        "north-kazakhstan",
        "Мамлют ауданы",
        "Мамлютка ауданы",
        "north-kazakhstan-authorized-body-10",
        "north-kazakhstan-akimat-office-9",
    ),
)


def district_cards(page):
    return sorted(
        page.locator('.directory[data-narrows="1"] .contact-card:visible').evaluate_all(
            "cards => cards.filter(c => c.dataset.district).map(c => c.id)"
        )
    )


@pytest.mark.parametrize("region, first, second, department, akimat", TWO_SPELLINGS)
def test_either_spelling_typed_in_part_finds_every_office_and_names_the_district(
    page, served, region, first, second, department, akimat
):
    """review5 D3/K14: on /regions/aktobe/ «Байганин» showed the land department only and
    «байғанин» the akimat only, the line echoing «Сүзгі: байғанин.». Either spelling, whole or its
    first word, in any case, finds both offices; the line names the district with its other
    spelling (strings directory_filter_active and embed_district_variant, read by hand)."""
    page.goto(f"{served}/regions/{region}/")
    box = page.locator("[data-directory-filter]")
    named = f"Сүзгі: {first} ({second} деп те жазылады). "
    for typed in (
        first,
        second.lower(),
        first.split()[0],
        second.split()[0].lower(),
        first.upper(),
    ):
        box.fill(typed)
        assert district_cards(page) == sorted([department, akimat]), typed
        assert page.locator("[data-status]").inner_text().startswith(named), typed
    # The widget takes whole names only (data-district), in either spelling, and names it so too.
    page.goto(f"{served}/embed/directory/{region}/?district={quote(second.lower())}")
    assert district_cards(page) == sorted([department, akimat])
    assert page.locator("[data-status]").inner_text().startswith(named)


def test_a_russian_district_typed_in_part_is_named_in_full(page, served):
    """review5 D3: Russian «Байганин» already found both offices; the line now names the district
    («Байганинский район», data/directories/*.yaml), not the text typed."""
    page.goto(f"{served}/ru/regions/aktobe/")
    page.locator("[data-directory-filter]").fill("байганин")
    assert district_cards(page) == ["aktobe-akimat-office-4", "aktobe-authorized-body-4"]
    assert page.locator("[data-status]").inner_text().startswith("Фильтр: Байганинский район. ")


NOTHING_TYPED = {
    # review6 K20/R18, the editor's sentences with the name typed in the filter.
    "": "«Жоқауыл» деген аудан немесе мекеме табылмады, сондықтан облыстың барлық байланыстары көрсетілген.",
    "ru/": "Район или учреждение «Жоқауыл» не найдено, поэтому показаны все контакты области.",
}


@pytest.mark.parametrize("lang", DISTRICT)
def test_a_name_typed_and_not_found_is_named_in_the_message(page, served, lang):
    page.goto(f"{served}/{lang}regions/aktobe/")
    page.locator("[data-directory-filter]").fill("Жоқауыл")
    assert page.locator("[data-status]").inner_text() == NOTHING_TYPED[lang]
    assert page.locator(".contact-card:visible").count() == page.locator(".contact-card").count()


# review10 K7/R3: /regions/akmola/?district=zzz said «Сүзгіге жазылған мәтін бойынша …» though the
# reader typed nothing, and did not name «zzz». The editor's wording, «zzz» put in by hand.
NOTHING_FROM_THE_LINK = {
    "": "Сілтемедегі «zzz» ауданы немесе мекемесі табылмады: облыстың барлық байланыстары"
    " көрсетілген.",
    "ru/": "Район или учреждение «zzz», указанное в ссылке, не найдено: показаны все контакты"
    " области.",
}


@pytest.mark.parametrize("lang", DISTRICT)
def test_a_links_value_that_finds_nothing_is_named_as_the_links(page, served, lang):
    page.goto(f"{served}/{lang}regions/akmola/?district=zzz")
    assert page.locator("[data-status]").inner_text() == NOTHING_FROM_THE_LINK[lang]
    assert page.locator(".contact-card:visible").count() == page.locator(".contact-card").count()
    # Typed into the filter, the same text keeps the typed line's own wording.
    page.locator("[data-directory-filter]").fill("zzz")
    assert page.locator("[data-status]").inner_text() == NOTHING_TYPED[lang].replace(
        "Жоқауыл", "zzz"
    )


# review10 D4: the widget took only the exact «г. Степногорск», the region page any part of it;
# «Степногор қаласы» is appendix 1's own Kazakh spelling (source line 292, corrected to
# Степногорск for one spelling across the tables, data/corrections/directories.yaml). The line
# names the city as the embedding page lists it, with the act's spelling after it.
STEPNOGORSK = {
    "ru/": "Фильтр: г. Степногорск. ",
    "": "Сүзгі: Степногорск қаласы (Степногор қаласы деп те жазылады). ",
}


@pytest.mark.parametrize("where", ["regions", "embed/directory"])
@pytest.mark.parametrize(
    "lang, value",
    [
        ("ru/", "Степногорск"),
        ("ru/", "Степногор қаласы"),
        ("", "Степногор қаласы"),
        ("", "степногорск"),
    ],
)
def test_the_widget_and_the_region_page_accept_the_same_spellings(page, served, where, lang, value):
    page.goto(f"{served}/{lang}{where}/akmola/?district={quote(value)}")
    assert page.locator("[data-status]").inner_text().startswith(STEPNOGORSK[lang])
    shown = page.locator(
        '.directory[data-section="authorized-bodies"] .contact-card:visible'
    ).evaluate_all("cards => cards.map(c => c.dataset.district)")
    districts = [d for d in shown if d]
    assert districts and all("г. степногорск" in d.split("|") for d in districts), shown
