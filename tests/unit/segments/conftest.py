"""Six contacts inserted with SQLAlchemy Core (not through the contacts service), on both
databases, and a SegmentService whose "today" is fixed at 2026-11-27."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select

from envoi.segments.rules import Group
from envoi.segments.service import SegmentService
from envoi.store.clock import local_to_utc
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ContactTag, CustomField, ListMember, Tag

TODAY = date(2026, 11, 27)


# The contacts' times are written as local wall-clock times (stored in UTC), so that
# "added on" a day means the same day under any zone (see test_timezones.py).
def _local(*parts: int) -> datetime:
    return local_to_utc(datetime(*parts))


INJECTION = "x' OR '1'='1"
DROP_TABLE = "Robert'); DROP TABLE contacts;--"

CONTACTS: list[dict[str, Any]] = [
    dict(id=1, email="ada@example.com", first_name="Ada", last_name="Lovelace",
         status="subscribed", created_at=_local(2026, 1, 10, 10, 0),
         consent_at=_local(2026, 1, 10, 10, 0),
         fields={"country": "France", "orders": 120, "birthday": "1990-05-01", "vip": True}),
    dict(id=2, email="Alan@example.org", first_name="Alan", last_name="Turing",
         status="unsubscribed", created_at=_local(2025, 6, 1, 8, 30),
         fields={"country": "germany", "orders": 5, "birthday": "1985-12-31", "vip": False}),
    dict(id=3, email="grace@shop.fr", first_name="Grace", last_name="Hopper",
         status="bounced", created_at=_local(2026, 11, 20, 0, 0),
         fields={"country": "FRANCE", "orders": 50.5, "vip": True}),
    dict(id=4, email="linus@example.com", first_name="Linus", last_name="",
         status="subscribed", created_at=_local(2024, 2, 29, 12, 0), fields={}),
    dict(id=5, email="marie@x.io", first_name="Marie", last_name="Curie",
         status="complained", created_at=_local(2026, 11, 26, 23, 59, 59),
         fields={"country": "", "orders": 0, "birthday": "2000-01-01",
                 "note": "100% sure_thing"}),
    dict(id=6, email="o'brien@example.com", first_name=DROP_TABLE, last_name="O'Brien",
         status="subscribed", created_at=_local(2026, 3, 1, 9, 0),
         fields={"country": INJECTION}),
]  # fmt: skip
ALL = {c["id"] for c in CONTACTS}
FIELD_TYPES = {
    "country": "text",
    "note": "text",
    "orders": "number",
    "birthday": "date",
    "vip": "boolean",
}


def _contact_row(c: dict[str, Any]) -> dict[str, Any]:
    email = c["email"]
    return {
        "consent_at": None,
        **c,
        "email_key": email.lower(),
        "domain": email.split("@")[1].lower(),
        "updated_at": c["created_at"],
    }


def populate(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            insert(CustomField),
            [{"name": n, "label": n.title(), "type": t} for n, t in FIELD_TYPES.items()],
        )
        conn.execute(insert(Contact), [_contact_row(c) for c in CONTACTS])
        conn.execute(insert(Tag), [{"id": 1, "name": "VIP"}, {"id": 2, "name": "wholesale"}])
        conn.execute(
            insert(ContactTag),
            [
                {"contact_id": 1, "tag_id": 1},
                {"contact_id": 3, "tag_id": 1},
                {"contact_id": 3, "tag_id": 2},
            ],
        )
        conn.execute(
            insert(ContactList), [{"id": 1, "name": "Customers"}, {"id": 2, "name": "Prospects"}]
        )
        conn.execute(
            insert(ListMember),
            [
                {"list_id": 1, "contact_id": 1},
                {"list_id": 1, "contact_id": 2},
                {"list_id": 2, "contact_id": 4},
            ],
        )


@pytest.fixture
def segments(store: Store) -> SegmentService:
    populate(store)
    return SegmentService(store, today=lambda: TODAY)


def matching(service: SegmentService, store: Store, group: Group) -> set[int]:
    """The ids ``group`` selects, checked against ``count`` so both paths are exercised."""
    with store.engine.connect() as conn:
        ids = set(conn.scalars(select(Contact.id).where(service.where_clause(group))))
    assert service.count(group) == len(ids)
    return ids
