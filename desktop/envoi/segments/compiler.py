"""Rule trees compiled to one SQLAlchemy boolean expression over the ``contacts`` table.

Every value the user typed travels as a bound parameter. The only text rendered into the
SQL is a custom field's name inside its JSON path (``'$."country"'`` on SQLite,
``'country'`` on PostgreSQL), and only when it is made of letters, digits and ``_`` (as
``envoi.contacts.fields`` makes them): it must be literal so that the expression indexes
built by ``index_expressions`` match the query (a bound path never matches an index on
SQLite or PostgreSQL). Any other name is bound like a value and gets no index (on SQLite a
name containing ``"`` cannot be addressed by a JSON path at all).

Custom values are stored typed in JSON (``envoi.contacts.fields.coerce``): numbers as JSON
numbers, dates as ISO text ``YYYY-MM-DD``, yes/no as JSON booleans. The expressions rely on it.
Text comparisons are case-insensitive: ``lower()`` on both sides, so SQLite (whose
``lower`` folds ASCII only) stays consistent with itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
)

from envoi.segments.rules import (
    BOOLEAN,
    CUSTOM_PREFIX,
    DATE,
    LIST,
    NUMBER,
    STATUS,
    TAG,
    TEXT,
    Condition,
    Group,
    Node,
    field_kind,
    validate,
)
from envoi.store.clock import local_day_start
from envoi.store.models import Contact, ContactList, ContactTag, ListMember, Tag

Expr = ColumnElement[Any]
Bool = ColumnElement[bool]

# Custom ISO dates are text: every real date sorts between these two (digits < ':'), while
# text that is not a date starting with a letter sorts outside, so open ranges stay bounded.
_DATE_LOW, _DATE_HIGH = "0", ":"
# Custom field names as envoi.contacts.fields makes them (and a little more).
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_]{1,100}")


@dataclass(frozen=True, slots=True)
class _Context:
    dialect: str
    field_types: Mapping[str, str]
    today: date


def compile_rules(
    group: Group,
    field_types: Mapping[str, str],
    *,
    dialect: str = "sqlite",
    today: date | None = None,
) -> Bool:
    """The WHERE clause selecting the contacts that ``group`` matches.

    ``field_types`` maps custom field names to their type (text, number, date, boolean);
    ``dialect`` is ``"sqlite"`` or ``"postgresql"``; ``today`` anchors "within the last N
    days" (default: the local date). The tree is validated first (InvalidInputError)."""
    checked = validate(group, field_types)
    ctx = _Context(dialect, field_types, today or date.today())
    return _node(checked, ctx)


def compile_condition(
    cond: Condition,
    field_types: Mapping[str, str],
    *,
    dialect: str = "sqlite",
    today: date | None = None,
) -> Bool:
    """One validated condition alone (the count planner tests conditions one by one)."""
    return _condition(cond, _Context(dialect, field_types, today or date.today()))


def _node(node: Node, ctx: _Context) -> Bool:
    if isinstance(node, Group):
        parts = [_node(child, ctx) for child in node.children]
        if not parts:
            return true()
        return and_(*parts) if node.match == "all" else or_(*parts)
    return _condition(node, ctx)


def _condition(cond: Condition, ctx: _Context) -> Bool:
    kind = field_kind(cond.field, ctx.field_types)
    if kind in (TAG, LIST):
        return _membership(cond)
    if kind == STATUS:
        value = bindparam(None, cond.value, String)
        return Contact.status == value if cond.op == "equals" else Contact.status != value
    if cond.field.startswith(CUSTOM_PREFIX):
        return _custom(cond, kind, cond.field[len(CUSTOM_PREFIX) :], ctx)
    column = getattr(Contact, cond.field)
    if kind == DATE:
        if ctx.dialect == "sqlite":
            # SQLite keeps DateTime as text 'YYYY-MM-DD HH:MM:SS[.ffffff]': compare with day
            # text, whatever wrote the row (ORM, server default or a bulk import).
            as_text = type_coerce(column, String)
            return _date_ops(cond, as_text, as_text, _utc_text, ctx, guard=False)
        return _date_ops(cond, column, column, _midnight, ctx, guard=False)
    if cond.field in ("email", "domain"):
        # Both are stored lower-cased by Python at write time: compare with Python's lower.
        keyed: Expr = (Contact.email_key if cond.field == "email" else Contact.domain).expression
        return _text_ops(cond, keyed, keyed, lambda v: bindparam(None, v.lower(), String))
    return _text_ops(cond, func.lower(column, type_=String), column, _sql_lower)


