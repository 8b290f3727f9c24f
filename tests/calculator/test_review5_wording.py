"""The editor's fifth reading (review5): what the rules print. Each expected text is written out
by hand from the review's proposal and the act (data/source lines 58, 91 for the amendments);
none is copied from the rules' output."""

from __future__ import annotations

from datetime import date

import pytest

from calculator.wording import IN_FORCE, NOT_YET, UNKNOWN

NBSP = "\u00a0"
# № 1429 of 01.12.2011 amended clause 7 as № 545 of 19.05.2011 had worded it, from 30.01.2012.
KK_1429 = (
    f"стандарттың 7-тармағына ҚР Үкіметінің 2011 жылғы 1 желтоқсандағы №{NBSP}1429 қаулысымен"
    " өзгеріс енгізілді (қаулы 2012 жылғы 30 қаңтардан бастап қолданысқа енгізілген)"
)
# Review 6 (R5/K7): the parenthesis has its predicate, and the term in words, as the acts' notes.
KK_545 = (
    f"стандарт ҚР Үкіметінің 2011 жылғы 19 мамырдағы №{NBSP}545 қаулысымен жаңа редакцияда"
    f" жазылды (қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң"
    f" қолданысқа енгізілген)"
)
RU_1429 = (
    f"в пункт 7 стандарта внесены изменения постановлением Правительства РК от 1 декабря 2011"
    f" года №{NBSP}1429 (постановление введено в действие с 30 января 2012 года)"
)
RU_545 = (
    f"стандарт изложен в новой редакции постановлением Правительства РК от 19 мая 2011 года №{NBSP}545"
    f" (постановление введено в действие по истечении десяти календарных дней после дня первого официального"
    f" опубликования)"
)


def deadline(ask, submitted, lang, office="authorized-body"):
    return ask(
        action="deadline", standard="1", case="grant", office=office, submitted=submitted, lang=lang
    )


def late(ask, checked_on, lang, submitted="2012-02-01"):
    return ask(
        action="late",
        standard="1",
        case="grant",
        office="authorized-body",
        submitted=submitted,
        checked_on=checked_on,
        lang=lang,
    )


# --- D6: № 545 was in force by 12.12.2011 at the latest -------------------------------------------
# № 1429, adopted 01.12.2011, amends № 545's wording, so that wording was published by then and in
# force once ten calendar days had passed: 02.12–11.12, in force from 12.12.2011.
@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2011, 12, 11), {(545, "all"): UNKNOWN, (1429, "7"): NOT_YET}),
        (date(2011, 12, 12), {(545, "all"): IN_FORCE, (1429, "7"): NOT_YET}),
        (date(2011, 12, 28), {(545, "all"): IN_FORCE, (1429, "7"): NOT_YET}),
    ],
)
def test_545_in_force_ten_days_after_1429_was_adopted(rules, day, expected):
    notes = rules.wording.notes(day, ("7",))
    assert {(n.amendment.act, n.clause): n.status for n in notes} == expected


def test_28_december_2011_warns_about_1429_only_and_says_each_amendment_once(ask):
    # Wednesday 28.12.2011: № 545 in force (above), № 1429 from 30.01.2012 — not yet.
    kk = deadline(ask, "2011-12-28", "kk")
    assert [w["message"] for w in kk["warnings"]] == [
        f"Назар аударыңыз: {KK_1429}; 28.12.2011 күні бұл редакция әлі қолданысқа енгізілмеген еді."
        " Сол күні қолданылған бұрынғы редакция дереккөзде жоқ, сондықтан есеп соңғы редакция"
        " бойынша жүргізілді және бұл күнге сәйкес келмеуі мүмкін."
    ]
    assert kk["explanation"][-1] == (
        f"Есеп стандарттың соңғы редакциясы бойынша жүргізілді: {KK_545}."
    )
    said = " ".join([w["message"] for w in kk["warnings"]] + kk["explanation"])
    assert said.count("№\u00a01429") == 1 and said.count("№\u00a0545") == 1


