"""The application (appendix 4) and the payment receipt (appendix 8) as .docx files, made at build
time from data/forms.yaml in Kazakh and Russian: the same captions, title and request the HTML
form shows, laid out like the official blank (addressee block on the right, blanks with their
captions under them, date and signature at the foot).

Each file is written with fixed zip timestamps, so the same data gives the same bytes and the
checksum on the about page stays put between builds.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from calculator.messages import LANGS
from generator.load.site_data import SiteData

BLANK = "_" * 40
_FIXED_TIME = (2012, 11, 1, 0, 0, 0)  # the day the act was repealed: any fixed date would do


def _document(author: str) -> Document:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4, as the official blanks
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    document.core_properties.author = author
    return document


def _caption(document: Document, text: str, align=WD_ALIGN_PARAGRAPH.RIGHT) -> None:
    blank = document.add_paragraph(BLANK)
    blank.alignment = align
    caption = document.add_paragraph(f"({text})")
    caption.alignment = align
    caption.runs[0].font.size = Pt(9)


def _stable(document: Document) -> bytes:
    """The document's bytes with every zip entry dated _FIXED_TIME."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _strip_dates(data)
            dst.writestr(zipfile.ZipInfo(info.filename, _FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _strip_dates(core: bytes) -> bytes:
    return re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", core)


def application_docx(
    form: dict[str, Any], service_title: dict[str, str], lang: str, author: str
) -> bytes:
    document = _document(author)
    fields = {f["id"]: f for f in form["fields"]}
    header = [f for f in form["fields"] if f["header"]]
    # A Russian application is addressed «Начальнику …» first, then the body and the name (review10
    # R5); the Kazakh keeps the act's order (as application.md.j2 does).
    lead_first = lang == "ru"
    for field in header if lead_first else ():
        if "lead" in field:
            document.add_paragraph(field["lead"][lang]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for field in header:
        if "lead" in field and not lead_first:
            document.add_paragraph(field["lead"][lang]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _caption(document, field["caption"][lang])
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(form["title"][lang]).bold = True
    # Kazakh puts the request last, Russian first (as application.md.j2 does).
    request_first = lang == "ru"
    if request_first:
        document.add_paragraph(form["request"][lang])
    if "purpose" in fields:
        _caption(document, fields["purpose"]["caption"][lang], WD_ALIGN_PARAGRAPH.LEFT)
    document.add_paragraph(form["after_purpose"][lang])
    if "plot_address" in fields:
        _caption(document, fields["plot_address"]["caption"][lang], WD_ALIGN_PARAGRAPH.LEFT)
    if not request_first:
        document.add_paragraph(f"{form['after_address'][lang]} {form['request'][lang]}")
    footer = document.add_paragraph(
        f"{form['date_label'][lang]} {BLANK[:15]}    {form['signatory_label'][lang]} {BLANK[:25]}"
    )
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if "signature" in fields:
        caption = document.add_paragraph(f"({fields['signature']['caption'][lang]})")
        caption.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        caption.runs[0].font.size = Pt(9)
    note = document.add_paragraph(service_title[lang])
    note.runs[0].font.size = Pt(8)
    return _stable(document)


def receipt_docx(
    receipt: dict[str, Any],
    service_title: dict[str, str],
    lang: str,
    copies: tuple[str, str],
    author: str,
) -> bytes:
    """Two copies on one page, as in the source: the counterfoil and the receipt."""
    document = _document(author)
    for index, copy_title in enumerate(copies):
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.add_run(copy_title).bold = True
        for party in receipt["parties"]:
            line = document.add_paragraph(f"{party['label'][lang]} {BLANK}")
            caption = document.add_paragraph(f"({party['caption'][lang]})")
            caption.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            caption.runs[0].font.size = Pt(9)
            line.paragraph_format.space_after = Pt(0)
        table = document.add_table(rows=3, cols=4)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, column in zip(table.rows[0].cells, receipt["columns"], strict=True):
            cell.text = column[lang]
        table.rows[2].cells[1].text = receipt["vat"][lang]
        document.add_paragraph(receipt["stamp"][lang])
        document.add_paragraph(
            f"{receipt['signatures'][0][lang]} {BLANK[:15]}   {receipt['signatures'][1][lang]} {BLANK[:15]}"
        )
        if index == 0:
            document.add_paragraph("- " * 40)
    note = document.add_paragraph(service_title[lang])
    note.runs[0].font.size = Pt(8)
    return _stable(document)


def form_files(site: SiteData) -> dict[str, bytes]:
    """{"downloads/<lang>/<standard-id>-application.docx": bytes, … -receipt.docx}."""
    copies = {
        lang: tuple(site.strings["receipt_copy"][lang].format(number=n) for n in (1, 2))
        for lang in LANGS
    }
    files = {}
    for standard in site.standards:
        number = str(standard["number"])
        for lang in LANGS:
            base = f"downloads/{lang}/{standard['id']}"
            files[f"{base}-application.docx"] = application_docx(
                site.forms["application"][number],
                standard["title"],
                lang,
                site.strings["site_name"][lang],
            )
            files[f"{base}-receipt.docx"] = receipt_docx(
                site.forms["receipt"][number],
                standard["title"],
                lang,
                copies[lang],
                site.strings["site_name"][lang],
            )
    return files
