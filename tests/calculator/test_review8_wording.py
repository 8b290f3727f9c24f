"""The editor's eighth reading (notes/review8.md): what the rules print. Each expected text is
typed from the review's proposal and worked by hand; none is copied from the output."""

from __future__ import annotations

from tests.calculator.test_review7_wording import late as late_check

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


# --- K2: no dash between the subject and a verbal predicate -----------------------------------------
def test_the_fee_band_line_has_no_subject_predicate_dash(ask):
    # Condominium, 1,7 ha: over 1,5 and up to 2,0 ha (data/fees.yaml, appendix 7), coefficient 1,2.
    kk = ask(action="fee", category="condominium", area="1.7", submitted="2012-03-15", lang="kk")
    lines = [plain(line) for line in kk["explanation"]]
    assert (
        "1,7 га алаң «2,0 га-ға дейін» аралығына жатады (шекті мәнді қоса алғанда), сондықтан"
        " арттыру коэффициенті 1,2 қолданылады."
    ) in lines
    assert not any(line.startswith("Алаң 1,7 га —") for line in lines)


# --- R1: the result does not repeat the block's heading «Плата за услугу» ---------------------------
def test_the_russian_fee_headline_is_a_sum(ask):
    # Individual housing: a flat 1,9 MRP × 1 618 ₸ (2012) = 3 074,20 ₸.
    ru = ask(action="fee", category="individual_housing", submitted="2012-03-15", lang="ru")
    assert ru["summary"] == f"Сумма: 3{NBSP}074,20{NBSP}₸"


# --- K8/R7: the second complaint line keeps the first one's condition -------------------------------
def test_the_short_complaint_term_keeps_the_condition(ask):
    # Checked Fri 30.03.2012: 15 calendar days end Sat 14.04.2012, moved to Mon 16.04.2012.
    # The Russian line in review9 R4's words; the carry-over said as the site's (review10 D5).
    def late(lang):
        return late_check(ask, "2012-03-30", lang)

    kk = plain(" ".join(late("kk")["explanation"]))
    ru = plain(" ".join(late("ru")["explanation"]))
    # The condition and the term; the carry-over sentence after it is review10's
    # (tests/calculator/test_review10_wording.py).
    assert (
        "Ал қосымша ақпарат алу және зерделеу қажет болмаса, шағым 15 күнтізбелік күн ішінде"
        " қаралады."
    ) in kk
    assert "жауап беру мерзімі — 16.04.2012 (дүйсенбі)." in kk
    assert (
        "Если же получать и изучать дополнительную информацию не потребуется, жалобу рассмотрят"
        " в течение 15 календарных дней."
    ) in ru
    assert "ответ — не позднее 16.04.2012 (понедельник)." in ru


# --- D3: the answer page has no MCI field: the message names the page that has it ------------------
def test_a_missing_mci_on_a_page_without_the_field_names_the_calculator(ask):
    # 04.05.2009 is before the table's first row (01.07.2009).
    request = dict(action="fee", category="individual_housing", submitted="2009-05-04")
    kk = ask(**request, mci_elsewhere=True, lang="kk")["error"]["message"]
    ru = ask(**request, mci_elsewhere=True, lang="ru")["error"]["message"]
    assert plain(ru).endswith(
        "Плату можно рассчитать на странице «Расчет платы и срока», указав значение МРП"
        " в разделе «Дополнительные параметры»."
    )
    assert "Введите значение в поле" not in ru
    assert plain(kk).endswith(
        "Ақыны «Қызмет ақысы мен мерзімін есептеу» бетінде есептеуге болады: онда АЕК мәнін"
        " «Қосымша параметрлер» бөліміне енгізіңіз."
    )
    # The calculator page, which has the field, keeps its own message.
    calc = ask(**request, lang="ru")["error"]["message"]
    assert calc.endswith("в разделе «Дополнительные параметры».") and "Введите" in calc


# --- D2: a link's impossible dates are named even before the answer is complete ---------------------
def test_the_dates_of_a_link_are_checked_on_their_own(ask):
    kk = ask(action="dates", submitted="2013-02-31", checked_on="2012-13-01", lang="kk")
    ru = ask(action="dates", submitted="2013-02-31", checked_on="2012-13-01", lang="ru")
    # February 2013 has 28 days; there is no 13th month (a format error, as on the answer page).
    assert [(e["field"], plain(e["message"])) for e in kk["refused"]] == [
        (
            "submitted",
            "2013 жылғы ақпанда 31-і жоқ. «Құжаттарды тапсыру күні» өрісінде күнді күнтізбеден"
            " таңдаңыз.",
        ),
        (
            "checked_on",
            "«Тексеру күні» өрісіндегі күн дұрыс емес: КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы,"
            " 15.03.2012.",
        ),
    ]
    assert plain(ru["refused"][0]["message"]).startswith("В феврале 2013 года нет 31-го числа.")
    # Good dates, or none: nothing refused.
    assert ask(action="dates", submitted="2012-03-15", lang="kk")["refused"] == []
    assert ask(action="dates", lang="ru")["refused"] == []
