"""The contacts table as the window pages through it: filter, sort and page in SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute

from envoi.contacts.records import ContactRow
from envoi.errors import InvalidInputError, Text
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactTag, ListMember

# Each sort key lists the columns of an index, so that a deep page of a million contacts
# walks the index instead of sorting the table (ORDER BY last_name, id alone cannot).
SORTABLE: dict[str, tuple[InstrumentedAttribute[Any], ...]] = {
    "email": (Contact.email_key,),
    "first_name": (Contact.first_name, Contact.last_name),
    "last_name": (Contact.last_name, Contact.first_name),
    "status": (Contact.status,),
    "created_at": (Contact.created_at,),
}


@dataclass(frozen=True, slots=True)
class ContactQuery:
    search: str = ""
    status: str | None = None
    list_id: int | None = None
    tag_id: int | None = None
    segment_id: int | None = None
    sort: str = "email"
    descending: bool = False


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


SegmentWhere = Callable[[int], ColumnElement[bool]]


class ContactQueries:
    """Counts and pages of contacts for a ContactQuery.

    ``segment_where`` turns a saved segment's id into its WHERE clause. The caller passes
    it in (``SegmentService.saved_where``): segments build on contacts, so contacts never
    import them. Without it, a query naming a segment is refused."""

    def __init__(self, store: Store, segment_where: SegmentWhere | None = None) -> None:
        self._store = store
        self._segment_where = segment_where

    def where(self, query: ContactQuery) -> ColumnElement[bool]:
        conditions: list[ColumnElement[bool]] = []
        term = query.search.strip()
        if term:
            pattern = f"%{_escape_like(term.lower())}%"
            conditions.append(
                or_(
                    Contact.email_key.like(pattern, escape="\\"),
                    func.lower(Contact.first_name).like(pattern, escape="\\"),
                    func.lower(Contact.last_name).like(pattern, escape="\\"),
                )
            )
        if query.status:
            conditions.append(Contact.status == query.status)
        if query.list_id is not None:
            conditions.append(
                exists().where(
                    ListMember.contact_id == Contact.id, ListMember.list_id == query.list_id
                )
            )
        if query.tag_id is not None:
            conditions.append(
                exists().where(
                    ContactTag.contact_id == Contact.id, ContactTag.tag_id == query.tag_id
                )
            )
        if query.segment_id is not None:
            conditions.append(self._segment_clause(query.segment_id))
        return and_(true(), *conditions)

    def _segment_clause(self, segment_id: int) -> ColumnElement[bool]:
        if self._segment_where is None:
            raise InvalidInputError(Text("Contacts cannot be filtered by segment here."))
        return self._segment_where(segment_id)

    def count(self, query: ContactQuery) -> int:
        with self._store.session() as session:
            stmt = select(func.count()).select_from(Contact).where(self.where(query))
            return int(session.execute(stmt).scalar_one())

    def select_rows(self, query: ContactQuery) -> Select[int, str, str, str, str, datetime | None]:
        columns = SORTABLE.get(query.sort)
        if columns is None:
            raise InvalidInputError(Text("Contacts cannot be sorted by “{sort}”.", sort=query.sort))
        keys = (*columns, Contact.id)
        order = [c.desc() if query.descending else c.asc() for c in keys]
        return (
            select(
                Contact.id,
                Contact.email,
                Contact.first_name,
                Contact.last_name,
                Contact.status,
                Contact.created_at,
            )
            .where(self.where(query))
            .order_by(*order)
        )

    def page(self, query: ContactQuery, offset: int, limit: int) -> list[ContactRow]:
        with self._store.session() as session:
            rows = session.execute(self.select_rows(query).offset(offset).limit(limit))
            return [ContactRow(*row) for row in rows]

    def ids(self, query: ContactQuery) -> list[int]:
        with self._store.session() as session:
            stmt = select(Contact.id).where(self.where(query)).order_by(Contact.id)
            return list(session.execute(stmt).scalars())
