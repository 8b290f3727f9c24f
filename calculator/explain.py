"""Explanation lines for each result, in the page's language (words from the bundle's catalogue)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from itertools import pairwise

from calculator.calendar import ProductionCalendar
from calculator.fees import FeeResult
from calculator.hours import OpenCheck
from calculator.late import Lateness
from calculator.messages import Strings, day, kk_day_of_month, money, number, region_genitive
from calculator.terms import ComplaintDue, Deadline, SkippedDay, Storage
from calculator.wording import WHOLE, WordingNote


def formula(result: FeeResult) -> str:
    """ "3,2 × 1,2 × 1 618 = 6 213,12 ₸"; the coefficient is shown only where a band applies."""
    factors = [result.category.tariff_mci]
    if result.band.kind in ("up_to", "above"):
        factors.append(result.band.coefficient)
    factors.append(result.mci)
    return " × ".join(map(number, factors)) + " = " + money(result.tenge)


def fee(
    result: FeeResult, s: Strings, lang: str, assumed: bool = False, case: str | None = None
) -> list[str]:
    """``assumed``: no payment date was given, the submission date was taken for it; ``case``: the
    request's kind where the page asks it (the duplicate note is said only for a duplicate)."""
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
    if assumed:
        lines.append(s.text("fee_paid_on_assumed", lang, day=result.paid_on))
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
    lines.append(s.text("fee_formula", lang, formula=formula(result)))
    if result.rounded:
        lines.append(s.text("fee_rounding", lang))
    if case == "duplicate":
        lines.append(s.text("fee_duplicate", lang))
    return lines


def _skipped(skipped: SkippedDay, s: Strings, lang: str, key: str = "term_skipped") -> str:
    return s.text(
        key,
        lang,
        day=skipped.day,
        weekday=s.weekday_first(skipped.day, lang),
        reason=s.reason(skipped.day_off, lang),
    )


