"""data/ → the bundle: the one plain-JSON document the calculator's rules run on.

The browser receives exactly this JSON and the CLI and tests build it the same way, so both run
the same rules on the same data. Build-time facts the rules cannot compute themselves live here:
the production calendar (from the ``holidays`` package), the regions' time zones, the legal period
(extracted into data/act.yaml from the line under the act's title), and the terms and office hours that the standards
extractor read from clauses 7, 9, 25 and 26 (``data/standards/*.yaml``, ``facts``).
"""

from __future__ import annotations

import json
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

import holidays

from generator.core.errors import DataError
from generator.load.site_data import SiteData

# The package's English label of a day: its name, perhaps with what it adds in parentheses.
_NAME = re.compile(r"(?P<base>.+?)(?: \((?P<notes>observed|estimated|observed, estimated)\))?")
_SUBSTITUTED = re.compile(r"Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)")


def _day_name(label: str, names: dict, lang: str) -> str:
    """The package's English label of a day off → the site's name for it (data/holidays.yaml)."""
    substituted = _SUBSTITUTED.fullmatch(label)
    if substituted:
        month, day, year = substituted.groups()
        return names["transferred"][lang].format(day=f"{day}.{month}.{year}")
    match = _NAME.fullmatch(label)
    day = next((d for d in names["days"] if d["package"] == match["base"]), None)
    if day is None:
        raise DataError(
            f"holidays {holidays.__version__} names a KZ day {label!r}: add its Kazakh and "
            "Russian names to data/holidays.yaml"
        )
    if not match["notes"]:
        return day[lang]
    notes = ", ".join(names["notes"][note][lang] for note in match["notes"].split(", "))
    return f"{day[lang]} ({notes})"


def production_calendar(first_year: int, last_year: int, names: dict) -> dict:
    """Days off and working weekend days of Kazakhstan from the ``holidays`` package.

    The package's KZ public holidays are exactly the days off: state holidays, the next working
    day after one that fell on a weekend, days off moved by transfer decrees, and the first day of
    Kurban Ait and Orthodox Christmas, which are days off too but never carried over (Labour Code).
    The days' names are the site's own (``names``, data/holidays.yaml), not the package's labels.
    """
    years = range(first_year, last_year + 1)
    english = holidays.country_holidays("KZ", years=years, language="en_US")
    days_off, swapped_into = [], {}
    for day in sorted(english):
        labels = english.get_list(day)
        days_off.append(
            {
                "date": day.isoformat(),
                **{
                    lang: "; ".join(_day_name(label, names, lang) for label in labels)
                    for lang in ("kk", "ru")
                },
            }
        )
        for label in labels:
            if substituted := _SUBSTITUTED.fullmatch(label):
                month, from_day, year = map(int, substituted.groups())
                swapped_into[date(year, month, from_day)] = day
    working_weekends = [
        {"date": day.isoformat(), "day_off": swapped_into[day].isoformat()}
        for day in sorted(english.weekend_workdays)
        if first_year <= day.year <= last_year
    ]
    return {
        "first": date(first_year, 1, 1).isoformat(),
        "last": date(last_year, 12, 31).isoformat(),
        "source": f"holidays {holidays.__version__}, country KZ",
        "days_off": days_off,
        "working_weekends": working_weekends,
    }


def _rules_of(facts: dict) -> tuple[dict, dict]:
    """One standard's extracted facts → the bundle's "terms" and "offices", each with its clause."""
    terms, complaint, storage = facts["terms"], facts["complaint_terms"], facts["storage"]
    if None in (complaint["calendar_days"], complaint["calendar_days_simple"]):
        raise DataError("clause 25: the extractor found no complaint term (calendar_days is null)")
    return (
        {
            "working_days": {
                "grant": terms["service_working_days"],
                "changed": terms["service_working_days"],
                "duplicate": terms["duplicate_working_days"],
            },
            "queue_minutes": terms["queue_minutes"],
            "desk_minutes": terms["desk_minutes"],
            "complaint": {
                "calendar_days": complaint["calendar_days"],
                "calendar_days_simple": complaint["calendar_days_simple"],
                "info_line": complaint["info_line"],
            },
            "storage": storage["keepers"],
            "clauses": {
                "working_days": terms["clause"],
                "queue_minutes": terms["clause"],
                "complaint": complaint["clause"],
                "storage": storage["clause"],
            },
        },
        {
            office: {**schedule, "clause": facts["hours"]["clause"]}
            for office, schedule in facts["hours"]["offices"].items()
        },
    )


