"""The counts a user sees, on both databases: deliveries per state, returned mail per day
and reason, a campaign's bounce and complaint rates."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone

from envoi.reports.deliveries import DeliveryCounts
from envoi.reports.service import Reports
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.engine import Store
from envoi.store.sending_models import Campaign, Delivery, DeliveryStatus

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _returned(store: Store, *rows: tuple[str, str, str, int | None, datetime]) -> None:
    """(kind, address, reason, campaign id, received at) -> one message and record each."""
    with store.session() as s:
        for n, (kind, address, reason, campaign_id, at) in enumerate(rows):
            message = BounceMessage(sha256=f"{n:064d}", raw=b"x", kind=kind, state="processed",
                                    received_at=at)  # fmt: skip
            s.add(message)
            s.flush()
            s.add(BounceRecord(message_id=message.id, received_at=at, kind=kind,
                               address=address, address_key=address, campaign_id=campaign_id,
                               matched_by="address", reason=reason))  # fmt: skip


def test_delivery_counts_have_one_field_per_status_and_count_each(store: Store) -> None:
    assert [f.name for f in fields(DeliveryCounts)] == [s.value for s in DeliveryStatus]
    with store.session() as s:
        campaign = Campaign(name="c", from_email="a@example.org", subject="s", status="draft",
                            audience={})  # fmt: skip
        s.add(campaign)
        s.flush()
        for n, status in enumerate(["sent", "sent", "failed", "queued", "skipped"]):
            s.add(Delivery(campaign_id=campaign.id, email=f"u{n}@example.com",
                           email_key=f"u{n}@example.com", status=status))  # fmt: skip
        campaign_id = campaign.id
    counts = Reports(store).delivery_counts(campaign_id)
    assert counts == DeliveryCounts(queued=1, sent=2, failed=1, skipped=1)
    assert (counts.total, counts.done) == (5, 4)
    assert counts.as_dict()["sending"] == 0 and len(counts.as_dict()) == len(DeliveryStatus)
    assert Reports(store).delivery_counts(campaign_id + 1) == DeliveryCounts()


def test_bounce_days_count_per_day_in_the_time_zone_asked_and_per_reason(store: Store) -> None:
    late = NOW.replace(hour=23, minute=30) - timedelta(days=2)  # UTC: the next day in Paris
    _returned(
        store,
        ("bounce", "a@example.com", "userunknown", None, late),
        ("bounce", "b@example.com", "userunknown", None, late),
        ("bounce", "c@example.com", "mailboxfull", None, late),
        ("bounce", "d@example.com", "userunknown", None, NOW - timedelta(days=40)),  # too old
    )
    utc = Reports(store).bounce_days(30, UTC)
    assert [(d.day, d.reason, d.count) for d in utc] == [
        (late.date(), "mailboxfull", 1),
        (late.date(), "userunknown", 2),
    ]
    east = Reports(store).bounce_days(30, timezone(timedelta(hours=2)))
    assert {d.day for d in east} == {late.date() + timedelta(days=1)}


def test_returned_rates_count_each_address_once_per_kind(store: Store) -> None:
    _returned(
        store,
        ("bounce", "a@example.com", "userunknown", 7, NOW),
        ("bounce", "a@example.com", "userunknown", 7, NOW),  # the same address again
        ("bounce", "b@example.com", "mailboxfull", 7, NOW),
        ("feedback", "c@example.com", "feedback", 7, NOW),
        ("bounce", "d@example.com", "userunknown", 8, NOW),  # another campaign
    )
    rates = Reports(store).returned_rates(7, sent=20)
    assert (rates.bounced, rates.complained) == (2, 1)
    assert (rates.bounce, rates.complaint) == (0.1, 0.05)
    assert Reports(store).returned_rates(7, sent=0).bounce == 0.0
