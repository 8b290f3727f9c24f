"""Reading one cell of a directory row: phone numbers, contacts, the city or district of an
address. Pure functions of the text; the examples in the docstrings are unit-tested
(tests/generator/extract/test_directories_parsing.py)."""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers

from generator.extract.directories.layout import CITY_REGIONS

# The local part is a dot-atom (RFC 5322): dots only between characters, so "Shimkent.gov.@mail.kz"
# is no address a mail client or validator accepts.
_EMAIL = re.compile(
    r"^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
)
_LOCAL_DOT = re.compile(r"^\.|\.\.|\.@")
# Something printed as a host name (a web site, or an address whose "@" was printed as "."):
# labels may hold "_" here, which a real host name may not.
_HOST = re.compile(r"^(https?://)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.[A-Za-z]{2,}(/\S*)?$")
# The top-level domains of the addresses the source prints; "www.zemlya.balkhas.rz" ends in none.
_TLDS = ("kz", "ru", "com", "net", "org")
_LABEL_OK = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$")
# Mail services the source's own addresses use: "Fort_akimat.mail.ru" is an address on mail.ru
# with its "@" printed as a dot, not a web site.
_MAIL_SERVICES = ("mail.ru", "list.ru", "inbox.ru", "bk.ru", "rambler.ru", "yandex.ru", "mail.kz")
# "акимат-zsnakim@mail.ru": a word naming whose address follows, joined by a hyphen.
_LABEL = re.compile(r"^([^\W\d_A-Za-z]+)-\s*(?=\S+@)")
_NUMBER = re.compile(r"[\d()]+(?:-[\d()]+)*")
_FAX = re.compile(r"(?:факс|ф\.)\s*:?\s*$", re.IGNORECASE)
# Kazakhstan's numbers have ten digits after the trunk prefix 8: area code plus local number.
_NATIONAL_DIGITS = 10


class Cells(NamedTuple):
    """A row's five cells (appendix 3 has no position: "")."""

    name: str
    address: str
    position: str
    phones: str
    contact: str


def phones(cell: str, area: str | None = None, kind: str = "phone") -> list[dict]:
    """Every number in a phone cell.

    "8-716-43 2-13-45, ф. 2-43-71" → two numbers with area code 71643 (+77164321345 and the fax
    +77164324371). A cell that starts with its own trunk prefix sets the area code; a centre's
    cell (appendix 3) has none and gets ``area``, its city's code. "7-710-30-2-64-59" prints the
    country code 7 instead of the trunk prefix 8: +77103026459.
    """
    text = re.sub(
        r"(\d)\s+-|-\s+(\d)", lambda m: (m.group(1) or "") + "-" + (m.group(2) or ""), cell.strip()
    )
    found, area_raw = [], None
    for match in _NUMBER.finditer(text):
        token = match.group(0)
        digits = re.sub(r"\D", "", token)
        before = text[: match.start()]
        if (
            digits[:1] in "87"
            and len(digits) == _NATIONAL_DIGITS + 1
            and (digits[0] == "8" or token.startswith("7-"))
        ):
            local, code = digits[1:], ""
        elif (
            digits.startswith("8")
            and 4 <= len(digits) <= 6
            and (match.start() == 0 or before.rstrip().endswith(","))
        ):
            area, area_raw = (
                digits[1:],
                token,
            )  # "8-716-2" or "8(716-2)": the code of the numbers after it
            continue
        else:
            local, code = digits, area or ""
            if found and len(local) == 4 and found[-1]["local"] and len(found[-1]["local"]) > 4:
                # "33-47-54 47-48": the second number printed with only the digits that differ
                local = found[-1]["local"][:-4] + local
            # "8-727-2 …" prints Almaty's code 727 with the first digit of a six-digit number;
            # a seven-digit number there takes the three-digit code. A longer code with too
            # long a number ("8-727-73 88-16-71") is left as printed, without a tel: link.
            if len(code) + len(local) > _NATIONAL_DIGITS and (
                not area_raw or len(area_raw.rstrip(")").split("-")[-1]) == 1
            ):
                code = code[: _NATIONAL_DIGITS - len(local)]
        national = code + local
        e164 = None
        if len(national) == _NATIONAL_DIGITS:
            parsed = phonenumbers.parse("8" + national, "KZ")
            if phonenumbers.is_valid_number(parsed):
                e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        raw = f"{area_raw} {token}" if area_raw and code else token
        found.append(
            {
                "raw": raw,
                "e164": e164,
                "kind": "fax" if _FAX.search(before[-8:]) else kind,
                "local": local,
            }
        )
    return [{k: v for k, v in p.items() if k != "local"} for p in found]


def _contact(kind: str, value: str, href: str | None = None, problem: str | None = None) -> dict:
    return {"kind": kind, "value": value, "href": href, "problem": problem}


