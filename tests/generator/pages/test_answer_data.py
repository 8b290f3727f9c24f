"""What the build gives the answer page: its questions' choices in the reader's order."""

from __future__ import annotations

from pathlib import Path

from calculator.answer import QUESTIONS, districts
from generator.load.site_data import load_site
from generator.pages.answer import page_data

ROOT = Path(__file__).resolve().parents[3]


def test_the_region_question_lists_regions_in_each_editions_order():
    # Worked by hand from the region names: the Kazakh edition sorts by the Kazakh alphabet, oblasts
    # before the two cities (as the home page and the desk); Russian keeps the act's order.
    site = load_site(ROOT / "data")
    region = QUESTIONS.index("region")
    kk = page_data(site, "kk")["flow"]["questions"][region]["choices"][""]
    ru = page_data(site, "ru")["flow"]["questions"][region]["choices"][""]
    assert kk[:6] == ["akmola", "aktobe", "almaty-region", "atyrau", "west-kazakhstan", "zhambyl"]
    assert kk[-4:] == ["north-kazakhstan", "east-kazakhstan", "almaty-city", "astana"]
    assert ru[4:7] == ["east-kazakhstan", "zhambyl", "west-kazakhstan"]
    assert sorted(kk) == sorted(ru)


def test_the_waiting_line_names_the_unanswered_question():
    # Review 6 (D3/K4/R6): the line under the form names what is left, by the label the form
    # shows (q_district in data/strings/answer.yaml); written by hand in each language.
    site = load_site(ROOT / "data")
    kk = page_data(site, "kk")["messages"]
    ru = page_data(site, "ru")["messages"]
    assert kk["missing"]["district"] == (
        "Жауапты көру үшін «Қай ауданда (қалада)?» сұрағына жауап беріңіз."
    )
    assert ru["missing"]["district"] == (
        "Ответ появится здесь, когда вы ответите на вопрос «В каком районе (городе)?»."
    )
    assert kk["missing_more"]["district"] == (
        "Жауапты көру үшін «Қай ауданда (қалада)?» сұрағына және одан кейінгі сұрақтарға"
        " жауап беріңіз."
    )
    assert ru["missing_more"]["district"] == (
        "Ответ появится здесь, когда вы ответите на вопрос «В каком районе (городе)?»"
        " и следующие за ним."
    )


def test_a_card_whose_name_says_its_district_prints_no_district_line():
    # Review 6 (K3/R3): «Байганин ауданы жер қатынастары бөлімі» and «Байғанин ауданы әкімінің
    # аппараты» already name the district (the source's rows); the region pages' rule, kept in
    # both editions. A centre whose name does not say its district keeps the line.
    site = load_site(ROOT / "data")
    for lang in ("kk", "ru"):
        contacts = page_data(site, lang)["contacts"]
        baiganin = [c for c in contacts.values() if "Байган" in c["name"] or "Байған" in c["name"]]
        assert len(baiganin) >= 2
        assert all(c["district"] is None for c in baiganin)
        assert any(c["district"] for c in contacts.values())


def test_the_summary_line_words_both_representative_answers_alike():
    # Review 6 (K19): «Өтініш берушінің өзі тапсырады» is answered by «Өкіл тапсырады», not by
    # the checklists' «Өкіл арқылы»; review8 R2: not a bare adverb «Лично» in a row of nouns.
    site = load_site(ROOT / "data")
    kk = page_data(site, "kk")["case_line"]["short"]["representative"]
    ru = page_data(site, "ru")["case_line"]["short"]["representative"]
    assert kk == {"0": "Өтініш берушінің өзі тапсырады", "1": "Өкіл тапсырады"}
    assert ru == {"0": "Заявитель подает лично", "1": "Подает представитель"}


def test_the_intro_says_where_the_button_leads_in_plain_kazakh():
    # Review 6 (K5): «…, ал «Жауапқа өту» батырмасы соған апарады» had no clear antecedent.
    assert load_site(ROOT / "data").ui("kk").answer_how == (
        "Жауап әр таңдаудан кейін бірден жаңарады; оған «Жауапқа өту» батырмасы арқылы өтуге болады."
    )


