"""The editor's tenth reading (notes/review10.md): what the rules print. Each expected text is
typed from the review and the design's "Other terms" (the carry-over to the next working day is
the general rule for terms, given as the site's reading) and worked by hand; none is copied from
the output."""

from __future__ import annotations

from tests.calculator.test_review7_wording import late as late_check

NBSP = "\u00a0"


def plain(lines: list[str]) -> str:
    return " ".join(lines).replace(NBSP, " ")


# --- D5: the act's date and the site's carry-over, said apart ----------------------------------
# Registered Fri 30.03.2012: + 30 calendar days = Sun 29.04.2012 (the act's date). Mon 30.04 is a
# day off moved from Sat 28.04, Tue 01.05 a holiday: the next working day is Wed 02.05.2012.
CARRIED = {
    "kk": "Стандарттың 25-тармағында мерзімді жұмыс күніне ауыстыру туралы айтылмаған. Стандарт"
    " бойынша мерзім 29.04.2012 (жексенбі) күні аяқталады, бұл — жұмыс күні емес; мерзімдердің"
    " жалпы ережесі бойынша сайт оны келесі жұмыс күніне ауыстырады, жауап беру мерзімі —"
    " 02.05.2012 (сәрсенбі).",
    "ru": "О переносе срока на рабочий день в пункте 25 стандарта не сказано. По стандарту срок"
    " истекает 29.04.2012 (воскресенье), а это нерабочий день; по общему правилу о сроках сайт"
    " переносит его на ближайший следующий рабочий день, ответ — не позднее 02.05.2012 (среда).",
}


def test_the_complaint_calculator_gives_the_acts_date_and_the_sites_reading(ask):
    for lang, line in CARRIED.items():
        text = plain(ask(action="complaint", registered="2012-03-30", lang=lang)["explanation"])
        assert line in text
        # The old sentence stated the carry-over as if it were the act's rule.
        assert "бірінші жұмыс күні аяқталады" not in text
        assert "срок истекает в ближайший следующий" not in text


def test_a_complaint_due_on_a_working_day_says_nothing_of_a_carry_over(ask):
    # Registered Tue 10.04.2012: + 30 = Thu 10.05.2012, a working day (09.05 is the holiday).
    for lang in ("kk", "ru"):
        text = plain(ask(action="complaint", registered="2012-04-10", lang=lang)["explanation"])
        assert "ауыстыр" not in text and "перенос" not in text


def test_the_late_blocks_complaint_line_gives_the_acts_date_and_the_sites_reading(ask):
    # The late check of 30.03.2012 (submitted 06.03.2012, late): the same 30-day complaint; the
    # 15-day one ends Sat 14.04.2012, carried to Mon 16.04.2012 (Sun 15.04 between).
    kk = plain(late_check(ask, "2012-03-30", "kk")["explanation"])
    ru = plain(late_check(ask, "2012-03-30", "ru")["explanation"])
    assert (
        "Шағымды 30.03.2012 күні берсеңіз және ол сол күні тіркелсе, шағым 30 күнтізбелік күн"
        " ішінде қаралады (25-тармақ). Стандарт бойынша мерзім 29.04.2012 (жексенбі) күні"
        " аяқталады, бұл — жұмыс күні емес; мерзімдердің жалпы ережесі бойынша сайт оны келесі"
        " жұмыс күніне ауыстырады, жауап беру мерзімі — 02.05.2012 (сәрсенбі)."
    ) in kk
    assert (
        "Ал қосымша ақпарат алу және зерделеу қажет болмаса, шағым 15 күнтізбелік күн ішінде"
        " қаралады. Стандарт бойынша мерзім 14.04.2012 (сенбі) күні аяқталады, бұл — жұмыс күні"
        " емес; мерзімдердің жалпы ережесі бойынша сайт оны келесі жұмыс күніне ауыстырады, жауап"
        " беру мерзімі — 16.04.2012 (дүйсенбі)."
    ) in kk
    assert (
        "Если подать жалобу 30.03.2012 и она будет зарегистрирована в тот же день, ее рассмотрят"
        " в течение 30 календарных дней (пункт 25). По стандарту срок истекает 29.04.2012"
        " (воскресенье), а это нерабочий день; по общему правилу о сроках сайт переносит его на"
        " ближайший следующий рабочий день, ответ — не позднее 02.05.2012 (среда)."
    ) in ru
    assert (
        "Если же получать и изучать дополнительную информацию не потребуется, жалобу рассмотрят"
        " в течение 15 календарных дней. По стандарту срок истекает 14.04.2012 (суббота), а это"
        " нерабочий день; по общему правилу о сроках сайт переносит его на ближайший следующий"
        " рабочий день, ответ — не позднее 16.04.2012 (понедельник)."
    ) in ru


# --- R1: the amending resolutions' dates in words, as on About and in the out-of-period note ----
# № 545 of 19 May 2011 (new wording), № 1429 of 1 December 2011 (clause 7, in force from
# 30 January 2012): data/amendments.yaml; the Russian genitive and the Kazakh locative-attribute
# and ablative by the guide («от 17 февраля 2010 года», «2011 жылғы 19 мамырдағы»,
# «2012 жылғы 30 қаңтардан бастап»).
def test_the_amendment_lines_write_dates_in_words(ask):
    ru = plain(
        ask(action="deadline", standard="1", case="grant", submitted="2012-03-15", lang="ru")[
            "explanation"
        ]
    )
    assert (
        "Расчет выполнен по последней редакции стандарта: стандарт изложен в новой редакции"
        " постановлением Правительства РК от 19 мая 2011 года № 545 (постановление введено в"
        " действие по истечении десяти календарных дней после дня первого официального"
        " опубликования); в пункт 7 стандарта внесены изменения постановлением Правительства РК"
        " от 1 декабря 2011 года № 1429 (постановление введено в действие с 30 января 2012 года)."
    ) in ru
    kk = plain(
        ask(action="deadline", standard="1", case="grant", submitted="2012-03-15", lang="kk")[
            "explanation"
        ]
    )
    assert (
        "стандарттың 7-тармағына ҚР Үкіметінің 2011 жылғы 1 желтоқсандағы № 1429 қаулысымен"
        " өзгеріс енгізілді (қаулы 2012 жылғы 30 қаңтардан бастап қолданысқа енгізілген)."
    ) in kk


def test_the_2011_fee_note_writes_the_resolutions_date_in_words(ask):
    # Paid 01.06.2011: № 545's publication is undated in the source, so it may not yet apply.
    answer = ask(action="fee", category="individual_housing", paid_on="2011-06-01", lang="ru")
    messages = plain([w["message"] for w in answer["warnings"]])
    assert (
        "Внимание: стандарт изложен в новой редакции постановлением Правительства РК от 19 мая"
        " 2011 года № 545 (постановление введено"
    ) in messages
    assert "19.05.2011" not in messages
