"""Export contacts to CSV, streaming: pages of contacts by id, never the whole table.

The file is UTF-8 with a byte-order mark so that Excel shows accents right, with one
column per custom field after the fixed ones. Text that a spreadsheet would run as a
formula (starting with = + - @) gets a leading apostrophe, the usual CSV-injection guard;
addresses are written as they are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select

from envoi.errors import EnvoiError, NotFoundError, Text
from envoi.events import CancelToken, Progress
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ContactTag, CustomField, ListMember, Tag

PAGE = 2000
FIXED = (
    "email",
    "first_name",
    "last_name",
    "status",
    "tags",
    "consent_source",
    "consent_method",
    "consent_at",
    "created_at",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Selection = Sequence[int] | ColumnElement[bool] | None


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, dict | list):
        return _safe(json.dumps(value, ensure_ascii=False))
    return _safe(str(value))


def list_clause(store: Store, list_name: str) -> ColumnElement[bool]:
    """The where-clause for the members of the list called ``list_name``."""
    with store.engine.connect() as conn:
        list_id = conn.execute(
            select(ContactList.id).where(ContactList.name == list_name.strip())
        ).scalar_one_or_none()
    if list_id is None:
        raise NotFoundError(
            Text("There is no list called “{list_name}”.", list_name=list_name),
            Text("Check its name."),
        )
    members = select(ListMember.contact_id).where(ListMember.list_id == list_id)
    return Contact.id.in_(members)


def _pages(selection: Selection) -> Iterable[ColumnElement[bool] | None]:
    """Where-clauses, one per page of explicitly chosen ids; a single open clause otherwise."""
    if selection is None or isinstance(selection, ColumnElement):
        yield selection
        return
    ids = sorted(set(selection))
    for start in range(0, len(ids), PAGE):
        yield Contact.id.in_(ids[start : start + PAGE])


def export_csv(
    store: Store,
    path: str | Path,
    selection: Selection = None,
    on_progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the selected contacts (ids, a where-clause on contacts, or all) to ``path``;
    returns how many were written. On cancel the partial file is removed."""
    path = Path(path)
    written = 0
    table = Contact.__table__
    try:
        with (
            store.engine.connect() as conn,
            open(path, "w", newline="", encoding="utf-8-sig") as fh,
        ):
            fields = [
                (name, label)
                for name, label in conn.execute(
                    select(CustomField.name, CustomField.label).order_by(CustomField.id)
                )
            ]
            out = csv.writer(fh)
            out.writerow([*FIXED, *(name for name, _ in fields)])
            for clause in _pages(selection):
                last_id = 0
                while True:
                    query = (
                        select(
                            table.c.id, table.c.email, table.c.first_name, table.c.last_name,
                            table.c.status, table.c.consent_source, table.c.consent_method,
                            table.c.consent_at, table.c.created_at, table.c.fields,
                        )
                        .where(table.c.id > last_id)
                        .order_by(table.c.id)
                        .limit(PAGE)
                    )  # fmt: skip
                    if clause is not None:
                        query = query.where(clause)
                    rows = conn.execute(query).all()
                    if not rows:
                        break
                    last_id = rows[-1][0]
                    tags = _tags(conn, [r[0] for r in rows])
                    for cid, email, first, last, status, source, method, at, created, data in rows:
                        data = data or {}
                        out.writerow(
                            [
                                email,
                                _cell(first),
                                _cell(last),
                                status,
                                _cell(", ".join(tags.get(cid, ()))),
                                _cell(source),
                                _cell(method),
                                _cell(at),
                                _cell(created),
                                *(_cell(data.get(name)) for name, _ in fields),
                            ]
                        )
                    written += len(rows)
                    if on_progress is not None:
                        on_progress(Progress("export", written, 0, f"{written:,} contacts"))
                    if cancel is not None and cancel.cancelled:
                        raise _Cancelled
    except _Cancelled:
        path.unlink(missing_ok=True)
        return 0
    except OSError as exc:
        raise EnvoiError(
            Text("Envoi cannot write {name}.", name=path.name),
            Text(
                "Check that the folder exists, that you may write to it and that the disk has room."
            ),
            str(exc),
        ) from None
    return written


class _Cancelled(Exception):
    pass


def _tags(conn: Any, ids: list[int]) -> dict[int, list[str]]:
    rows = conn.execute(
        select(ContactTag.contact_id, Tag.name)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(ContactTag.contact_id.in_(ids))
        .order_by(Tag.name)
    )
    found: dict[int, list[str]] = {}
    for cid, name in rows:
        found.setdefault(cid, []).append(name)
    return found
