"""The bounce tables: returned messages kept for audit, one record per failed recipient.

`campaign_id` has no foreign key on purpose: bounce records outlive a deleted campaign and
the bounce migration does not depend on the sending one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from envoi.store.models import Base


class BounceMessage(Base):
    """A returned message as received, byte for byte (audit, re-parse, "show raw")."""

    __tablename__ = "bounce_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # sha256 of the raw bytes: the same message fetched twice is processed once.
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(300), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(998), default="", server_default="")
    # processed | unmatched (kept for a person to review) | ignored (auto-replies, other)
    state: Mapped[str] = mapped_column(String(20), index=True)
    error: Mapped[str] = mapped_column(Text, default="", server_default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now(), index=True)


class BounceRecord(Base):
    """One failed (or complaining, or opting-out) recipient of a returned message."""

    __tablename__ = "bounce_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("bounce_messages.id", ondelete="CASCADE"), index=True
    )
    received_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now(), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(320), nullable=True)
    address_key: Mapped[str | None] = mapped_column(String(320), nullable=True, index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True, index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # Message-ID of the original message, when the report quotes it.
    original_message_id: Mapped[str | None] = mapped_column(String(998), nullable=True)
    # verp | header | message-id | address | none
    matched_by: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    smtp_reply_code: Mapped[str | None] = mapped_column(String(3), nullable=True)
    reason: Mapped[str] = mapped_column(String(40), index=True)
    permanent: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    hard: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    feedback_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    diagnostic: Mapped[str] = mapped_column(Text, default="", server_default="")
    # What the policy did: suppressed | unsubscribed | complained | counted | none
    action: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
