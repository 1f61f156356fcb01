"""Campaigns: create one, freeze its audience into delivery rows, read its state, pause it.

Freezing is one INSERT ... SELECT in the database: lists and segments, subscribed contacts
only, minus suppressed addresses and domains, each address once (the contacts table holds
one row per address and deliveries are unique per campaign and address).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, false, func, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from envoi.contacts.addresses import Address
from envoi.contacts.suppression import suppressed_keys
from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.reports.deliveries import DeliveryCounts, delivery_counts
from envoi.segments.service import saved_where
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import (
    Contact,
    ContactList,
    ContactStatus,
    ListMember,
    Suppression,
    SuppressionKind,
)
from envoi.store.sending_models import Campaign, CampaignStatus, Delivery, DeliveryStatus

ACTIVE = (CampaignStatus.RUNNING.value, CampaignStatus.SCHEDULED.value)
FINISHED = (
    CampaignStatus.COMPLETED.value, CampaignStatus.CANCELLED.value, CampaignStatus.FAILED.value,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CampaignData:
    name: str
    from_email: str
    subject: str
    body_text: str = ""
    from_name: str = ""
    reply_to: str = ""
    body_html: str = ""
    template: str = ""
    profile_id: int | None = None
    lists: Sequence[str] = ()
    segments: Sequence[str] = ()
    scheduled_at: datetime | None = None  # naive UTC
    timezone: str = ""
    retry_hours: float = 48.0


@dataclass(frozen=True, slots=True)
class CampaignRecord:
    id: int
    name: str
    status: str
    pause_reason: str
    from_name: str
    from_email: str
    reply_to: str
    subject: str
    body_text: str
    body_html: str
    template: str
    profile_id: int | None
    audience: dict[str, Any]
    scheduled_at: datetime | None
    retry_hours: float
    started_at: datetime | None
    finished_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _record(row: Campaign, counts: DeliveryCounts | None = None) -> CampaignRecord:
    return CampaignRecord(
        row.id, row.name, row.status, row.pause_reason, row.from_name, row.from_email,
        row.reply_to, row.subject, row.body_text, row.body_html, row.template, row.profile_id,
        dict(row.audience or {}), row.scheduled_at, row.retry_hours, row.started_at,
        row.finished_at, counts.as_dict() if counts else {},
    )  # fmt: skip


def _audience_clause(session: Session, lists: Sequence[str], segments: Sequence[str]) -> Any:
    parts: list[ColumnElement[bool]] = []
    if lists:
        found = dict(
            session.execute(
                select(ContactList.name, ContactList.id).where(ContactList.name.in_(lists))
            ).all()
        )
        missing = [n for n in lists if n not in found]
        if missing:
            raise NotFoundError(
                Text("There is no list named '{missing}'.", missing=missing[0]),
                Text("See `envoi lists list`."),
            )
        parts.append(
            Contact.id.in_(
                select(ListMember.contact_id).where(ListMember.list_id.in_(found.values()))
            )
        )
    # A saved segment becomes SQL in one place: envoi.segments.service.saved_where.
    parts.extend(saved_where(session, name) for name in segments)
    return or_(*parts) if parts else false()


def freeze_audience(session: Session, campaign_id: int, lists: Sequence[str],
                    segments: Sequence[str]) -> int:  # fmt: skip
    """Insert one queued delivery per recipient; returns how many."""
    suppressed_address = exists().where(
        Suppression.kind == SuppressionKind.ADDRESS.value, Suppression.value == Contact.email_key
    )
    suppressed_domain = exists().where(
        Suppression.kind == SuppressionKind.DOMAIN.value, Suppression.value == Contact.domain
    )
    chosen = select(
        literal(campaign_id), Contact.id, Contact.email, Contact.email_key,
        literal(DeliveryStatus.QUEUED.value),
    ).where(
        _audience_clause(session, lists, segments),
        Contact.status == ContactStatus.SUBSCRIBED.value,
        ~suppressed_address,
        ~suppressed_domain,
    )  # fmt: skip
    session.execute(
        insert(Delivery).from_select(
            ["campaign_id", "contact_id", "email", "email_key", "status"], chosen
        )
    )
    # Hash entries (erased contacts) cannot be matched in SQL: check the keys in chunks.
    last_id = 0
    while True:
        chunk = session.execute(
            select(Delivery.id, Delivery.email, Delivery.email_key, Contact.domain)
            .join(Contact, Contact.id == Delivery.contact_id)
            .where(Delivery.campaign_id == campaign_id, Delivery.id > last_id)
            .order_by(Delivery.id)
            .limit(5000)
        ).all()
        if not chunk:
            break
        last_id = chunk[-1][0]
        addresses = [Address(email, key, domain) for _, email, key, domain in chunk]
        gone = suppressed_keys(session, addresses)
        if gone:
            session.execute(
                delete(Delivery).where(
                    Delivery.campaign_id == campaign_id, Delivery.email_key.in_(gone)
                )
            )
    return int(session.scalar(select(func.count()).where(Delivery.campaign_id == campaign_id)) or 0)


class CampaignService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def create(self, data: CampaignData) -> CampaignRecord:
        if "@" not in data.from_email or any(c.isspace() for c in data.from_email):
            raise InvalidInputError(
                Text("'{from_email}' is not an email address.", from_email=data.from_email),
                Text("Type the From address in full."),
            )
        if not data.name.strip():
            raise InvalidInputError(Text("The campaign needs a name."), "")
        if not data.lists and not data.segments:
            raise InvalidInputError(
                Text("The campaign has no audience."), Text("Choose at least one list or segment.")
            )
        status = CampaignStatus.SCHEDULED if data.scheduled_at else CampaignStatus.DRAFT
        try:
            with self._store.session() as s:
                row = Campaign(
                    name=data.name.strip(), from_name=data.from_name,
                    from_email=data.from_email, reply_to=data.reply_to, subject=data.subject,
                    body_text=data.body_text, body_html=data.body_html, template=data.template,
                    profile_id=data.profile_id,
                    audience={"lists": list(data.lists), "segments": list(data.segments)},
                    status=status.value, scheduled_at=data.scheduled_at,
                    timezone=data.timezone, retry_hours=data.retry_hours,
                )  # fmt: skip
                s.add(row)
                s.flush()
                freeze_audience(s, row.id, data.lists, data.segments)
                return _record(row, delivery_counts(s, row.id))
        except IntegrityError as exc:
            raise ConflictError(
                Text("A campaign named '{name}' already exists.", name=data.name),
                Text("Choose another name."),
            ) from exc

    def _row(self, s: Session, name_or_id: str | int) -> Campaign:
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            row = s.get(Campaign, int(name_or_id))
        else:
            row = s.scalar(select(Campaign).where(Campaign.name == name_or_id))
        if row is None:
            raise NotFoundError(
                Text("There is no campaign '{name_or_id}'.", name_or_id=name_or_id),
                Text("See `envoi campaigns list`."),
            )
        return row

    def get(self, name_or_id: str | int) -> CampaignRecord:
        with self._store.session() as s:
            row = self._row(s, name_or_id)
            return _record(row, delivery_counts(s, row.id))

    def all(self) -> list[CampaignRecord]:
        with self._store.session() as s:
            rows = s.scalars(select(Campaign).order_by(Campaign.id)).all()
            return [_record(r, delivery_counts(s, r.id)) for r in rows]

    def pause(self, name_or_id: str | int, reason: str = "Paused by the user.") -> CampaignRecord:
        """A running engine sees the new status within a second and stops claiming."""
        with self._store.session() as s:
            row = self._row(s, name_or_id)
            if row.status in FINISHED:
                raise ConflictError(
                    Text("The campaign is already {status}.", status=row.status), ""
                )
            row.status = CampaignStatus.PAUSED.value
            row.pause_reason = reason
            return _record(row, delivery_counts(s, row.id))

    def cancel(self, name_or_id: str | int) -> CampaignRecord:
        with self._store.session() as s:
            row = self._row(s, name_or_id)
            row.status = CampaignStatus.CANCELLED.value
            row.finished_at = utc_now()
            s.execute(
                update(Delivery)
                .where(
                    Delivery.campaign_id == row.id,
                    Delivery.status.in_(
                        [DeliveryStatus.QUEUED.value, DeliveryStatus.DEFERRED.value]
                    ),
                )
                .values(status=DeliveryStatus.SKIPPED.value, smtp_reply="campaign cancelled")
            )
            return _record(row, delivery_counts(s, row.id))

    def release_unknown(self, name_or_id: str | int) -> int:
        """The user chose to send again the deliveries whose outcome is unknown."""
        with self._store.session() as s:
            row = self._row(s, name_or_id)
            result = s.execute(
                update(Delivery)
                .where(
                    Delivery.campaign_id == row.id,
                    Delivery.status == DeliveryStatus.UNKNOWN.value,
                )
                .values(status=DeliveryStatus.QUEUED.value, updated_at=utc_now())
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def deliveries(
        self, name_or_id: str | int, status: str, limit: int = 1000
    ) -> list[dict[str, Any]]:
        with self._store.session() as s:
            row = self._row(s, name_or_id)
            rows = s.execute(
                select(
                    Delivery.email, Delivery.status, Delivery.attempts, Delivery.smtp_code,
                    Delivery.smtp_reply, Delivery.updated_at,
                )
                .where(Delivery.campaign_id == row.id, Delivery.status == status)
                .order_by(Delivery.id)
                .limit(limit)
            ).all()  # fmt: skip
            keys = ("email", "status", "attempts", "smtp_code", "smtp_reply", "updated_at")
            out = [dict(zip(keys, r, strict=True)) for r in rows]
        if status in ("failed", "deferred", "unknown"):
            from envoi.sending.explain import explain_reply, same_reply_for_all

            replies = [
                (d["smtp_code"] if isinstance(d["smtp_code"], int) else None,
                 str(d["smtp_reply"] or ""))
                for d in out
            ]  # fmt: skip
            alike = status == "failed" and same_reply_for_all(replies)
            for d, (code, text) in zip(out, replies, strict=True):
                explanation = explain_reply(code, text, same_for_all=alike)
                d["reason"], d["explanation"] = explanation.reason, explanation.plain
                d["relay"] = explanation.relay
        return out

    def due(self, now: datetime | None = None) -> list[CampaignRecord]:
        """Scheduled campaigns whose time has come (for `send-due` and the app's timer)."""
        now = now or utc_now()
        with self._store.session() as s:
            rows = s.scalars(
                select(Campaign)
                .where(
                    and_(
                        Campaign.status == CampaignStatus.SCHEDULED.value,
                        Campaign.scheduled_at <= now,
                    )
                )
                .order_by(Campaign.scheduled_at)
            ).all()
            return [_record(r) for r in rows]

    def next_scheduled(self, after: datetime | None = None) -> datetime | None:
        """When the next scheduled campaign becomes due (after ``after``, default now)."""
        after = after or utc_now()
        with self._store.session() as s:
            return s.scalar(
                select(func.min(Campaign.scheduled_at)).where(
                    Campaign.status == CampaignStatus.SCHEDULED.value,
                    Campaign.scheduled_at > after,
                )
            )
