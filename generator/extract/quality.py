"""The data-quality report → data/quality.yaml: every correction made to the official text
and every contact that looks wrong, for the about page.

A contact "looks wrong" when its phone cell gives no valid Kazakhstan number, when the e-mail
column holds something other than an e-mail address (a web site, a person's name, nothing), or
when one e-mail address is printed for offices of different districts. A value that is not a
valid address (a backslash, no domain, "." for "@") carries the reason it was left as printed. Nothing here changes the
data: the directory keeps what the source says; the report says what a reader should double-check.
"""

from __future__ import annotations

from pathlib import Path

from generator.core.source import Source
from generator.extract.corrections import EXTRACTOR_CORRECTIONS, correction_files, load_corrections
from generator.extract.directories import APPENDICES, Extraction


def _corrections(data_dir: Path) -> list[dict]:
    records = []
    for path in (p for name in EXTRACTOR_CORRECTIONS for p in correction_files(data_dir, name)):
        for c in load_corrections(path):
            records.append(
                {
                    "file": path.relative_to(Path(data_dir).parent).as_posix(),
                    "lines": [c.first, c.last],
                    "original": c.original,
                    "corrected": c.corrected,
                    "why": c.why,
                    **({"source_spelling": True} if c.source_spelling else {}),
                }
            )
    return records


# Why a printed value is not a valid address: shown on the about page (its label in
# data/strings/directory.yaml) and kept in the report for whoever re-reads the source.
REASONS = {
    "backslash": "a backslash inside the address: not allowed in an e-mail address; the intended "
    "character (a dot, hyphen or underscore) cannot be told from the source",
    "no_domain": "the address has no full domain after @ (no dot); every copy prints it so",
    "malformed": "characters an e-mail address may not hold",
    "local_dot": "a dot at the start or end of the part before @, or two dots in a row: not allowed "
    "in an e-mail address; every copy prints it so",
    "at_missing": "an e-mail address on a mail service printed with a dot instead of @; every copy prints it so",
    "unknown_tld": "the address ends in no top-level domain (every other address here ends in .kz, .ru, .com, "
    ".net or .org); every copy prints it so",
    "host_underscore": "a web address with an underscore, which a host name may not hold",
}


def _contacts(found: Extraction) -> list[dict]:
    problems = []
    emails: dict[str, list] = {}
    for row in sorted(found.rows, key=lambda r: (r.standard, r.line)):
        base = {
            "appendix": row.appendix,
            "standard": row.standard,
            "line": row.line,
            "region": row.region,
            "name": row.cells.name,
        }
        phones = found.phones(row)
        for phone in phones:
            if phone["e164"] is None:
                problems.append(base | {"problem": "phone_invalid", "value": phone["raw"]})
        if not phones:
            problems.append(base | {"problem": "phone_missing", "value": row.cells.phones})
        if row.layout.contact_cell is None:
            continue
        contacts = found.contacts(row)
        if not contacts:
            problems.append(base | {"problem": "contact_none", "value": row.cells.contact})
        for contact in contacts:
            if contact["problem"]:
                problems.append(
                    base
                    | {
                        "problem": f"contact_{contact['problem']}",
                        "value": contact["value"],
                        "reason": REASONS[contact["problem"]],
                    }
                )
            elif contact["kind"] == "person":
                problems.append(base | {"problem": "contact_person", "value": contact["value"]})
            elif contact["kind"] == "email":
                emails.setdefault(contact["value"].lower(), []).append(row)
        if (
            contacts
            and not any(c["kind"] == "email" for c in contacts)
            and all(c["kind"] == "web" and not c["problem"] for c in contacts)
        ):
            problems.append(base | {"problem": "contact_web", "value": row.cells.contact})
    for address, rows in sorted(emails.items()):
        names = sorted({r.cells.name for r in rows})
        if len(names) > 1:
            first = rows[0]
            problems.append(
                {
                    "appendix": first.appendix,
                    "standard": first.standard,
                    "line": first.line,
                    "region": first.region,
                    "name": " · ".join(names),
                    "problem": "email_shared",
                    "value": address,
                }
            )
    return problems


def extract(source: Source, data_dir: Path) -> dict[str, tuple[str, object]]:
    found = Extraction(source, Path(data_dir))
    report = {
        "corrections": _corrections(data_dir),
        "contacts": _contacts(found),
        "counts": {
            APPENDICES[n].file: {
                str(s): sum(1 for r in found.rows if r.appendix == n and r.standard == s)
                for s in (1, 2, 3, 4)
            }
            for n in APPENDICES
        },
    }
    return {
        "quality.yaml": (
            "Generated by generator/extract/quality.py: corrections made to the official text, contacts that\n"
            "look wrong, and rows per appendix and standard. Shown on the about page.",
            report,
        )
    }
