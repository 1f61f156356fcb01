"""The rule tree of a segment: conditions combined in AND/OR groups.

A tree is plain frozen data. It is stored as JSON in ``segments.rules`` (``to_json`` /
``from_json``), checked against the fields that exist (``validate``), described in words
for the window and the command line (``describe``) and compiled to SQL by
``envoi.segments.compiler``. Users never type SQL: they pick a field, an operator and a value.

JSON form::

    {"match": "all", "children": [
        {"field": "custom:country", "op": "equals", "value": "France"},
        {"match": "any", "children": [
            {"field": "tag", "op": "has", "value": "VIP"},
            {"field": "created_at", "op": "within_last_days", "value": 30}]}]}
"""

from __future__ import annotations

import math
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from envoi.contacts.fields import parse_date
from envoi.errors import InvalidInputError, Text
from envoi.store.models import ContactStatus

Value: TypeAlias = str | int | float | None
Match: TypeAlias = Literal["all", "any"]
CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True, slots=True)
class Condition:
    """One test on a contact: ``field`` (``email``, ``custom:country``, ``tag``...),
    an operator from ``OPERATORS`` and a value (None for operators that take none)."""

    field: str
    op: str
    value: Value = None


@dataclass(frozen=True, slots=True)
class Group:
    """Children combined with AND (``match="all"``) or OR (``"any"``); empty matches everyone."""

    match: Match = "all"
    children: tuple[Condition | Group, ...] = ()


Node: TypeAlias = Condition | Group

# Field kinds: the custom field types plus the kinds of the built-in columns.
TEXT, NUMBER, DATE, BOOLEAN, STATUS, TAG, LIST = (
    "text",
    "number",
    "date",
    "boolean",
    "status",
    "tag",
    "list",
)

# Built-in fields: name -> (kind, label). Custom fields are "custom:<name>".
BUILTIN_FIELDS: dict[str, tuple[str, str]] = {
    "email": (TEXT, "Email"),
    "domain": (TEXT, "Email domain"),
    "first_name": (TEXT, "First name"),
    "last_name": (TEXT, "Last name"),
    "status": (STATUS, "Status"),
    "created_at": (DATE, "Added on"),
    "consent_source": (TEXT, "Consent source"),
    "consent_method": (TEXT, "Consent method"),
    "consent_at": (DATE, "Consent date"),
    "tag": (TAG, "Tag"),
    "list": (LIST, "List"),
}

# Operator -> words for describe(); "{v}" is the value.
OPERATOR_WORDS: dict[str, str] = {
    "equals": "is {v}",
    "not_equals": "is not {v}",
    "contains": "contains {v}",
    "not_contains": "does not contain {v}",
    "starts_with": "starts with {v}",
    "ends_with": "ends with {v}",
    "is_empty": "is empty",
    "is_not_empty": "is not empty",
    "gt": "is greater than {v}",
    "lt": "is less than {v}",
    "gte": "is at least {v}",
    "lte": "is at most {v}",
    "before": "is before {v}",
    "after": "is after {v}",
    "on": "is on {v}",
    "within_last_days": "is within the last {v} days",
    "not_within_last_days": "is more than {v} days ago",
    "is_true": "is yes",
    "is_false": "is no",
    "has": "has tag {v}",
    "has_not": "does not have tag {v}",
    "in": "is in list {v}",
    "not_in": "is not in list {v}",
}

_EMPTY = ("is_empty", "is_not_empty")
OPERATORS: dict[str, tuple[str, ...]] = {
    TEXT: ("equals", "not_equals", "contains", "not_contains", "starts_with", "ends_with", *_EMPTY),
    NUMBER: ("equals", "not_equals", "gt", "lt", "gte", "lte", *_EMPTY),
    DATE: ("on", "before", "after", "within_last_days", "not_within_last_days", *_EMPTY),
    BOOLEAN: ("is_true", "is_false", *_EMPTY),
    STATUS: ("equals", "not_equals"),
    TAG: ("has", "has_not"),
    LIST: ("in", "not_in"),
}

NO_VALUE_OPS = frozenset({"is_empty", "is_not_empty", "is_true", "is_false"})
DAY_OPS = frozenset({"within_last_days", "not_within_last_days"})
MAX_DEPTH = 8  # deeper trees are a bug or an attack, never a shop owner's segment


