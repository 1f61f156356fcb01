"""Campaign creation freezes the audience: lists + segments, minus suppression, each once."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import insert

from envoi.errors import ConflictError, InvalidInputError, NotFoundError
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.recovery import recover
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember, Segment, Suppression
from envoi.store.sending_models import Campaign, Delivery


def _contact(s, email: str, status: str = "subscribed", city: str = "Lyon") -> int:  # type: ignore[no-untyped-def]
    domain = email.split("@")[1]
    row = Contact(email=email, email_key=email, domain=domain, fields={"city": city},
                  status=status)  # fmt: skip
    s.add(row)
    s.flush()
    return row.id


def _setup(store: Store) -> None:
    with store.session() as s:
        a = ContactList(name="a")
        b = ContactList(name="b")
        s.add_all([a, b])
        s.flush()
        ids = {
            e: _contact(s, e, st, city)
            for e, st, city in [
                ("both@x.com", "subscribed", "Lyon"),
                ("only-a@x.com", "subscribed", "Paris"),
                ("only-b@x.com", "subscribed", "Paris"),
                ("unsub@x.com", "unsubscribed", "Lyon"),
                ("supp@x.com", "subscribed", "Lyon"),
                ("blocked@bad.com", "subscribed", "Lyon"),
                ("erased@x.com", "subscribed", "Lyon"),
                ("segment-only@y.com", "subscribed", "Lyon"),
            ]
        }
        for e in ("both@x.com", "only-a@x.com", "unsub@x.com", "supp@x.com", "blocked@bad.com",
                  "erased@x.com"):  # fmt: skip
            s.execute(insert(ListMember).values(list_id=a.id, contact_id=ids[e]))
        for e in ("both@x.com", "only-b@x.com"):
            s.execute(insert(ListMember).values(list_id=b.id, contact_id=ids[e]))
        s.add(Suppression(kind="address", value="supp@x.com", reason="manual"))
        s.add(Suppression(kind="domain", value="bad.com", reason="manual"))
        erased = hashlib.sha256(b"erased@x.com").hexdigest()
        s.add(Suppression(kind="hash", value=erased, reason="erased"))
        s.add(Segment(name="lyon", rules={"match": "all", "children": [
            {"field": "domain", "op": "equals", "value": "y.com"}]}))  # fmt: skip


def _emails(store: Store, campaign_id: int) -> list[str]:
    with store.session() as s:
        return sorted(
            s.scalars(Delivery.__table__.select().with_only_columns(Delivery.email).where(
                Delivery.campaign_id == campaign_id)).all()
        )  # fmt: skip


def test_audience_is_lists_minus_suppression_each_once(store: Store) -> None:
    _setup(store)
    service = CampaignService(store)
    record = service.create(CampaignData("c1", "shop@x.org", "Hi", "Body", lists=["a", "b"]))
    assert _emails(store, record.id) == ["both@x.com", "only-a@x.com", "only-b@x.com"]
    assert record.counts["queued"] == 3 and record.status == "draft"


def test_segments_join_lists(store: Store) -> None:
    _setup(store)
    record = CampaignService(store).create(
        CampaignData("c2", "shop@x.org", "Hi", "Body", lists=["b"], segments=["lyon"])
    )
    assert _emails(store, record.id) == ["both@x.com", "only-b@x.com", "segment-only@y.com"]


def test_bad_input_is_refused_clearly(store: Store) -> None:
    _setup(store)
    service = CampaignService(store)
    with pytest.raises(InvalidInputError):
        service.create(CampaignData("c", "not-an-address", "Hi", "Body", lists=["a"]))
    with pytest.raises(InvalidInputError):
        service.create(CampaignData("c", "shop@x.org", "Hi", "Body"))
    with pytest.raises(NotFoundError):
        service.create(CampaignData("c", "shop@x.org", "Hi", "Body", lists=["nope"]))
    service.create(CampaignData("c", "shop@x.org", "Hi", "Body", lists=["a"]))
    with pytest.raises(ConflictError):
        service.create(CampaignData("c", "shop@x.org", "Hi", "Body", lists=["a"]))


def test_recovery_pauses_and_marks_in_flight_unknown(store: Store) -> None:
    _setup(store)
    record = CampaignService(store).create(CampaignData("c", "s@x.org", "Hi", "B", lists=["a"]))
    with store.session() as s:
        row = s.get(Campaign, record.id)
        assert row is not None
        row.status = "running"
        row.runner = "some-host:1"  # another computer, heartbeat never written: stale
        first = s.scalars(Delivery.__table__.select().with_only_columns(Delivery.id)).first()
        s.execute(Delivery.__table__.update().where(Delivery.id == first).values(status="sending"))
    recovered = recover(store)
    assert [(r.campaign_id, r.unknown) for r in recovered] == [(record.id, 1)]
    after = CampaignService(store).get(record.id)
    assert after.status == "paused" and "unknown outcome" in after.pause_reason
    assert after.counts["unknown"] == 1 and after.counts["sending"] == 0
    assert recover(store) == []  # nothing left to recover
    assert CampaignService(store).release_unknown(record.id) == 1
    assert CampaignService(store).get(record.id).counts["unknown"] == 0
