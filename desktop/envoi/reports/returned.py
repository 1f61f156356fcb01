"""Returned mail: bounces per day and reason (the Bounces chart), and a campaign's bounce
and complaint rates (what pauses a send)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from envoi.store.bounce_models import BounceRecord


@dataclass(frozen=True, slots=True)
class BounceDay:
    day: date  # in the time zone asked for (by default the user's local days)
    reason: str
    count: int


@dataclass(frozen=True, slots=True)
class ReturnedRates:
    """Shares of the messages sent whose address bounced or complained (each counted once)."""

    bounced: int
    complained: int
    sent: int

    @property
    def bounce(self) -> float:
        return self.bounced / self.sent if self.sent > 0 else 0.0

    @property
    def complaint(self) -> float:
        return self.complained / self.sent if self.sent > 0 else 0.0


def bounce_days(session: Session, since: datetime, tz: tzinfo | None = None) -> list[BounceDay]:
    """Records received since ``since`` (naive UTC, as stored), counted per day in ``tz``
    (None: the machine's local time, the user's days) and reason, by day then reason."""
    rows = session.execute(
        select(BounceRecord.received_at, BounceRecord.reason).where(
            BounceRecord.received_at >= since
        )
    ).all()
    counts = Counter(
        (when.replace(tzinfo=UTC).astimezone(tz).date(), str(reason)) for when, reason in rows
    )
    return [BounceDay(day, reason, n) for (day, reason), n in sorted(counts.items())]


def returned_rates(session: Session, campaign_id: int, sent: int) -> ReturnedRates:
    rows = session.execute(
        select(BounceRecord.kind, func.count(func.distinct(BounceRecord.address_key)))
        .where(BounceRecord.campaign_id == campaign_id)
        .group_by(BounceRecord.kind)
    ).all()
    by_kind = {str(k): int(n) for k, n in rows}
    return ReturnedRates(by_kind.get("bounce", 0), by_kind.get("feedback", 0), sent)
