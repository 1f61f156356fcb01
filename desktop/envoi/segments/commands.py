"""`envoi segments ...` (placeholder until the segments service lands)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    sub.add_parser("segments", help="saved segments and their counts")
