"""The one kind of error the rules raise on purpose: a value the user can fix."""

from __future__ import annotations


class InputError(ValueError):
    """``code`` names a message of data/strings/calculator.yaml; ``field`` the input to highlight."""

    def __init__(self, code: str, field: str | None = None, **params: object):
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params
