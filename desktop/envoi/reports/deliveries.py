"""How many deliveries of a campaign are in each state."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from envoi.store.sending_models import Delivery


@dataclass(frozen=True, slots=True)
class DeliveryCounts:
    """One field per `DeliveryStatus` (a test keeps them in step)."""

    queued: int = 0
    sending: int = 0
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    unknown: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())

    @property
    def done(self) -> int:
        """Deliveries whose run is over: sent, refused, unknown after a crash, or skipped."""
        return self.sent + self.failed + self.unknown + self.skipped

    def as_dict(self) -> dict[str, int]:
        """status -> count, every status present (the shape runs and records carry)."""
        return asdict(self)


def delivery_counts(session: Session, campaign_id: int) -> DeliveryCounts:
    rows = session.execute(
        select(Delivery.status, func.count())
        .where(Delivery.campaign_id == campaign_id)
        .group_by(Delivery.status)
    )
    return DeliveryCounts(**{str(status): int(n) for status, n in rows})
