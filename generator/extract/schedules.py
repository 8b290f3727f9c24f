"""The numbers the calculator runs on, read from the clauses of a standard that state them: the
service term and waiting limits (clause 7), office hours (clause 9) and who keeps unclaimed
documents for how long (clause 26), and the complaint terms (clause 25).

The Kazakh text is the official one, so it is the one parsed; a sentence that does not read as
expected stops the extraction naming the standard and clause, rather than guessing.
"""

from __future__ import annotations

import re

from generator.core.errors import DataError

AUTHORIZED_BODY, CENTRE, CENTRE_BRANCH = "authorized-body", "centre", "centre-branch"
DAYS_A_WEEK = {"бес": 5, "алты": 6}  # "аптасына бес жұмыс күні": five working days a week
_DAYS = re.compile(r"аптасына (\w+) жұмыс күні")
_TIME = r"(?:сағат )?(\d{1,2})-(\d\d)-(?:ден|дан|тен|тан)"
_UNTIL = r"(?:сағат )?(\d{1,2})-(\d\d)-(?:ге|ға|ке|қа)"
# "сағат 13-00-ден 14-00-ге дейінгі түскі үзіліспен сағат 9-00-ден 18-00-ге": 9 to 18, lunch 13 to 14.
_WITH_LUNCH = re.compile(rf"{_TIME} {_UNTIL} дейінгі т\w+ үзіліспен {_TIME} {_UNTIL}")
# "түскі үзіліссіз сағат 9-00-ден сағат 20-00-ге": 9 to 20 without lunch.
_WITHOUT_LUNCH = re.compile(rf"үзіліссіз {_TIME} {_UNTIL}")
_BRANCHES = "филиалдар мен өкілдіктер үшін"


def service_terms(standard: int, text: str) -> dict:
    """Clause 7: the term in working days, then the duplicate's; the queue's and the desk's minutes."""
    days = [int(x) for x in re.findall(r"(\d+) жұмыс күн", text)]
    minutes = [int(x) for x in re.findall(r"(\d+) минут", text)]
    if len(days) < 2 or len(minutes) < 2:
        raise DataError(
            f"standard {standard} clause 7: expected two working-day terms and two minute limits, "
            f"found {days} and {minutes}"
        )
    return {
        "service_working_days": days[0],
        "duplicate_working_days": days[1],
        "queue_minutes": minutes[0],
        "desk_minutes": minutes[1],
        "clause": "7",
    }


def complaint_terms(complaints: str, clause_25: str) -> dict:
    """Clause 25: "күнтізбелік 30 күн", and the days where no extra study is needed (the number that ends
    the sentence before «Шағымды…»); the information line's number from clauses 20-25. A term not
    found is null, and the bundle refuses it."""
    days = [int(x) for x in re.findall(r"күнтізбелік (\d+) күн", complaints)]
    simple = re.search(r"(\d+)\s+к[үу]н\.?$", clause_25.split("Шағымды")[0].strip())
    info_line = re.search(r"\d\d-\d\d-\d\d", complaints)
    return {
        "calendar_days": days[0] if days else None,
        "calendar_days_simple": int(simple.group(1)) if simple else None,
        "info_line": info_line.group(0) if info_line else None,
        "clause": "25",
    }


def _clock(hour: str, minute: str) -> str:
    return f"{int(hour):02}:{minute}"


def _intervals(text: str, where: str) -> list[list[str]]:
    """Opening intervals, half-open, in local time."""
    if match := _WITH_LUNCH.search(text):
        lunch_h, lunch_m, back_h, back_m, open_h, open_m, close_h, close_m = match.groups()
        return [
            [_clock(open_h, open_m), _clock(lunch_h, lunch_m)],
            [_clock(back_h, back_m), _clock(close_h, close_m)],
        ]
    if match := _WITHOUT_LUNCH.search(text):
        open_h, open_m, close_h, close_m = match.groups()
        return [[_clock(open_h, open_m), _clock(close_h, close_m)]]
    raise DataError(f"{where}: no opening hours («сағат 9-00-ден … -ге») in «{text[:120]}…»")


def _weekdays(text: str, where: str) -> list[int]:
    match = _DAYS.search(text)
    if not match or match.group(1) not in DAYS_A_WEEK:
        raise DataError(f"{where}: no «аптасына … жұмыс күні» in «{text[:120]}…»")
    return list(range(1, DAYS_A_WEEK[match.group(1)] + 1))


def office_hours(standard: int, authorized_body: str, centre: str) -> dict:
    """Clause 9's two paragraphs → ISO weekdays and intervals of each office (days off excepted)."""
    where = f"standard {standard} clause 9"
    main, _, branches = centre.partition(_BRANCHES)
    if not branches:
        raise DataError(f"{where}: the centre's paragraph has no «{_BRANCHES}»")
    centre_days = _weekdays(main, where)
    return {
        AUTHORIZED_BODY: {
            "weekdays": _weekdays(authorized_body, where),
            "hours": _intervals(authorized_body, where),
        },
        CENTRE: {"weekdays": centre_days, "hours": _intervals(main, where)},
        CENTRE_BRANCH: {"weekdays": centre_days, "hours": _intervals(branches, where)},
    }


# Clause 26, one sentence per keeper: "уәкілетті орган оларды 6 ай бойы сақтауды … мұрағатына өткізеді".
_KEEPERS = (
    (AUTHORIZED_BODY, re.compile(r"уәкілетті орган оларды (\d+) ай бойы")),
    (CENTRE, re.compile(r"Орталық оларды (\d+) ай бойы")),
)
_THEN = (("archive", "мұрағатына"), (AUTHORIZED_BODY, "уәкілетті органға"))


def storage(standard: int, text: str) -> dict:
    """Clause 26 → {keeper: {"months": N, "then": who receives the documents afterwards}}."""
    where = f"standard {standard} clause 26"
    keepers = {}
    for sentence in re.split(r"(?<=\.) ", text):
        for keeper, pattern in _KEEPERS:
            if match := pattern.search(sentence):
                then = [who for who, words in _THEN if words in sentence]
                if len(then) != 1:
                    raise DataError(
                        f"{where}: cannot tell who receives the documents after «{sentence}»"
                    )
                keepers[keeper] = {"months": int(match.group(1)), "then": then[0]}
    if set(keepers) != {keeper for keeper, _ in _KEEPERS}:
        raise DataError(
            f"{where}: expected how long the authorized body and the centre keep documents, "
            f"found {sorted(keepers)}"
        )
    return keepers
