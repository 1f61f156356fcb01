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
from envoi.reports.tracking import TRACKING_SETTING
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.store.relay_models import EngagementEvent
from envoi.store.report_models import MxProvider
from envoi.store.sending_models import Campaign, Delivery
from envoi.store.settings import get_dict, put_setting


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
            .values(status="completed", started_at=utc_now())
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
    assert t.plan is not None and t.plan.available == 30 and t.plan.enough is False
    assert "This audience gives only 30 per variant" in t.plan.sentence
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
    assert service.status("t1").decision.reason == final.decision.reason


def test_the_wait_ends_and_decide_due_decides(store: Store) -> None:
    """A variant sent tomorrow: the wait runs from its send time, and nothing is decided
    before it has been sent."""
    _campaign(store, 60)
    service = AbTestService(store)
    tomorrow = utc_now() + timedelta(days=1)
    t = service.create("t2", "news", [{}, {"send_at": tomorrow.isoformat() + "+00:00"}],
                       share=0.5, metric="opens", wait=timedelta(hours=4), seed=1)  # fmt: skip
    assert abs(t.decide_after - (tomorrow + timedelta(hours=4))) < timedelta(seconds=1)
    with store.session() as s:
        later = s.scalar(select(Campaign.scheduled_at).where(Campaign.name == "news [A/B t2 B]"))
    assert later is not None and abs(later - tomorrow) < timedelta(seconds=1)
    assert service.decide_due(utc_now() + timedelta(days=2)) == []  # B not sent: waits
    _complete_variants(store, "t2")
    assert service.decide_due(utc_now()) == []
    (decided,) = service.decide_due(utc_now() + timedelta(days=2))
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


def _events(store: Store, campaign: str, kind: str, share: float, start: int) -> None:
    with store.session() as s:
        cid = s.scalar(select(Campaign.id).where(Campaign.name == campaign))
        contacts = s.scalars(
            select(Delivery.contact_id).where(Delivery.campaign_id == cid).order_by(Delivery.id)
        ).all()
        s.execute(insert(EngagementEvent), [
            {"relay": "t", "relay_event_id": start + n, "kind": kind, "campaign_id": cid,
             "contact_id": c, "link_no": 1, "at": utc_now(), "verdict": "human", "reason": "",
             "detail": ""}
            for n, c in enumerate(contacts[: int(len(contacts) * share)])
        ])  # fmt: skip


def test_the_best_clicks_cannot_win_with_significantly_more_unsubscribes(store: Store) -> None:
    _campaign(store, 600)
    service = AbTestService(store)
    service.create("g", "news", [{}, {"subject": "Shock"}], share=0.9, seed=3,
                   baseline=0.1, lift=1.0, auto_send=False)  # fmt: skip
    _complete_variants(store, "g")
    _events(store, "news [A/B g A]", "click", 0.05, 0)
    _events(store, "news [A/B g B]", "click", 0.40, 1000)
    _events(store, "news [A/B g B]", "unsubscribe", 0.10, 2000)
    t = service.decide("g", final=True)
    assert [v.arm.successes for v in t.variants] == [13, 108]
    assert [v.arm.harmed for v in t.variants] == [0, 27]
    assert t.decision.leader == 1 and t.decision.barred == (1,) and t.decision.winner is None
    assert "cannot win" in t.decision.reason and t.chosen == 0
    with store.session() as s:  # the user sends the rest: it stays paused, and says why
        parent = s.scalar(select(Campaign).where(Campaign.name == "news"))
        assert parent is not None and parent.status == "paused"
        assert "chose variant A: resume the campaign" in parent.pause_reason


def test_recipients_are_balanced_by_provider_when_the_reports_know_it(store: Store) -> None:
    """Three one-recipient domains hosted by Google: one stratum of three, not three of one
    (where rounding half a recipient would leave each out)."""
    with store.session() as s:
        s.add_all([MxProvider(domain=d, provider="google", mx="", looked_up_at=utc_now())
                   for d in ("a.fr", "b.fr", "c.fr")])  # fmt: skip
        lst = ContactList(name="all")
        s.add(lst)
        s.flush()
        s.execute(insert(Contact), [
            {"email": f"x@{d}", "email_key": f"x@{d}", "domain": d, "fields": {}}
            for d in ("a.fr", "b.fr", "c.fr")
        ])  # fmt: skip
        ids = s.scalars(select(Contact.id)).all()
        s.execute(insert(ListMember), [{"list_id": lst.id, "contact_id": c} for c in ids])
    CampaignService(store).create(CampaignData("news", "shop@example.org", "S", "Hi",
                                               lists=["all"]))  # fmt: skip
    t = AbTestService(store).create("p", "news", [{}, {}], share=0.5, seed=1)
    assert sum(v.recipients for v in t.variants) == 2 and t.rest == 1


def test_the_baseline_comes_from_a_past_campaigns_human_clicks(store: Store) -> None:
    _campaign(store, 100)
    with store.session() as s:
        s.execute(update(Delivery).values(status="sent"))
    _events(store, "news", "click", 0.07, 0)
    assert AbTestService(store).baseline_from("news") == pytest.approx(0.07)
    with pytest.raises(InvalidInputError, match="no measured opens"):
        AbTestService(store).baseline_from("news", "opens")


def test_anonymous_tracking_counts_no_people_and_says_so(store: Store) -> None:
    """The campaign's tracking choice goes to its variants; anonymous clicks are events,
    not people, so they decide nothing, and the status says why."""
    _campaign(store, 200)
    with store.session() as s:
        cid = s.scalar(select(Campaign.id).where(Campaign.name == "news"))
        put_setting(s, TRACKING_SETTING, {str(cid): {"clicks": True, "anonymous": True}})
    service = AbTestService(store)
    service.create("an", "news", [{}, {"subject": "B"}], share=1.0, seed=2,
                   baseline=0.1, lift=1.0)  # fmt: skip
    _complete_variants(store, "an")
    with store.session() as s:
        kept = get_dict(s, TRACKING_SETTING)
        b = s.scalar(select(Campaign.id).where(Campaign.name == "news [A/B an B]"))
        s.execute(insert(EngagementEvent), [
            {"relay": "t", "relay_event_id": n, "kind": "click", "campaign_id": b,
             "contact_id": None, "link_no": 1, "at": utc_now(), "verdict": "human",
             "reason": "", "detail": ""}
            for n in range(80)
        ])  # fmt: skip
    assert kept[str(b)] == {"clicks": True, "anonymous": True} and len(kept) == 3
    t = service.decide("an")
    assert t.decision.winner is None and [v.arm.successes for v in t.variants] == [0, 0]
    assert any("anonymous" in w and "cannot find a winner" in w for w in t.warnings)
