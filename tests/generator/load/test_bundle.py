"""generator.load.bundle: the plain-JSON bundle the rules run on, in CPython and in the browser."""

import json
import re
import shutil
import zoneinfo
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from calculator.calendar import ProductionCalendar
from generator.core.errors import DataError
from generator.load.bundle import build_bundle, production_calendar
from generator.load.site_data import load_site
from tests.datatools import KAZAKH_ONLY

DATA = Path(__file__).resolve().parents[3] / "data"


def test_top_level_shape(bundle):
    # Exactly what Rules.from_bundle and the page script read; nothing shipped that nobody reads.
    assert list(bundle) == [
        "legal",
        "mci",
        "fees",
        "terms",
        "offices",
        "regions",
        "strings",
        "calendar",
        "amendments",
    ]


def test_the_browser_gets_the_same_bundle(bundle, site_dir):
    shipped = next(site_dir.glob("assets/runtime-*/calculator/bundle.json"))
    assert json.loads(shipped.read_text(encoding="utf-8")) == bundle


def test_the_same_data_gives_the_same_bundle(bundle):
    assert json.dumps(build_bundle(load_site(DATA)), ensure_ascii=False) == json.dumps(
        bundle, ensure_ascii=False
    )


def test_the_legal_period_comes_from_the_source(bundle):
    assert bundle["legal"] == {
        "act": {"number": "102", "date": "2010-02-17"},
        "repealed_by": {"number": "1392", "date": "2012-11-01"},
        "source_line": 9,
    }


def test_mci_rows_are_iso_strings(bundle):
    assert bundle["mci"][:2] == [
        {
            "from": "2009-07-01",
            "tenge": 1296,
            "law": {
                "kk": "2009–2011 жылдарға арналған республикалық бюджет туралы (өзгерістерімен)",
                "ru": "О республиканском бюджете на 2009–2011 годы (с изменениями)",
            },
        },
        {
            "from": "2010-01-01",
            "tenge": 1413,
            "law": {
                "kk": "2010–2012 жылдарға арналған республикалық бюджет туралы",
                "ru": "О республиканском бюджете на 2010–2012 годы",
            },
        },
    ]


def test_regions_and_their_zones(bundle):
    regions = bundle["regions"]
    assert [r["id"] for r in regions] == [
        "akmola",
        "aktobe",
        "almaty-region",
        "atyrau",
        "east-kazakhstan",
        "zhambyl",
        "west-kazakhstan",
        "karaganda",
        "kostanay",
        "kyzylorda",
        "mangystau",
        "pavlodar",
        "north-kazakhstan",
        "south-kazakhstan",
        "almaty-city",
        "astana",
    ]
    zones = {r["id"]: r["zone"] for r in regions}
    assert {k: v for k, v in zones.items() if v != "Asia/Almaty"} == {
        "aktobe": "Asia/Aqtobe",
        "atyrau": "Asia/Atyrau",
        "west-kazakhstan": "Asia/Oral",
        "kostanay": "Asia/Qostanay",
        "kyzylorda": "Asia/Qyzylorda",
        "mangystau": "Asia/Aqtau",
    }
    for zone in set(zones.values()):
        zoneinfo.ZoneInfo(zone)
    assert regions[8] == {
        "id": "kostanay",
        "zone": "Asia/Qostanay",
        # UTC+6 until Kostanay's clocks went from 1 March 2024 00:00 back to 29 February 23:00,
        # i.e. 18:00 UTC (UTC+5 since); the table starts with the calendar (2009).
        "offsets": [["2009-01-01T00:00", 360], ["2024-02-29T18:00", 300]],
        "kk": "Қостанай облысы",
        "ru": "Костанайская область",
    }


def test_the_calendar_covers_the_mci_years_and_one_more(bundle):
    assert (bundle["calendar"]["first"], bundle["calendar"]["last"]) == ("2009-01-01", "2027-12-31")


def test_every_day_agrees_with_the_holidays_package(bundle):
    calendar = ProductionCalendar.from_data(bundle["calendar"])
    kz = holidays.country_holidays("KZ", years=range(2009, 2028))
    day = date(2009, 1, 1)
    checked = 0
    while day <= date(2027, 12, 31):
        assert calendar.is_working_day(day) is kz.is_working_day(day), day
        day += timedelta(days=1)
        checked += 1
    assert checked == 6939  # 19 × 365 + 4 leap days (2012, 2016, 2020, 2024)


def test_religious_holidays_are_days_off_but_not_carried_over(bundle):
    # Labour Code: the first day of Kurban Ait and 7 January are days off; when they fall on a
    # weekend no day is added.
    days_off = {d["date"]: d for d in bundle["calendar"]["days_off"]}
    assert days_off["2011-01-07"]["ru"] == "Православное Рождество"
    assert days_off["2012-10-26"] == {"date": "2012-10-26", "kk": "Құрбан айт", "ru": "Курбан айт"}
    assert "2012-01-09" not in days_off  # 7 January 2012 was a Saturday
    assert "2011-11-07" not in days_off  # Kurban Ait 2011 was on Sunday 6 November


