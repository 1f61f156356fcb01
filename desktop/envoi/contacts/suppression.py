"""The global suppression list: addresses, whole domains and hashes of erased contacts.

Once suppressed, an address is never mailed and never brought back by an import or an edit.
Entries made by Envoi itself (unsubscribed, bounced, complained, erased) cannot be removed;
only entries a user added by hand can.

``change_status`` is the one place a contact's status changes (an edit in the window or the
command line, returned mail, a refusal at send time): it applies the rank of statuses and
suppresses the address, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from envoi.contacts.addresses import Address, InvalidAddress, address_hash, normalize
from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import (
    SUPPRESSING_STATUSES,
    Contact,
    ContactStatus,
    Suppression,
    SuppressionKind,
)

MANUAL = "manual"
# Reasons set by Envoi itself; the user cannot lift them.
STICKY_REASONS = frozenset({"unsubscribed", "bounced", "complained", "erased"})

Executor = Connection | Session

# How far a status is from "may be mailed". A change never goes down the rank: a complaint
# outranks a bounce, an unsubscribe never downgrades either; and nothing here brings a
# contact back to subscribed (only the person can, by subscribing again).
STATUS_RANK = {
    ContactStatus.SUBSCRIBED.value: 0,
    ContactStatus.UNSUBSCRIBED.value: 1,
    ContactStatus.BOUNCED.value: 2,
    ContactStatus.COMPLAINED.value: 3,
}

_CHUNK = 500  # stays under every database's bound-parameter limit


@dataclass(frozen=True, slots=True)
class SuppressionEntry:
    id: int
    kind: str
    value: str
    reason: str
    source: str
    created_at: datetime | None


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def suppressed_keys(conn: Executor, addresses: Sequence[Address]) -> set[str]:
    """The keys among ``addresses`` that must not be mailed or re-subscribed.

    An address is suppressed by an address entry, a domain entry, the hash of an erased
    contact, or an existing contact whose status is unsubscribed, bounced or complained.
    """
    if not addresses:
        return set()
    keys = list(dict.fromkeys(a.key for a in addresses))
    domains = list(dict.fromkeys(a.domain for a in addresses))
    hashes = {address_hash(k): k for k in keys}
    found: set[str] = set()
    for chunk in _chunks(keys):
        rows = conn.execute(
            select(Suppression.value).where(
                Suppression.kind == SuppressionKind.ADDRESS.value, Suppression.value.in_(chunk)
            )
        )
        found.update(r[0] for r in rows)
        rows = conn.execute(
            select(Contact.email_key).where(
                Contact.email_key.in_(chunk), Contact.status != ContactStatus.SUBSCRIBED.value
            )
        )
        found.update(r[0] for r in rows)
    hash_list = list(hashes)
    for chunk in _chunks(hash_list):
        rows = conn.execute(
            select(Suppression.value).where(
                Suppression.kind == SuppressionKind.HASH.value, Suppression.value.in_(chunk)
            )
        )
        found.update(hashes[r[0]] for r in rows)
    blocked_domains: set[str] = set()
    for chunk in _chunks(domains):
        rows = conn.execute(
            select(Suppression.value).where(
                Suppression.kind == SuppressionKind.DOMAIN.value, Suppression.value.in_(chunk)
            )
        )
        blocked_domains.update(r[0] for r in rows)
    if blocked_domains:
        found.update(a.key for a in addresses if a.domain in blocked_domains)
    return found


def suppression_reason(conn: Executor, address: Address) -> str | None:
    """Why ``address`` is suppressed, or None when it may be mailed."""
    row = conn.execute(
        select(Suppression.reason).where(
            or_(
                and_(
                    Suppression.kind == SuppressionKind.ADDRESS.value,
                    Suppression.value == address.key,
                ),
                and_(
                    Suppression.kind == SuppressionKind.DOMAIN.value,
                    Suppression.value == address.domain,
                ),
                and_(
                    Suppression.kind == SuppressionKind.HASH.value,
                    Suppression.value == address_hash(address.key),
                ),
            )
        )
    ).first()
    if row is not None:
        return str(row[0])
    status = conn.execute(
        select(Contact.status).where(Contact.email_key == address.key)
    ).scalar_one_or_none()
    if status is not None and status != ContactStatus.SUBSCRIBED.value:
        return str(status)
    return None


def _insert_for(conn: Executor) -> Any:
    """The dialect's INSERT (both know ON CONFLICT DO NOTHING)."""
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    return pg_insert if dialect == "postgresql" else sqlite_insert


def _insert_entry(conn: Executor, kind: str, value: str, reason: str, source: str) -> None:
    stmt = _insert_for(conn)(Suppression).values(
        kind=kind, value=value, reason=reason, source=source
    )
    conn.execute(stmt.on_conflict_do_nothing(index_elements=["kind", "value"]))


def suppress(conn: Executor, address_key: str, reason: str, source: str = "") -> None:
    """Put one address on the list (idempotent: the first reason is kept)."""
    _insert_entry(conn, SuppressionKind.ADDRESS.value, address_key.lower(), reason, source)


