"""Explanation lines for each result, in the page's language (words from the bundle's catalogue)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from itertools import pairwise

from calculator.calendar import ProductionCalendar
from calculator.fees import FeeResult
from calculator.hours import OpenCheck
from calculator.messages import Strings, day, money, number, region_genitive
from calculator.terms import ComplaintDue, Deadline, SkippedDay, Storage


def formula(result: FeeResult) -> str:
    """ "3,2 × 1,2 × 1 618 = 6 213,12 ₸"; the coefficient is shown only where a band applies."""
    factors = [result.category.tariff_mci]
    if result.band.kind in ("up_to", "above"):
        factors.append(result.band.coefficient)
    factors.append(result.mci)
    return " × ".join(map(number, factors)) + " = " + money(result.tenge)


def fee(result: FeeResult, s: Strings, lang: str) -> list[str]:
    band = result.band
    lines = [
        s.text("fee_clause", lang),
        s.text(
            "fee_category", lang, name=result.category.name[lang], tariff=result.category.tariff_mci
        ),
    ]
    if band.kind == "flat":
        lines.append(s.text("fee_flat", lang))
    else:
        lines.append(
            s.text(
                f"fee_{band.kind}",
                lang,
                area=result.area_ha.normalize(),
                bound=band.bound_ha,
                coefficient=band.coefficient,
            )
        )
    record = result.mci_record
    if record:
        lines.append(
            s.text(
                "fee_mci_table",
                lang,
                day=result.paid_on,
                mci=money(result.mci),
                starts=record.starts,
                law=record.law[lang],
            )
        )
    else:
        lines.append(s.text("fee_mci_typed", lang, mci=money(result.mci)))
    lines += [
        s.text("fee_formula", lang, formula=formula(result)),
        s.text("fee_rounding", lang),
        s.text("fee_duplicate", lang),
    ]
    return lines


def _skipped(skipped: SkippedDay, s: Strings, lang: str, key: str = "term_skipped") -> str:
    return s.text(
        key,
        lang,
        day=skipped.day,
        weekday=s.weekday(skipped.day, lang),
        reason=s.reason(skipped.day_off, lang),
    )


def deadline(
    result: Deadline,
    standard: int,
    calendar: ProductionCalendar,
    terms: Mapping,
    s: Strings,
    lang: str,
) -> list[str]:
    lines = [
        s.text(
            "term_clause",
            lang,
            standard=standard,
            case=s.name("case", result.case, lang),
            days=s.count(result.working_days, "working_day", lang),
        ),
        s.text(
            "term_start",
            lang,
            day=result.submitted,
            weekday=s.weekday(result.submitted, lang),
            office=s.name("office_to", result.office, lang),
        ),
        s.text("term_counted", lang, days=", ".join(map(day, result.counted))),
    ]
    for counted in result.counted:
        swap = calendar.working_weekend(counted)
        if swap:
            lines.append(
                s.text(
                    "term_working_weekend",
                    lang,
                    day=counted,
                    weekday=s.weekday(counted, lang),
                    day_off=swap.day_off,
                )
            )
    lines += [_skipped(skipped, s, lang) for skipped in result.skipped]
    lines += [
        s.text("term_ready", lang, day=result.ready_on, weekday=s.weekday(result.ready_on, lang)),
        s.text("term_calendar", lang),
        s.text("term_queue", lang, queue=terms["queue_minutes"], desk=terms["desk_minutes"]),
    ]
    return lines


def complaint(result: ComplaintDue, simple: bool, s: Strings, lang: str) -> list[str]:
    days = s.count(result.calendar_days, "calendar_day", lang)
    lines = [
        s.text("complaint_rule_simple" if simple else "complaint_rule", lang, days=days),
        s.text(
            "complaint_nominal",
            lang,
            registered=result.registered,
            days=days,
            nominal=result.nominal,
            weekday=s.weekday(result.nominal, lang),
        ),
    ]
    if result.skipped:
        lines.append(s.text("complaint_rolled", lang))
        lines += [_skipped(skipped, s, lang, "complaint_skipped") for skipped in result.skipped]
    lines.append(
        s.text("complaint_due", lang, day=result.due_on, weekday=s.weekday(result.due_on, lang))
    )
    return lines


def storage(result: Storage, s: Strings, lang: str) -> list[str]:
    lines = [
        s.text(
            "storage_rule",
            lang,
            office=s.office(result.office, lang),
            months=s.count(result.months, "month", lang),
            then=s.name("then", result.then, lang),
        ),
        s.text("storage_until", lang, ready_on=result.ready_on, until=result.until),
    ]
    if result.clamped:
        lines.append(s.text("storage_clamped", lang))
    return lines


def clock(value: time) -> str:
    return f"{value:%H:%M}"


def hours(check: OpenCheck) -> str:
    return ", ".join(f"{clock(start)}–{clock(end)}" for start, end in check.hours)


def open_check(check: OpenCheck, region: dict, s: Strings, lang: str) -> list[str]:
    at = check.at
    params = {
        "at": f"{day(at.date())} {clock(at.time())}",
        "weekday": s.weekday(at.date(), lang),
        "office": s.office(check.office, lang),
    }
    if check.reason == "closed_day":
        params["reason"] = s.reason(check.day_off, lang)
    elif check.reason == "before_opening":
        params["start"] = clock(check.hours[0][0])
    elif check.reason == "after_closing":
        params["end"] = clock(check.hours[-1][1])
    elif check.reason == "lunch":
        now = at.time()
        gap = next((a[1], b[0]) for a, b in pairwise(check.hours) if a[1] <= now < b[0])
        params["start"], params["end"] = map(clock, gap)
    lines = [s.text(f"open_{check.reason}", lang, **params)]
    if check.hours:
        lines.append(s.text("open_hours", lang, hours=hours(check)))
    lines.append(
        s.text(
            "open_local_time", lang, region=region_genitive(region[lang], lang), utc=region["utc"]
        )
    )
    return lines
