from __future__ import annotations

import pytest

from generator.schema import load_validated
from tests.datatools import ROOT


@pytest.fixture(scope="session")
def data():
    return load_validated(ROOT / "data")
