"""The editor's third reading of the rendered answers (review3): office hours as a sentence that
opens on the day, the offset from the same zone table as the clock, storage and date errors that
name what they mean. Expected texts are written out by hand from the review's proposals."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from calculator import zones
from calculator.messages import kk_time

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        # The ending follows the last word read aloud: the minutes' unit, else their tens, «нөл».
        (time(1, 21), "01:21-де"),  # жиырма бір → бірде
        (time(13, 30), "13:30-да"),  # отыз → отызда
        (time(9, 0), "09:00-де"),  # нөл → нөлде
        (time(18, 40), "18:40-та"),  # қырық → қырықта
        (time(10, 5), "10:05-те"),  # бес → бесте
        (time(12, 6), "12:06-да"),  # алты → алтыда
        (time(14, 3), "14:03-те"),  # үш → үште
        (time(9, 10), "09:10-да"),  # он → онда
        (time(17, 50), "17:50-де"),  # елу → елуде
    ],
)
def test_kazakh_locative_after_a_clock_time(clock, expected):
    assert kk_time(clock, "loc") == expected


def test_almaty_time_moved_to_utc_plus_5_on_1_march_2024(bundle):
    offsets = next(r["offsets"] for r in bundle["regions"] if r["id"] == "astana")
    # 2024-02-29 23:59 local (UTC+6) is 17:59 UTC; an hour later the clock read 23:00 (UTC+5).
    assert zones.local_time(offsets, datetime(2024, 2, 29, 17, 59)) == datetime(2024, 2, 29, 23, 59)
    assert zones.local_time(offsets, datetime(2024, 2, 29, 18, 0)) == datetime(2024, 2, 29, 23, 0)
    assert zones.utc_label(zones.offset_of_local(offsets, datetime(2012, 3, 22, 13, 30))) == "UTC+6"
    assert zones.utc_label(zones.offset_of_local(offsets, datetime(2026, 12, 7, 1, 21))) == "UTC+5"


def test_open_now_counts_and_labels_with_one_offset(ask):
    # 20:21 UTC on Sunday 06.12.2026 is 01:21 on Monday 07.12.2026 in Astana (UTC+5 since 2024).
    kk = ask(action="open", region="astana", office="centre", now="2026-12-06T20:21:07.5Z")
    assert (kk["at"], kk["day"], kk["utc"], kk["status"]) == (
        "2026-12-07T01:21",
        "07.12.2026",
        "UTC+5",
        "жабық",
    )
    assert kk["explanation"][0] == (
        "07.12.2026 (дүйсенбі) күні сағат 01:21-де халыққа қызмет көрсету орталығы әлі жұмыс"
        " істемейді; жұмыс сағат 09:00-де басталады."
    )
    assert "(UTC+5)" in kk["explanation"][-1]
    ru = ask(action="open", lang="ru", region="astana", office="centre", now="2026-12-06T20:21Z")
    assert ru["status"] == "закрыто"
    assert ru["explanation"][0] == (
        "В понедельник, 07.12.2026, в 01:21 центр обслуживания населения еще не работает;"
        " начало работы — в 09:00."
    )
    assert ru["explanation"][-1].endswith("(UTC+5).")


def test_open_on_a_holiday_in_2012_keeps_that_years_offset(ask):
    kk = ask(action="open", region="kostanay", office="centre-branch", at="22.03.2012 13:30")
    assert kk["explanation"][0] == (
        "22.03.2012 (бейсенбі) күні сағат 13:30-да Орталықтың филиалы немесе өкілдігі жұмыс"
        " істемейді — Наурыз мейрамы."
    )
    assert kk["utc"] == "UTC+6"
    ru = ask(
        action="open", lang="ru", region="kostanay", office="centre-branch", at="22.03.2012 13:30"
    )
    assert ru["explanation"][0] == (
        "В четверг, 22.03.2012, в 13:30 филиал или представительство Центра не работает:"
        " Наурыз мейрамы."
    )


def test_open_now_must_carry_its_zone(ask):
    answer = ask(action="open", region="astana", now="2026-12-06T20:21")
    assert (answer["ok"], answer["error"]["field"]) == (False, "now")


def test_storage_month_end_names_the_month_and_the_day(ask):
    # 31.01.2013 + 1 month: February 2013 has 28 days, so the term ends on 28.02.2013.
    kk = ask(action="storage", ready_on="2013-01-31", office="centre")
    assert kk["keep_until"] == "2013-02-28"
    assert (
        # review5 K28: the day of the month, not «31-күн»; no colon chain
        "2013 жылғы ақпанда 31-і жоқ, сондықтан сақтаудың соңғы күні — 28.02.2013."
        in (kk["explanation"])
    )
    ru = ask(action="storage", lang="ru", ready_on="2013-01-31", office="centre")
    assert (
        "В феврале 2013 года нет 31-го числа, поэтому последним днем хранения считается 28.02.2013."
        in ru["explanation"]
    )


def test_storage_names_the_applicant_in_the_sites_words(ask):
    kk = ask(action="storage", ready_on="2012-03-15", office="centre")
    ru = ask(action="storage", lang="ru", ready_on="2012-03-15", office="centre")
    assert kk["explanation"][0].startswith("Өтініш беруші құжаттарды мерзімінде алмаса,")
    assert ru["explanation"][0].startswith("Если заявитель не получил документы в срок,")


def test_a_wrong_date_names_its_field(ask):
    kk = ask(action="deadline", standard="1", case="grant", submitted="2012-13-45")
    ru = ask(action="deadline", lang="ru", standard="1", case="grant", submitted="2012-13-45")
    assert kk["error"]["message"] == (
        "«Құжаттарды тапсыру күні» өрісіндегі күн дұрыс емес: КК.АА.ЖЖЖЖ түрінде жазыңыз,"
        " мысалы, 15.03.2012."
    )
    assert ru["error"]["message"] == (
        "Дата в поле «Дата подачи документов» указана неверно: укажите ее в формате ДД.ММ.ГГГГ,"
        " например 15.03.2012."
    )


def test_an_empty_payment_date_is_the_submission_date_and_the_fee_says_so(ask):
    kk = ask(action="fee", category="farm", area="120", submitted="2012-02-27")
    ru = ask(action="fee", lang="ru", category="farm", area="120", submitted="2012-02-27")
    assert (kk["paid_on"], kk["paid_on_assumed"]) == ("2012-02-27", True)
    assert (
        # review5 K9: a sentence, not a colon chain
        "Төлем күні көрсетілмегендіктен, құжаттарды тапсыру күні (27.02.2012) алынды."
        in kk["explanation"]
    )
    assert (
        "Дата оплаты не указана, поэтому принята дата подачи документов (27.02.2012)."
        in ru["explanation"]
    )
    # A payment date given is the one used, and nothing is said to be assumed.
    paid = ask(
        action="fee", category="farm", area="120", paid_on="2012-03-01", submitted="2012-02-27"
    )
    assert (paid["paid_on"], paid["paid_on_assumed"]) == ("2012-03-01", False)
    assert not any(line.startswith("Төлем күні көрсетілмеген") for line in paid["explanation"])


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("0.8", f"0,8{NBSP}га"), ("120", f"120{NBSP}га"), ("1 618,5", f"1{NBSP}618,5{NBSP}га")],
)
def test_the_area_is_written_by_the_rules(ask, typed, shown):
    assert ask(action="fee", category="farm", area=typed, paid_on="2012-03-01")["area"] == shown


def test_a_late_answer_under_the_deadline_block_points_to_it(ask):
    # Submitted Thursday 01.03.2012, due 12.03.2012 (review3), checked on 20.03.2012: 6 days late.
    request = dict(standard="1", case="grant", submitted="2012-03-01", checked_on="2012-03-20")
    page = ask(action="late", deadline_shown=True, **request)
    assert page["explanation"][0].startswith("Акт 12.03.2012 (дүйсенбі) күні дайын болуы тиіс еді.")
    # the count once, inside the sentence (review5 K4)
    assert page["explanation"][0].endswith(
        f"Содан бері, 2012 жылғы 20 наурызды қоса алғанда, 6{NBSP}жұмыс күні өтті: 13.03.2012,"
        " 14.03.2012, 15.03.2012, 16.03.2012, 19.03.2012, 20.03.2012."
    )
    assert page["explanation"][1] == "Мерзімнің есебі жоғарыда, «Акт қашан дайын болады» бөлімінде."
    assert not any(line.startswith("Стандарттың 7-тармағы") for line in page["explanation"])
    ru = ask(action="late", lang="ru", deadline_shown=True, **request)
    assert ru["explanation"][1] == "Расчет срока приведен выше, в разделе «Когда будет готов акт»."
    # The calculator's own form has no block above: it keeps the reasoning.
    alone = ask(action="late", **request)
    assert any(line.startswith("Стандарттың 7-тармағы") for line in alone["explanation"])
