"""Key/value settings: one JSON value per key in the ``settings`` table.

The one module that reads and writes that table. Each part names its own keys (``sender``,
``bounces.policy``, ``dnscheck:<domain>``, ``relay.connection``...) and keeps the shape of
its value; this module only stores and returns them. The functions work inside a caller's
session (one unit of work with other changes); ``Settings`` opens a session per call.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from envoi.store.engine import Store
from envoi.store.models import Setting


def get_setting(session: Session, key: str) -> Any:
    """The value saved under ``key``, or None."""
    row = session.get(Setting, key)
    return None if row is None else row.value


def get_dict(session: Session, key: str) -> dict[str, Any]:
    """The value under ``key`` when it is a JSON object (a copy), else an empty dict."""
    value = get_setting(session, key)
    return dict(value) if isinstance(value, dict) else {}


def put_setting(session: Session, key: str, value: Any) -> None:
    """Save ``value`` (anything JSON can hold) under ``key``, replacing what was there."""
    session.merge(Setting(key=key, value=value))


def keys_starting_with(session: Session, prefix: str) -> list[str]:
    """The keys saved under ``prefix`` (a part's own family, e.g. ``abtest:``), sorted."""
    rows = session.scalars(
        select(Setting.key).where(Setting.key.startswith(prefix, autoescape=True))
    )
    return sorted(rows.all())


def delete_setting(session: Session, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)


class Settings:
    """The same over a Store, one short session per call."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> Any:
        with self._store.session() as session:
            return get_setting(session, key)

    def get_dict(self, key: str) -> dict[str, Any]:
        with self._store.session() as session:
            return get_dict(session, key)

    def put(self, key: str, value: Any) -> None:
        with self._store.session() as session:
            put_setting(session, key, value)

    def delete(self, key: str) -> None:
        with self._store.session() as session:
            delete_setting(session, key)
