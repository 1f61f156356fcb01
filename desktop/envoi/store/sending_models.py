"""Sending tables: SMTP profiles, campaigns, one delivery row per recipient, rate counters.

The delivery rows are the truth for pause, resume and crash recovery: a row is committed as
``sending`` before its DATA goes out and gets its outcome only after the server replied.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from envoi.store.models import Base, JsonType


class DeliveryStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # committed before DATA; becomes UNKNOWN if found after a crash
    SENT = "sent"
    DEFERRED = "deferred"
    FAILED = "failed"
    UNKNOWN = "unknown"  # in flight at a crash: never resent without the user's say
    SKIPPED = "skipped"  # suppressed (or erased) between freezing and sending


class CampaignStatus(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    RUNNING = "running"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    # Ended with most deliveries refused (e.g. the user's own server refused them all):
    # "Retry failed recipients" queues them again. The column is a plain String(20).
    FAILED = "failed"


class Security(enum.StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"  # implicit TLS (port 465)
    NONE = "none"


class SmtpProfile(Base):
    __tablename__ = "smtp_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(320), default="", server_default="")
    helo_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    # A CA bundle to trust in addition to the system's (a company's own CA); never "no check".
    ca_file: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    per_second: Mapped[float | None] = mapped_column(Float, nullable=True)
    per_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    per_hour: Mapped[int | None] = mapped_column(Integer, nullable=True)
    per_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    connections: Mapped[int] = mapped_column(Integer, default=4, server_default="4")
    per_connection: Mapped[int] = mapped_column(Integer, default=100, server_default="100")
    timeout: Mapped[float] = mapped_column(Float, default=30.0, server_default="30")
    # Returned mail pauses a send over these rates of the messages sent, once this many went.
    max_bounce_rate: Mapped[float] = mapped_column(Float, default=0.05, server_default="0.05")
    max_complaint_rate: Mapped[float] = mapped_column(Float, default=0.001, server_default="0.001")
    rates_min_sent: Mapped[int] = mapped_column(Integer, default=200, server_default="200")
    tested_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    from_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    from_email: Mapped[str] = mapped_column(String(320))
    reply_to: Mapped[str] = mapped_column(String(320), default="", server_default="")
    subject: Mapped[str] = mapped_column(String(998), default="", server_default="")
    body_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    body_html: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Name of a stored template when the campaign uses one instead of the bodies.
    template: Mapped[str] = mapped_column(String(200), default="", server_default="")
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("smtp_profiles.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # {"lists": [...], "segments": [...]}: what was asked; the frozen rows are the truth.
    audience: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="draft", server_default="draft")
    pause_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # UTC
    timezone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # How long a deferred (4xx) delivery keeps being retried before it counts as failed.
    retry_hours: Mapped[float] = mapped_column(Float, default=48.0, server_default="48")
    # Who runs it: "host:pid" and a heartbeat, so recovery leaves a live sender alone.
    runner: Mapped[str] = mapped_column(String(300), default="", server_default="")
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Delivery(Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("campaign_id", "email_key", name="uq_deliveries_campaign_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True
    )
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(20), default="queued", server_default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    smtp_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    smtp_reply: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The Message-ID sent (with its angle brackets): returned mail quoting it finds this row.
    message_id: Mapped[str | None] = mapped_column(String(998), nullable=True, index=True)


class SendCounter(Base):
    """Messages handed to a profile's server per minute: day and hour caps survive restarts."""

    __tablename__ = "send_counters"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("smtp_profiles.id", ondelete="CASCADE"), primary_key=True
    )
    minute: Mapped[int] = mapped_column(Integer, primary_key=True)  # Unix time // 60
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SendPacing(Base):
    """A profile's per-second pace, shared by every process sending with it: the wall-clock
    time (Unix seconds) of its next free send slot. Its row is also the lock that makes a
    booking in ``send_ledger`` atomic across processes."""

    __tablename__ = "send_pacing"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("smtp_profiles.id", ondelete="CASCADE"), primary_key=True
    )
    next_slot: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    # After a "slow down" reply (421/451/452) to any process: this pace, until that time.
    slow_rate: Mapped[float | None] = mapped_column(Float, nullable=True)
    slow_until: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class SendLedger(Base):
    """Sends booked per profile and wall-clock second, by every process: the sliding
    per-minute, per-hour and per-day windows are sums over it (kept for a day)."""

    __tablename__ = "send_ledger"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("smtp_profiles.id", ondelete="CASCADE"), primary_key=True
    )
    second: Mapped[int] = mapped_column(Integer, primary_key=True)  # Unix time, whole seconds
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


Index("ix_deliveries_campaign_status", Delivery.campaign_id, Delivery.status)
Index("ix_campaigns_status_scheduled", Campaign.status, Campaign.scheduled_at)
