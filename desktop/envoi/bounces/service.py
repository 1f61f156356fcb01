"""Processing returned mail: parse, keep the raw message, match, record, apply the policy.

One call to `BounceService.process(raw)` is one unit of work: the raw message, its records
and the contacts' new statuses are committed together, so a crash never leaves a message
half-applied, and the sha256 of the raw bytes makes a second delivery of the same message
a no-op (a mailbox that failed to move a message does not double-count it).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from envoi.bounces.classify import classify_smtp_reply
from envoi.bounces.parse import parse_message
from envoi.bounces.policy import BouncePolicy, load_policy, save_policy
from envoi.bounces.result import FailedRecipient, ParsedMessage
from envoi.bounces.verp import CAMPAIGN_HEADER, CONTACT_HEADER, parse_verp
from envoi.contacts import suppression
from envoi.errors import NotFoundError, Text
from envoi.message.contact_token import contact_id_of, token_key
from envoi.message.links import contact_in_subject
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactStatus
from envoi.store.sending_models import Delivery

# The suppression source of what returned mail decided.
SOURCE = "bounces"


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    address: str | None
    reason: str
    contact_id: int | None
    campaign_id: int | None
    matched_by: str
    action: str


@dataclass(frozen=True, slots=True)
class ProcessOutcome:
    message_id: int | None  # None for a duplicate
    duplicate: bool
    kind: str
    state: str  # processed | unmatched | ignored
    records: tuple[RecordOutcome, ...] = ()


@dataclass(frozen=True, slots=True)
class BounceRow:
    """One line of the Bounces table."""

    id: int
    message_id: int
    received_at: datetime
    kind: str
    address: str | None
    contact_id: int | None
    campaign_id: int | None
    reason: str
    status: str | None
    smtp_reply_code: str | None
    hard: bool | None
    diagnostic: str
    matched_by: str
    action: str


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


class BounceService:
    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def store(self) -> Store:
        return self._store

    # -- policy ----------------------------------------------------------------------------

    def policy(self) -> BouncePolicy:
        with self._store.session() as session:
            return load_policy(session)

    def set_policy(self, policy: BouncePolicy) -> None:
        with self._store.session() as session:
            save_policy(session, policy)

    # -- processing ------------------------------------------------------------------------

    def process(self, raw: bytes, source: str = "") -> ProcessOutcome:
        digest = hashlib.sha256(raw).hexdigest()
        parsed = parse_message(raw)
        with self._store.session() as session:
            if session.scalar(select(BounceMessage.id).where(BounceMessage.sha256 == digest)):
                return ProcessOutcome(None, True, parsed.kind, "duplicate")
            policy = load_policy(session)
            message = BounceMessage(
                sha256=digest,
                raw=raw,
                source=source[:300],
                kind=parsed.kind,
                subject=parsed.subject[:998],
                state="ignored",
                error=parsed.error or "",
                received_at=utc_now(),
            )
            session.add(message)
            session.flush()
            outcomes: list[RecordOutcome] = []
            if parsed.kind in ("bounce", "feedback"):
                for rcpt in parsed.recipients:
                    outcomes.append(_record(session, message, parsed, rcpt, policy))
                matched = any(o.matched_by != "none" for o in outcomes)
                message.state = "processed" if matched else "unmatched"
            elif parsed.kind == "other":
                message.state = "unmatched"  # not understood: a person should look at it
            return ProcessOutcome(message.id, False, parsed.kind, message.state, tuple(outcomes))

    # -- reading ---------------------------------------------------------------------------

    def rows(
        self,
        *,
        search: str = "",
        kind: str | None = None,
        reason: str | None = None,
        campaign_id: int | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[BounceRow]:
        stmt = select(BounceRecord).order_by(
            BounceRecord.received_at.desc(), BounceRecord.id.desc()
        )
        if kind:
            stmt = stmt.where(BounceRecord.kind == kind)
        if reason:
            stmt = stmt.where(BounceRecord.reason == reason)
        if campaign_id is not None:
            stmt = stmt.where(BounceRecord.campaign_id == campaign_id)
        if search:
            like = f"%{search.strip().lower()}%"
            stmt = stmt.where(
                func.lower(BounceRecord.address).like(like)
                | func.lower(BounceRecord.diagnostic).like(like)
            )
        with self._store.session() as session:
            return [_row(r) for r in session.scalars(stmt.offset(offset).limit(limit))]

    def raw_message(self, message_id: int) -> bytes:
        return raw_message(self._store, message_id)

    def unmatched_count(self) -> int:
        with self._store.session() as session:
            stmt = select(func.count()).where(BounceMessage.state == "unmatched")
            return int(session.scalar(stmt) or 0)


def record_smtp_failure(
    session: Session,
    email: str,
    reply_code: int | str,
    enhanced_status: str | None,
    text: str,
    *,
    campaign_id: int | None = None,
    contact_id: int | None = None,
    source: str = SOURCE,
) -> RecordOutcome:
    """A final SMTP refusal while sending is a bounce too: recorded, and put through the same
    policy as returned mail (so a 5.1.1 at send time and a DSN saying 5.1.1 leave the
    address and its contact in the same state), in ``session``'s transaction. The sending
    engine calls it for hard refusals, with ``source`` naming its campaign."""
    classified = classify_smtp_reply(reply_code, enhanced_status, text)
    reply = str(reply_code).strip()[:3]
    rcpt = FailedRecipient(
        address=email,
        status=classified.status,
        smtp_reply_code=reply if reply.isdigit() else None,
        reason=classified.reason,
        permanent=classified.permanent,
        hard=classified.hard,
        diagnostic=text,
    )
    raw = f"SMTP {reply} {enhanced_status or ''} {text}".strip().encode("utf-8", "replace")
    message = BounceMessage(
        # Not a returned message: never a duplicate of another one.
        sha256=hashlib.sha256(raw + secrets.token_bytes(16)).hexdigest(),
        raw=raw,
        source="smtp",
        kind="bounce",
        subject="",
        state="processed",
        received_at=utc_now(),
    )
    session.add(message)
    session.flush()
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact is None:
        key = email.strip().lower()
        contact = session.scalar(select(Contact).where(Contact.email_key == key))
    parsed = ParsedMessage(kind="bounce", recipients=(rcpt,))
    policy = load_policy(session)
    outcome = _record(
        session, message, parsed, rcpt, policy, known=(contact, campaign_id), source=source
    )
    if outcome.matched_by == "none":
        message.state = "unmatched"
    return outcome


def _record(
    session: Session,
    message: BounceMessage,
    parsed: ParsedMessage,
    rcpt: FailedRecipient,
    policy: BouncePolicy,
    known: tuple[Contact | None, int | None] | None = None,
    source: str = SOURCE,
) -> RecordOutcome:
    if known is not None:  # the sending engine knows whom it was talking to
        contact, campaign_id = known
        matched_by = "smtp" if contact is not None else "none"
    else:
        contact, campaign_id, matched_by = _match(session, parsed, rcpt)
    key = (rcpt.address or "").strip().lower() or None
    if contact is not None:
        key = contact.email_key
    record = BounceRecord(
        message_id=message.id,
        received_at=message.received_at,
        kind=parsed.kind,
        address=rcpt.address,
        address_key=key,
        contact_id=contact.id if contact else None,
        campaign_id=campaign_id,
        original_message_id=(parsed.original_message_id or None),
        matched_by=matched_by,
        status=rcpt.status,
        smtp_reply_code=rcpt.smtp_reply_code,
        reason=rcpt.reason,
        permanent=rcpt.permanent,
        hard=rcpt.hard,
        feedback_type=rcpt.feedback_type,
        diagnostic=rcpt.diagnostic[:4000],
    )
    session.add(record)
    session.flush()
    record.action = apply_policy(session, policy, parsed.kind, rcpt, record, source)
    return RecordOutcome(
        rcpt.address, rcpt.reason, record.contact_id, campaign_id, matched_by, record.action
    )


def _row(r: BounceRecord) -> BounceRow:
    return BounceRow(
        id=r.id,
        message_id=r.message_id,
        received_at=r.received_at,
        kind=r.kind,
        address=r.address,
        contact_id=r.contact_id,
        campaign_id=r.campaign_id,
        reason=r.reason,
        status=r.status,
        smtp_reply_code=r.smtp_reply_code,
        hard=r.hard,
        diagnostic=r.diagnostic,
        matched_by=r.matched_by,
        action=r.action,
    )


def _match(
    session: Session, parsed: ParsedMessage, rcpt: FailedRecipient
) -> tuple[Contact | None, int | None, str]:
    """Contact and campaign of one recipient: VERP, then our headers, then the Message-ID
    of the returned original (the delivery row that sent it), then the address. An
    unsubscribe mail names its contact by the token its subject carries (the message's
    unsubscribe link put it there), whatever address it comes from."""
    if rcpt.feedback_type == "opt-out":
        contact = _contact_of_unsubscribe(session, parsed.subject)
        if contact is not None:
            return contact, None, "token"
    for address in parsed.delivered_to:
        tag = parse_verp(address)
        if tag is not None:
            contact = session.get(Contact, tag.contact_id)
            if contact is not None:
                return contact, tag.campaign_id, "verp"
    campaign_id = _int(parsed.original_header(CAMPAIGN_HEADER))
    # A signed token (envoi.message.contact_token), or the bare id of older messages.
    contact_id = contact_id_of(
        parsed.original_header(CONTACT_HEADER), token_key(session, create=False)
    )
    if contact_id is not None and len(parsed.recipients) == 1:
        contact = session.get(Contact, contact_id)
        if contact is not None:
            return contact, campaign_id, "header"
    key = (rcpt.address or "").strip().lower()
    delivery = _delivery_by_message_id(session, parsed.original_message_id)
    if delivery is not None:
        if campaign_id is None:
            campaign_id = delivery.campaign_id
        if len(parsed.recipients) == 1 or key == delivery.email_key:
            contact = session.get(Contact, delivery.contact_id) if delivery.contact_id else None
            if contact is None:
                stmt = select(Contact).where(Contact.email_key == delivery.email_key)
                contact = session.scalar(stmt)
            if contact is not None:
                return contact, delivery.campaign_id, "message-id"
    if rcpt.address:
        contact = session.scalar(select(Contact).where(Contact.email_key == key))
        if contact is None and rcpt.alias:
            alias = rcpt.alias.strip().lower()
            contact = session.scalar(select(Contact).where(Contact.email_key == alias))
        if contact is not None:
            return contact, campaign_id, "address"
    return None, campaign_id, "none"


def _contact_of_unsubscribe(session: Session, subject: str) -> Contact | None:
    if "e1." not in subject:
        return None
    contact_id = contact_in_subject(subject, token_key(session, create=False))
    return session.get(Contact, contact_id) if contact_id is not None else None


_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def _delivery_by_message_id(session: Session, value: str | None) -> Delivery | None:
    """The delivery that sent this Message-ID (stored with its angle brackets)."""
    text = (value or "").strip()
    found = _MESSAGE_ID.search(text)
    if found:
        text = found.group(0)
    elif text and " " not in text:
        text = f"<{text}>"
    else:
        return None
    stmt = select(Delivery).where(Delivery.message_id == text).order_by(Delivery.id).limit(1)
    return session.scalar(stmt)


def _set_status(session: Session, key: str | None, status: str, source: str) -> None:
    """The contact's new status and the suppression, by the contacts' one rule (the rank of
    statuses: envoi.contacts.suppression.change_status); also when no contact matches."""
    if key:
        suppression.change_status(session, key, status, source)


def apply_policy(
    session: Session,
    policy: BouncePolicy,
    kind: str,
    rcpt: FailedRecipient,
    record: BounceRecord,
    source: str = SOURCE,
) -> str:
    """What the policy does about one record (the one bounce policy: returned mail, refusals
    at send time and reviewed messages): the action it took."""
    key = record.address_key
    if kind == "feedback":
        if rcpt.feedback_type == "opt-out":
            if not policy.honour_unsubscribe_mail:
                return "none"
            _set_status(session, key, ContactStatus.UNSUBSCRIBED.value, source)
            return "unsubscribed"
        if not policy.suppress_complaints:
            return "none"
        _set_status(session, key, ContactStatus.COMPLAINED.value, source)
        return "complained"
    if rcpt.hard:
        if not policy.suppress_hard:
            return "counted"
        _set_status(session, key, ContactStatus.BOUNCED.value, source)
        return "suppressed"
    if key is None:
        return "none"
    since = record.received_at - timedelta(days=policy.soft_window_days)
    soft = session.scalar(
        select(func.count())
        .select_from(BounceRecord)
        .where(
            BounceRecord.address_key == key,
            BounceRecord.kind == "bounce",
            BounceRecord.received_at >= since,
        )
    )
    if int(soft or 0) >= policy.soft_limit:
        _set_status(session, key, ContactStatus.BOUNCED.value, source)
        return "suppressed"
    return "counted"


def raw_message(store: Store, message_id: int) -> bytes:
    """The returned message as it arrived (the Bounces area and the review queue)."""
    with store.session() as session:
        raw = session.scalar(select(BounceMessage.raw).where(BounceMessage.id == message_id))
    if raw is None:
        raise NotFoundError(
            Text("This returned message is no longer stored."), Text("Refresh the list.")
        )
    return bytes(raw)
