"""A contact joining a list, getting a tag or having a field changed is one `ContactEvent`
row with its time, whichever road it took: the contacts service or the import's bulk SQL."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from envoi.contacts.importing import importer
from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.contacts.records import ContactChanges
from envoi.contacts.service import ContactService
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactEvent, ContactList, Tag


@pytest.fixture(autouse=True)
def _rejects_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "REJECTS_DIR", str(tmp_path))


def _events(store: Store) -> list[tuple[str, str, str]]:
    """(address, kind, list name | tag name | field) of every event, in a stable order."""
    with store.session() as s:
        rows = s.execute(
            select(Contact.email_key, ContactEvent.kind, ContactList.name, Tag.name,
                   ContactEvent.field, ContactEvent.at)
            .join(Contact, Contact.id == ContactEvent.contact_id)
            .outerjoin(ContactList, ContactList.id == ContactEvent.list_id)
            .outerjoin(Tag, Tag.id == ContactEvent.tag_id)
        ).all()  # fmt: skip
    now = datetime.now(UTC).replace(tzinfo=None)
    for *_, at in rows:  # naive UTC, just written
        assert abs(at - now) < timedelta(minutes=5)
    return sorted((key, kind, lst or tag or field) for key, kind, lst, tag, field, _ in rows)


def _import(store: Store, path: Path, rows: list[list[str]], **kw: str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    found = sniff(path)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    run_import(store, path, ImportOptions(mapping, **kw))  # type: ignore[arg-type]


def test_the_contacts_service_records_joins_tags_and_field_changes(store: Store) -> None:
    contacts = ContactService(store)
    contacts.define_field("City")
    ann = contacts.add("ann@example.com", "Ann", tags=["vip"], lists=["news"])
    bob = contacts.add("bob@example.com")
    assert _events(store) == [
        ("ann@example.com", "list_joined", "news"),
        ("ann@example.com", "tag_added", "vip"),
    ]
    contacts.add_to_list([ann.id, bob.id], "news")  # Ann is on it already: only Bob joins
    contacts.tag([bob.id], "vip")
    contacts.update(ann.id, ContactChanges(first_name="Annie", fields={"city": "Lyon"},
                                           tags=["vip", "new"], lists=["news"]))  # fmt: skip
    contacts.update(ann.id, ContactChanges(fields={"city": "Lyon"}))  # no change: no event
    assert _events(store) == [
        ("ann@example.com", "field_changed", "city"),
        ("ann@example.com", "field_changed", "first_name"),
        ("ann@example.com", "list_joined", "news"),
        ("ann@example.com", "tag_added", "new"),
        ("ann@example.com", "tag_added", "vip"),
        ("bob@example.com", "list_joined", "news"),
        ("bob@example.com", "tag_added", "vip"),
    ]
    contacts.delete([bob.id])  # the events go with the contact
    assert {key for key, _, _ in _events(store)} == {"ann@example.com"}


def test_an_import_records_the_same_events_through_its_bulk_sql(
    store: Store, tmp_path: Path
) -> None:
    ContactService(store).add("old@example.com", lists=["Customers"])
    header = ["Email", "First Name", "Orders", "Tags"]
    _import(store, tmp_path / "a.csv", [header, ["ann@example.com", "Ann", "3", "vip"],
                                        ["old@example.com", "Old", "1", ""]],
            list_name="Customers")  # fmt: skip
    assert _events(store) == [
        ("ann@example.com", "list_joined", "Customers"),
        ("ann@example.com", "tag_added", "vip"),
        ("old@example.com", "list_joined", "Customers"),  # by the service, not again
    ]
    # Again with updates: the orders change, one tag is new; nobody joins twice.
    _import(store, tmp_path / "b.csv", [header, ["ann@example.com", "Ann", "4", "vip, gold"]],
            list_name="Customers", policy="update")  # fmt: skip
    assert _events(store) == [
        ("ann@example.com", "field_changed", "orders"),
        ("ann@example.com", "list_joined", "Customers"),
        ("ann@example.com", "tag_added", "gold"),
        ("ann@example.com", "tag_added", "vip"),
        ("old@example.com", "list_joined", "Customers"),
    ]
