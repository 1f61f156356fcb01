"""The review queue: returned messages that matched no contact, for a person to settle.

A message is "unmatched" when none of its recipients could be tied to a contact (VERP,
our headers, the original's Message-ID, the address), or when the parser did not
understand it. A person can assign it to a contact (its records then count for that
contact, through the same bounce policy as matched mail), ignore it, or read it raw.
Settled messages leave the queue and keep their records: ``processed`` with
``matched_by = "review"`` when assigned, ``dismissed`` when ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from envoi.bounces.policy import load_policy
from envoi.bounces.result import FailedRecipient
from envoi.bounces.service import apply_policy, raw_message  # the one bounce policy
from envoi.errors import InvalidInputError, NotFoundError, Text
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.engine import Store
from envoi.store.models import Contact

UNMATCHED, DISMISSED, PROCESSED = "unmatched", "dismissed", "processed"
MATCHED_BY_REVIEW = "review"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One returned message waiting for review, with what the parser read in it."""

    message_id: int
    received_at: datetime
    kind: str
    subject: str
    source: str
    addresses: tuple[str, ...]
    status: str
    reason: str
    diagnostic: str
    error: str

    @property
    def assignable(self) -> bool:
        """Only a message with a recipient record can count for a contact."""
        return bool(self.reason)


class ReviewQueue:
    def __init__(self, store: Store) -> None:
        self._store = store

    def count(self) -> int:
        with self._store.session() as session:
            stmt = select(func.count()).where(BounceMessage.state == UNMATCHED)
            return int(session.scalar(stmt) or 0)

    def items(self, limit: int = 500) -> list[ReviewItem]:
        """Newest first, without the raw bytes (``raw`` reads one on demand)."""
        with self._store.session() as session:
            messages = session.execute(
                select(
                    BounceMessage.id,
                    BounceMessage.received_at,
                    BounceMessage.kind,
                    BounceMessage.subject,
                    BounceMessage.source,
                    BounceMessage.error,
                )
                .where(BounceMessage.state == UNMATCHED)
                .order_by(BounceMessage.received_at.desc(), BounceMessage.id.desc())
                .limit(limit)
            ).all()
            ids = [m.id for m in messages]
            records: dict[int, list[BounceRecord]] = {}
            if ids:
                stmt = (
                    select(BounceRecord)
                    .where(BounceRecord.message_id.in_(ids))
                    .order_by(BounceRecord.id)
                )
                for record in session.scalars(stmt):
                    records.setdefault(record.message_id, []).append(record)
            out = []
            for m in messages:
                rows = records.get(m.id, [])
                first = rows[0] if rows else None
                out.append(
                    ReviewItem(
                        message_id=m.id,
                        received_at=m.received_at,
                        kind=m.kind,
                        subject=m.subject,
                        source=m.source,
                        addresses=tuple(r.address for r in rows if r.address),
                        status=(first.status or first.smtp_reply_code or "") if first else "",
                        reason=first.reason if first else "",
                        diagnostic=first.diagnostic if first else "",
                        error=m.error,
                    )
                )
            return out

    def raw(self, message_id: int) -> bytes:
        return raw_message(self._store, message_id)

    def assign(self, message_id: int, email: str) -> int:
        """Tie the message's records to the contact of ``email`` and apply the bounce policy
        for that contact; return how many records changed."""
        key = email.strip().lower()
        with self._store.session() as session:
            message = self._waiting(session, message_id)
            contact = session.scalar(select(Contact).where(Contact.email_key == key))
            if contact is None:
                raise NotFoundError(
                    Text("No contact has the address {value}.", value=email.strip()),
                    Text("Type the address of an existing contact."),
                )
            records = list(
                session.scalars(
                    select(BounceRecord)
                    .where(BounceRecord.message_id == message.id)
                    .order_by(BounceRecord.id)
                )
            )
            if not records:
                raise InvalidInputError(
                    Text("Envoi did not find a failed recipient in this message."),
                    Text("Ignore it, or open it to read what it says."),
                )
            policy = load_policy(session)
            for record in records:
                record.contact_id = contact.id
                record.address_key = contact.email_key
                record.matched_by = MATCHED_BY_REVIEW
                session.flush()
                rcpt = _recipient(record)
                record.action = apply_policy(session, policy, record.kind, rcpt, record)
            message.state = PROCESSED
            return len(records)

    def dismiss(self, message_id: int) -> None:
        """Leave the message out of the queue; its records stay unmatched."""
        with self._store.session() as session:
            self._waiting(session, message_id).state = DISMISSED

    @staticmethod
    def _waiting(session: Session, message_id: int) -> BounceMessage:
        message = session.get(BounceMessage, message_id)
        if message is None:
            raise NotFoundError(
                Text("This returned message is no longer stored."), Text("Refresh the list.")
            )
        if message.state != UNMATCHED:
            raise InvalidInputError(
                Text("This returned message was already reviewed."), Text("Refresh the list.")
            )
        return message


def _recipient(record: BounceRecord) -> FailedRecipient:
    return FailedRecipient(
        address=record.address,
        status=record.status,
        smtp_reply_code=record.smtp_reply_code,
        reason=record.reason,
        permanent=record.permanent,
        hard=record.hard,
        diagnostic=record.diagnostic,
        feedback_type=record.feedback_type,
    )