def test_day_names_in_both_languages(bundle):
    for entry in bundle["calendar"]["days_off"]:
        assert entry["kk"] and entry["ru"]
        assert not KAZAKH_ONLY.search(entry["ru"]), entry
        assert re.search("[а-яё]", entry["kk"], re.IGNORECASE), entry
    days_off = {d["date"]: d for d in bundle["calendar"]["days_off"]}
    # The names are the site's (data/holidays.yaml), in lower case where they follow a dash.
    assert days_off["2011-03-07"] == {
        "date": "2011-03-07",
        "kk": "демалыс күні (05.03.2011 күнінен ауыстырылған)",
        "ru": "выходной день (перенесен с 05.03.2011)",
    }
    assert days_off["2012-12-03"] == {
        "date": "2012-12-03",
        "kk": "Қазақстан Республикасының Тұңғыш Президенті күні (ауыстырылған демалыс күні)",
        "ru": "День Первого Президента Республики Казахстан (перенесенный выходной день)",
    }


def test_no_machine_made_holiday_label_and_one_name_per_day(bundle):
    # The package's Kazakh labels the review found: «(бағаланған)» is "priced", not "estimated";
    # «(қайта белгіленген демалыс)» is a second verb for a transferred day off; two names of
    # Republic Day; a capital «Қорғаушы».
    names = {d[lang] for d in bundle["calendar"]["days_off"] for lang in ("kk", "ru")}
    text = " ".join(names)
    for label in (
        "бағаланған",
        "қайта белгіленген",
        "Отан Қорғаушы",
        "Демалыс күні",
        "Выходной день",
    ):
        assert label not in text
    assert "Қазақстан Республикасы күні" not in text
    assert {n for n in names if n.startswith("Республика күні")} == {
        "Республика күні",
        "Республика күні (ауыстырылған демалыс күні)",
    }


def test_a_day_the_package_adds_without_a_name_fails_the_build(tmp_path):
    names = {"days": [], "notes": {}, "transferred": {"kk": "{day}", "ru": "{day}"}}
    with pytest.raises(DataError, match="data/holidays.yaml"):
        production_calendar(2012, 2012, names)


def test_working_weekends_point_at_their_day_off(bundle):
    days_off = {d["date"] for d in bundle["calendar"]["days_off"]}
    swaps = bundle["calendar"]["working_weekends"]
    assert {"date": "2011-03-05", "day_off": "2011-03-07"} in swaps
    for swap in swaps:
        assert date.fromisoformat(swap["date"]).isoweekday() in (6, 7)
        assert swap["date"] not in days_off and swap["day_off"] in days_off


def test_terms_and_hours_come_from_the_standards_with_their_clauses(bundle):
    # Clauses 7, 9, 25 and 26, read by eye in standard 1 (lines of data/source quoted in
    # tests/generator/extract/test_schedules.py); the extractor reads the same from all four.
    assert bundle["terms"] == {
        "working_days": {"grant": 6, "changed": 6, "duplicate": 4},
        "queue_minutes": 30,
        "desk_minutes": 30,
        # 58-00-58: the centre's information line, clause 20 (data/source line 229).
        "complaint": {"calendar_days": 30, "calendar_days_simple": 15, "info_line": "58-00-58"},
        "storage": {
            "authorized-body": {"months": 6, "then": "archive"},
            "centre": {"months": 1, "then": "authorized-body"},
        },
        "clauses": {"working_days": "7", "queue_minutes": "7", "complaint": "25", "storage": "26"},
    }
    assert bundle["offices"] == {
        "authorized-body": {
            "weekdays": [1, 2, 3, 4, 5],
            "hours": [["09:00", "13:00"], ["14:00", "18:00"]],
            "clause": "9",
        },
        "centre": {"weekdays": [1, 2, 3, 4, 5, 6], "hours": [["09:00", "20:00"]], "clause": "9"},
        "centre-branch": {
            "weekdays": [1, 2, 3, 4, 5, 6],
            "hours": [["09:00", "13:00"], ["14:00", "19:00"]],
            "clause": "9",
        },
    }


def test_standards_that_disagree_on_a_term_stop_the_bundle(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "standards" / "standard-3.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("  duplicate_working_days: 4\n") == 1
    path.write_text(
        text.replace("  duplicate_working_days: 4\n", "  duplicate_working_days: 5\n"),
        encoding="utf-8",
    )
    with pytest.raises(
        DataError, match=r"standard-3\.yaml: its terms or office hours .* differ from standard 1's"
    ):
        build_bundle(load_site(data))


def test_bad_mci_data_fails_naming_file_and_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "mci.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "tenge: 1512" in row)
    path.write_text(text.replace("tenge: 1512", "tenge: 15.12"), encoding="utf-8")
    with pytest.raises(
        DataError, match=rf"mci\.yaml:{line}: \[2\]\.tenge: 15\.12 is not of type 'integer'"
    ):
        build_bundle(load_site(data))


def test_the_amendments_of_the_standards_reach_the_rules(bundle):
    # data/source lines 58 and 91: № 545 restated standard 1 ten days after its publication;
    # № 1429 amended its clause 7 from 30.01.2012. Only changes to the standards are shipped.
    by_act = {a["act"]["number"]: a for a in bundle["amendments"]}
    assert sorted(by_act) == [545, 1429]
    assert by_act[545]["effective"] == {"kind": "after_publication", "days": 10}
    assert by_act[1429]["effective"] == {"kind": "on", "date": "2012-01-30"}
    assert {"standard": 1, "clause": "7", "change": "amended", "line": 91} in by_act[1429][
        "changes"
    ]
