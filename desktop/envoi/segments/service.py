"""Saved segments, their counts and the WHERE clause that other parts filter contacts with.

``saved_where`` is the one place a saved segment (by name or id) becomes SQL: the campaign
audience, the contacts table's segment filter and the template audience all go through it
(contacts code receives the clause and never imports this package).

Counting is the hot path (the rule builder counts live as the rules change, a campaign
freezes its audience from ``saved_where``). Built-in columns used in rules are indexed by
the schema (status, created_at, domain, email_key; tags and lists through their tables).
Custom fields live in JSON, so saving a segment also builds an expression index for each
custom text, number or date field it uses (``ensure_indexes``): the database can then
start from the most selective condition instead of reading every contact's JSON. On a
million contacts an index takes a few seconds to build once; a count then takes tens of
milliseconds instead of most of a second (see benchmarks/segment_count.py).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.segments.compiler import compile_rules
from envoi.segments.planner import count_query, ensure_indexes
from envoi.segments.rules import (
    BUILTIN_FIELDS,
    CUSTOM_PREFIX,
    OPERATORS,
    Group,
    describe,
    from_json,
    to_json,
    validate,
)
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import CustomField, Segment


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    """A saved segment: its rules as a tree, and the same in words."""

    id: int
    name: str
    rules: Group
    description: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """A field the rule builder offers: ``field`` is what a Condition names
    (``email``, ``custom:country``), ``kind`` its type, ``operators`` the tests it allows."""

    field: str
    label: str
    kind: str
    operators: tuple[str, ...]
    custom: bool


class SegmentService:
    """Segments over one Store. Every method opens its own connection, so worker threads
    may count while the window edits; one service may be shared (its only state is a cache
    of condition sizes that guides the count plan and never changes a count)."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today
        # Measured sizes of single conditions, for the count planner (see planner.py).
        self._sizes: dict[Hashable, int] = {}

    # --- fields -----------------------------------------------------------------------------

    def field_types(self) -> dict[str, str]:
        """Custom field name -> type (text, number, date, boolean)."""
        with self._store.engine.connect() as conn:
            rows = conn.execute(select(CustomField.name, CustomField.type)).all()
        return {name: kind for name, kind in rows}

    def field_choices(self) -> builtins.list[FieldChoice]:
        """The built-in fields, then the custom fields by label, with their operators."""
        choices = [
            FieldChoice(name, label, kind, OPERATORS[kind], False)
            for name, (kind, label) in BUILTIN_FIELDS.items()
        ]
        with self._store.engine.connect() as conn:
            rows = conn.execute(select(CustomField.name, CustomField.label, CustomField.type)).all()
        for name, label, kind in sorted(rows, key=lambda r: (r[1] or r[0]).lower()):
            if kind in OPERATORS:
                choices.append(
                    FieldChoice(CUSTOM_PREFIX + name, label or name, kind, OPERATORS[kind], True)
                )
        return choices

    def _labels(self) -> dict[str, str]:
        with self._store.engine.connect() as conn:
            rows = conn.execute(select(CustomField.name, CustomField.label)).all()
        return {name: label or name for name, label in rows}

    def describe(self, group: Group) -> str:
        """The rules in words, custom fields named by their labels."""
        return describe(group, self._labels())

    # --- counting -----------------------------------------------------------------------------

    def where_clause(self, group: Group) -> ColumnElement[bool]:
        """The WHERE clause over ``contacts`` for ``group`` (validated: InvalidInputError)."""
        return compile_rules(
            group, self.field_types(), dialect=self._store.dialect, today=self._today()
        )

    def count(self, group: Group) -> int:
        """How many contacts ``group`` matches now (whatever their status). Validates first
        (InvalidInputError for an unfinished or wrong rule). Fast for the custom fields that
        have their index (see ``ensure_indexes``); see ``envoi.segments.planner``."""
        types = self.field_types()
        checked = validate(group, types)
        assert isinstance(checked, Group)
        with self._store.engine.connect() as conn:
            query = count_query(conn, checked, types, today=self._today(), sizes=self._sizes)
            return conn.execute(query).scalar_one()

    def saved_where(self, name_or_id: str | int) -> ColumnElement[bool]:
        """The WHERE clause of a saved segment (NotFoundError when there is none)."""
        with self._store.session() as session:
            return saved_where(session, name_or_id, today=self._today())

    def count_saved(self, name_or_id: str | int) -> int:
        return self.count(self.get(name_or_id).rules)

    # --- saved segments ---------------------------------------------------------------------

    def list(self) -> builtins.list[SegmentInfo]:
        """All saved segments by name."""
        labels = self._labels()
        with self._store.session() as session:
            rows = session.scalars(select(Segment).order_by(func.lower(Segment.name))).all()
            return [self._info(row, labels) for row in rows]

    def get(self, name_or_id: str | int) -> SegmentInfo:
        """A saved segment by id (int) or name (exact, else case-insensitive): NotFoundError."""
        with self._store.session() as session:
            row = _find(session, name_or_id)
            return self._info(row, self._labels())

    def save(self, name: str, group: Group) -> SegmentInfo:
        """Create the segment ``name``, or replace its rules when it exists. The rules are
        validated first; expression indexes for its custom fields are built (see module)."""
        clean = _clean_name(name)
        checked = validate(group, self.field_types())
        assert isinstance(checked, Group)
        rules = to_json(checked)
        with self._store.session() as session:
            row = session.scalars(select(Segment).where(Segment.name == clean)).one_or_none()
            if row is None:
                row = Segment(name=clean, rules=rules)
                session.add(row)
            else:
                row.rules = rules
                row.updated_at = utc_now()
            try:
                session.flush()
            except IntegrityError as exc:
                raise ConflictError(
                    Text("A segment named “{clean}” already exists.", clean=clean),
                    Text("Choose another name."),
                ) from exc
            session.refresh(row)
            info = self._info(row, self._labels())
        self.ensure_indexes(checked)
        return info

    def rename(self, name_or_id: str | int, new_name: str) -> SegmentInfo:
        clean = _clean_name(new_name)
        with self._store.session() as session:
            row = _find(session, name_or_id)
            taken = session.scalars(
                select(Segment.id).where(Segment.name == clean, Segment.id != row.id)
            ).first()
            if taken is not None:
                raise ConflictError(
                    Text("A segment named “{clean}” already exists.", clean=clean),
                    Text("Choose another name."),
                )
            row.name = clean
            row.updated_at = utc_now()
            session.flush()
            return self._info(row, self._labels())

    def delete(self, name_or_id: str | int) -> None:
        """Delete a saved segment (contacts are untouched)."""
        with self._store.session() as session:
            session.delete(_find(session, name_or_id))

    # --- indexes ----------------------------------------------------------------------------

    def ensure_indexes(self, group: Group | None = None) -> builtins.list[str]:
        """Build the expression indexes that ``group``'s custom fields need (every custom
        text, number and date field when ``group`` is None, e.g. after a large import, so
        that live counts are fast before any segment is saved); returns the names of the
        indexes created now (existing ones are kept). Slow once on a large database (a few
        seconds per field per million contacts): call it off the GUI thread."""
        types = self.field_types()
        with self._store.engine.begin() as conn:
            return ensure_indexes(conn, group, types)

    # --- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _info(row: Segment, labels: dict[str, str]) -> SegmentInfo:
        rules = from_json(row.rules)
        return SegmentInfo(
            id=row.id,
            name=row.name,
            rules=rules,
            description=describe(rules, labels),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


def saved_where(
    session: Session, name_or_id: str | int, *, today: date | None = None
) -> ColumnElement[bool]:
    """The WHERE clause over ``contacts`` of the saved segment ``name_or_id``, in the
    session's database dialect (NotFoundError when there is none). ``today`` anchors
    "within the last N days" (default: today)."""
    row = _find(session, name_or_id)
    types = {str(n): str(t) for n, t in session.execute(select(CustomField.name, CustomField.type))}
    dialect = session.get_bind().dialect.name
    return compile_rules(from_json(row.rules, types), types, dialect=dialect, today=today)


def _find(session: Session, name_or_id: str | int) -> Segment:
    """A saved segment by id (int) or name (exact, else case-insensitive): NotFoundError."""
    row: Segment | None
    if isinstance(name_or_id, int):
        row = session.get(Segment, name_or_id)
    else:
        wanted = name_or_id.strip()
        row = session.scalars(select(Segment).where(Segment.name == wanted)).one_or_none()
        if row is None:
            row = session.scalars(
                select(Segment).where(func.lower(Segment.name) == wanted.lower())
            ).first()
    if row is None:
        raise NotFoundError(
            Text("There is no segment “{name_or_id}”.", name_or_id=name_or_id),
            Text("List the segments to see their names."),
        )
    return row


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInputError(
            Text("A segment needs a name."), Text("Type a name such as “French VIPs”.")
        )
    if len(clean) > 200:
        raise InvalidInputError(
            Text("The segment name is too long."), Text("Keep it under 200 characters.")
        )
    return clean
