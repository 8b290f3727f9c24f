"""The hand-worked values of calculator/examples.py, asserted here under CPython; the Pyodide and
browser tests then prove every runtime gives the whole same answers to every request of the
exercise. And the exercise is checked for what the build relies on it for: every action in both
languages and the refusals, and no field the rules never read."""

from collections import defaultdict
from collections.abc import Mapping

import pytest

from calculator.api import ACTIONS, handle
from calculator.examples import EXERCISE, EXERCISE_ONLY, WORKED
from calculator.messages import LANGS


@pytest.mark.parametrize("example", WORKED, ids=lambda e: str(e.request)[:60])
def test_the_rules_give_the_hand_worked_value(ask, example):
    answer = ask(**example.request)
    expected = example.expected
    assert expected, "an example without a value worked by hand belongs in EXERCISE_ONLY"
    if "error" in expected:
        assert answer["ok"] is False
        assert (answer["error"]["code"], answer["error"]["field"]) == expected["error"]
    else:
        assert answer["ok"] is True, answer.get("error")
        assert {key: answer[key] for key in expected} == expected


def test_the_exercise_is_every_request_worked_first():
    assert [e.request for e in WORKED] + EXERCISE_ONLY == EXERCISE


def test_the_exercise_takes_every_action_in_both_languages():
    """What the build's standard-library cut and snapshot warm-up rely on: an action the exercise
    never takes may import a module the cut leaves out, and fail only in the browser."""
    taken = {(request.get("action"), request.get("lang")) for request in EXERCISE}
    assert {(action, lang) for action in ACTIONS for lang in LANGS} <= taken


def test_the_exercise_meets_the_refusals_before_any_action(bundle):
    refusals = {
        (answer["error"]["code"], answer["error"]["field"])
        for answer in (handle(request, bundle) for request in EXERCISE)
        if not answer["ok"]
    }
    assert {("unknown_action", "action"), ("missing_field", "action")} <= refusals


class ReadFields(dict):
    """A request that notes which of its fields the rules ask for."""

    def __init__(self, request: Mapping):
        super().__init__(request)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)


def test_no_request_carries_a_field_the_rules_never_read(bundle):
    """A field the rules never read (the old exercise sent a "stamp") tests nothing and misleads
    whoever reads the list. A refusal may stop before its later fields, so what counts is what
    the rules read over all the requests of the same action."""
    read: dict[str | None, set[str]] = defaultdict(set)
    for request in EXERCISE:
        recorded = ReadFields(request)
        handle(recorded, bundle)
        read[request.get("action")] |= recorded.read
    unread = [(r, sorted(set(r) - read[r.get("action")])) for r in EXERCISE]
    assert not [(request, fields) for request, fields in unread if fields]
