"""Events pulled from Envoi Relay: unsubscribes, preference changes, clicks and opens.

One row per relay event, unique per (relay, relay event id): pulling twice never counts
twice. Opens and clicks carry the relay's verdict (human / machine) and its reason, so
reports can count people and machines apart. ``contact_id`` is empty for a campaign that
tracks anonymously.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from envoi.store.models import Base


class EngagementEvent(Base):
    __tablename__ = "engagement_events"
    __table_args__ = (
        UniqueConstraint("relay", "relay_event_id", name="uq_engagement_events_relay"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    relay: Mapped[str] = mapped_column(String(64))  # the relay's id (from its secret)
    relay_event_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # unsubscribe, preferences, click, open
    # No foreign keys: an event outlives a deleted campaign or an erased contact.
    campaign_id: Mapped[int] = mapped_column(Integer)
    contact_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    link_no: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC, when it happened on the relay
    verdict: Mapped[str] = mapped_column(String(10), default="", server_default="")
    reason: Mapped[str] = mapped_column(String(60), default="", server_default="")
    detail: Mapped[str] = mapped_column(Text, default="", server_default="")


Index("ix_engagement_events_campaign", EngagementEvent.campaign_id, EngagementEvent.kind)
Index("ix_engagement_events_contact", EngagementEvent.contact_id)
# The reports count distinct people per campaign, kind and verdict, and the hours of a
# campaign's opens and clicks, from this index alone (migrations 0010, 0011).
Index(
    "ix_engagement_events_people",
    EngagementEvent.campaign_id,
    EngagementEvent.kind,
    EngagementEvent.verdict,
    EngagementEvent.contact_id,
    EngagementEvent.at,
)
