"""The hand-worked values of tests/vectors.py, asserted here under CPython; the Pyodide and browser
tests then prove every runtime gives the whole same answers."""

import pytest

from tests.vectors import EXPECTED, REQUESTS


def test_every_request_has_its_hand_worked_value():
    assert len(EXPECTED) == len(REQUESTS)


@pytest.mark.parametrize(
    "request_, expected", list(zip(REQUESTS, EXPECTED, strict=True)), ids=lambda v: str(v)[:60]
)
def test_the_rules_give_the_hand_worked_value(ask, request_, expected):
    answer = ask(**request_)
    if "error" in expected:
        assert answer["ok"] is False
        assert (answer["error"]["code"], answer["error"]["field"]) == expected["error"]
    else:
        assert answer["ok"] is True, answer.get("error")
        assert {key: answer[key] for key in expected} == expected