def change_status(conn: Executor, address_key: str, status: str, source: str = "") -> bool:
    """Give the contact of ``address_key`` the status ``status`` and suppress the address
    (also when no contact has it, for a suppressing status). True when a contact's status
    changed. A lower-ranked status than the contact's changes nothing; asking to subscribe
    a contact who left raises ConflictError. Works on a Session (its loaded contacts are
    kept in step) or a Connection, inside the caller's transaction."""
    key = address_key.strip().lower()
    row = conn.execute(
        select(Contact.id, Contact.email, Contact.status).where(Contact.email_key == key)
    ).first()
    if row is None:
        if status in SUPPRESSING_STATUSES:
            suppress(conn, key, status, source)
        return False
    contact_id, email, current = row
    if current == status:
        return False
    if status == ContactStatus.SUBSCRIBED.value:
        raise ConflictError(
            Text(
                "{email} is {current}; Envoi does not re-subscribe it.",
                email=email,
                current=current,
            ),
            Text("The person can subscribe again through your sign-up form."),
        )
    if STATUS_RANK.get(current, 0) > STATUS_RANK.get(status, 0):
        return False
    conn.execute(
        update(Contact).where(Contact.id == contact_id).values(status=status, updated_at=utc_now())
    )
    suppress(conn, key, status, source)
    return True


def lift_send_refusals(conn: Executor, entry_ids: Sequence[int]) -> None:
    """The user confirmed that addresses a send refused as non-existent be tried again:
    those address entries go, and their contacts that this made bounced are subscribed
    again (the one exception to the rank of statuses, for the send's own decision only)."""
    if not entry_ids:
        return
    keys = list(
        conn.execute(
            select(Suppression.value).where(
                Suppression.id.in_(entry_ids),
                Suppression.kind == SuppressionKind.ADDRESS.value,
                Suppression.reason == ContactStatus.BOUNCED.value,
            )
        ).scalars()
    )
    conn.execute(delete(Suppression).where(Suppression.id.in_(entry_ids)))
    for chunk in _chunks(keys):
        conn.execute(
            update(Contact)
            .where(Contact.email_key.in_(chunk), Contact.status == ContactStatus.BOUNCED.value)
            .values(status=ContactStatus.SUBSCRIBED.value, updated_at=utc_now())
        )


def suppress_many(
    conn: Executor, address_keys: Iterable[str], reason: str, source: str = ""
) -> None:
    """Put many addresses on the list in one statement (idempotent, like ``suppress``)."""
    rows = [
        {"kind": SuppressionKind.ADDRESS.value, "value": key.lower(), "reason": reason,
         "source": source}
        for key in sorted(set(address_keys))
    ]  # fmt: skip
    if not rows:
        return
    for start in range(0, len(rows), _CHUNK):
        stmt = _insert_for(conn)(Suppression).on_conflict_do_nothing(
            index_elements=["kind", "value"]
        )
        conn.execute(stmt, rows[start : start + _CHUNK])


def suppress_domain(conn: Executor, domain: str, reason: str = MANUAL, source: str = "") -> None:
    _insert_entry(conn, SuppressionKind.DOMAIN.value, _clean_domain(domain), reason, source)


def suppress_hash(conn: Executor, address_key: str, source: str = "") -> None:
    _insert_entry(conn, SuppressionKind.HASH.value, address_hash(address_key), "erased", source)


def _clean_domain(domain: str) -> str:
    value = domain.strip().lower().lstrip("@").rstrip(".")
    if not value or "." not in value or any(c in value for c in " @\r\n\t"):
        raise InvalidInputError(
            Text("“{domain}” is not a domain name.", domain=domain),
            Text("Type a domain such as example.com."),
        )
    return value


class SuppressionService:
    """The suppression list as the GUI and the CLI see it."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_address(self, email: str, reason: str = MANUAL, source: str = "") -> None:
        try:
            address = normalize(email)
        except InvalidAddress as exc:
            raise InvalidInputError(
                Text("“{email}” is not a valid address: {exc}", email=email, exc=exc)
            ) from None
        with self._store.session() as session:
            suppress(session, address.key, reason, source)

    def add_domain(self, domain: str, source: str = "") -> None:
        with self._store.session() as session:
            suppress_domain(session, domain, MANUAL, source)

    def remove(self, entry_id: int) -> None:
        with self._store.session() as session:
            entry = session.get(Suppression, entry_id)
            if entry is None:
                raise NotFoundError(Text("This suppression entry no longer exists."))
            if entry.reason in STICKY_REASONS:
                raise ConflictError(
                    Text(
                        "This address was suppressed because it {reason}; Envoi keeps it "
                        "suppressed for good.",
                        reason=entry.reason,
                    ),
                    Text("The person can subscribe again through your sign-up form."),
                )
            session.execute(delete(Suppression).where(Suppression.id == entry_id))

    def check(self, email: str) -> str | None:
        """The reason ``email`` is suppressed, or None."""
        try:
            address = normalize(email)
        except InvalidAddress:
            return None
        with self._store.session() as session:
            return suppression_reason(session, address)

    def entries(self, offset: int = 0, limit: int = 200) -> list[SuppressionEntry]:
        with self._store.session() as session:
            rows = session.execute(
                select(Suppression).order_by(Suppression.id.desc()).offset(offset).limit(limit)
            ).scalars()
            return [
                SuppressionEntry(r.id, r.kind, r.value, r.reason, r.source, r.created_at)
                for r in rows
            ]

    def count(self) -> int:
        with self._store.session() as session:
            return int(session.execute(select(func.count(Suppression.id))).scalar_one())
