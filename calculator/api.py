"""The one JSON-in/JSON-out entry point, shared by the CLI and the browser: ``handle(request, bundle)``.

A request is {"action": "fee" | "deadline" | "late" | "complaint" | "storage" | "open" | "dates",
"lang": "kk" | "ru",
...fields as the user typed them}. The answer is {"ok": true, ...} with decimals as strings and
dates as ISO strings, or {"ok": false, "error": {"code", "message", "field"}} with the message in
the page's language. ``handle`` never raises: the page always gets something it can show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from calculator import explain, ics, zones
from calculator.calendar import ProductionCalendar
from calculator.errors import InputError
from calculator.fees import FeeSchedule, checked_area
from calculator.hours import check_open
from calculator.late import Lateness, lateness
from calculator.legal import InForce
from calculator.mci import MciOutOfRange, MciTable
from calculator.messages import LANGS, Strings, day, lower_first, money
from calculator.terms import AUTHORIZED_BODY, ServiceTerms, SkippedDay
from calculator.wording import IN_FORCE, NOT_YET, Wording

STANDARDS = ("1", "2", "3", "4")
_NUMBER = re.compile(r"-?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DATETIME = re.compile(r"(\S+?)[T ](\d{1,2}):(\d{2})(?::00)?")
_YES = {"1", "true", "yes", "on", "иә", "да"}
_NO = {"", "0", "false", "no", "off", "жоқ", "нет"}


@dataclass(frozen=True)
class Rules:
    in_force: InForce
    fees: FeeSchedule
    terms: ServiceTerms
    regions: Mapping[str, Mapping]
    strings: Strings
    wording: Wording

    @classmethod
    def from_bundle(cls, bundle: Mapping) -> Rules:
        in_force = InForce.from_data(bundle["legal"])
        calendar = ProductionCalendar.from_data(bundle["calendar"])
        return cls(
            in_force,
            FeeSchedule(bundle["fees"]["categories"], MciTable(bundle["mci"]), in_force),
            ServiceTerms(calendar, bundle["terms"], bundle["offices"]),
            {region["id"]: region for region in bundle["regions"]},
            Strings(bundle["strings"]),
            Wording.from_data(bundle["amendments"]),
        )


# --- reading what the user typed -------------------------------------------------------------


def _text(request: Mapping, field: str) -> str:
    value = request.get(field)
    return "" if value is None else str(value).strip()


def _required(request: Mapping, field: str) -> str:
    value = _text(request, field)
    if not value:
        raise InputError("missing_field", field)
    return value


def _decimal(request: Mapping, field: str) -> Decimal | None:
    """ "0,5", "0.5", "1 618" and "−3" are numbers; "NaN", "Infinity" and "1e3" are not."""
    raw = re.sub(r"\s", "", _text(request, field)).replace("\u2212", "-")
    if not raw:
        return None
    if not _NUMBER.fullmatch(raw):
        raise InputError(f"{field}_not_a_number", field)
    return Decimal(raw.replace(",", "."))


def _parse_date(raw: str, field: str, code: str = "date_invalid", link: bool = False) -> date:
    """``link``: the value came with a link to a page whose date fields are pickers, so the
    help is the calendar, not the format (review9 K7)."""
    match = _DATE.fullmatch(raw)
    if not match:
        raise InputError("date_from_link_unknown" if link else code, field)
    iso_year, iso_month, iso_day, dotted_day, dotted_month, dotted_year = match.groups()
    try:
        if iso_year:
            return date(int(iso_year), int(iso_month), int(iso_day))
        return date(int(dotted_year), int(dotted_month), int(dotted_day))
    except ValueError:
        raise _no_such_day(match.groups(), field, code, raw if link else None) from None


def _no_such_day(groups: tuple, field: str, code: str, link_value: str | None) -> InputError:
    """A day its month does not have (31 February) is named as such, and from a link a month the
    year has not (the value, a date's digits, is short enough to quote); other nonsense, by
    format, or from a link by the calendar's instruction alone."""
    iso_year, iso_month, iso_day, dotted_day, dotted_month, dotted_year = groups
    year, month, number = (
        (iso_year, iso_month, iso_day) if iso_year else (dotted_year, dotted_month, dotted_day)
    )
    if code == "date_invalid" and 1 <= int(month) <= 12 and 28 < int(number) <= 31:
        try:
            first = date(int(year), int(month), 1)
        except ValueError:
            pass
        else:
            return InputError("date_no_such_day", field, month=first, number=int(number))
    if link_value is None or code != "date_invalid":
        return InputError(code, field)
    if int(month) > 12:
        return InputError(
            "date_from_link_no_such_month", field, value=link_value, number=int(month)
        )
    return InputError("date_from_link_unknown", field)


def _date(request: Mapping, field: str, required: bool = True) -> date | None:
    raw = _text(request, field)
    if not raw:
        if required:
            raise InputError("missing_field", field)
        return None
    return _parse_date(raw, field, link=_flag(request, "dates_from_link"))


def _datetime(request: Mapping, field: str) -> datetime:
    match = _DATETIME.fullmatch(_required(request, field))
    if not match:
        raise InputError("datetime_invalid", field)
    on = _parse_date(match.group(1), field, "datetime_invalid")
    try:
        return datetime.combine(on, time(int(match.group(2)), int(match.group(3))))
    except ValueError:
        raise InputError("datetime_invalid", field) from None


def _flag(request: Mapping, field: str) -> bool:
    value = request.get(field)
    if isinstance(value, bool):
        return value
    raw = _text(request, field).lower()
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise InputError("flag_invalid", field)


def _stamp(request: Mapping, default: date, calendar: ProductionCalendar) -> datetime:
    """DTSTAMP in UTC: as given, else the day the term starts at midnight, so no clock is read.

    A given stamp must fall inside the production calendar like every other date: outside it,
    year 1 cannot be moved to UTC and years before 1000 make an invalid 7-digit DTSTAMP."""
    raw = _text(request, "dtstamp")
    if not raw:
        return datetime.combine(default, time())
    try:
        stamp = datetime.fromisoformat(raw)
    except ValueError:
        raise InputError("datetime_invalid", "dtstamp") from None
    calendar.check(stamp.date(), "dtstamp")
    return stamp.astimezone(UTC).replace(tzinfo=None) if stamp.tzinfo else stamp


# --- writing the answer ----------------------------------------------------------------------


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _warnings(codes: tuple[str, ...], on: date, field: str, rules: Rules, lang: str) -> list[dict]:
    """``field``: the form's field whose date ``on`` is; the warning names the date as that."""
    in_force, s = rules.in_force, rules.strings
    return [
        {
            "code": code,
            "message": s.text(
                code,
                lang,
                day=on,
                what=lower_first(s.catalogue[field][lang]),
                adopted=in_force.adopted,
                act=in_force.act,
                repealed=in_force.repealed,
                repealed_by=in_force.repealed_by,
            ),
        }
        for code in codes
    ]


def _skipped(skipped: tuple[SkippedDay, ...], strings: Strings, lang: str) -> list[dict]:
    return [
        {
            "date": s.day.isoformat(),
            "weekday": strings.weekday(s.day, lang),
            "reason": strings.reason(s.day_off, lang),
            "kind": "day_off" if s.day_off else "weekend",
        }
        for s in skipped
    ]


def _wording(checks: tuple[tuple[date, tuple[str, ...]], ...], rules: Rules, lang: str) -> dict:
    """Which wording each rule applied (one entry per amendment of its clauses) and, for a day
    before that wording took effect, a warning. A day outside the standards' period already has
    its own warning, so the wording is not questioned there too. Each amendment is said once:
    the one a warning names is left out of the line that lists the wording applied."""
    entries, warnings, effects, warned = [], [], [], set()
    for on, clauses in checks:
        for note in rules.wording.notes(on, clauses):
            amendment = note.amendment
            effect = explain.wording_effect(note, rules.strings, lang)
            effective = (
                {"kind": "on", "date": amendment.effective_on.isoformat()}
                if amendment.effective_on
                else {"kind": "after_publication", "days": amendment.days_after_publication}
            )
            entries.append(
                {
                    "act": amendment.act,
                    "act_date": amendment.adopted.isoformat(),
                    "clause": note.clause,
                    "change": note.change,
                    "effective": effective,
                    "day": on.isoformat(),
                    "status": note.status,
                    "effect": effect,
                }
            )
            if effect not in effects:
                effects.append(effect)
            if note.status == IN_FORCE or not rules.in_force.covers(on) or effect in warned:
                continue
            code = (
                "wording_not_in_force" if note.status == NOT_YET else "wording_maybe_not_in_force"
            )
            warned.add(effect)  # one warning per amendment, on the first day asked
            message = rules.strings.text(code, lang, day=on, what=effect)
            warnings.append({"code": code, "message": message})
    return {
        "wording": entries,
        "warnings": warnings,
        "effects": [e for e in effects if e not in warned],
        "lines": _applied(effects, warned, rules, lang),
    }


def _applied(effects: list[str], warned: set[str], rules: Rules, lang: str) -> list[str]:
    """The one line that lists the wording applied, without the amendments a warning names."""
    unsaid = [effect for effect in effects if effect not in warned]
    if not unsaid:
        return []
    return [rules.strings.text("wording_applied", lang, effects="; ".join(unsaid))]


def _with_wording(answer: dict, wording: dict, lines: bool = False) -> dict:
    """The answer with the wording it applied and its warnings after the period's; ``lines``: the
    explanation ends with the wording too, where a clause of its own (7) was amended."""
    answer["warnings"] = answer.get("warnings", []) + wording["warnings"]
    answer["wording"] = wording["wording"]
    if lines:
        answer["explanation"] = answer["explanation"] + wording["lines"]
    return answer


# --- actions ---------------------------------------------------------------------------------


def _area_text(area_ha: Decimal, s: Strings, lang: str) -> str:
    return s.text("area_value", lang, area=area_ha.normalize())


def _refused_fee_area(request: Mapping, rules: Rules, lang: str) -> str | None:
    """A refused fee (no MCI for the day, a date the rules cannot read) still names a valid area:
    the answer's summary keeps what the citizen gave (review8 D3)."""
    try:
        category = rules.fees.category(_required(request, "category"))
        if category.flat:
            return None
        return _area_text(checked_area(_decimal(request, "area")), rules.strings, lang)
    except InputError:
        return None


def _fee(request: Mapping, rules: Rules, lang: str) -> dict:
    category = rules.fees.category(_required(request, "category"))
    area = None if category.flat else _decimal(request, "area")
    paid_on = _date(request, "paid_on", required=False)
    # No payment date: the fee is paid for the application handed in that day (the answer page
    # sends its submission date), and the explanation says the date was assumed.
    assumed = paid_on is None and bool(_text(request, "submitted"))
    if assumed:
        paid_on = _date(request, "submitted")
    try:
        result = rules.fees.compute(category.id, area, paid_on, _decimal(request, "mci"))
    except MciOutOfRange as error:
        # A page without the MCI field is told which page has it (review8 D3).
        if _flag(request, "mci_elsewhere"):
            error.code = "mci_needed_elsewhere"
        raise
    record = result.mci_record
    s = rules.strings
    answer = {
        "category": category.id,
        "category_name": category.name[lang],
        "area_ha": _plain(result.area_ha),
        # The area as the answer's summary line prints it ("0,8 га"); None for a flat tariff.
        "area": None if result.area_ha is None else _area_text(result.area_ha, s, lang),
        "paid_on_assumed": assumed,
        "paid_on": paid_on and paid_on.isoformat(),
        "tenge": str(result.tenge),
        "mci": _plain(result.mci),
        "mci_source": (
            {"kind": "table", "from": record.starts.isoformat(), "law": record.law[lang]}
            if record
            else {"kind": "typed"}
        ),
        "tariff_mci": _plain(category.tariff_mci),
        "base_area_ha": _plain(category.base_area_ha),
        "coefficient": _plain(result.band.coefficient),
        "mci_multiple": _plain(result.mci_multiple),
        "band": {"kind": result.band.kind, "bound_ha": _plain(result.band.bound_ha)},
        # without a payment date the submission date stands for it, and is named as such
        "warnings": _warnings(
            result.warnings, paid_on, "submitted" if assumed else "paid_on", rules, lang
        ),
        "summary": rules.strings.text("fee_summary", lang, money=money(result.tenge)),
        "explanation": explain.fee(result, s, lang, assumed, _text(request, "case") or None),
    }
    return _with_wording(answer, _wording(((paid_on, ("8",)),) if paid_on else (), rules, lang))


def _standard(request: Mapping) -> str:
    standard = _required(request, "standard")
    if standard not in STANDARDS:
        raise InputError("unknown_standard", "standard")
    return standard


def _deadline(request: Mapping, rules: Rules, lang: str) -> dict:
    standard = _standard(request)
    case = _required(request, "case")
    office = _text(request, "office") or AUTHORIZED_BODY
    submitted = _date(request, "submitted")
    result = rules.terms.deadline(submitted, case, office)
    calendar = rules.terms.calendar
    s = rules.strings
    explanation = explain.deadline(result, int(standard), calendar, rules.terms.data, s, lang)
    wording = _wording(((submitted, ("7",)),), rules, lang)
    explanation += wording["lines"]
    answer = {
        "standard": int(standard),
        "case": case,
        "office": office,
        "submitted": submitted.isoformat(),
        "ready_on": result.ready_on.isoformat(),
        "working_days": result.working_days,
        "counted_days": [d.isoformat() for d in result.counted],
        "skipped": _skipped(result.skipped, s, lang),
        "working_weekends": [
            {"date": d.isoformat(), "day_off": swap.day_off.isoformat()}
            for d in result.counted
            if (swap := calendar.working_weekend(d))
        ],
        "queue_minutes": rules.terms.data["queue_minutes"],
        "desk_minutes": rules.terms.data["desk_minutes"],
        "summary": s.text(
            "deadline_summary", lang, day=result.ready_on, weekday=s.weekday(result.ready_on, lang)
        ),
        "warnings": _warnings(
            rules.in_force.warnings(submitted), submitted, "submitted", rules, lang
        ),
        "ics": ics.all_day_event(
            result.ready_on,
            s.text("ics_deadline_summary", lang, standard=standard),
            "\n".join(explanation),
            lang,
            ("deadline", standard, case, office, submitted.isoformat()),
            _stamp(request, submitted, calendar),
        ),
        "explanation": explanation,
    }
    answer["warnings"] += wording["warnings"]
    answer["wording"] = wording["wording"]
    return answer


def _late_complaint(result: Lateness, rules: Rules) -> dict | None:
    """A complaint registered on the check date: when each answer term ends (clause 25), and the
    centre's information line (clause 20)."""
    if not result.late:
        return None
    complaint, simple = result.complaint, result.complaint_simple
    return {
        "registered": complaint.registered.isoformat(),
        "calendar_days": complaint.calendar_days,
        "due_on": complaint.due_on.isoformat(),
        "calendar_days_simple": simple.calendar_days,
        "due_on_simple": simple.due_on.isoformat(),
        "info_line": None
        if result.deadline.office == AUTHORIZED_BODY
        else rules.terms.data["complaint"]["info_line"],
    }


def _late(request: Mapping, rules: Rules, lang: str) -> dict:
    standard = _standard(request)
    case = _required(request, "case")
    office = _text(request, "office") or AUTHORIZED_BODY
    # The check date first: a wrong submission date is reported by the fee and the deadline too,
    # so a second wrong date still gets a message of its own on the answer page.
    checked_on = _date(request, "checked_on")  # the rules read no clock: the CLI passes today
    submitted = _date(request, "submitted")
    # The answer page prints the deadline's reasoning in its own block just above: not twice.
    deadline_shown = _flag(request, "deadline_shown")
    result = lateness(rules.terms, submitted, case, office, checked_on)
    s, due = rules.strings, result.deadline.ready_on
    explanation = explain.late(
        result, int(standard), rules.terms.calendar, rules.terms.data, s, lang, deadline_shown
    )
    checks = ((submitted, ("7",)),) + (((checked_on, ("25",)),) if result.late else ())
    answer = {
        "standard": int(standard),
        "case": case,
        "office": office,
        "submitted": submitted.isoformat(),
        "checked_on": checked_on.isoformat(),
        "due_on": due.isoformat(),
        "working_days": result.deadline.working_days,
        "late": result.late,
        "late_working_days": result.late_working_days,
        "late_days": [d.isoformat() for d in result.late_days],
        "complaint": _late_complaint(result, rules),
        "summary": s.text(
            "late_summary_late",
            lang,
            days=s.count(result.late_working_days, "working_day", lang),
        )
        if result.late
        else s.text("late_summary_not_late", lang, day=due, weekday=s.weekday(due, lang)),
        "warnings": _warnings(
            rules.in_force.warnings(submitted), submitted, "submitted", rules, lang
        ),
        "explanation": explanation,
    }
    wording = _wording(checks, rules, lang)
    answer = _with_wording(answer, wording, lines=not deadline_shown)
    if deadline_shown:  # the deadline's block notes the editions already: add only others
        shown = _wording(checks[:1], rules, lang)
        said = {w["message"] for w in shown["warnings"]}
        extra = [effect for effect in wording["effects"] if effect not in shown["effects"]]
        answer["explanation"] += _applied(extra, set(), rules, lang)
        # a warning the deadline's block printed already is not printed twice
        answer["warnings"] = [w for w in answer["warnings"] if w["message"] not in said]
    return answer


def _complaint(request: Mapping, rules: Rules, lang: str) -> dict:
    registered = _date(request, "registered")
    simple = _flag(request, "simple")
    result = rules.terms.complaint(registered, simple)
    s = rules.strings
    explanation = explain.complaint(result, simple, s, lang)
    wording = _wording(((registered, ("25",)),), rules, lang)
    answer = {
        "registered": registered.isoformat(),
        "simple": simple,
        "calendar_days": result.calendar_days,
        "nominal_due": result.nominal.isoformat(),
        "rolled": bool(result.skipped),
        "due_on": result.due_on.isoformat(),
        "skipped": _skipped(result.skipped, s, lang),
        "warnings": _warnings(
            rules.in_force.warnings(registered), registered, "registered", rules, lang
        ),
        "summary": s.text(
            "complaint_summary", lang, day=result.due_on, weekday=s.weekday(result.due_on, lang)
        ),
        "ics": ics.all_day_event(
            result.due_on,
            s.text("ics_complaint_summary", lang),
            "\n".join(explanation),
            lang,
            ("complaint", registered.isoformat(), str(simple)),
            _stamp(request, registered, rules.terms.calendar),
        ),
        "explanation": explanation,
    }
    answer["warnings"] += wording["warnings"]
    answer["wording"] = wording["wording"]
    return answer


def _storage(request: Mapping, rules: Rules, lang: str) -> dict:
    ready_on = _date(request, "ready_on")
    result = rules.terms.storage(ready_on, _text(request, "office") or AUTHORIZED_BODY)
    answer = {
        "ready_on": ready_on.isoformat(),
        "office": result.office,
        "months": result.months,
        "keep_until": result.until.isoformat(),
        "clamped": result.clamped,
        "then": result.then,
        "summary": rules.strings.text("storage_summary", lang, day=result.until),
        "explanation": explain.storage(result, rules.strings, lang),
    }
    return _with_wording(answer, _wording(((ready_on, ("26",)),), rules, lang))


def _instant(request: Mapping, field: str) -> datetime:
    """A moment as the browser's clock gives it, "2026-12-06T20:21:07.123Z" (or with an offset)."""
    raw = _required(request, field).replace("Z", "+00:00")
    try:
        instant = datetime.fromisoformat(raw)
    except ValueError:
        raise InputError("datetime_invalid", field) from None
    if instant.tzinfo is None:
        raise InputError("datetime_invalid", field)
    return instant


def _open(request: Mapping, rules: Rules, lang: str) -> dict:
    """At a local time the user typed (``at``), or now (``now``, a UTC instant: the rules turn it
    into the region's local time by the same offsets they name, so clock and label agree)."""
    region_id = _required(request, "region")
    region = rules.regions.get(region_id)
    if region is None:
        raise InputError("unknown_region", "region", value=region_id)
    office = _text(request, "office") or AUTHORIZED_BODY
    if _text(request, "now"):
        at = zones.local_time(region["offsets"], _instant(request, "now")).replace(
            second=0, microsecond=0
        )
    else:
        at = _datetime(request, "at")
    utc = zones.utc_label(zones.offset_of_local(region["offsets"], at))
    check = check_open(rules.terms, office, at)
    s = rules.strings
    answer = {
        "region": region_id,
        "zone": region["zone"],
        "utc": utc,
        "office": office,
        "at": check.at.isoformat(timespec="minutes"),
        "day": day(check.at.date()),
        "open": check.open,
        "reason": check.reason,
        "hours": [[explain.clock(start), explain.clock(end)] for start, end in check.hours],
        "summary": s.text("open_summary_open" if check.open else "open_summary_closed", lang),
        # The same word inside a line, after «Қазір:» / «Сейчас:».
        "status": s.text("open_status_open" if check.open else "open_status_closed", lang),
        "explanation": explain.open_check(check, region, utc, s, lang),
    }
    return _with_wording(answer, _wording(((check.at.date(), ("9",)),), rules, lang))


# The browser and the CLI pass the same bundle object on every call; building the calendar and
# the tables from it is most of a calculation's cost, so the last one built is kept.
_last: tuple[Mapping, Rules] | None = None


def _rules(bundle: Mapping) -> Rules:
    global _last
    if _last is None or _last[0] is not bundle:
        _last = (bundle, Rules.from_bundle(bundle))
    return _last[1]


def _dates(request: Mapping, rules: Rules, lang: str) -> dict:
    """The dates a link brought, checked before anything is computed with them: an answer that
    still waits for a question would otherwise drop 31 February without a word (review8 D2).
    Each date the rules refuse comes back with its message, in the order of DATE_FIELDS."""
    refused = []
    for field in DATE_FIELDS:
        try:
            _date(request, field, required=False)
        except InputError as error:
            refused.append({"field": field, "message": rules.strings.error_text(error, lang)})
    return {"refused": refused}


DATE_FIELDS = ("paid_on", "submitted", "checked_on")

ACTIONS: dict[str, Callable[[Mapping, Rules, str], dict]] = {
    "dates": _dates,
    "fee": _fee,
    "deadline": _deadline,
    "late": _late,
    "complaint": _complaint,
    "storage": _storage,
    "open": _open,
}


def handle(request: Any, bundle: Mapping) -> dict:
    lang = "kk"
    action = None
    try:
        rules = _rules(bundle)
    except Exception:  # a broken bundle has no words either: the page shows its own failure line
        return {"ok": False, "error": {"code": "internal_error", "message": "", "field": None}}
    try:
        if not isinstance(request, Mapping):
            raise InputError("bad_request")
        requested = _text(request, "lang") or "kk"
        if requested not in LANGS:
            raise InputError("unknown_language", "lang")
        lang = requested
        action = _required(request, "action")
        if action not in ACTIONS:
            raise InputError("unknown_action", "action", value=action)
        result = ACTIONS[action](request, rules, lang)
    except InputError as error:
        refused = {
            "ok": False,
            "error": {
                "code": error.code,
                "message": rules.strings.error_text(error, lang),
                "field": error.field,
            },
        }
        if action == "fee":
            refused["area"] = _refused_fee_area(request, rules, lang)
        return refused
    except Exception:  # a bug must still reach the page as a message, never as a dead worker
        return {
            "ok": False,
            "error": {
                "code": "internal_error",
                "message": rules.strings.text("internal_error", lang),
                "field": None,
            },
        }
    return {"ok": True, "action": action, "lang": lang, **result}