def terms_and_offices(site: SiteData) -> tuple[dict, dict]:
    """The terms and office hours of the four standards, which must agree: the calculator does
    not ask which standard a complaint or an office visit belongs to."""
    found = {s["number"]: _rules_of(s["facts"]) for s in site.standards}
    first = site.standards[0]["number"]
    for number, rules in found.items():
        if rules != found[first]:
            raise DataError(
                f"data/standards/standard-{number}.yaml: its terms or office hours (clauses 7, 9, 25, "
                f"26) differ from standard {first}'s; the calculator needs one set"
            )
    return found[first]


def legal_period(act: dict) -> dict:
    """The act's number and date and the act that repealed it, as extracted into data/act.yaml."""
    repealed_by = act["status"]["repealed_by"]
    return {
        "act": {"number": str(act["number"]), "date": act["adopted"]},
        "repealed_by": {"number": str(repealed_by["number"]), "date": repealed_by["date"]},
        "source_line": act["status"]["source_line"],
    }


def amendments_of_the_standards(amendments: Iterable[Mapping[str, Any]]) -> list[dict]:
    """The amending acts that changed the standards' clauses (data/amendments.yaml), as the rules
    read them: the act, when it took effect, and each clause it changed in which standard."""
    found = []
    for amendment in amendments:
        changes = [
            {k: change[k] for k in ("standard", "clause", "change", "line")}
            for change in amendment["changes"]
            if change["scope"] == "standard"
        ]
        if changes:
            effective = {k: v for k, v in amendment["effective"].items() if k != "text"}
            found.append({"act": amendment["act"], "effective": effective, "changes": changes})
    return found


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _minutes_east(instant: datetime, tz: zoneinfo.ZoneInfo) -> int:
    return int(instant.astimezone(tz).utcoffset().total_seconds()) // 60


def zone_offsets(zone: str, first_year: int, last_year: int) -> list[list]:
    """The zone's offsets from UTC over the calendar's years, from the tz database (Python's
    ``zoneinfo``; the source of each change is in the database's own file for the zone):
    [["2009-01-01T00:00", 360], ["2024-02-29T18:00", 300]] for Asia/Almaty. Kazakhstan's changes
    fall on whole hours, so the table is read hour by hour."""
    tz = zoneinfo.ZoneInfo(zone)
    instant = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    current = _minutes_east(instant, tz)
    offsets: list[list] = [[f"{instant:%Y-%m-%dT%H:%M}", current]]
    while instant < end:
        # A day at a time while nothing changes (a zone changes at most once a day); the day of
        # a change, and the last one, hour by hour.
        ahead = instant + timedelta(days=1)
        if ahead < end and _minutes_east(ahead, tz) == current:
            instant = ahead
            continue
        instant += timedelta(hours=1)
        if instant < end and _minutes_east(instant, tz) != current:
            current = _minutes_east(instant, tz)
            offsets.append([f"{instant:%Y-%m-%dT%H:%M}", current])
    return offsets


def build_bundle(site: SiteData) -> dict:
    mci, fees, regions = list(site.mci), site.fees, site.regions
    unknown = {r["timezone"] for r in regions} - zoneinfo.available_timezones()
    if unknown:
        raise DataError(f"time zones {sorted(unknown)} are not in this system's tz database")
    first_year = date.fromisoformat(str(mci[0]["from"])).year
    # One year past the АЕК table, so a deadline counted late in its last year still resolves.
    last_year = date.fromisoformat(str(mci[-1]["from"])).year + 1
    terms, offices = terms_and_offices(site)
    legal = legal_period(site.act)
    offsets = {z: zone_offsets(z, first_year, last_year) for z in {r["timezone"] for r in regions}}
    bundle = {
        "legal": legal,
        "mci": mci,
        "fees": fees,
        "terms": terms,
        "offices": offices,
        "regions": [
            {
                "id": r["id"],
                "zone": r["timezone"],
                "offsets": offsets[r["timezone"]],
                "kk": r["name"]["kk"],
                "ru": r["name"]["ru"],
            }
            for r in regions
        ],
        # The rules' words (data/strings/calculator.yaml); the pages' own words stay out of the bundle.
        "strings": site.calculator_strings,
        "calendar": production_calendar(first_year, last_year, site.holidays),
        "amendments": amendments_of_the_standards(site.amendments),
    }
    # A round trip through JSON proves the bundle is plain JSON and detaches it from the constants.
    return json.loads(json.dumps(bundle, ensure_ascii=False, default=_iso))
