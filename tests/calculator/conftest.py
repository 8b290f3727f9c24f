"""The calculator is tested on the real bundle: the rules and the data/ they run on, together."""

from __future__ import annotations

from pathlib import Path

import pytest

from calculator.api import Rules, handle

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def rules(bundle) -> Rules:
    return Rules.from_bundle(bundle)


@pytest.fixture(scope="session")
def ask(bundle):
    def ask(**request):
        return handle(request, bundle)

    return ask