# --- K6/R10: adilet's passive formula, one sentence ------------------------------------------------
def test_the_wording_applied_in_the_passive_formula(ask):
    assert deadline(ask, "2012-03-15", "kk")["explanation"][-1] == (
        f"Есеп стандарттың соңғы редакциясы бойынша жүргізілді: {KK_545}; {KK_1429}."
    )
    assert deadline(ask, "2012-03-15", "ru")["explanation"][-1] == (
        f"Расчет выполнен по последней редакции стандарта: {RU_545}; {RU_1429}."
    )


# --- K3/R5, K4/R6: the late check in the question's term, the count once -------------------------
def test_not_late_in_the_term_of_the_question(ask):
    # Submitted Wed 01.02.2012; 6 working days (clause 7, a new act): Thu 02, Fri 03, Mon 06,
    # Tue 07, Wed 08, Thu 09.02. The act is due Thu 09.02.2012; checked that day.
    kk = late(ask, "2012-02-09", "kk")
    assert kk["summary"] == "Мерзім бұзылмаған: акт 09.02.2012 (бейсенбі) күні дайын болуы тиіс"
    ru = late(ask, "2012-02-09", "ru")
    assert ru["summary"] == "Срок не нарушен: акт должен быть готов 09.02.2012 (четверг)"


def test_late_says_the_delay_in_the_heading_and_one_sentence(ask):
    # Due Thu 09.02.2012; checked Mon 13.02.2012: Fri 10 and Mon 13 are working days, two passed.
    kk = late(ask, "2012-02-13", "kk")
    assert kk["summary"] == f"Акт беру мерзімі бұзылған: кешігу — 2{NBSP}жұмыс күні"
    assert kk["explanation"][0] == (
        "Акт 09.02.2012 (бейсенбі) күні дайын болуы тиіс еді. Содан бері, 2012 жылғы 13 ақпанды"
        f" қоса алғанда, 2{NBSP}жұмыс күні өтті: 10.02.2012, 13.02.2012."
    )
    ru = late(ask, "2012-02-13", "ru")
    assert ru["explanation"][0] == (
        "Акт должен был быть готов 09.02.2012 (четверг). С тех пор по 13.02.2012 включительно"
        f" прошло 2{NBSP}рабочих дня: 10.02.2012, 13.02.2012."
    )
    # One working day: the verb agrees with «1 рабочий день».
    assert late(ask, "2012-02-10", "ru")["explanation"][0].endswith(
        f"С тех пор по 10.02.2012 включительно прошел 1{NBSP}рабочий день: 10.02.2012."
    )


# --- K5/R7: the period warning names whose date it is ----------------------------------------------
def test_the_period_warning_names_the_submission_date(ask):
    kk = deadline(ask, "2012-12-28", "kk")
    assert kk["warnings"][0]["message"].startswith(
        "Назар аударыңыз: құжаттарды тапсыру күні (28.12.2012) стандарттардың қолданылу"
        " кезеңіне кірмейді."
    )
    ru = ask(action="fee", category="individual_housing", submitted="2012-12-28", lang="ru")
    # no payment date: the submission date stands for it, and is named so
    assert ru["warnings"][0]["message"].startswith(
        "Внимание: дата подачи документов (28.12.2012) не входит в период действия стандартов."
    )


# --- K19/R13: a day the month does not have ---------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "lang", "message"),
    [
        (
            "2013-02-31",
            "kk",
            "2013 жылғы ақпанда 31-і жоқ. «Құжаттарды тапсыру күні» өрісінде күнді күнтізбеден"
            " таңдаңыз.",
        ),
        (
            "2013-02-31",
            "ru",
            "В феврале 2013 года нет 31-го числа. Выберите в поле «Дата подачи документов» дату"
            " в календаре.",
        ),
        ("30.11.2012", "kk", None),  # a real day (a Friday): no error
        ("31.04.2012", "kk", "2012 жылғы сәуірде 31-і жоқ."),
        ("2012-02-30", "kk", "2012 жылғы ақпанда 30-ы жоқ."),
        ("2013-02-29", "kk", "2013 жылғы ақпанда 29-ы жоқ."),
    ],
)
def test_a_day_the_month_lacks_is_named(ask, raw, lang, message):
    answer = deadline(ask, raw, lang)
    if message is None:
        assert answer["ok"]
        return
    assert answer["error"]["field"] == "submitted"
    assert answer["error"]["message"].startswith(message)


