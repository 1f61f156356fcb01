"""Contacts, tags, lists, statuses, GDPR erase and export, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from envoi.contacts.query import ContactQueries, ContactQuery
from envoi.contacts.records import Consent, ContactChanges
from envoi.contacts.service import ContactService
from envoi.contacts.suppression import SuppressionService
from envoi.errors import ConflictError, InvalidInputError, NotFoundError


@pytest.fixture
def contacts(store):
    return ContactService(store)


def test_email_is_unique_case_insensitively_with_domain_lowercased(contacts) -> None:
    record = contacts.add("Jean.Dupont@Example.FR", "Jean", "Dupont")
    assert record.email == "Jean.Dupont@example.fr"
    with pytest.raises(ConflictError):
        contacts.add("jean.dupont@example.fr")
    assert contacts.find("JEAN.DUPONT@EXAMPLE.FR").id == record.id


def test_invalid_address_and_header_injection_are_refused(contacts) -> None:
    with pytest.raises(InvalidInputError):
        contacts.add("not-an-address")
    with pytest.raises(InvalidInputError):
        contacts.add("a@example.com", first_name="Eve\r\nBcc: victim@example.com")
    assert contacts.count() == 0


def test_custom_fields_are_typed(contacts) -> None:
    contacts.define_field("Orders", "number")
    contacts.define_field("Birthday", "date")
    contacts.define_field("VIP", "boolean")
    record = contacts.add(
        "a@example.com",
        fields={"orders": "3", "birthday": "31/03/1990", "vip": "oui", "City": "Lyon"},
    )
    assert record.fields == {"orders": 3, "birthday": "1990-03-31", "vip": True, "city": "Lyon"}
    with pytest.raises(InvalidInputError, match="not a number"):
        contacts.update(record.id, ContactChanges(fields={"orders": "many"}))
    assert contacts.get(record.id).fields["orders"] == 3


def test_tags_and_lists(contacts) -> None:
    a = contacts.add("a@example.com", tags=["VIP"], lists=["Clients"])
    b = contacts.add("b@example.com")
    contacts.tag([a.id, b.id], "newsletter")
    contacts.add_to_list([b.id], "Clients")
    contacts.move_to_list([a.id], "Clients", "Archive")
    assert contacts.get(a.id).tags == ("newsletter", "vip")
    assert contacts.get(a.id).lists == ("Archive",)
    counts = {x.name: x.member_count for x in contacts.lists()}
    assert counts == {"Archive": 1, "Clients": 1}
    contacts.untag([a.id], "vip")
    assert {t.name: t.contact_count for t in contacts.tags()} == {"newsletter": 2, "vip": 0}
    with pytest.raises(NotFoundError):
        contacts.remove_from_list([a.id], "Nope")


def test_unsubscribed_contact_is_suppressed_and_never_resubscribed(store, contacts) -> None:
    record = contacts.add("a@example.com")
    contacts.set_status(record.id, "unsubscribed")
    with pytest.raises(ConflictError):
        contacts.update(record.id, ContactChanges(status="subscribed"))
    assert contacts.get(record.id).status == "unsubscribed"
    # Deleting the contact does not lift the suppression: adding it again is refused.
    contacts.delete(record.id)
    with pytest.raises(ConflictError, match="suppression list"):
        contacts.add("A@example.com")
    assert SuppressionService(store).check("a@example.com") == "unsubscribed"


def test_domain_suppression_blocks_adds_and_edits(store, contacts) -> None:
    SuppressionService(store).add_domain("Spam.Example")
    with pytest.raises(ConflictError):
        contacts.add("someone@spam.example")
    other = contacts.add("ok@example.com")
    with pytest.raises(ConflictError):
        contacts.update(other.id, ContactChanges(email="x@spam.example"))


def test_erase_keeps_only_a_hash(store, contacts) -> None:
    record = contacts.add("erase.me@example.com", "Erase", "Me", tags=["t"], lists=["L"])
    contacts.set_status(record.id, "bounced")
    contacts.erase(record.id)
    assert contacts.find("erase.me@example.com") is None
    entries = SuppressionService(store).entries()
    assert [(e.kind, e.reason) for e in entries] == [("hash", "erased")]
    assert all("erase.me" not in e.value for e in entries)
    with pytest.raises(ConflictError):
        contacts.add("Erase.Me@example.com")


def test_export_contact_json_has_everything(contacts, tmp_path) -> None:
    record = contacts.add(
        "a@example.com",
        "Élodie",
        "Dupré",
        fields={"city": "Nîmes"},
        tags=["vip"],
        lists=["Clients"],
        consent=Consent("shop counter", "paper form"),
    )
    out = tmp_path / "a.json"
    contacts.export_contact_file(record.id, str(out))
    import json

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["first_name"] == "Élodie"
    assert data["fields"] == {"city": "Nîmes"}
    assert data["consent"]["source"] == "shop counter"
    assert data["tags"] == ["vip"] and data["lists"] == ["Clients"]


def test_manual_suppression_can_be_lifted_but_not_sticky_ones(store, contacts) -> None:
    service = SuppressionService(store)
    service.add_address("manual@example.com")
    contacts.set_status_by_email("bounced@example.com", "bounced", "bounce")
    entries = {e.value: e for e in service.entries()}
    service.remove(entries["manual@example.com"].id)
    with pytest.raises(ConflictError):
        service.remove(entries["bounced@example.com"].id)
    assert service.check("manual@example.com") is None
    assert service.check("bounced@example.com") == "bounced"


def test_query_pages_sorts_and_filters_in_sql(store, contacts) -> None:
    for i in range(30):
        contacts.add(
            f"user{i:02d}@example.com",
            first_name=f"N{29 - i:02d}",
            lists=["Even"] if i % 2 == 0 else [],
        )
    contacts.set_status(contacts.find("user05@example.com").id, "unsubscribed")
    queries = ContactQueries(store)
    everyone = ContactQuery()
    assert queries.count(everyone) == 30
    page = queries.page(everyone, 10, 5)
    assert [r.email for r in page] == [f"user{i:02d}@example.com" for i in range(10, 15)]
    by_name = queries.page(ContactQuery(sort="first_name", descending=True), 0, 1)
    assert by_name[0].email == "user00@example.com"
    assert queries.count(ContactQuery(status="unsubscribed")) == 1
    even = next(x for x in contacts.lists() if x.name == "Even")
    assert queries.count(ContactQuery(list_id=even.id)) == 15
    assert queries.count(ContactQuery(search="USER1")) == 10
    assert queries.count(ContactQuery(search="100%_")) == 0