def _working_weekend(counted: date, day_off: date, s: Strings, lang: str) -> str:
    return s.text(
        "term_working_weekend",
        lang,
        day=counted,
        weekday=s.weekday_first(counted, lang),
        day_off=day_off,
        off_weekday=s.catalogue[f"weekday_acc_{day_off.isoweekday()}"][lang],
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
    # One list in date order: a reader checks the term day by day (review7 D4).
    days = [(skipped.day, _skipped(skipped, s, lang)) for skipped in result.skipped]
    for counted in result.counted:
        swap = calendar.working_weekend(counted)
        if swap:
            days.append((counted, _working_weekend(counted, swap.day_off, s, lang)))
    lines += [line for _, line in sorted(days, key=lambda pair: pair[0])]
    # The ready date is the answer's headline (the summary): the computation does not repeat it.
    lines += [
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
        lines.append(s.text("complaint_rolled", lang) + " " + carried(result, s, lang))
        lines += [_skipped(skipped, s, lang, "complaint_skipped") for skipped in result.skipped]
    # The due date itself is the answer's summary line, printed right above: not said twice.
    return lines


def carried(result: ComplaintDue, s: Strings, lang: str) -> str:
    """The act's due date and the site's carry-over to the next working day, said apart."""
    return s.text(
        "complaint_carried",
        lang,
        nominal=result.nominal,
        nominal_weekday=s.weekday(result.nominal, lang),
        due=result.due_on,
        weekday=s.weekday(result.due_on, lang),
    )


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
        lines.append(
            s.text(
                "storage_clamped",
                lang,
                day=kk_day_of_month(result.ready_on.day) if lang == "kk" else result.ready_on.day,
                until=result.until,
            )
        )
    return lines


def clock(value: time) -> str:
    return f"{value:%H:%M}"


def hours(check: OpenCheck) -> str:
    return ", ".join(f"{clock(start)}–{clock(end)}" for start, end in check.hours)


def open_check(check: OpenCheck, region: dict, utc: str, s: Strings, lang: str) -> list[str]:
    """``utc``: the zone's offset at that local time ("UTC+5"), said after the region's name."""
    at = check.at
    params = {
        "day": at.date(),
        "time": at.time(),
        "on_weekday": s.catalogue[f"on_weekday_{at.isoweekday()}"][lang],
        "office": s.office(check.office, lang),
    }
    if check.reason == "closed_day":
        params["reason"] = s.reason(check.day_off, lang)
    elif check.reason == "before_opening":
        params["start"] = check.hours[0][0]
    elif check.reason == "after_closing":
        params["end"] = check.hours[-1][1]
    elif check.reason == "lunch":
        now = at.time()
        params["start"], params["end"] = next(
            (a[1], b[0]) for a, b in pairwise(check.hours) if a[1] <= now < b[0]
        )
    lines = [s.text(f"open_{check.reason}", lang, **params)]
    if check.hours:
        lines.append(s.text("open_hours", lang, hours=hours(check)))
    lines.append(
        s.text("open_local_time", lang, region=region_genitive(region[lang], lang), utc=utc)
    )
    return lines


# Up to this many late days are listed one by one; a longer count gives its first day only.
LISTED_LATE_DAYS = 10
# (the whole standard?, the kind of change) → the words that say what the amending act did
WORDING_EFFECTS = {
    (True, "new_wording"): "wording_all_new_wording",
    (False, "new_wording"): "wording_clause_new_wording",
    (False, "amended"): "wording_clause_amended",
}
# Where a complaint about each office goes first (clause 20), and whose head gets it (clause 22).
ROUTES = {
    "authorized-body": ("late_route_authorized_body", "late_route_head_authorized_body"),
    "centre": ("late_route_centre", "late_route_head_centre"),
}


def wording_effect(note: WordingNote, s: Strings, lang: str) -> str:
    """What the amending act did and from when, e.g. "… № 1429 … changed clause 7 (from 30.01.2012)"."""
    amendment = note.amendment
    if amendment.effective_on is not None:
        effective = s.text("wording_effective_on", lang, day=amendment.effective_on)
    else:
        n = amendment.days_after_publication
        in_words = f"calendar_days_in_words_{n}"
        days = (
            s.text(in_words, lang) if in_words in s.catalogue else s.count(n, "calendar_day", lang)
        )
        effective = s.text("wording_effective_after_publication", lang, days=days)
    whole = note.clause == WHOLE
    return s.text(
        WORDING_EFFECTS[whole, note.change],
        lang,
        adopted=amendment.adopted,
        act=amendment.act,
        clause=note.clause,
        effective=effective,
    )


def late(
    result: Lateness,
    standard: int,
    calendar,
    terms: Mapping,
    s: Strings,
    lang: str,
    deadline_shown: bool = False,
):
    """The verdict first, then how the due date was counted (or, where the page shows that count
    in its own block, a pointer to it), then where to complain."""
    due = result.deadline.ready_on
    # Where the page shows the due date's count in a block of its own, say it once: point to it.
    reasoning = (
        [s.text("late_deadline_above", lang, block=s.catalogue["answer_date"][lang])]
        if deadline_shown
        else deadline(result.deadline, standard, calendar, terms, s, lang)
    )
    if not result.late:
        verdict = s.text(
            _not_late_key(result.checked_on, due),
            lang,
            checked=result.checked_on,
            weekday=s.weekday(result.checked_on, lang),
            due=due,
        )
        return [verdict, *reasoning]
    listed = result.late_working_days <= LISTED_LATE_DAYS
    # The verdict says when the act was due; "will be ready on" under it would contradict it.
    ready = s.text("term_ready", lang, day=due, weekday=s.weekday(due, lang))
    lines = [
        s.text(
            "late_counted" if listed else "late_counted_long",
            lang,
            due=due,
            weekday=s.weekday(due, lang),
            checked=result.checked_on,
            days=", ".join(map(day, result.late_days)) if listed else "",
            first=result.late_days[0],
            count=s.count(result.late_working_days, "working_day", lang),
            passed=s.form(result.late_working_days, "passed", lang),
        ),
        *(line for line in reasoning if line != ready),
    ]
    return lines + complaint_route(result, terms, s, lang)


def _not_late_key(checked_on: date, due: date) -> str:
    """Not late yet: the check comes before the due date, on it, or on days off right after it."""
    if checked_on < due:
        return "late_not_yet"
    return "late_due_today" if checked_on == due else "late_no_working_day"


def complaint_route(result: Lateness, terms: Mapping, s: Strings, lang: str) -> list[str]:
    first, head = ROUTES[result.deadline.office]
    lines = [
        s.text("late_route", lang),
        s.text(first, lang, info_line=terms["complaint"]["info_line"]),
        s.text(head, lang),
        s.text("late_route_akimat", lang),
        s.text("late_route_written", lang),
    ]
    # A term ending on a non-working day: its rule alone, then the act's date and the carry-over.
    for (key, rolled_key), due in (
        (("late_complaint_due", "late_complaint_due_rolled"), result.complaint),
        (
            ("late_complaint_due_simple", "late_complaint_due_simple_rolled"),
            result.complaint_simple,
        ),
    ):
        line = s.text(
            rolled_key if due.skipped else key,
            lang,
            registered=due.registered,
            due=due.due_on,
            weekday=s.weekday(due.due_on, lang),
            days=s.count(due.calendar_days, "calendar_day", lang),
        )
        lines.append(line + " " + carried(due, s, lang) if due.skipped else line)
    return lines
