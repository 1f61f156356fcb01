"""Turn one record of a contact file into a contact row, or a reason to reject it.

Pure functions over strings: no database here, so the rules can be tested one by one and
the hot loop stays cheap.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from envoi.contacts.importing.column_mapping import (
    CUSTOM,
    FALSE_WORDS,
    NULL_SPELLINGS,
    NULL_WORDS,
    TRUE_WORDS,
    ColumnMapping,
    date_order,
    field_name,
    parse_date,
    parse_number,
    status_value,
)

NAME_LIMIT = 200
TAG_LIMIT = 100
_TAG_SPLIT = re.compile(r"\s*(?::::|[,;|])\s*")
_SPACES = re.compile(r"\s+")


class RowRejected(Exception):
    def __init__(self, value: str, reason: str) -> None:
        super().__init__(reason)
        self.value = value
        self.reason = reason


@dataclass(frozen=True, slots=True)
class CustomColumn:
    index: int
    name: str
    label: str
    type: str
    order: str  # date order for date columns: "dmy" or "mdy"


@dataclass(frozen=True, slots=True)
class RowPlan:
    """The mapping compiled to column indexes, once per import."""

    width: int
    email: int
    first: int | None
    last: int | None
    full: int | None
    tags: int | None
    status: int | None
    attributes: int | None
    custom: tuple[CustomColumn, ...]
    # Per custom column, in order: its index and converter (None: text, inlined in the loop).
    cells: tuple[tuple[int, Converter | None], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.custom)

    def with_types(self, types: dict[str, str]) -> RowPlan:
        """Convert to the type a field already has in the database, not the guessed one."""
        custom = tuple(replace(c, type=types.get(c.name, c.type)) for c in self.custom)
        return replace(self, custom=custom, cells=_cells(custom))

    def portable(self) -> RowPlan:
        """Without the converters (closures do not pickle); ``with_types({})`` restores them."""
        return replace(self, cells=())


def _cells(custom: Sequence[CustomColumn]) -> tuple[tuple[int, Converter | None], ...]:
    return tuple((c.index, None if c.type == "text" else converter(c)) for c in custom)


def compile_plan(
    mapping: ColumnMapping, headers: Sequence[str], sample_rows: Sequence[Sequence[str]]
) -> RowPlan:
    def index(target: str) -> int | None:
        return mapping.targets.index(target) if target in mapping.targets else None

    email = index("email")
    assert email is not None, "the caller checks that a column is mapped to email"
    custom: list[CustomColumn] = []
    for i, target in enumerate(mapping.targets):
        if not target.startswith(CUSTOM):
            continue
        kind = mapping.types[i] if i < len(mapping.types) and mapping.types[i] else "text"
        label = mapping.labels[i] if i < len(mapping.labels) and mapping.labels[i] else headers[i]
        values = [row[i] for row in sample_rows if i < len(row)]
        name = field_name(target[len(CUSTOM) :])
        if any(c.name == name for c in custom):
            continue  # two columns for one field: the first one fills it
        custom.append(CustomColumn(i, name, label, kind, date_order(values)))
    return RowPlan(
        width=len(mapping.targets),
        email=email,
        first=index("first_name"),
        last=index("last_name"),
        full=index("full_name"),
        tags=index("tags"),
        status=index("status"),
        attributes=index("attributes"),
        custom=tuple(custom),
        cells=_cells(custom),
    )


_NULL_NAMES = frozenset({"", "null", "NULL", "Null", "none", "None", "n/a", "N/A"})


def clean_name(value: str) -> str:
    """One line, single spaces, at most NAME_LIMIT characters; 'NULL' means no name."""
    text = "".join(ch if ch.isprintable() else " " for ch in value)
    text = _SPACES.sub(" ", text).strip()
    if text.lower() in ("null", "none", "n/a"):
        return ""
    return text[:NAME_LIMIT]


def split_full_name(value: str) -> tuple[str, str]:
    """'Ada Lovelace' -> (Ada, Lovelace); 'Lovelace, Ada' -> (Ada, Lovelace). The first word
    is the first name so that particles stay with the surname ('Jean de la Fontaine')."""
    text = clean_name(value)
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip()[:NAME_LIMIT], last.strip()[:NAME_LIMIT]
    first, _, last = text.partition(" ")
    return first, last.strip()


def split_tags(value: str) -> list[str]:
    tags: list[str] = []
    for part in _TAG_SPLIT.split(value):
        # Quotes as Mailchimp leaves them; "* " marks Google's system labels (* starred).
        tag = part.strip().strip("\"'* ").strip().lower()[:TAG_LIMIT]
        if tag and tag not in tags:
            tags.append(tag)
    return tags


Converter = Callable[[str], Any]
_BOOLS = {**dict.fromkeys(TRUE_WORDS, True), **dict.fromkeys(FALSE_WORDS, False)}


def _null(text: str) -> bool:
    return text in NULL_SPELLINGS or text.lower() in NULL_WORDS


def converter(column: CustomColumn) -> Converter:
    """A function from a raw cell to its JSON value (None: leave the field out), raising
    RowRejected when the cell does not fit the column's type. The common spellings take a
    fast path: this runs once per cell of a million-row file."""
    label = column.label

    def text(raw: str) -> Any:
        value = raw.strip()
        return None if _null(value) else value

    def number(raw: str) -> Any:
        try:
            return int(raw)
        except ValueError:
            pass
        value = raw.strip()
        if _null(value):
            return None
        found = parse_number(value.replace("\u00a0", "").replace(" ", ""))
        if found is None:
            raise RowRejected(raw, f"{label}: “{value}” is not a number")
        return found

    def a_date(raw: str) -> Any:
        if len(raw) == 10 and raw[4] == "-" and raw[7] == "-":
            try:
                date.fromisoformat(raw)
                return raw
            except ValueError:
                pass
        value = raw.strip()
        if _null(value):
            return None
        iso = parse_date(value, column.order)
        if iso is None:
            raise RowRejected(raw, f"{label}: “{value}” is not a date (expected e.g. 2024-03-31)")
        return iso

    def boolean(raw: str) -> Any:
        value = raw.strip()
        flag = _BOOLS.get(value.lower())
        if flag is None:
            if _null(value):
                return None
            raise RowRejected(raw, f"{label}: “{value}” is not yes or no")
        return flag

    return {"number": number, "date": a_date, "boolean": boolean}.get(column.type, text)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")  # NaN and Infinity are Python's only


def attribute_fields(raw: str) -> dict[str, Any]:
    """listmonk's `attributes` column: a JSON object whose keys become custom fields."""
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except ValueError:
        raise RowRejected(raw, "attributes: the value is not valid JSON") from None
    if not isinstance(data, dict):
        raise RowRejected(raw, "attributes: the value is not a JSON object")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None or value == "":
            continue
        out[field_name(str(key))] = value
    return out