def field_kind(field: str, field_types: Mapping[str, str]) -> str:
    """The kind of ``field`` (text, number, date, boolean, status, tag, list)."""
    if field.startswith(CUSTOM_PREFIX):
        name = field[len(CUSTOM_PREFIX) :]
        kind = field_types.get(name)
        if kind is None:
            raise InvalidInputError(
                Text("The segment uses the field “{name}”, which does not exist.", name=name),
                Text("Pick one of the contact fields, or create the custom field first."),
            )
        if kind not in (TEXT, NUMBER, DATE, BOOLEAN):
            raise InvalidInputError(
                Text(
                    "The custom field “{name}” has an unknown type “{kind}”.", name=name, kind=kind
                )
            )
        return kind
    builtin = BUILTIN_FIELDS.get(field)
    if builtin is None:
        raise InvalidInputError(
            Text("The segment uses the field “{field}”, which does not exist.", field=field),
            Text(
                "Fields: {items}, or custom:<name> for a custom field.",
                items=", ".join(BUILTIN_FIELDS),
            ),
        )
    return builtin[0]


def _check_value(cond: Condition, kind: str) -> Value:
    """The value in its canonical form, or an InvalidInputError naming the problem."""
    op, value = cond.op, cond.value
    if op in NO_VALUE_OPS:
        return None
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidInputError(
            Text("The condition on “{field}” needs a value.", field=cond.field),
            Text("Type a value or pick another test."),
        )
    if isinstance(value, bool):  # bool is an int: refuse it before the number checks
        raise InvalidInputError(
            Text("“{value}” is not a valid value for “{field}”.", value=value, field=cond.field)
        )
    if op in DAY_OPS:
        try:
            days = int(str(value).strip())
        except ValueError:
            raise InvalidInputError(
                Text("“{value}” is not a number of days.", value=value),
                Text("Type a whole number, such as 30."),
            ) from None
        if not 0 <= days <= 100_000:
            raise InvalidInputError(Text("{days} is not a sensible number of days.", days=days))
        return days
    if kind == DATE:
        parsed = parse_date(str(value))
        if parsed is None:
            raise InvalidInputError(
                Text("“{value}” is not a date.", value=value), Text("Write dates as 2024-03-31.")
            )
        return parsed.isoformat()
    if kind == NUMBER:
        if isinstance(value, int | float):
            number = float(value)
        else:
            try:
                number = float(str(value).strip().replace(",", "."))
            except ValueError:
                raise InvalidInputError(
                    Text("“{value}” is not a number.", value=value),
                    Text("“{field}” holds numbers: type 50 or 12.5.", field=cond.field),
                ) from None
        if not math.isfinite(number):
            raise InvalidInputError(Text("“{value}” is not a number.", value=value))
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == STATUS:
        text = str(value).strip().lower()
        if text not in {s.value for s in ContactStatus}:
            raise InvalidInputError(
                Text("“{value}” is not a contact status.", value=value),
                Text("Statuses: {items}.", items=", ".join(s.value for s in ContactStatus)),
            )
        return text
    return str(value)


def validate(node: Node, field_types: Mapping[str, str], _depth: int = 0) -> Node:
    """``node`` with every field, operator and value checked and values in canonical form
    (numbers as numbers, dates as ISO text, day counts as integers)."""
    if _depth > MAX_DEPTH:
        raise InvalidInputError(
            Text("The segment has too many nested groups."), Text("Flatten the groups.")
        )
    if isinstance(node, Group):
        if node.match not in ("all", "any"):
            raise InvalidInputError(
                Text("“{match}” is not a way to combine conditions.", match=node.match)
            )
        return Group(node.match, tuple(validate(c, field_types, _depth + 1) for c in node.children))
    kind = field_kind(node.field, field_types)
    allowed = OPERATORS[kind]
    if node.op not in allowed:
        raise InvalidInputError(
            Text("“{op}” cannot be used with the field “{field}”.", op=node.op, field=node.field),
            Text("For this field use one of: {items}.", items=", ".join(allowed)),
        )
    return Condition(node.field, node.op, _check_value(node, kind))


def to_json(node: Node) -> dict[str, Any]:
    """The JSON-ready form stored in ``segments.rules``."""
    if isinstance(node, Group):
        return {"match": node.match, "children": [to_json(c) for c in node.children]}
    return {"field": node.field, "op": node.op, "value": node.value}


