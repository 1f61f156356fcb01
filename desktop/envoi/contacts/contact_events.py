"""What happened to a contact, written by every road that changes one: a contact joined a
list, got a tag, had a field changed (`ContactEvent` rows, naive UTC). Flows start from them.

The contacts service writes them row by row; the import writer records its tags just
before its own INSERT ... SELECT, with the same "not there yet" test, and its list joins in
one statement at its end (the memberships stamped with the import's time), so both roads
record exactly the memberships and tags they add.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, bindparam, insert, literal, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from envoi.store.kinds import ContactEventKind
from envoi.store.models import ContactEvent, ListMember

_TARGET = {
    ContactEventKind.LIST_JOINED: "list_id",
    ContactEventKind.TAG_ADDED: "tag_id",
    ContactEventKind.FIELD_CHANGED: "field",
}


def record(
    conn: Connection | Session,
    kind: ContactEventKind,
    at: datetime,
    rows: Iterable[tuple[int, int | str]],
) -> None:
    """One event per (contact id, its list id, tag id or field name, as ``kind`` says)."""
    column = _TARGET[kind]
    values = [{"contact_id": c, "kind": kind.value, column: x, "at": at} for c, x in rows]
    if values:
        conn.execute(insert(ContactEvent), values)


def record_import_joins(conn: Connection | Session, list_id: int, stamp: datetime) -> None:
    """At the end of an import into ``list_id``: an event for each membership it added
    (stamped with the import's time), in one statement rather than one per batch."""
    joined = select(
        ListMember.contact_id,
        literal(ContactEventKind.LIST_JOINED.value),
        ListMember.list_id,
        ListMember.added_at,
    ).where(ListMember.list_id == list_id, ListMember.added_at == stamp)
    conn.execute(insert(ContactEvent).from_select(["contact_id", "kind", "list_id", "at"], joined))


_NEW_TAG = text(
    "INSERT INTO contact_events (contact_id, kind, tag_id, field, at) "
    "SELECT :cid, :kind, :tid, '', :at WHERE NOT EXISTS (SELECT 1 FROM contact_tags "
    "WHERE contact_id = :cid AND tag_id = :tid)"
).bindparams(bindparam("at", type_=DateTime()))


def record_new_tags(
    conn: Connection | Session, pairs: Sequence[Mapping[str, int]], at: datetime
) -> None:
    """Before (``cid``, ``tid``) pairs are tagged in bulk: an event for each new one."""
    if pairs:
        kind = ContactEventKind.TAG_ADDED.value
        conn.execute(_NEW_TAG, [{**p, "kind": kind, "at": at} for p in pairs])


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The names whose value differs (a field set, changed or cleared)."""
    return sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))
