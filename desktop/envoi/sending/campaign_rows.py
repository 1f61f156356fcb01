"""A campaign's delivery rows, the SQL of `DeliveryRowsSource` (run on its database thread):
start, finish, heartbeat, fetch.

Kept apart from ``engine`` so that the coroutine logic and the SQL can be read separately.
"""

from __future__ import annotations

import asyncio
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from envoi.contacts.addresses import Address
from envoi.contacts.suppression import suppressed_keys
from envoi.errors import ConflictError, NotFoundError, Text
from envoi.reports.deliveries import delivery_counts
from envoi.sending.campaigns import FINISHED
from envoi.sending.engine_state import end_state
from envoi.sending.messages import Recipient
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact
from envoi.store.sending_models import Campaign, CampaignStatus, Delivery, DeliveryStatus


@dataclass(frozen=True, slots=True)
class QueuedItem:
    recipient: Recipient
    address: Address
    attempts: int
    origin: str  # queued or deferred: the count this delivery leaves when it moves on
    message: asyncio.Future[bytes] | None = None  # built ahead by a BuildPool


def runner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class CampaignRows:
    def __init__(self, store: Store, campaign_id: int) -> None:
        self._store = store
        self.campaign_id = campaign_id

    def begin(self, resume: bool) -> tuple[datetime, dict[str, int]]:
        """Mark the campaign running (ours); returns the retry deadline and the counts."""
        with self._store.session() as s:
            allowed = {CampaignStatus.DRAFT.value, CampaignStatus.SCHEDULED.value}
            if resume:
                allowed.add(CampaignStatus.PAUSED.value)
            now = utc_now()
            # One compare-and-set: of two senders starting the same campaign at once (the
            # window's scheduler and `send-due` from cron), exactly one gets it.
            taken = s.execute(
                update(Campaign)
                .where(Campaign.id == self.campaign_id, Campaign.status.in_(allowed))
                .values(status=CampaignStatus.RUNNING.value, pause_reason="",
                        runner=runner_id(), heartbeat_at=now)
            )  # fmt: skip
            row = s.get(Campaign, self.campaign_id, populate_existing=True)
            if row is None:
                raise NotFoundError(
                    Text("There is no campaign {campaign_id}.", campaign_id=self.campaign_id), ""
                )
            if not getattr(taken, "rowcount", 0):
                hint = {
                    CampaignStatus.PAUSED.value: "Resume it instead.",
                    CampaignStatus.FAILED.value: "Queue its failed recipients again with "
                    f"`envoi campaigns retry-failed {row.name}` (or Retry failed recipients), "
                    "then resume it.",
                }.get(row.status, "")
                raise ConflictError(
                    Text("The campaign is {status}; it cannot be sent now.", status=row.status),
                    hint,
                )
            row.started_at = row.started_at or now
            deadline = row.started_at + timedelta(hours=row.retry_hours)
            return deadline, delivery_counts(s, self.campaign_id).as_dict()

    def finish(
        self, final: tuple[str, str] | None, next_due: datetime | None
    ) -> tuple[tuple[str, str], dict[str, int]]:
        """Record how the run ended; returns (status, reason) and the counts."""
        with self._store.session() as s:
            row = s.get(Campaign, self.campaign_id)
            assert row is not None
            counts = delivery_counts(s, self.campaign_id).as_dict()
            row.runner = ""
            if row.status != CampaignStatus.RUNNING.value:
                # Paused or cancelled from elsewhere: that decision stands.
                return final or (row.status, row.pause_reason), counts
            status, reason = final or (CampaignStatus.COMPLETED.value, "")
            if status == CampaignStatus.COMPLETED.value and (
                counts["queued"] or counts["deferred"] or counts["sending"]
            ):
                if next_due is not None:
                    status, reason = (
                        CampaignStatus.SCHEDULED.value,
                        "Waiting to retry deferred deliveries.",
                    )
                    row.scheduled_at = next_due
                else:
                    status, reason = CampaignStatus.PAUSED.value, "Stopped before the end."
            if status == CampaignStatus.COMPLETED.value:
                status, reason = end_state(counts, self.failed_replies(s)) or (status, reason)
            row.status = status
            row.pause_reason = reason
            if status in FINISHED:
                row.finished_at = utc_now()
            if status == CampaignStatus.CANCELLED.value:
                s.execute(
                    update(Delivery)
                    .where(
                        Delivery.campaign_id == self.campaign_id,
                        Delivery.status.in_(
                            [DeliveryStatus.QUEUED.value, DeliveryStatus.DEFERRED.value]
                        ),
                    )
                    .values(status=DeliveryStatus.SKIPPED.value, smtp_reply="campaign cancelled")
                )
                counts = delivery_counts(s, self.campaign_id).as_dict()
            return (status, reason), counts

    def failed_replies(self, s: Session, limit: int = 2000) -> list[tuple[int | None, str]]:
        """The code and text of the campaign's failed deliveries (the first ``limit``)."""
        rows = s.execute(
            select(Delivery.smtp_code, Delivery.smtp_reply)
            .where(
                Delivery.campaign_id == self.campaign_id,
                Delivery.status == DeliveryStatus.FAILED.value,
            )
            .limit(limit)
        ).all()
        return [(code, str(text or "")) for code, text in rows]

    def heartbeat(self) -> str:
        """Say we are alive; returns the status (a pause made elsewhere shows here)."""
        with self._store.session() as s:
            s.execute(
                update(Campaign)
                .where(Campaign.id == self.campaign_id)
                .values(heartbeat_at=utc_now())
            )
            return str(s.scalar(select(Campaign.status).where(Campaign.id == self.campaign_id)))

    def fetch(self, after_id: int, limit: int) -> tuple[list[QueuedItem], list[QueuedItem]]:
        """The next page of deliveries ready to go, and those skipped as suppressed since
        the audience was frozen (unsubscribed, bounced...), already marked so."""
        now = utc_now()
        with self._store.session() as s:
            rows = s.execute(
                select(
                    Delivery.id, Delivery.email, Delivery.email_key, Delivery.contact_id,
                    Delivery.attempts, Delivery.status, Contact.first_name, Contact.last_name,
                    Contact.fields,
                )
                .outerjoin(Contact, Contact.id == Delivery.contact_id)
                .where(
                    Delivery.campaign_id == self.campaign_id,
                    Delivery.id > after_id,
                    or_(
                        Delivery.status == DeliveryStatus.QUEUED.value,
                        and_(
                            Delivery.status == DeliveryStatus.DEFERRED.value,
                            Delivery.next_attempt_at <= now,
                        ),
                    ),
                )
                .order_by(Delivery.id)
                .limit(limit)
            ).all()  # fmt: skip
            items = []
            for did, email, key, cid, attempts, status, first, last, fields in rows:
                recipient = Recipient(
                    delivery_id=did, email=email, contact_id=cid, first_name=first or "",
                    last_name=last or "", fields=fields or {},
                )  # fmt: skip
                address = Address(email, key, key.rpartition("@")[2])
                items.append(QueuedItem(recipient, address, attempts, str(status)))
            gone = suppressed_keys(s, [i.address for i in items]) if items else set()
            if not gone:
                return items, []
            skipped = [i for i in items if i.address.key in gone]
            s.execute(
                update(Delivery)
                .where(Delivery.id.in_([i.recipient.delivery_id for i in skipped]))
                .values(
                    status=DeliveryStatus.SKIPPED.value,
                    smtp_reply="suppressed after the audience was frozen",
                    updated_at=now,
                )
            )
        return [i for i in items if i.address.key not in gone], skipped

    def remaining(self) -> tuple[int, datetime | None]:
        """Deliveries still queued, and when the next deferred one is due."""
        with self._store.session() as s:
            queued = s.scalar(
                select(func.count()).where(
                    Delivery.campaign_id == self.campaign_id,
                    Delivery.status == DeliveryStatus.QUEUED.value,
                )
            )
            next_due = s.scalar(
                select(func.min(Delivery.next_attempt_at)).where(
                    Delivery.campaign_id == self.campaign_id,
                    Delivery.status == DeliveryStatus.DEFERRED.value,
                )
            )
        return int(queued or 0), next_due