def from_json(data: Any, field_types: Mapping[str, str] | None = None) -> Group:
    """A rule tree from its JSON form; validated too when ``field_types`` is given.

    A single condition at the top is wrapped in an "all" group, so the result is a Group."""
    node = _node_from_json(data, 0)
    group = node if isinstance(node, Group) else Group("all", (node,))
    if field_types is not None:
        checked = validate(group, field_types)
        assert isinstance(checked, Group)
        return checked
    return group


def _node_from_json(data: Any, depth: int) -> Node:
    if depth > MAX_DEPTH:
        raise InvalidInputError(
            Text("The segment has too many nested groups."), Text("Flatten the groups.")
        )
    if not isinstance(data, dict):
        raise InvalidInputError(
            Text("The segment rules are not in the expected form."),
            Text('Each rule is {{"field", "op", "value"}}; each group is {{"match", "children"}}.'),
            repr(data)[:200],
        )
    if "children" in data or "match" in data:
        match = data.get("match", "all")
        children = data.get("children", [])
        if match not in ("all", "any") or not isinstance(children, list):
            raise InvalidInputError(
                Text("A group of conditions is not in the expected form."),
                Text('Use {{"match": "all" or "any", "children": [...]}}.'),
                repr(data)[:200],
            )
        return Group(match, tuple(_node_from_json(c, depth + 1) for c in children))
    field, op, value = data.get("field"), data.get("op"), data.get("value")
    if not isinstance(field, str) or not isinstance(op, str):
        raise InvalidInputError(
            Text("A condition is missing its field or its operator."), "", repr(data)[:200]
        )
    if value is not None and not isinstance(value, str | int | float):
        raise InvalidInputError(
            Text("The value of the condition on “{field}” is not text or a number.", field=field)
        )
    return Condition(field, op, value)


def parse_condition(text: str, field_types: Mapping[str, str]) -> Condition:
    """A condition from the command line: ``'field op value'``, e.g. ``country equals France``,
    ``tag has VIP``, ``created_at within_last_days 30``. A custom field may omit ``custom:``;
    quote values with spaces (``'city equals "Le Mans"'``)."""
    try:
        words = shlex.split(text)
    except ValueError as exc:
        raise InvalidInputError(
            Text("The rule “{text}” cannot be read.", text=text), Text("Close the quotes.")
        ) from exc
    if len(words) < 2:
        raise InvalidInputError(
            Text("The rule “{text}” needs a field and an operator.", text=text),
            Text("Write it as 'field operator value', e.g. 'status equals subscribed'."),
        )
    field, op, rest = words[0], words[1], words[2:]
    if field not in BUILTIN_FIELDS and not field.startswith(CUSTOM_PREFIX) and field in field_types:
        field = CUSTOM_PREFIX + field
    cond = Condition(field, op, " ".join(rest) if rest else None)
    checked = validate(cond, field_types)
    assert isinstance(checked, Condition)
    return checked


def field_label(field: str, labels: Mapping[str, str] | None = None) -> str:
    """Words for a field: the custom field's label when known, else its name."""
    if field.startswith(CUSTOM_PREFIX):
        name = field[len(CUSTOM_PREFIX) :]
        return (labels or {}).get(name) or name
    return BUILTIN_FIELDS.get(field, (TEXT, field))[1]


def describe(node: Node, labels: Mapping[str, str] | None = None) -> str:
    """The tree in words, e.g. ``Country is “France” and (Tag has tag “VIP” or ...)``.

    ``labels`` maps custom field names to their labels."""
    if isinstance(node, Condition):
        words = OPERATOR_WORDS.get(node.op, node.op + " {v}")
        value = node.value if node.op in DAY_OPS else f"“{node.value}”"
        if node.field in ("tag", "list"):
            return "Contact " + words.format(v=value)
        return f"{field_label(node.field, labels)} {words.format(v=value)}"
    if not node.children:
        return "All contacts"
    joiner = " and " if node.match == "all" else " or "
    parts = [
        f"({describe(c, labels)})"
        if isinstance(c, Group) and len(c.children) > 1
        else describe(c, labels)
        for c in node.children
    ]
    return joiner.join(parts)
