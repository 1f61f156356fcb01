"""`envoi contacts ...` (placeholder until the contacts service lands)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    sub.add_parser("contacts", help="add, edit, tag, import and export contacts")