def _one(token: str) -> dict | None:
    """One printed e-mail address or host name; None for an ordinary word."""
    if "@" in token:
        if "\\" in token:
            return _contact("email", token, problem="backslash")
        if _EMAIL.match(token) and token.rsplit(".", 1)[1].lower() not in _TLDS:
            return _contact("email", token, problem="unknown_tld")
        if _EMAIL.match(token):
            return _contact("email", token, "mailto:" + token)
        if _LOCAL_DOT.search(token):
            return _contact("email", token, problem="local_dot")
        domain = token.split("@", 1)[1]
        return _contact("email", token, problem="no_domain" if "." not in domain else "malformed")
    value = token.rstrip(".")
    if not _HOST.match(value):
        return None
    host = re.sub(r"^https?://", "", value).split("/")[0]
    if not host.lower().startswith("www.") and host.lower().endswith(
        tuple("." + s for s in _MAIL_SERVICES)
    ):
        return _contact("email", value, problem="at_missing")
    if not all(_LABEL_OK.match(label) for label in host.split(".")):
        return _contact("web", value, problem="host_underscore")
    if host.rsplit(".", 1)[1].lower() not in _TLDS:
        return _contact("web", value, problem="unknown_tld")
    return _contact("web", value, value if value.startswith("http") else "http://" + value)


def contacts(cell: str) -> list[dict]:
    """Every e-mail, web site and person of a contact cell, in the printed order.

    "pozakim@mail.ru org_acim@mail.ru" → two e-mails; "uzo@kostanay.kz, www.e-kostanai.kz" → an
    e-mail and a web site; "Beiseuov Busashevich" → one person; "-" → nothing. A value that is
    not a valid address keeps its printed form, no link, and a ``problem``: "Fort_akimat.mail.ru"
    (at_missing), "www.Aktau_info.kz" (host_underscore), "airtay\\akimat@sko.kz" (backslash),
    "irgizzem@kz" (no_domain), "Shimkent.gov.@mail.kz" (local_dot), "www.zemlya.balkhas.rz" (unknown_tld), "ual_zem@mail, online.kz" (one address broken by a comma:
    no_domain, not an address and a web site).
    """
    text = cell.strip()
    if set(text) <= {"-", " "}:
        return []
    label = None
    if match := _LABEL.match(text):
        label, text = match.group(1), text[match.end() :]
    tokens = text.split()
    found: list[dict] = []
    words: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index].rstrip(",;")
        follows = tokens[index + 1].rstrip(",;.") if index + 1 < len(tokens) else ""
        if (
            "@" in token
            and "." not in token.split("@", 1)[1]
            and tokens[index].endswith(",")
            and "@" not in follows
            and _HOST.match(follows)
        ):
            token, index = f"{tokens[index]} {follows}", index + 1
            item = _contact("email", token, problem="no_domain")
        else:
            item = _one(token)
        index += 1
        if item is None:
            words.append(tokens[index - 1])
            continue
        if words:
            found.append(_contact("person", " ".join(words).rstrip(",;")))
            words = []
        found.append(item)
    if words:
        found.append(_contact("person", " ".join(words).rstrip(",;")))
    if label and found:
        found[0]["label"] = label
    return found


def city(address: str) -> str | None:
    """ "020000 Көкшетау қаласы, Абай көшесі, 89" → "Көкшетау"; None when the address starts elsewhere."""
    head = re.sub(r"^\d{6}\s+", "", address.split(",")[0].strip())
    return head.removesuffix(" қаласы") if head.endswith(" қаласы") else None


def norm(text: str) -> str:
    """Text compared for substance: case, spacing and quote style ignored ("«А  б»" → '"аб"')."""
    text = text.lower().replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", "", text)


def district(region: dict, name: str, address: str) -> str | None:
    """The district or town an office serves ("Ақкөл ауданы, Ақкөл қаласы, …" → "Ақкөл ауданы");
    None for the region's (or city's) own office."""
    if region["id"] in CITY_REGIONS:
        return None
    stem = region["name"]["kk"].rsplit(" ", 1)[0]
    if name.replace("«", "").startswith(stem + " облыс") or f"{stem} облыс" in name:
        return None
    head = re.sub(r"^\d{6}\s+", "", address.split(",")[0].strip())  # a postcode before the place
    return head if head.endswith(("ауданы", "қаласы")) else None


def is_data(cells: list[str]) -> bool:
    """A table row (not the header, the column numbers or a separator)."""
    return (
        len(cells) >= 5
        and bool(cells[0].strip())
        and not cells[0].strip().isdigit()
        and any(ch.isdigit() for ch in cells[3] + cells[4] + cells[1])
    )
