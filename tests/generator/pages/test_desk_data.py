"""What the build gives the staff desk: the clause-16 quotes, the printed days, the .docx template."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from generator.load.schema import load_validated
from generator.load.site_data import load_site
from generator.pages.desk import page_data
from generator.pages.desk_docx import docx_template

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def pages():
    data = load_validated(ROOT / "data")
    site = load_site(ROOT / "data")
    return data, {lang: page_data(site, lang) for lang in ("kk", "ru")}


def test_suspension_terms_quote_the_clause_for_each_ground(pages):
    data, desk = pages
    term = data["standards/standard-1"]["facts"]["suspension_grounds"][4]
    for lang, courts, several in (
        ("kk", "мән-жайлар анықталғанға дейінгі", "тараптар арасында келісім орнатылғанға дейінгі"),
        ("ru", "до выяснения обстоятельств", "до достижения согласия между сторонами"),
    ):
        grounds = desk[lang]["standards"]["1"]["suspension"]["grounds"]
        assert [g["ref"] for g in grounds] == (
            [
                "16-тармақтың 1) тармақшасы",
                "16-тармақтың 2) тармақшасы",
                "16-тармақтың 3) тармақшасы",
            ]
            if lang == "kk"
            else ["подпункт 1) пункта 16", "подпункт 2) пункта 16", "подпункт 3) пункта 16"]
        )
        # Grounds 1 and 2 (courts, prosecutors) get the first half, ground 3 the second; each
        # quote, its ellipsis and guillemets left out, is the act's own words.
        assert courts in grounds[0]["term"] and several not in grounds[0]["term"]
        assert grounds[1]["term"] == grounds[0]["term"]
        assert several in grounds[2]["term"] and courts not in grounds[2]["term"]
        for ground in grounds:
            for part in ground["term"].strip("«»").split("…"):
                assert part.strip() in term[lang]
        assert grounds[2]["term_note"] and not grounds[0]["term_note"]


def test_days_are_those_the_standards_were_in_force(pages):
    _, desk = pages
    days = desk["ru"]["days"]
    # 17.02.2010 to 01.11.2012: 318 days of 2010 (17 Feb is its 48th), 365 of 2011, 306 of 2012.
    assert len(days) == 318 + 365 + 306
    assert days["2010-02-17"] == "17.02.2010"
    assert days["2012-02-29"] == "29.02.2012"
    assert days["2012-11-01"] == "01.11.2012"
    assert "2012-11-02" not in days and "2010-02-16" not in days


def test_counts_and_clause_bases(pages):
    _, desk = pages
    assert desk["ru"]["counts"][1] == "1\u00a0документ"
    assert desk["ru"]["counts"][3] == "3\u00a0документа"
    # The longest list is nine documents (review8 K9: the rule on originals is none of them).
    assert desk["ru"]["counts"][9] == "9\u00a0документов"
    assert len(desk["ru"]["counts"]) == 10
    assert desk["kk"]["counts"][5] == "5\u00a0құжат"
    assert desk["kk"]["standards"]["2"]["receipt_basis"] == "Стандарттың 14-тармағына сәйкес"
    assert desk["ru"]["standards"]["3"]["refusal"]["ground"] == "Основание для отказа (пункт 16)"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_docx_template_makes_a_document_word_reads(lang):
    template = docx_template(lang)
    lines = [
        ("title", "Расписка о приеме документов"),
        ("item", "Заявление & копия <1>"),
        ("sign", "Подпись"),
    ]
    body = "".join(
        template["paragraphs"][kind].replace(
            "{text}", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        )
        for kind, text in lines
    )
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as z:
        for name, text in {
            **template["parts"],
            template["document"]: template["head"] + body + template["tail"],
        }.items():
            z.writestr(name, text)
    document = Document(io.BytesIO(raw.getvalue()))
    assert [p.text for p in document.paragraphs] == [
        "Расписка о приеме документов",
        "Заявление & копия <1>",
        "Подпись\t",
    ]
    assert [p.style.name for p in document.paragraphs] == ["Title", "List Item", "Signature"]
    section = document.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.1)
