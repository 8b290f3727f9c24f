"""The amendments read from the act's notes, checked against the source lines by hand (see
data/source/resolution-2010-102.kk.txt lines 11, 15, 27, 29, 58, 70, 91, 1006, 2010, 2937)."""

from pathlib import Path

import pytest

from generator.core.errors import DataError
from generator.core.source import Source
from generator.extract.amendments import _change, _effective, amendments

DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.fixture(scope="module")
def found():
    return {a["act"]["number"]: a for a in amendments(Source.load(DATA), DATA)}


def test_the_four_amending_acts_in_order_of_adoption(found):
    assert [(n, a["act"]["date"]) for n, a in found.items()] == [
        (745, "2010-07-20"),
        (545, "2011-05-19"),
        (1429, "2011-12-01"),
        (1392, "2012-11-01"),
    ]


def test_1429_changed_clauses_3_and_7_of_each_standard_from_30_january_2012(found):
    act = found[1429]
    assert {k: v for k, v in act["effective"].items() if k != "text"} == {
        "kind": "on",
        "date": "2012-01-30",
    }
    assert [(c["standard"], c["clause"], c["change"], c["line"]) for c in act["changes"]][:2] == [
        (1, "3", "new_wording", 70),
        (1, "7", "amended", 91),
    ]
    assert {c["clause"] for c in act["changes"]} == {"3", "7"}
    assert {c["standard"] for c in act["changes"]} == {1, 2, 3, 4}


def test_545_restated_every_standard_ten_days_after_an_undated_publication(found):
    act = found[545]
    assert act["effective"]["kind"] == "after_publication" and act["effective"]["days"] == 10
    standards = [(c["standard"], c["line"]) for c in act["changes"] if c["scope"] == "standard"]
    assert standards == [(1, 58), (2, 1006), (3, 2010), (4, 2937)]
    resolution = [(c["clause"], c["line"]) for c in act["changes"] if c["scope"] == "resolution"]
    assert resolution == [("preamble", 15), ("1", 27)]


def test_745_repealed_clause_2_of_the_resolution(found):
    act = found[745]
    assert act["effective"]["kind"] == "see_act" and act["effective"]["clause"] == "4"
    assert act["changes"] == [
        {"scope": "resolution", "clause": "2", "change": "repealed", "line": 29, "note": None}
    ]


def test_a_note_not_understood_stops_the_extraction():
    with pytest.raises(DataError, match="line 7"):
        _change("8-тармақ алынып тасталды", 7)
    with pytest.raises(DataError, match="line 9"):
        _effective("жарияланған күннен бастап", 9)
