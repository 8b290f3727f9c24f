"""Explanation lines for each result, in the page's language (strings from ``messages``)."""

from __future__ import annotations

from datetime import time
from typing import Mapping

from calculator.calendar import ProductionCalendar
from calculator.fees import FeeResult
from calculator.hours import OpenCheck
from calculator.messages import CASES, OFFICES, THEN, count, day, money, number, reason, text, weekday
from calculator.terms import ComplaintDue, Deadline, SkippedDay, Storage


def formula(result: FeeResult) -> str:
    """"3,2 × 1,2 × 1 618 = 6 213,12 ₸"; the coefficient is shown only where a band applies."""
    factors = [result.category.tariff_mci]
    if result.band.kind in ("up_to", "above"):
        factors.append(result.band.coefficient)
    factors.append(result.mci)
    return " × ".join(map(number, factors)) + " = " + money(result.tenge)


def fee(result: FeeResult, lang: str) -> list[str]:
    band = result.band
    lines = [
        text("fee_clause", lang),
        text("fee_category", lang, name=result.category.name[lang], tariff=number(result.category.tariff_mci)),
    ]
    if band.kind == "flat":
        lines.append(text("fee_flat", lang))
    else:
        lines.append(text(f"fee_{band.kind}", lang, area=number(result.area_ha.normalize()),
                          bound=number(band.bound_ha), coefficient=number(band.coefficient)))
    record = result.mci_record
    if record:
        lines.append(text("fee_mci_table", lang, day=day(result.paid_on), mci=money(result.mci),
                          starts=day(record.starts), law=record.law[lang]))
    else:
        lines.append(text("fee_mci_typed", lang, mci=money(result.mci)))
    lines += [text("fee_formula", lang, formula=formula(result)), text("fee_rounding", lang),
              text("fee_duplicate", lang)]
    return lines


def _skipped(skipped: SkippedDay, lang: str) -> str:
    return text("term_skipped", lang, day=day(skipped.day), weekday=weekday(skipped.day, lang),
                reason=reason(skipped.day_off, lang))


def deadline(result: Deadline, standard: int, calendar: ProductionCalendar, terms: Mapping, lang: str) -> list[str]:
    lines = [
        text("term_clause", lang, standard=standard, case=CASES[result.case][lang],
             days=count(result.working_days, "working_day", lang)),
        text("term_start", lang, day=day(result.submitted), weekday=weekday(result.submitted, lang),
             office=OFFICES[result.office][lang]),
        text("term_counted", lang, days=", ".join(map(day, result.counted))),
    ]
    for counted in result.counted:
        swap = calendar.working_weekend(counted)
        if swap:
            lines.append(text("term_working_weekend", lang, day=day(counted), weekday=weekday(counted, lang),
                              day_off=day(swap.day_off)))
    lines += [_skipped(s, lang) for s in result.skipped]
    lines += [
        text("term_ready", lang, day=day(result.ready_on), weekday=weekday(result.ready_on, lang)),
        text("term_calendar", lang),
        text("term_queue", lang, queue=terms["queue_minutes"], desk=terms["desk_minutes"]),
    ]
    return lines


def complaint(result: ComplaintDue, simple: bool, lang: str) -> list[str]:
    days = count(result.calendar_days, "calendar_day", lang)
    lines = [
        text("complaint_rule_simple" if simple else "complaint_rule", lang, days=days),
        text("complaint_nominal", lang, registered=day(result.registered), days=days,
             nominal=day(result.nominal), weekday=weekday(result.nominal, lang)),
    ]
    if result.skipped:
        lines.append(text("complaint_rolled", lang))
        lines += [_skipped(s, lang) for s in result.skipped]
    lines.append(text("complaint_due", lang, day=day(result.due_on), weekday=weekday(result.due_on, lang)))
    return lines


def storage(result: Storage, lang: str) -> list[str]:
    lines = [
        text("storage_rule", lang, office=OFFICES[result.office][lang], months=count(result.months, "month", lang),
             then=THEN[result.then][lang]),
        text("storage_until", lang, ready_on=day(result.ready_on), until=day(result.until)),
    ]
    if result.clamped:
        lines.append(text("storage_clamped", lang))
    return lines


def clock(value: time) -> str:
    return f"{value:%H:%M}"


def hours(check: OpenCheck) -> str:
    return ", ".join(f"{clock(start)}–{clock(end)}" for start, end in check.hours)


def open_check(check: OpenCheck, region: dict, lang: str) -> list[str]:
    at = check.at
    params = {"at": f"{day(at.date())} {clock(at.time())}", "weekday": weekday(at.date(), lang),
              "office": OFFICES[check.office][lang]}
    if check.reason == "closed_day":
        params["reason"] = reason(check.day_off, lang)
    elif check.reason == "before_opening":
        params["start"] = clock(check.hours[0][0])
    elif check.reason == "after_closing":
        params["end"] = clock(check.hours[-1][1])
    elif check.reason == "lunch":
        now = at.time()
        gap = next((a[1], b[0]) for a, b in zip(check.hours, check.hours[1:]) if a[1] <= now < b[0])
        params["start"], params["end"] = map(clock, gap)
    lines = [text(f"open_{check.reason}", lang, **params)]
    if check.hours:
        lines.append(text("open_hours", lang, hours=hours(check)))
    lines.append(text("open_local_time", lang, region=region[lang], zone=region["zone"]))
    return lines