def test_review8_the_answer_page_words():
    site = load_site(ROOT / "data")
    kk, ru = page_data(site, "kk"), page_data(site, "ru")
    # R8: the area is a field to fill, not a question to answer.
    assert ru["messages"]["missing_area"] == (
        "Ответ появится здесь, когда вы укажете площадь в поле «Площадь земельного участка, га»."
    )
    assert kk["messages"]["missing_area"] == (
        "Жауапты көру үшін «Жер учаскесінің алаңы, га» өрісіне алаңды жазыңыз."
    )
    # K6/R5: a hint is a sentence, not «Бос қалса — …».
    assert kk["hints"]["paid_on"] == "Көрсетілмесе, құжаттарды тапсыру күні алынады."
    assert kk["hints"]["submitted"] == "Көрсетілмесе, бүгінгі күн алынады."
    assert ru["hints"]["paid_on"] == "Если не указана, принимается дата подачи документов."
    assert ru["hints"]["submitted"] == "Если не указана, принимается сегодняшняя дата."
    # K7/R6: the complaint's term, worked out in the late block, is pointed to, not said again.
    assert kk["words"]["complaintAbove"] == (
        "Шағымды қарау мерзімі жоғарыда, «Акт беру мерзімі бұзылды ма?» бөлімінде есептелген."
    )
    assert ru["words"]["complaintAbove"] == (
        "Срок рассмотрения жалобы рассчитан выше, в разделе «Нарушен ли срок выдачи акта?»."
    )
    # R2: a city region is named as its choice is («Город Астана»), not «г. Астана».
    assert "region" not in ru["case_line"]["short"]
    assert ru["labels"]["region"]["astana"] == "Город Астана"


def test_a_dropped_link_value_is_named_as_a_field_or_a_question():
    # Review9 K2/R2: the area is a field that is filled, and what is dropped is the link's area
    # (the reviewer's wording); another question is asked (or not) and its dropped value is the
    # link's answer. Typed by hand from the review and q_area / q_district.
    site = load_site(ROOT / "data")
    kk = page_data(site, "kk")["messages"]["not_asked"]
    ru = page_data(site, "ru")["messages"]["not_asked"]
    nbsp = "\u00a0"
    assert kk["area"].replace(nbsp, " ") == (
        "Бұл жағдайда «Жер учаскесінің алаңы, га» өрісі толтырылмайды, сондықтан сілтемедегі"
        " алаң ескерілмеді."
    )
    assert ru["area"].replace(nbsp, " ") == (
        "Поле «Площадь земельного участка, га» в этом случае не заполняется, поэтому площадь"
        " из ссылки не учтена."
    )
    assert kk["district"] == (
        "«Қай ауданда (қалада)?» сұрағы бұл жағдайда қойылмайды, сондықтан сілтемедегі жауап"
        " ескерілмеді."
    )
    assert ru["district"] == (
        "Вопрос «В каком районе (городе)?» в этом случае не задается, поэтому ответ из ссылки"
        " не учтен."
    )


def test_the_farm_note_says_why_in_the_official_register():
    # Review9 K4: «болып табылмайды, сондықтан …; …» (the reviewer's Kazakh), and the Russian
    # note the same way: a causal «поэтому» and a verb, not a dash between clauses.
    site = load_site(ROOT / "data")
    assert page_data(site, "kk")["hints"]["farm"] == (
        "Шаруа немесе фермер қожалығы заңды тұлға болып табылмайды, сондықтан өтінішті қожалық"
        " басшысы жеке тұлға ретінде береді; ақы шаруа (фермер) қожалығының тарифі бойынша"
        " есептеледі."
    )
    assert page_data(site, "ru")["hints"]["farm"] == (
        "Крестьянское или фермерское хозяйство не является юридическим лицом, поэтому заявление"
        " подает глава хозяйства как физическое лицо; плата рассчитывается по тарифу для"
        " крестьянских (фермерских) хозяйств."
    )


