"""Hand-built rows of one campaign (deliveries, returned mail, relay events, tracking
settings) for the report tests: the unit tests, the CLI and the Reports area's."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from envoi.reports import tracking
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.engine import Store
from envoi.store.models import Setting
from envoi.store.relay_models import EngagementEvent
from envoi.store.sending_models import Campaign, Delivery

START = datetime(2026, 12, 1, 9, 0, 0)

# (address, status, attempts, minutes after the start it was sent)
DELIVERIES = [
    ("a1@gmail.com", "sent", 1, 5),
    ("a2@gmail.com", "sent", 3, 65),  # deferred twice, then delivered
    ("a3@gmail.com", "failed", 1, None),
    ("b1@hotmail.fr", "sent", 1, 10),
    ("b2@hotmail.fr", "deferred", 2, None),  # still being retried
    ("b3@hotmail.fr", "sent", 2, 70),
    ("c1@shop.fr", "sent", 1, 15),  # the sender's own domain
    ("d1@corp.example", "sent", 1, 20),  # Google Workspace, seen through its MX
    ("e1@tiny.example", "skipped", 0, None),
    ("e2@tiny.example", "queued", 0, None),
]


def campaign(store: Store, name: str = "Winter sale") -> int:
    with store.session() as s:
        c = Campaign(name=name, from_email="news@shop.fr", subject="s", status="completed",
                     audience={}, started_at=START)  # fmt: skip
        s.add(c)
        s.flush()
        for email, status, attempts, minutes in DELIVERIES:
            sent_at = START + timedelta(minutes=minutes) if minutes is not None else None
            s.add(Delivery(campaign_id=c.id, contact_id=None, email=email, email_key=email,
                           status=status, attempts=attempts, sent_at=sent_at))  # fmt: skip
        return int(c.id)


def returned(
    store: Store, campaign_id: int, *rows: tuple[str, str, str, bool | None, str | None]
) -> None:
    """(kind, address, reason, hard, feedback type), received 2 h after the start."""
    with store.session() as s:
        for n, (kind, address, reason, hard, feedback) in enumerate(rows):
            at = START + timedelta(hours=2, minutes=n)
            m = BounceMessage(sha256=f"{campaign_id}{n:063d}", raw=b"x", kind=kind,
                              state="processed", received_at=at)  # fmt: skip
            s.add(m)
            s.flush()
            s.add(BounceRecord(message_id=m.id, received_at=at, kind=kind, address=address,
                               address_key=address, campaign_id=campaign_id, matched_by="address",
                               reason=reason, hard=hard, feedback_type=feedback))  # fmt: skip


def events(
    store: Store, campaign_id: int, *rows: tuple[str, int | None, str, int, int, str]
) -> None:
    """(kind, contact, verdict, link, minutes after the start, source)."""
    with store.session() as s:
        for n, (kind, contact, verdict, link, minutes, source) in enumerate(rows):
            s.add(EngagementEvent(relay="r", relay_event_id=campaign_id * 1000 + n, kind=kind,
                                  campaign_id=campaign_id, contact_id=contact, link_no=link,
                                  at=START + timedelta(minutes=minutes), verdict=verdict,
                                  detail=json.dumps({"source": source}) if source else "",
                                  ))  # fmt: skip


def track(store: Store, campaign_id: int, *, anonymous: bool = False) -> None:
    with store.session() as s:
        s.merge(
            Setting(
                key=tracking.TRACKING_SETTING,
                value={str(campaign_id): {"clicks": True, "opens": True, "anonymous": anonymous}},
            )
        )
        s.merge(Setting(key=tracking.LINKS_SETTING, value={
            str(campaign_id): [[1, "https://shop.fr/sale", False], [2, "https://shop.fr/", False],
                               [3, "https://relay.example/", True]]}))  # fmt: skip