def member_ids(cond: Condition) -> Select[int]:
    """The ids of the contacts having the tag / in the list a tag or list condition names
    (names compared case-insensitively; an unknown name gives no id)."""
    name = func.lower(bindparam(None, cond.value, String))
    if cond.field == "tag":
        return (
            select(ContactTag.contact_id)
            .join(Tag, Tag.id == ContactTag.tag_id)
            .where(func.lower(Tag.name) == name)
        )
    return (
        select(ListMember.contact_id)
        .join(ContactList, ContactList.id == ListMember.list_id)
        .where(func.lower(ContactList.name) == name)
    )


def _membership(cond: Condition) -> Bool:
    ids = member_ids(cond)
    # IN (not a correlated EXISTS): SQLite can then drive the count from the small side.
    return Contact.id.in_(ids) if cond.op in ("has", "in") else Contact.id.not_in(ids)


def _custom(cond: Condition, kind: str, name: str, ctx: _Context) -> Bool:
    raw = json_text(name, ctx.dialect)
    if cond.op in ("is_empty", "is_not_empty"):
        return _emptiness(cond.op, raw)
    if kind == TEXT:
        return _text_ops(cond, func.lower(raw, type_=String), raw, _sql_lower)
    if kind == NUMBER:
        return _number_ops(cond, json_number(name, ctx.dialect), ctx.dialect)
    if kind == DATE:
        value = json_date(name, ctx.dialect)
        return _date_ops(cond, value, raw, _iso_text, ctx, guard=True)
    if kind == BOOLEAN:
        wanted = "true" if cond.op == "is_true" else "false"
        if ctx.dialect == "sqlite":
            return func.json_type(Contact.fields, _path(name), type_=String) == wanted
        node = Contact.fields.op("->")(_key(name))
        return and_(
            func.jsonb_typeof(node, type_=String) == "boolean",
            raw == bindparam(None, wanted, String),
        )
    raise AssertionError(f"unhandled field kind {kind}")


# --- field expressions (also used to build the matching expression indexes) ---------------


def plain_name(name: str) -> bool:
    """Whether a custom field name may be written into the SQL (and so be indexed)."""
    return _PLAIN_NAME.fullmatch(name) is not None


def _inline_or_bound(text: str, name: str) -> Expr:
    if plain_name(name):
        return literal(text, String, literal_execute=True)
    # Envoi never makes such a name; if one comes, it travels bound: safe, never indexed.
    return bindparam(None, text, String)


def _path(name: str) -> Expr:
    return _inline_or_bound(f'$."{name}"', name)


def _key(name: str) -> Expr:
    return _inline_or_bound(name, name)


def json_text(name: str, dialect: str) -> Expr:
    """The custom field ``name`` as SQL text (NULL when absent)."""
    if dialect == "sqlite":
        return func.json_extract(Contact.fields, _path(name), type_=String)
    return Contact.fields.op("->>", return_type=String)(_key(name))


def json_number(name: str, dialect: str) -> Expr:
    """The custom field ``name`` as a number; on PostgreSQL NULL unless it is a JSON number."""
    if dialect == "sqlite":
        # json_extract gives SQL integer/real for JSON numbers, text for JSON strings.
        return func.json_extract(Contact.fields, _path(name), type_=Float)
    node = Contact.fields.op("->")(_key(name))
    # Constants literal, not bound: PostgreSQL matches an index expression only to the letter.
    is_number = func.jsonb_typeof(node, type_=String) == _key("number")
    return case((is_number, cast(json_text(name, dialect), Float)))


def json_date(name: str, dialect: str) -> Expr:
    """The custom date ``name`` as ISO text ordered byte by byte (C collation on PostgreSQL)."""
    text = json_text(name, dialect)
    return text if dialect == "sqlite" else text.collate("C")


def index_expressions(name: str, kind: str, dialect: str) -> list[Expr]:
    """Expressions worth an index for a custom field, exactly as the compiler writes them."""
    if not plain_name(name):
        return []
    if kind == TEXT:
        return [func.lower(json_text(name, dialect), type_=String)]
    if kind == NUMBER:
        return [json_number(name, dialect)]
    if kind == DATE:
        return [json_date(name, dialect)]
    return []  # yes/no splits contacts in two: an index would not be used


# --- operators ------------------------------------------------------------------------------


def _sql_lower(value: str) -> Expr:
    return func.lower(bindparam(None, value, String), type_=String)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _emptiness(op: str, raw: Expr) -> Bool:
    empty = or_(raw.is_(None), type_coerce(raw, String) == "")
    return empty if op == "is_empty" else and_(raw.is_not(None), type_coerce(raw, String) != "")


def _text_ops(cond: Condition, folded: Expr, raw: Expr, fold: Callable[[str], Expr]) -> Bool:
    """``folded`` is the lower-cased field, ``raw`` the field as stored (for emptiness)."""
    op = cond.op
    if op in ("is_empty", "is_not_empty"):
        return _emptiness(op, raw)
    value = str(cond.value)
    if op == "equals":
        return folded == fold(value)
    if op == "not_equals":
        return or_(folded.is_(None), folded != fold(value))
    pattern = {
        "contains": "%{}%",
        "not_contains": "%{}%",
        "starts_with": "{}%",
        "ends_with": "%{}",
    }[op].format(_escape_like(value))
    like = folded.like(fold(pattern), escape="\\")
    if op == "not_contains":
        return or_(folded.is_(None), ~like)
    return like


