"""Applying the relay's events: unsubscribes stick, pulling twice never counts twice."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.contacts.service import ContactService
from envoi.errors import ConflictError
from envoi.relay.client.sync import apply_events
from envoi.store.engine import Store
from envoi.store.models import Contact, ListMember
from envoi.store.relay_models import EngagementEvent


def _event(n: int, kind: str, contact: int | None, **extra: object) -> dict[str, object]:
    return {"id": n, "kind": kind, "campaign": 3, "contact": contact, "link": 0,
            "at": "2026-12-08T03:00:00+00:00", "verdict": "", "reason": "", "data": {},
            **extra}  # fmt: skip


def _status(store: Store, email: str) -> str:
    with store.session() as session:
        return str(session.scalar(select(Contact.status).where(Contact.email_key == email)))


def test_unsubscribe_sticks_through_a_later_import(store: Store, tmp_path: Path) -> None:
    contacts = ContactService(store)
    ann = contacts.add("ann@example.org", "Ann")
    events = [_event(1, "unsubscribe", ann.id, data={"email": "ann@example.org"})]
    done = apply_events(store, "r1", events)
    assert (done.pulled, done.new, done.unsubscribed) == (1, 1, 1)
    assert _status(store, "ann@example.org") == "unsubscribed"
    again = apply_events(store, "r1", events)
    assert (again.pulled, again.new, again.unsubscribed) == (1, 0, 0)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(EngagementEvent)) == 1
    # A later import with the address "subscribed" does not bring it back.
    path = tmp_path / "again.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["email", "status"], ["ann@example.org", "subscribed"]])
    found = sniff(path)
    run_import(store, path, ImportOptions(suggest_mapping(found.headers, found.sample_rows)))
    assert _status(store, "ann@example.org") == "unsubscribed"
    with pytest.raises(ConflictError):
        contacts.add("ANN@example.org")


def test_unsubscribe_of_a_deleted_contact_suppresses_the_address(store: Store) -> None:
    apply_events(store, "r1", [_event(1, "unsubscribe", 999, data={"email": "Bob@Example.org"})])
    with pytest.raises(ConflictError):
        ContactService(store).add("bob@example.org")


def test_bounced_contact_stays_bounced(store: Store) -> None:
    contacts = ContactService(store)
    cat = contacts.add("cat@example.org")
    contacts.set_status(cat.id, "bounced")
    apply_events(store, "r1", [_event(1, "unsubscribe", cat.id)])
    assert _status(store, "cat@example.org") == "bounced"


def test_preferences_leave_lists_and_clicks_are_kept(store: Store) -> None:
    contacts = ContactService(store)
    dan = contacts.add("dan@example.org", lists=["Bread", "Cakes"])
    ids = {info.name: info.id for info in contacts.lists()}
    done = apply_events(store, "r1", [
        _event(1, "preferences", dan.id, data={"keep": [ids["Cakes"]], "leave": [ids["Bread"]]}),
        _event(2, "click", dan.id, link=4, verdict="human"),
        _event(3, "click", dan.id, link=4, verdict="machine", reason="head_request"),
        _event(4, "open", None, verdict="machine", reason="apple_mpp"),
    ])  # fmt: skip
    assert (done.preferences, done.clicks, done.opens) == (1, 2, 1)
    with store.session() as session:
        kept = session.scalars(select(ListMember.list_id).where(ListMember.contact_id == dan.id))
        assert list(kept) == [ids["Cakes"]]
        rows = session.execute(
            select(EngagementEvent.kind, EngagementEvent.link_no, EngagementEvent.verdict,
                   EngagementEvent.reason).order_by(EngagementEvent.relay_event_id)
        ).all()  # fmt: skip
    assert [tuple(r) for r in rows][1:] == [
        ("click", 4, "human", ""), ("click", 4, "machine", "head_request"),
        ("open", 0, "machine", "apple_mpp"),
    ]  # fmt: skip
    assert _status(store, "dan@example.org") == "subscribed"


def test_same_event_id_from_another_relay_is_new(store: Store) -> None:
    apply_events(store, "r1", [_event(1, "click", None)])
    assert apply_events(store, "r2", [_event(1, "click", None)]).new == 1