def test_a_nonsense_date_still_gets_the_format(ask):
    answer = deadline(ask, "2013-02-32", "ru")
    assert "ДД.ММ.ГГГГ" in answer["error"]["message"]


# --- K28, K9, K8, R8, K10 ---------------------------------------------------------------------------
def test_storage_end_in_a_short_month(ask):
    # Ready Fri 31.08.2012 at the authorized body: kept six months, to 31 February, which 2013
    # lacks. Not «31-күн» (read as a count of days): the day of the month, as the Russian
    # «нет 31-го числа» and date_no_such_day say it.
    kk = ask(action="storage", ready_on="2012-08-31", office="authorized-body", lang="kk")
    assert (
        "2013 жылғы ақпанда 31-і жоқ, сондықтан сақтаудың соңғы күні — 28.02.2013."
        in (kk["explanation"])
    )


def test_fee_lines(ask):
    kk = ask(
        action="fee",
        category="legal_entity",
        area="1200",
        submitted="2012-03-15",
        case="duplicate",
        lang="kk",
    )
    lines = kk["explanation"]
    assert "Төлем күні көрсетілмегендіктен, құжаттарды тапсыру күні (15.03.2012) алынды." in lines
    assert (
        # a no-break space between a number and its unit (docs/dev/language.md)
        f"1{NBSP}200{NBSP}га алаң «50{NBSP}га-дан жоғары» аралығына жатады, сондықтан арттыру"
        " коэффициенті 1,4 қолданылады." in lines
    )
    assert lines[-1] == (
        "Кестеде телнұсқа бөлек көрсетілмеген, сондықтан телнұсқа үшін есеп осы тариф бойынша"
        " жүргізілді."
    )
    ru = ask(
        action="fee",
        category="legal_entity",
        area="1",
        submitted="2012-03-15",
        case="duplicate",
        lang="ru",
    )
    assert (
        "Дата оплаты не указана, поэтому принята дата подачи документов (15.03.2012)."
        in ru["explanation"]
    )
    assert ru["explanation"][-1] == (
        "В таблице дубликат отдельно не указан, поэтому для дубликата расчет выполнен по тому же"
        " тарифу."
    )


def test_one_verb_for_days_counted(ask):
    text = " ".join(deadline(ask, "2012-03-06", "kk")["explanation"])
    # «есепке алынады / алынбайды» throughout («бойынша есептеледі», "are computed", is not it)
    assert "есептелмейді" not in text and "Есептелген" not in text
    assert "08.03.2012 (бейсенбі) есепке алынбайды" in text


# --- R11: a Russian line about one day opens on the weekday ----------------------------------------
def test_russian_day_lines_open_on_the_weekday(ask):
    # Submitted Tue 06.03.2012 at the authorized body: Thu 08.03 is Women's Day, Fri 09.03 a day
    # off moved from Sun 11.03, which became a working day.
    lines = deadline(ask, "2012-03-06", "ru")["explanation"]
    assert "Четверг, 08.03.2012, не засчитывается — Международный женский день." in lines
    # Review 6 (R12): the line says the day off was moved from this very day; review7 (R8):
    # «с этого дня», and the target named weekday first.
    assert (
        "Воскресенье, 11.03.2012, — рабочий день: выходной день перенесен с этого дня на пятницу,"
        " 09.03.2012." in lines
    )
    kk = deadline(ask, "2012-03-06", "kk")["explanation"]
    assert "08.03.2012 (бейсенбі) есепке алынбайды — Халықаралық әйелдер күні." in kk