def _number_ops(cond: Condition, number: Expr, dialect: str) -> Bool:
    value = bindparam(None, cond.value, Float)
    if cond.op == "equals":
        return number == value
    if cond.op == "not_equals":
        return or_(number.is_(None), number != value)
    if dialect == "sqlite" and cond.op in ("gt", "gte"):
        # SQLite sorts text after every number: the upper bound keeps a stray text value out
        # while the comparison stays a range that the expression index answers alone.
        upper: Bool = _always(number <= bindparam(None, float("inf"), Float), dialect)
    else:
        upper = true()
    compare = {
        "gt": number > value,
        "gte": number >= value,
        "lt": number < value,
        "lte": number <= value,
    }[cond.op]
    return and_(compare, upper)


def _always(clause: Bool, dialect: str) -> Bool:
    """A bound that holds for (nearly) every contact, said so to SQLite's planner.

    Without statistics on ranges SQLite guesses that each bound keeps a quarter of the
    rows, so a guard bound made ``orders > 1 AND orders <= inf`` look more selective than
    ``country = 'FR'`` and a count read every row (3.5 s instead of 1 ms on a million).
    likelihood(X, 1.0) keeps X usable as an index bound but removes it from the guess."""
    if dialect == "sqlite":
        # Untyped, so that SQLAlchemy writes no "= 1" after it (that would hide the bound);
        # the probability is a literal constant, as SQLite demands.
        hinted: Bool = func.likelihood(clause, literal_column("1.0"))
        return hinted
    return clause


def _iso_text(day: date) -> Expr:
    return bindparam(None, day.isoformat(), String)


def _utc_text(day: date) -> Expr:
    # Rules name the user's local days; the column holds UTC (as text on SQLite).
    return bindparam(None, local_day_start(day).strftime("%Y-%m-%d %H:%M:%S"), String)


def _midnight(day: date) -> Expr:
    # Rules name the user's local days; the column holds UTC.
    return bindparam(None, local_day_start(day), type_=Contact.created_at.type)


def _date_ops(
    cond: Condition,
    value: Expr,
    raw: Expr,
    bound: Callable[[date], Expr],
    ctx: _Context,
    *,
    guard: bool,
) -> Bool:
    """Date tests as half-open ranges of days: [start, end). ``guard`` bounds open ranges
    for ISO text so that a stray non-date text never matches."""
    op = cond.op
    if op in ("is_empty", "is_not_empty") and not guard:
        # A DateTime column is NULL or a date: comparing it with '' fails on PostgreSQL.
        return raw.is_(None) if op == "is_empty" else raw.is_not(None)
    if op in ("is_empty", "is_not_empty"):
        return _emptiness(op, raw)
    low: Expr | None = bindparam(None, _DATE_LOW, String) if guard else None
    high: Expr | None = bindparam(None, _DATE_HIGH, String) if guard else None
    today, dialect = ctx.today, ctx.dialect
    tomorrow = today + timedelta(days=1)
    if op in ("within_last_days", "not_within_last_days"):
        start = today - timedelta(days=int(cond.value or 0))
        if op == "within_last_days":
            # "Not in the future" excludes next to nobody: a soft bound for the planner.
            return _between(value, bound(start), bound(tomorrow), dialect, soft_end=True)
        return _between(value, low, bound(start), dialect, soft_start=True)
    day = date.fromisoformat(str(cond.value))
    next_day = day + timedelta(days=1)
    if op == "on":
        return _between(value, bound(day), bound(next_day), dialect)
    if op == "before":
        return _between(value, low, bound(day), dialect, soft_start=True)
    if op == "after":
        return _between(value, bound(next_day), high, dialect, soft_end=True)
    raise AssertionError(f"unhandled date operator {op}")


def _between(
    value: Expr,
    start: Expr | None,
    end: Expr | None,
    dialect: str,
    *,
    soft_start: bool = False,
    soft_end: bool = False,
) -> Bool:
    """start <= value < end; a soft bound is a guard that nearly every contact passes."""
    parts: list[Bool] = []
    if start is not None:
        lower: Bool = value >= start
        parts.append(_always(lower, dialect) if soft_start else lower)
    if end is not None:
        upper: Bool = value < end
        parts.append(_always(upper, dialect) if soft_end else upper)
    return and_(*parts) if parts else value.is_not(None)


def match_nothing() -> Bool:
    """A clause that selects no contact (for callers that need an explicit empty audience)."""
    return false()
