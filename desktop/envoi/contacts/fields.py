"""Typed custom fields: text, number, date (ISO), yes/no. Values are stored typed in JSON."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from envoi.errors import InvalidInputError, Text
from envoi.store.kinds import FieldType

_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_TRUE = {"true", "yes", "y", "1", "oui", "vrai", "x", "✓"}
_FALSE = {"false", "no", "n", "0", "non", "faux", ""}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y", "%d %b %Y", "%Y/%m/%d")


def field_name(label: str) -> str:
    """A safe key for a field label: 'Date of birth' -> 'date_of_birth'."""
    name = re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")
    if name and not name[0].isalpha():
        name = f"f_{name}"
    name = name[:63]
    if not _NAME.fullmatch(name):
        raise InvalidInputError(
            Text("“{label}” cannot be used as a field name.", label=label),
            Text("Use letters, digits and spaces."),
        )
    return name


def parse_date(raw: str) -> date | None:
    text = raw.strip()
    if not text:
        return None
    head = text[:10]
    try:
        return date.fromisoformat(head)
    except ValueError:
        pass
    text = re.sub(r"\s+UTC$", "", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def coerce(field_type: str, value: Any) -> Any:
    """The stored form of ``value`` for a field of ``field_type``; None when empty."""
    if value is None:
        return None
    if field_type == FieldType.TEXT:
        text = str(value).strip()
        return text or None
    if field_type == FieldType.NUMBER:
        if isinstance(value, bool):
            raise InvalidInputError(Text("A yes/no value is not a number."))
        if isinstance(value, int | float):
            return value
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return None
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # French decimal comma
        try:
            number = float(text)
        except ValueError:
            raise InvalidInputError(Text("“{value}” is not a number.", value=value)) from None
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if field_type == FieldType.DATE:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        parsed = parse_date(str(value))
        if parsed is None:
            if not str(value).strip():
                return None
            raise InvalidInputError(
                Text("“{value}” is not a date.", value=value),
                Text("Write dates as 2024-03-31 or 31/03/2024."),
            )
        return parsed.isoformat()
    if field_type == FieldType.BOOLEAN:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False if text else None
        raise InvalidInputError(Text("“{value}” is not yes or no.", value=value))
    raise InvalidInputError(Text("Unknown field type “{field_type}”.", field_type=field_type))
