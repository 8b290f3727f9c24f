"""The editor's seventh reading (review7): what the rules print. Each expected text is typed from
the review's proposal and worked by hand on the 2012 calendar; none is copied from the output."""

from __future__ import annotations

NBSP = "\u00a0"


def late(ask, checked_on, lang):
    return ask(
        action="late",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted="2012-03-06",
        checked_on=checked_on,
        lang=lang,
    )


# --- K1/R1: the check date is no registration: the complaint is a condition ------------------------
def test_the_late_check_does_not_say_a_complaint_was_registered(ask):
    # Checked Fri 30.03.2012; 30 calendar days from it end Sun 29.04.2012. Mon 30.04 is a day off
    # (moved from Sat 28.04) and Tue 01.05 a holiday, so the answer is due Wed 02.05.2012. The
    # clause reference follows the rule (review9 K3/R3); the act's date and the site's carry-over
    # follow it (review10 D5).
    kk = " ".join(late(ask, "2012-03-30", "kk")["explanation"])
    ru = " ".join(late(ask, "2012-03-30", "ru")["explanation"])
    assert (
        "Шағымды 30.03.2012 күні берсеңіз және ол сол күні тіркелсе, шағым 30 күнтізбелік күн"
        " ішінде қаралады (25-тармақ). Стандарт бойынша мерзім 29.04.2012 (жексенбі) күні"
        " аяқталады, бұл — жұмыс күні емес; мерзімдердің жалпы ережесі бойынша сайт оны келесі"
        " жұмыс күніне ауыстырады, жауап беру мерзімі — 02.05.2012 (сәрсенбі)."
    ) in kk.replace(NBSP, " ")
    assert (
        "Если подать жалобу 30.03.2012 и она будет зарегистрирована в тот же день, ее рассмотрят"
        " в течение 30 календарных дней (пункт 25). По стандарту срок истекает 29.04.2012"
        " (воскресенье), а это нерабочий день; по общему правилу о сроках сайт переносит его на"
        " ближайший следующий рабочий день, ответ — не позднее 02.05.2012 (среда)."
    ) in ru.replace(NBSP, " ")
    assert "тіркелген шағым" not in kk and "Жалоба, зарегистрированная" not in ru


# --- K8/R9, K7: the out-of-period note --------------------------------------------------------------
def test_the_out_of_period_note_names_the_government_and_the_resolution(ask):
    kk = ask(action="complaint", registered="2012-12-20", lang="kk")["warnings"][0]["message"]
    ru = ask(action="complaint", registered="2012-12-20", lang="ru")["warnings"][0]["message"]
    assert kk.replace(NBSP, " ") == (
        "Назар аударыңыз: шағымның тіркелген күні (20.12.2012) стандарттардың қолданылу кезеңіне"
        " кірмейді. Стандарттар ҚР Үкіметінің 2010 жылғы 17 ақпандағы № 102 қаулысымен бекітілген,"
        " қаулының күші ҚР Үкіметінің 2012 жылғы 1 қарашадағы № 1392 қаулысымен жойылған."
        " Есеп тек анықтама үшін берілген."
    )
    assert ru.replace(NBSP, " ") == (
        "Внимание: дата регистрации жалобы (20.12.2012) не входит в период действия стандартов."
        " Стандарты утверждены постановлением Правительства РК от 17 февраля 2010 года № 102,"
        " которое утратило силу постановлением Правительства РК от 1 ноября 2012 года № 1392."
        " Расчет приведен только для справки."
    )


# --- K9, K10 ------------------------------------------------------------------------------------------
def test_mysaly_is_set_off_by_commas(ask):
    answer = ask(
        action="fee", category="legal_entity", area="abc", submitted="2012-03-15", lang="kk"
    )
    assert answer["error"]["message"].endswith("санды жазыңыз, мысалы, 0,5 немесе 12.")


def test_the_fee_headline_does_not_repeat_the_heading(ask):
    # Individual housing: a flat 1,9 MRP (appendix 7) × 1 618 ₸ (2012) = 3 074,20 ₸.
    kk = ask(action="fee", category="individual_housing", submitted="2012-03-15", lang="kk")
    assert kk["summary"] == f"Сомасы: 3{NBSP}074,20{NBSP}₸"


# --- R8, D4: the days of the term, in date order ----------------------------------------------------
def test_the_days_of_the_term_are_in_date_order_and_the_swap_names_its_weekday(ask):
    # Submitted Tue 06.03.2012 at the authorized body, 6 working days: Wed 07, Sun 11 (worked for
    # Fri 09), Mon 12, Tue 13, Wed 14, Thu 15.03. Thu 08 (Women's Day), Fri 09 and Sat 10 are off.
    kk = ask(
        action="deadline",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted="2012-03-06",
        lang="kk",
    )["explanation"]
    ru = ask(
        action="deadline",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted="2012-03-06",
        lang="ru",
    )["explanation"]
    days = [line[:10] for line in kk if line[:2].isdigit() and line[2] == "."]
    assert days == ["08.03.2012", "09.03.2012", "10.03.2012", "11.03.2012"]
    assert (
        "Воскресенье, 11.03.2012, — рабочий день: выходной день перенесен с этого дня на пятницу,"
        " 09.03.2012." in ru
    )
    assert (
        "11.03.2012 (жексенбі) — жұмыс күні: демалыс осы күннен 09.03.2012 (жұма) күніне"
        " ауыстырылған." in kk
    )
    ru_days = [line for line in ru if "2012, " in line[:25]]
    assert [line.split(", ")[1] for line in ru_days] == [
        "08.03.2012",
        "09.03.2012",
        "10.03.2012",
        "11.03.2012",
    ]
