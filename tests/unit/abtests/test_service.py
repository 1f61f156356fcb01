"""AbTestService on both databases: the test's rows move to its variants' campaigns (each
recipient in exactly one campaign), the rest is held, "no winner" gives the rest the
chosen fallback and says so, opens come with a warning, bad plans are refused."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select, update

from envoi.abtests.service import OPENS_WARNING, AbTestService
from envoi.errors import ConflictError, InvalidInputError, NotFoundError
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.store.sending_models import Campaign, Delivery


def _campaign(store: Store, n: int = 200) -> None:
    with store.session() as s:
        lst = ContactList(name="all")
        s.add(lst)
        s.flush()
        domains = ("gmail.com", "orange.fr", "free.fr")
        s.execute(insert(Contact), [
            {"email": f"c{i}@{domains[i % 3]}", "email_key": f"c{i}@{domains[i % 3]}",
             "domain": domains[i % 3], "fields": {}}
            for i in range(n)
        ])  # fmt: skip
        ids = s.scalars(select(Contact.id)).all()
        s.execute(insert(ListMember), [{"list_id": lst.id, "contact_id": c} for c in ids])
    CampaignService(store).create(
        CampaignData("news", "shop@example.org", "Old subject", "Hi", from_name="Shop",
                     lists=["all"], scheduled_at=utc_now())
    )  # fmt: skip


def _complete_variants(store: Store, test: str) -> None:
    with store.session() as s:
        s.execute(
            update(Campaign)
            .where(Campaign.name.like(f"news [A/B {test} %"))
            .values(status="completed")
        )
        s.execute(update(Delivery).values(status="sent"))


def test_rows_move_to_the_variants_and_no_winner_sends_the_chosen_fallback(store: Store) -> None:
    _campaign(store)
    service = AbTestService(store)
    t = service.create(
        "t1", "news", [{"subject": "One"}, {"subject": "Two", "from_name": "Anna"}],
        share=0.3, seed=5, fallback=1,
    )  # fmt: skip
    assert [v.recipients for v in t.variants] == [30, 30] and t.rest == 140
    with store.session() as s:
        per_email = Counter(s.scalars(select(Delivery.email)).all())
        parent = s.scalar(select(Campaign).where(Campaign.name == "news"))
        assert parent is not None and parent.status == "paused"  # held, not scheduled
        assert "Waiting for the A/B test 't1'" in parent.pause_reason
        children = s.scalars(select(Campaign).where(Campaign.name != "news")).all()
    assert len(per_email) == 200 and set(per_email.values()) == {1}
    assert sorted((c.subject, c.from_name, c.status) for c in children) == [
        ("One", "Shop", "scheduled"), ("Two", "Anna", "scheduled")]  # fmt: skip

    with pytest.raises(ConflictError, match="not been sent"):
        service.decide("t1", final=True)
    _complete_variants(store, "t1")
    early = service.decide("t1")  # within the wait: a look, no decision kept
    assert early.status == "testing" and early.looks == 1
    assert "not measured" in " ".join(early.warnings)
    final = service.decide("t1", final=True)
    assert final.status == "decided" and final.decision.winner is None and final.chosen == 1
    assert "The rest gets variant B, as chosen when nothing wins." in final.decision.reason
    with store.session() as s:
        parent = s.scalar(select(Campaign).where(Campaign.name == "news"))
        assert parent is not None
        assert (parent.subject, parent.from_name, parent.status) == ("Two", "Anna", "scheduled")
    assert service.decide("t1").looks == final.looks  # decided stays decided


def test_the_wait_ends_and_decide_due_decides(store: Store) -> None:
    _campaign(store, 60)
    service = AbTestService(store)
    service.create("t2", "news", [{}, {"subject": "B"}], share=0.5, metric="opens",
                   wait=timedelta(hours=4), seed=1)  # fmt: skip
    _complete_variants(store, "t2")
    assert service.decide_due(utc_now()) == []
    (decided,) = service.decide_due(utc_now() + timedelta(hours=5))
    assert decided.status == "decided" and decided.chosen == 0
    assert OPENS_WARNING in decided.warnings
    assert service.names() == ["t2"]


def test_bad_plans_are_refused(store: Store) -> None:
    _campaign(store, 10)
    service = AbTestService(store)
    with pytest.raises(InvalidInputError, match="2 to 5"):
        service.create("x", "news", [{}])
    with pytest.raises(InvalidInputError, match="preheader"):
        service.create("x", "news", [{}, {"preheader": "p"}])
    with pytest.raises(InvalidInputError):
        service.create("x", "news", [{}, {}], metric="revenue")
    with pytest.raises(NotFoundError):
        service.create("x", "nope", [{}, {}])
    with pytest.raises(NotFoundError):
        service.status("nope")
    service.create("x", "news", [{}, {}], share=0.5)
    with pytest.raises(ConflictError):
        service.create("x", "news", [{}, {}])
    with pytest.raises(ConflictError, match="paused"):  # held by the first test
        service.create("y", "news", [{}, {}])
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Delivery)) == 10
