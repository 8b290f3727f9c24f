"""``python -m generator extract --check REGION|appendix-N``: what the parser sees, for whoever
fixes or translates a region. It writes nothing."""

from __future__ import annotations

import re
from pathlib import Path

from generator.core.errors import DataError
from generator.core.source import Source
from generator.extract.directories.extraction import Extraction, translation_memory
from generator.extract.directories.layout import APPENDICES
from generator.extract.translations import to_translate

_MIXED = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def _contact_text(contact: dict) -> str:
    problem = f" ({contact['problem']})" if contact["problem"] else ""
    return f"{contact['kind']}: {contact['value']}{problem}"


def check(source: Source, data_dir: Path, target: str) -> str:
    """A report on one region (or ``appendix-2``/``appendix-3``) for whoever fixes or translates it."""
    data_dir = Path(data_dir)
    found = Extraction(source, data_dir, tolerant=True)
    if target.startswith("appendix-"):

        def wanted(appendix, region):
            return appendix == int(target.split("-")[1])
    elif target in found.region:

        def wanted(appendix, region):
            return appendix in (1, 6) and region == target
    else:
        raise DataError(
            f"--check: unknown target {target!r}; give a region id, appendix-2 or appendix-3"
        )
    out = [f"# check {target}"]
    out += [f"! {p}" for p in found.problems]
    memory = translation_memory(data_dir)
    for appendix in APPENDICES:
        for standard in (1, 2, 3, 4):
            rows = [
                r
                for r in found.rows
                if r.appendix == appendix and r.standard == standard and wanted(appendix, r.region)
            ]
            if not rows:
                continue
            out.append(f"\n## appendix {appendix}, standard {standard}: {len(rows)} rows")
            for row in rows:
                parsed = found.phones(row)
                phones = ", ".join(
                    f"{p['raw']}→{p['e164'] or 'INVALID'}{' (' + p['kind'] + ')' if p['kind'] != 'phone' else ''}"
                    for p in parsed
                )
                contacts = found.contacts(row)
                out.append(
                    f"{row.line} [{row.region}] {' | '.join(row.cells[:3])} | {phones} | "
                    + "; ".join(map(_contact_text, contacts))
                )
                suspicious = [
                    w
                    for cell in row.cells[:3]
                    for w in re.findall(r"\S*[A-Za-z]\S*", cell)
                    if _MIXED.search(w) or re.fullmatch(r"[A-Z]{2,4}\.?", w)
                ]
                if suspicious:
                    out.append(f"   ? Latin letters: {suspicious}")
                if any(p["e164"] is None for p in parsed) or not parsed:
                    out.append("   ? a phone cell that gave no valid number")
                if any(c["problem"] or c["kind"] == "person" for c in contacts):
                    out.append(
                        f"   ? contact cell holds a value that is not a valid address: {row.cells.contact!r}"
                    )
    number = int(target.split("-")[1]) if target.startswith("appendix-") else None
    odd = [
        o
        for o in found.odd
        if (o.region is None and o.appendix == number)
        or (o.region == target and o.appendix in (1, 6))
    ]
    if target in found.region:
        odd += [o for o in found.odd if o.region is None and o.appendix in (1, 6)]
    if odd:
        out.append("\n## lines that did not parse")
        out += [
            f"{o.line} (standard {o.standard}, appendix {o.appendix}, under {o.region}): {o.text!r}"
            for o in odd
        ]
    diffs = [d for d in found.differences() if wanted(d["appendix"], d["region"])]
    if diffs:
        out.append("\n## differences between the copies")
        for d in diffs:
            out.append(f"appendix {d['appendix']} {d['name'][:60]!r} {d['field']} ({d['kind']}):")
            out += [
                f"    standards {v['standards']} lines {v['lines']}: {v['text']!r}"
                for v in d["values"]
            ]
    missing = []
    for appendix in APPENDICES:
        for entry in found.entries(appendix, memory.both):
            if wanted(appendix, entry["region"]):
                for key in ("district", "name", "address", "position"):
                    if entry[key] and not entry[key]["ru"] and entry[key]["kk"] not in missing:
                        missing.append(entry[key]["kk"])
    return "\n".join(out + to_translate(missing))