def json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "text"


@dataclass(slots=True)
class ContactValues:
    """One contact as the file describes it (mutable only while it is being built)."""

    line: int
    email: str
    key: str
    domain: str
    first_name: str
    last_name: str
    custom: tuple[Any, ...]  # one JSON value per custom column of the plan; None when empty
    extra: dict[str, Any] | None  # fields from an `attributes` JSON column
    tags: list[str]
    status: str

    def fields(self, names: Sequence[str]) -> dict[str, Any]:
        """The contact's custom fields as stored; ``names`` are the plan's custom names."""
        found = dict(self.extra or {})
        found.update((n, v) for n, v in zip(names, self.custom, strict=True) if v is not None)
        return found


RowParts = tuple[str, str, tuple[Any, ...], dict[str, Any] | None, list[str], str]


def build_values(plan: RowPlan, cells: Sequence[str], line: int, email: str, key: str,
                 domain: str) -> ContactValues:  # fmt: skip
    """Everything but the address, which the caller has already validated."""
    first, last, custom, extra, tags, status = build_parts(plan, cells)
    return ContactValues(line, email, key, domain, first, last, custom, extra, tags, status)


def build_parts(plan: RowPlan, cells: Sequence[str]) -> RowParts:
    """``build_values`` as a plain tuple (first, last, custom, extra, tags, status)."""
    return row_builder(plan)(cells)


def _name(cells: Sequence[str], at: int | None) -> str:
    if at is None:
        return ""
    name = cells[at].strip()
    if name in _NULL_NAMES:
        return ""
    if len(name) > NAME_LIMIT or "  " in name or not name.isprintable():
        return clean_name(name)
    return name


def row_builder(plan: RowPlan) -> Callable[[Sequence[str]], RowParts]:
    """``build_parts`` for one plan, its column indexes bound once: the import's hot loop
    calls it for every row and turns the result straight into the INSERT's parameters."""
    width, first_at, last_at, full_at = plan.width, plan.first, plan.last, plan.full
    attributes_at, tags_at, status_at = plan.attributes, plan.tags, plan.status
    custom_cells = plan.cells
    nulls, null_names = NULL_SPELLINGS, _NULL_NAMES
    limit = NAME_LIMIT

    def build(cells: Sequence[str]) -> RowParts:
        if len(cells) < width:
            cells = [*cells, *[""] * (width - len(cells))]  # exporters drop empty tails
        # The common case inline (a clean first and last name), the rest in _name().
        first = last = ""
        if first_at is not None:
            first = cells[first_at].strip()
            if (
                first in null_names
                or len(first) > limit
                or "  " in first
                or not first.isprintable()
            ):
                first = _name(cells, first_at)
        if last_at is not None:
            last = cells[last_at].strip()
            if last in null_names or len(last) > limit or "  " in last or not last.isprintable():
                last = _name(cells, last_at)
        if full_at is not None and not (first or last):
            first, last = split_full_name(cells[full_at])
        extra = None
        if attributes_at is not None and cells[attributes_at].strip():
            extra = attribute_fields(cells[attributes_at])
        custom: list[Any] = []
        append = custom.append
        for index, convert in custom_cells:
            raw = cells[index]
            if convert is None:
                value = raw.strip()
                append(None if value in nulls else value)
            elif raw:
                append(convert(raw))
            else:
                append(None)
        tags = split_tags(cells[tags_at]) if tags_at is not None else []
        status = "subscribed"
        if status_at is not None and cells[status_at]:
            status = status_value(cells[status_at]) or "subscribed"
        return first, last, tuple(custom), extra, tags, status

    return build
