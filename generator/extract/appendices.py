"""The appendices of a standard that are tables or forms, not clauses: appendix 4 (the
application), appendix 5 (quality indicators) and appendix 8 (the payment receipt).

Each parser takes the corrected source lines, the appendix's line span and ``both`` (the
translation memory's kk → {kk, ru}); a part it cannot find is a DataError naming the lines.
"""

from __future__ import annotations

import re

from generator.core.errors import DataError

INDICATOR = re.compile(r"^(\d+(?:\.\d+)?)\. ([^\t]+)\t*$")


def indicators(corrected: list[str], first: int, last: int, both) -> dict:
    """Appendix 5 of a standard: the table's title, its columns and its rows (groups "1." and
    indicators "1.1."; the source numbers group 4's only indicator "4.3" and that is kept).
    The value columns are empty in the source: the values were set yearly elsewhere (clause 19)."""
    start = next(n for n in range(first, last) if corrected[n - 1].strip().endswith("5-қосымша"))
    title_line = next(n for n in range(start + 1, last) if corrected[n - 1].strip())
    header = next(n for n in range(title_line + 1, last) if "\t" in corrected[n - 1])
    rows = []
    for n in range(header + 2, last):
        text = corrected[n - 1]
        if text.startswith("**") or "қосымша" in text:
            break
        match = INDICATOR.match(text.strip("\n"))
        if match:
            number, label = match.groups()
            rows.append(
                {
                    "number": number,
                    "group": "." not in number,
                    "text": both(label.strip()),
                    "line": n,
                }
            )
    return {
        "appendix": 5,
        "title": both(corrected[title_line - 1].strip()),
        "columns": [both(c.strip()) for c in corrected[header - 1].split("\t")],
        "rows": rows,
    }


# Appendix 4: the captions printed under the blanks of the application, and what each blank is
# for, tried in this order (the signature caption also names the applicant; the details caption
# also says "мекенжайы"). A caption that matches none of these is not a blank (the title's brackets).
FORM_FIELDS = (
    ("signature", ("қолы",)),
    ("applicant_details", ("деректемелері",)),
    ("applicant", ("жеке тұлғаның тегі", "толық атауы")),
    ("authorized_body", ("органның атауы",)),
    ("official", ("тегі, аты, әкесінің аты",)),
    ("purpose", ("нысаналы мақсаты",)),
    ("plot_address", ("мекенжайы",)),
)


def application(corrected: list[str], first: int, last: int, both) -> dict:
    """Appendix 4 of a standard: the application's captions (fields), its title and request."""
    text = " ".join(
        corrected[n - 1].strip() for n in range(first + 1, last + 1) if corrected[n - 1].strip()
    )
    text = text[: text.rfind("«")] if "«" in text else text  # the next appendix's stamp
    # The title starts with a capital after the last caption; it may hold brackets itself
    # ("Уақытша (ұзақ мерзімді, қысқа мерзімді) өтеулі …").
    title = re.search(r"\)\s*([А-ЯӘҒҚҢӨҰҮҺІ][^_]*?туралы өтініш)\s*_*\s*([^()]*?)\s*\(", text)
    fields, ends = [], {}
    for found in re.finditer(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)", text):
        caption = re.sub(r"\s+", " ", found.group(1)).strip()
        field_id = next(
            (fid for fid, markers in FORM_FIELDS if any(m in caption for m in markers)), None
        )
        if field_id is not None:
            # The blanks above the title are the addressee block, printed on the right.
            header = bool(title) and found.start() < title.start(1)
            field = {"id": field_id, "caption": both(caption), "header": header}
            # The words between the body's blank and the official's name address the head
            # («… уәкілетті органның бастығы»): printed above the name's blank, as the act has them.
            if field_id == "official" and "authorized_body" in ends:
                lead = text[ends["authorized_body"] : found.start()].replace("_", " ")
                if lead := " ".join(lead.split()):
                    field["lead"] = both(lead)
            fields.append(field)
            ends[field_id] = found.end()
    request = re.search(r"(бойынша орналасқан) (.*?сұраймын\.)", text)
    date_line = re.search(r"(Күні)\s*_+\s*(Өтініш беруші)", text)
    lost = [
        what
        for what, found in (
            ("title '… туралы өтініш'", title),
            ("request '… сұраймын.'", request),
            ("'Күні ___ Өтініш беруші'", date_line),
        )
        if not found
    ]
    if lost:
        raise DataError(f"data/source lines {first}-{last}: appendix 4: no {', '.join(lost)}")
    # "… берілген, … бойынша орналасқан": the words after the purpose blank and the address blank.
    return {
        "title": both(title.group(1).strip()),
        "after_purpose": both(title.group(2).strip(" _")),
        "after_address": both(request.group(1)),
        "request": both(request.group(2).strip()),
        "date_label": both(date_line.group(1)),
        "signatory_label": both(date_line.group(2)),
        "fields": fields,
        "lines": [first, last],
    }


def receipt(corrected: list[str], first: int, last: int, both) -> dict:
    """Appendix 8: the payment receipt — payer, recipient, bank, the payment table and signatures,
    printed twice (the counterfoil and the receipt)."""
    text = " ".join(
        corrected[n - 1].strip() for n in range(first + 1, last + 1) if corrected[n - 1].strip()
    )
    labels = (("payer", "Ақша жіберуші"), ("recipient", "Төлемді алушы"), ("bank", "Делдал банк"))
    parts = {}
    for key, label in labels:
        match = re.search(label + r"\s*_*\s*(.*?)(?=Төлемді алушы|Делдал банк|Р/с №|$)", text)
        if match:
            parts[key] = {"label": both(label), "caption": both(match.group(1).strip(" _"))}
    table = re.search(
        r"(Р/с №)\s+(Төлемнің атауы)\s+(Сомасы)\s+(Барлығы)\s+(оның ішінде ҚҚС)", text
    )
    signatures = re.search(r"([Аа]қша жіберушінің қолы) (жауапты орындаушының қолы, күні)", text)
    stamp = re.search(r"(Қол үшін және мөрдің орны)", text)
    lost = [
        what
        for what, found in (
            ("payment table header", table),
            ("signature line", signatures),
            ("'Қол үшін және мөрдің орны'", stamp),
            ("recipient", "recipient" in parts),
            ("bank", "bank" in parts),
        )
        if not found
    ]
    if lost:
        raise DataError(
            f"data/source lines {first}-{last}: appendix 8: no {', '.join(lost)} (spaced-out or broken "
            "words are conversion errors for data/corrections/standards.yaml)"
        )
    return {
        "parties": [dict(parts[key], id=key) for key, _ in labels if key in parts],
        "columns": [both(table.group(i)) for i in range(1, 5)],
        "vat": both(table.group(5)),
        "stamp": both(stamp.group(1)),
        "signatures": [
            both(signatures.group(1)[0].upper() + signatures.group(1)[1:]),
            both(signatures.group(2)),
        ],
        "lines": [first, last],
    }