def test_the_district_question_sorts_a_town_by_its_name_not_by_its_prefix():
    # review10 R2: /ru/answer/ listed «г. Аркалык» … «г. Рудный» together under «Г». Worked by hand
    # from the Kostanay land departments' Russian names (data/directories), «г.» ignored as on
    # /ru/embedding/; the Kazakh names put «қаласы» after the name and sort as they are.
    site = load_site(ROOT / "data")
    district = QUESTIONS.index("district")
    for lang, expected in {
        "ru": [
            "Алтынсаринский район",
            "Амангельдинский район",
            "г. Аркалык",
            "Аулиекольский район",
            "Денисовский район",
            "Жангельдинский район",
            "Житикаринский район",
            "Камыстинский район",
            "Карабалыкский район",
            "Карасуский район",
            "г. Костанай",
            "Костанайский район",
            "г. Лисаковск",
            "Мендыкаринский район",
            "Наурзумский район",
            "г. Рудный",
            "Сарыкольский район",
            "Таранский район",
            "Узункольский район",
            "Федоровский район",
        ],
        "kk": [
            "Алтынсарин ауданы",
            "Амангелді ауданы",
            "Арқалық қаласы",
            "Әулиекөл ауданы",
            "Денисов ауданы",
            "Жангелді ауданы",
            "Жетіқара ауданы",
            "Қамысты ауданы",
            "Қарабалық ауданы",
            "Қарасу ауданы",
            "Қостанай ауданы",
            "Қостанай қаласы",
            "Лисаковск қаласы",
            "Мендіқара ауданы",
            "Наурызым ауданы",
            "Рудный қаласы",
            "Сарықөл ауданы",
            "Таран ауданы",
            "Ұзынкөл ауданы",
            "Федоров ауданы",
        ],
    }.items():
        data = page_data(site, lang)
        keys = data["flow"]["questions"][district]["choices"]["kostanay"]
        names = {d["kk"]: d[lang] for d in districts("kostanay", site.directories)}
        assert [names[k] for k in keys] == expected, lang


def test_the_working_hours_are_a_quotation_of_clause_9():
    # review10 K3: «Жұмыс уақыты: … көрсетіледі.» read as a label with the act's verb. The label
    # names the clause, the act's words are quoted from mid-sentence (clause 9 opens «Мемлекеттік
    # қызмет: уәкілетті органға өтініш білдірген кезде:»); data/standards/standard-1.yaml, by hand.
    site = load_site(ROOT / "data")
    kk = page_data(site, "kk")["standards"]["1"]
    ru = page_data(site, "ru")["standards"]["1"]
    assert kk["hoursLabel"] == "Жұмыс уақыты (9-тармақ):"
    assert ru["hoursLabel"] == "График работы (пункт 9):"
    assert kk["hours"]["authorized-body"].startswith("«…демалыс және мереке күндерін қоспағанда,")
    assert kk["hours"]["authorized-body"].endswith("жедел қызмет көрсетусіз жүзеге асырылады.»")
    assert ru["hours"]["centre"].startswith("«…шесть рабочих дней в неделю, за исключением")
    assert ru["hours"]["centre"].endswith("без предварительной записи и ускоренного обслуживания.»")


def test_the_condominium_choice_is_the_sites_spelling():
    # review10 K5: the answer's «Субъект санаты» choice and its summary line are the site's words.
    site = load_site(ROOT / "data")
    assert page_data(site, "kk")["labels"]["category"]["condominium"] == (
        "Үй-жайлардың меншік иелері (кондоминиумға қатысушылар)"
    )
    assert page_data(site, "ru")["labels"]["category"]["condominium"] == (
        "Собственники помещений (участники кондоминиума)"
    )


def test_the_centres_information_line_is_named_only_to_who_goes_to_the_centre():
    # review11 K6/R6: the complaint block said «Орталықтың ақпараттық-анықтамалық қызметі:
    # 58-00-58.» to a reader who chose the authorized body. Clause 20 gives that line for
    # complaints about the Centre's inspector. Written by hand from complaint_terms_text with
    # 30 and 15 calendar days (clause 25), the number tied to its unit by a no-break space.
    site = load_site(ROOT / "data")
    kk = page_data(site, "kk")["standards"]["1"]["complaint"]
    ru = page_data(site, "ru")["standards"]["1"]["complaint"]
    terms = {
        "kk": "Шағым 30\u00a0күнтізбелік күн ішінде, ал қосымша ақпарат пен зерделеу талап"
        " етілмесе, 15\u00a0күнтізбелік күн ішінде қаралады.",
        "ru": "Жалоба рассматривается в течение 30\u00a0календарных дней, а если не требуется"
        " дополнительная информация и изучение, — в течение 15\u00a0календарных дней.",
    }
    assert kk["authorized-body"] == terms["kk"]
    assert ru["authorized-body"] == terms["ru"]
    assert kk["centre"] == terms["kk"] + " Орталықтың ақпараттық-анықтамалық қызметі: 58-00-58."
    assert ru["centre"] == terms["ru"] + " Информационно-справочная служба Центра: 58-00-58."
