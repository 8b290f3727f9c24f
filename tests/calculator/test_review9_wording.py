"""The editor's ninth reading (notes/review9.md): what the rules print. Each expected text is
typed from the review's proposal and worked by hand; none is copied from the output."""

from __future__ import annotations

from tests.calculator.test_review7_wording import late as late_check

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def late_lines(ask, lang: str) -> str:
    # Checked Tue 10.04.2012 (the review's late case): 30 calendar days end Thu 10.05.2012, a
    # working day (09.05 is the holiday); 15 days end Wed 25.04.2012.
    return plain(" ".join(late_check(ask, "2012-04-10", lang)["explanation"]))


# --- K3/R3: the clause reference follows the rule, not the weekday ----------------------------------
def test_the_complaint_line_cites_the_clause_after_the_rule(ask):
    assert (
        "Шағымды 10.04.2012 күні берсеңіз және ол сол күні тіркелсе, шағым 30 күнтізбелік күн"
        " ішінде қаралады (25-тармақ), жауап беру мерзімі — 10.05.2012 (бейсенбі)."
    ) in late_lines(ask, "kk")
    assert (
        "Если подать жалобу 10.04.2012 и она будет зарегистрирована в тот же день, ее рассмотрят"
        " в течение 30 календарных дней (пункт 25), ответ — не позднее 10.05.2012 (четверг)."
    ) in late_lines(ask, "ru")


# --- R4: the 15-day line names the complaint and has verbs, not a chain of verbal nouns -------------
def test_the_short_complaint_term_names_the_complaint(ask):
    assert (
        "Если же получать и изучать дополнительную информацию не потребуется, жалобу рассмотрят"
        " в течение 15 календарных дней, ответ — не позднее 25.04.2012 (среда)."
    ) in late_lines(ask, "ru")
    # The Kazakh line already names it («шағым … қаралады»).
    assert (
        "Ал қосымша ақпарат алу және зерделеу қажет болмаса, шағым 15 күнтізбелік күн ішінде"
        " қаралады, жауап беру мерзімі — 25.04.2012 (сәрсенбі)."
    ) in late_lines(ask, "kk")


def test_the_calculators_complaint_rule_has_the_same_verbs(ask):
    # The calculator's complaint block states the rule the late line applies (R4's wording).
    ru = plain(
        " ".join(
            ask(action="complaint", registered="2012-04-10", simple=True, lang="ru")["explanation"]
        )
    )
    assert (
        "Если получать и изучать дополнительную информацию не требуется, жалоба рассматривается"
        " в течение 15 календарных дней (пункт 25 стандарта)."
    ) in ru


# --- K7/R6: an impossible date from a link names its fault and the calendar -------------------------
def test_a_month_the_year_has_not_is_named(ask):
    # The answer page's date fields are pickers: a date the rules cannot read came with the link
    # (dates_from_link). The review's proposal, word for word.
    def refused(lang, **dates):
        answer = ask(action="dates", dates_from_link=True, lang=lang, **dates)
        return [(r["field"], plain(r["message"])) for r in answer["refused"]]

    assert refused("kk", checked_on="2012-13-01") == [
        (
            "checked_on",
            "Сілтемедегі «2012-13-01» күні танылмады: жылда 13-ай жоқ. «Тексеру күні» өрісінде"
            " күнді күнтізбеден таңдаңыз.",
        )
    ]
    assert refused("ru", checked_on="2012-13-01") == [
        (
            "checked_on",
            "Дата «2012-13-01» из ссылки не распознана: в году нет 13-го месяца. Выберите в поле"
            " «Дата проверки» дату в календаре.",
        )
    ]
    # Not a date at all (and not repeated: a link may carry anything), or month 0: the same
    # instruction, without a fault the rules cannot name.
    assert refused("ru", submitted="abc", paid_on="2012-00-05") == [
        (
            "paid_on",
            "Дата из ссылки не распознана. Выберите в поле «Дата оплаты» дату в календаре.",
        ),
        (
            "submitted",
            "Дата из ссылки не распознана. Выберите в поле «Дата подачи документов» дату"
            " в календаре.",
        ),
    ]
    assert refused("kk", submitted="abc") == [
        (
            "submitted",
            "Сілтемедегі күн танылмады. «Құжаттарды тапсыру күні» өрісінде күнді күнтізбеден"
            " таңдаңыз.",
        )
    ]


def test_a_typed_date_is_still_told_its_format(ask):
    # The calculator's fields are typed: without dates_from_link the format is the help.
    answer = ask(action="dates", checked_on="2012-13-01", lang="ru")
    assert plain(answer["refused"][0]["message"]) == (
        "Дата в поле «Дата проверки» указана неверно: укажите ее в формате ДД.ММ.ГГГГ, например"
        " 15.03.2012."
    )


# --- review8 D3 (second half): a refused fee keeps the area the citizen gave -------------------------
def test_a_refused_fee_still_says_the_area(ask):
    # Review8's link: a farm of 600 ha, submitted 04.05.2009, before the MCI table's first row:
    # the fee is refused, but the area was valid and the answer's summary keeps «600 га».
    request = dict(action="fee", category="farm", area="600", submitted="2009-05-04")
    for lang in ("kk", "ru"):
        answer = ask(**request, mci_elsewhere=True, lang=lang)
        assert not answer["ok"] and answer["error"]["code"] == "mci_needed_elsewhere"
        assert answer["area"] == f"600{NBSP}га"
    # An area the rules refuse is not repeated; nor is one a flat tariff does not ask.
    assert ask(**{**request, "area": "abc"}, lang="ru").get("area") is None
    flat = dict(request, category="individual_housing")
    assert ask(**flat, lang="ru").get("area") is None
