"""What a planned page is, and text already escaped for the place it lands in.

The bottom of ``pages``: ``order``, ``answer``, ``plan`` and ``render`` build on it in that order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Page:
    path: str  # without language suffix or extension, e.g. "regions/akmola"
    template: str
    context: dict[str, Any] = field(default_factory=dict)


class Html(str):
    """Text already escaped for its context; printed as is."""
