"""The calculator is tested on the real bundle: the rules and the data/ they run on, together."""

from __future__ import annotations

from pathlib import Path

import pytest

from calculator.api import Rules, handle
from generator.load.bundle import build_bundle
from generator.load.site_data import load_site

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def bundle() -> dict:
    return build_bundle(load_site(DATA))


@pytest.fixture(scope="session")
def rules(bundle) -> Rules:
    return Rules.from_bundle(bundle)


@pytest.fixture(scope="session")
def ask(bundle):
    def ask(**request):
        return handle(request, bundle)

    return ask
