"""Content lines of iCalendar (RFC 5545 3.1, 3.3.11) and vCard 3.0 (RFC 2426 2.6, 4): the one
writer of both, for the calculator's .ics, the open-data production calendar and the vCards.

Both formats end lines with CRLF, fold a line longer than 75 octets by inserting CRLF and one
space (never inside a UTF-8 character), and escape backslash, comma, semicolon and newline in text.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_OCTETS = 75


def escape(value: str) -> str:
    """A TEXT value: ``\\``, ``;``, ``,`` and line breaks escaped (the same rule in both RFCs)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split at 75 octets without cutting a UTF-8 character; continuations start with a space."""
    # On the encoded bytes: per character this was three quarters of a deadline answer's time.
    data = line.encode("utf-8")
    parts, start, room = [], 0, MAX_OCTETS
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, room = end, MAX_OCTETS - 1  # the continuation's leading space takes one octet
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def write(lines: Iterable[str]) -> str:
    """Logical lines → the file's text: each folded, each ended by CRLF."""
    return "".join(fold(line) + "\r\n" for line in lines)
