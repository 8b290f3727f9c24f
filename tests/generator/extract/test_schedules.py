"""generator.extract.schedules and the terms in standards' facts: the numbers the calculator runs on,
read from clauses 7, 9, 25 and 26 of each standard (this replaced a test that re-matched the source
with regular expressions against numbers typed in generator/bundle.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.errors import DataError
from generator.core.yamlio import load_yaml
from generator.extract import schedules

DATA = Path(__file__).resolve().parents[3] / "data"

# Read by eye in data/source/resolution-2010-102.kk.txt, standard 1: lines 99 and 103 (clause 9),
# 253 and 255 (clause 26), 85 (clause 7), 245 (clause 25). Standards 2-4 print the same numbers.
AUTHORIZED_BODY = (
    "демалыс және мереке күндерін қоспағанда, аптасына бес жұмыс күні, сағат 13-00-ден "
    "14-00-ге дейінгі түскі үзіліспен сағат 9-00-ден 18-00-ге дейін көрсетіледі."
)
CENTRE = (
    "жексенбі және мереке күндерін қоспағанда, аптасына алты жұмыс күні, белгіленген жұмыс кестесіне сәйкес "
    "түскі үзіліссіз сағат 9-00-ден сағат 20-00-ге дейін көрсетіледі, филиалдар мен өкілдіктер үшін сағат "
    "13-00-ден 14-00-ге дейінгі түскі үзіліспен сағат 9-00-ден сағат 19-00-ге дейінгі жұмыс кестесі белгіленеді."
)
STORAGE = (
    "Егер тұтынушы құжаттарды алуға мерзімінде келмеген жағдайда, уәкілетті орган оларды 6 ай бойы сақтауды "
    "қамтамасыз етеді, одан кейін оларды мамандандырылған кәсіпорынның мұрағатына өткізеді. Егер тұтынушы "
    "құжаттарды алуға мерзімінде келмеген жағдайда, Орталық оларды 1 ай бойы сақтауды қамтамасыз етеді, одан "
    "кейін оларды уәкілетті органға береді."
)
OFFICES = {
    "authorized-body": {
        "weekdays": [1, 2, 3, 4, 5],
        "hours": [["09:00", "13:00"], ["14:00", "18:00"]],
    },
    "centre": {"weekdays": [1, 2, 3, 4, 5, 6], "hours": [["09:00", "20:00"]]},
    "centre-branch": {
        "weekdays": [1, 2, 3, 4, 5, 6],
        "hours": [["09:00", "13:00"], ["14:00", "19:00"]],
    },
}
KEEPERS = {
    "authorized-body": {"months": 6, "then": "archive"},
    "centre": {"months": 1, "then": "authorized-body"},
}


CLAUSE_7 = (
    "Мемлекеттік қызмет көрсету мерзімдері: 1) тұтынушы осы стандарттың 11-тармағында айқындалған қажетті "
    "құжаттарды тапсырған сәттен бастап мемлекеттік қызмет көрсету мерзімі 6 жұмыс күнін құрайды, жер участкесіне "
    "жеке меншік құқығына арналған актінің телнұсқасын берген кезде - 4 жұмыс күні; 2) құжаттарды тапсыру және "
    "алу кезінде кезекте күтудің рұқсат берілген ең көп уақыты 30 минуттан аспайды; 3) құжаттарды тапсыру және "
    "алу кезінде қызмет көрсетудің рұқсат берілген ең көп уақыты 30 минуттан аспайды."
)
CLAUSE_25 = (
    "Азаматтардың өтініштерін қараудың белгіленген мерзімдері күнтізбелік 30 күн, ал қосымша ақпарат алуды және "
    "зерделеуді талап етпеген жағдайда 15 күн. Шағымды қарау нәтижелері жазбаша түрде баяндалады."
)


def test_clause_7_as_printed():
    assert schedules.service_terms(1, CLAUSE_7) == {
        "service_working_days": 6,
        "duplicate_working_days": 4,
        "queue_minutes": 30,
        "desk_minutes": 30,
        "clause": "7",
    }
    with pytest.raises(
        DataError, match=r"standard 2 clause 7: expected two working-day terms .* found \[6\]"
    ):
        schedules.service_terms(2, CLAUSE_7.replace("- 4 жұмыс күні", "- төрт күн"))


def test_clause_25_as_printed():
    # Standard 1 prints the centre's information line 58-00-58 among clauses 20-25.
    terms = schedules.complaint_terms("… 58-00-58 … " + CLAUSE_25, CLAUSE_25)
    assert terms == {
        "calendar_days": 30,
        "calendar_days_simple": 15,
        "info_line": "58-00-58",
        "clause": "25",
    }
    assert schedules.complaint_terms("", "")["calendar_days"] is None


def test_clause_9_as_printed():
    assert schedules.office_hours(1, AUTHORIZED_BODY, CENTRE) == OFFICES


def test_a_misprinted_lunch_word_still_reads():
    # Standards 1-2 print «тұсқі» for «түскі» before the corrections; the numbers are what matter.
    assert schedules.office_hours(1, AUTHORIZED_BODY.replace("түскі", "тұсқі"), CENTRE) == OFFICES


def test_clause_26_as_printed():
    assert schedules.storage(1, STORAGE) == KEEPERS


def test_hours_that_do_not_read_stop_naming_standard_and_clause():
    with pytest.raises(DataError, match=r"standard 2 clause 9: no opening hours"):
        schedules.office_hours(2, AUTHORIZED_BODY.replace("18-00-ге", "кешке"), CENTRE)
    with pytest.raises(DataError, match=r"standard 3 clause 9: no «аптасына … жұмыс күні»"):
        schedules.office_hours(3, AUTHORIZED_BODY.replace("аптасына бес", "аптасына жеті"), CENTRE)
    with pytest.raises(
        DataError, match=r"standard 4 clause 9: the centre's paragraph has no «филиалдар"
    ):
        schedules.office_hours(4, AUTHORIZED_BODY, CENTRE.split(", филиалдар")[0])


def test_storage_that_does_not_read_stops_naming_standard_and_clause():
    with pytest.raises(
        DataError, match=r"standard 2 clause 26: expected how long .* found \['authorized-body'\]"
    ):
        schedules.storage(2, STORAGE.split(" Егер")[0])
    with pytest.raises(DataError, match=r"standard 3 clause 26: cannot tell who receives"):
        schedules.storage(3, STORAGE.replace("мұрағатына", "қоймасына"))


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_every_standard_states_the_same_terms(number):
    facts = load_yaml(DATA / "standards" / f"standard-{number}.yaml").data["facts"]
    assert facts["hours"]["offices"] == OFFICES and facts["hours"]["clause"] == "9"
    assert facts["storage"]["keepers"] == KEEPERS and facts["storage"]["clause"] == "26"
    terms = facts["terms"]
    assert (
        terms["service_working_days"],
        terms["duplicate_working_days"],
        terms["queue_minutes"],
        terms["desk_minutes"],
        terms["clause"],
    ) == (6, 4, 30, 30, "7")
    complaint = facts["complaint_terms"]
    assert (complaint["calendar_days"], complaint["calendar_days_simple"], complaint["clause"]) == (
        30,
        15,
        "25",
    )
