"""Pull the relay's events into Envoi's database, then acknowledge them.

Each page of events is applied in one transaction: an unsubscribe suppresses the address
for good (the contact becomes unsubscribed, and the suppression list keeps the address, as
for a mailed unsubscribe, so a later import never re-subscribes it); a preference change
removes the contact from the lists it left; every event is stored in
``engagement_events``, unique per relay event, so pulling twice never counts twice. Only
then is the page acknowledged on the relay, which purges it after its retention.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from envoi.bounces.service import BounceService
from envoi.contacts import suppression
from envoi.contacts.addresses import InvalidAddress, normalize
from envoi.relay.client.api import RelayUnreachable
from envoi.relay.client.connection import RelayService
from envoi.relay.client.reports import provider_report
from envoi.store.engine import Store
from envoi.store.models import (
    Contact,
    ContactList,
    ContactStatus,
    ListMember,
    Suppression,
    SuppressionKind,
)
from envoi.store.relay_models import EngagementEvent

PAGE = 10_000
SOURCE = "relay"
# The statuses an unsubscribe may replace: those ranked below it (suppression.STATUS_RANK,
# the rule change_status applies one address at a time; here a page at once).
_BELOW_UNSUBSCRIBED = frozenset(
    status
    for status, rank in suppression.STATUS_RANK.items()
    if rank < suppression.STATUS_RANK[ContactStatus.UNSUBSCRIBED.value]
)


@dataclass(frozen=True, slots=True)
class SyncResult:
    pulled: int = 0
    new: int = 0  # not seen before (a re-pull after a lost acknowledgement is not new)
    unsubscribed: int = 0
    preferences: int = 0
    clicks: int = 0
    opens: int = 0
    signups: int = 0
    provider_reports: int = 0  # bounces and complaints from the relay's webhooks

    def to_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__slots__}


_COLUMNS = ("relay", "relay_event_id", "kind", "campaign_id", "contact_id", "link_no", "at",
            "verdict", "reason", "detail")  # fmt: skip


def _utc(text: str) -> datetime:
    """The relay's times are UTC (naive, or with an offset): stored naive UTC."""
    if text.endswith("Z"):  # what the relay sends: the quick road
        return datetime.fromisoformat(text[:-1])
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)


def _insert(session: Session) -> Any:
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _unsubscribe_all(session: Session, items: list[tuple[int | None, str]]) -> None:
    """Unsubscribes in bulk (one UPDATE, one INSERT of suppression entries): a contact
    still subscribed becomes unsubscribed (bounced or complained stays so), and every
    address is suppressed for good, also that of a contact deleted since the send."""
    if not items:
        return
    ids = sorted({c for c, _e in items if c})
    keys: set[str] = set()
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        session.execute(
            update(Contact)
            .where(Contact.id.in_(chunk), Contact.status.in_(_BELOW_UNSUBSCRIBED))
            .values(status=ContactStatus.UNSUBSCRIBED.value, updated_at=_now())
        )
        found = dict(session.execute(select(Contact.id, Contact.email_key).where(
            Contact.id.in_(chunk))).tuples().all())  # fmt: skip
        keys.update(found.values())
        for contact_id, email in items:
            if contact_id in chunk and contact_id not in found:
                keys.update(_key(email))
    keys.update(k for c, e in items if not c for k in _key(e))
    suppression.suppress_many(session, keys, ContactStatus.UNSUBSCRIBED.value, SOURCE)
    items.clear()


def _key(email: str) -> list[str]:
    try:
        return [normalize(email).key]
    except InvalidAddress:
        return []


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _signup(session: Session, proof: dict[str, Any]) -> None:
    """A confirmed sign-up (double opt-in): the contact, its consent proof, the list. A
    person who had unsubscribed comes back by subscribing again themselves; a bounced or
    complaining address stays as it is."""
    try:
        address = normalize(str(proof.get("email", "")))
    except InvalidAddress:
        return
    confirmed = _utc(str(proof.get("confirmed_at", ""))) if proof.get("confirmed_at") else None
    source = (
        f"relay sign-up form {proof.get('form_version', '')}, from {proof.get('ip', '')}, "
        f"asked {proof.get('requested_at', '')}"
    )[:200]
    contact = session.scalar(select(Contact).where(Contact.email_key == address.key))
    if contact is None:
        first, _, last = str(proof.get("name", "")).strip().partition(" ")
        contact = Contact(email=address.email, email_key=address.key, domain=address.domain,
                          first_name=first[:200], last_name=last[:200], fields={})  # fmt: skip
        session.add(contact)
    elif contact.status == ContactStatus.UNSUBSCRIBED.value:
        contact.status = ContactStatus.SUBSCRIBED.value
        session.execute(
            delete(Suppression).where(
                Suppression.kind == SuppressionKind.ADDRESS.value,
                Suppression.value == address.key,
                Suppression.reason == ContactStatus.UNSUBSCRIBED.value,
            )
        )
    contact.consent_source, contact.consent_method = source, "double opt-in"
    contact.consent_at = confirmed
    session.flush()
    list_id = int(proof.get("list") or 0)
    if (
        session.get(ContactList, list_id) is not None
        and session.get(ListMember, (list_id, contact.id)) is None
    ):
        session.add(ListMember(list_id=list_id, contact_id=contact.id))


def apply_events(store: Store, relay_id: str, events: Sequence[dict[str, Any]]) -> SyncResult:
    """Store and apply one page of events in one transaction (idempotent)."""
    if not events:
        return SyncResult()
    with store.session() as session:
        ids = [int(e["id"]) for e in events]
        known = set(
            session.scalars(
                select(EngagementEvent.relay_event_id).where(
                    EngagementEvent.relay == relay_id,
                    EngagementEvent.relay_event_id.between(min(ids), max(ids)),
                )
            )
        )
        fresh = [e for e in events if int(e["id"]) not in known]
        reports: list[tuple[bytes, str]] = []
        unsubscribes: list[tuple[int | None, str]] = []
        counts = {"unsubscribe": 0, "preferences": 0, "click": 0, "open": 0, "signup": 0,
                  "bounce": 0, "complaint": 0}  # fmt: skip
        rows = []
        for event in fresh:
            kind = str(event["kind"])
            contact = event.get("contact")
            data = event.get("data") or {}
            if kind == "unsubscribe":
                unsubscribes.append((contact, str(data.get("email", ""))))
            if kind in ("preferences", "signup"):
                _unsubscribe_all(session, unsubscribes)  # keep their order with these
            if kind == "preferences" and contact:
                leave = [int(x) for x in data.get("leave", [])]
                if leave:
                    session.execute(
                        delete(ListMember).where(
                            ListMember.contact_id == contact, ListMember.list_id.in_(leave)
                        )
                    )
            elif kind == "signup":
                _signup(session, data)
            elif kind in ("bounce", "complaint"):
                reports.append((provider_report(relay_id, int(event["id"]), data),
                                f"relay:{data.get('provider', '')}"[:300]))  # fmt: skip
            counts[kind] = counts.get(kind, 0) + 1
            # The address stays on the relay and in the contact: not copied into the log.
            detail = {k: v for k, v in data.items() if k != "email"}
            rows.append(
                {
                    "relay": relay_id,
                    "relay_event_id": int(event["id"]),
                    "kind": kind[:20],
                    "campaign_id": int(event["campaign"]),
                    "contact_id": contact,
                    "link_no": int(event.get("link") or 0),
                    "at": _utc(str(event["at"])),
                    "verdict": str(event.get("verdict", ""))[:10],
                    "reason": str(event.get("reason", ""))[:60],
                    "detail": json.dumps(detail, ensure_ascii=False) if detail else "",
                }
            )
        _unsubscribe_all(session, unsubscribes)
        if rows:
            # The driver's executemany: a page is thousands of rows, and building
            # SQLAlchemy's parameters row by row cost more than the insert itself.
            connection = session.connection()
            mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
            connection.exec_driver_sql(
                f"INSERT INTO engagement_events ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join([mark] * len(_COLUMNS))}) "
                "ON CONFLICT (relay, relay_event_id) DO NOTHING",
                [tuple(row[c] for c in _COLUMNS) for row in rows],
            )
    # After the page's commit: the bounce service writes in its own transaction.
    bounces = BounceService(store)
    for raw, source in reports:
        bounces.process(raw, source)
    return SyncResult(
        len(events), len(fresh), counts["unsubscribe"], counts["preferences"],
        counts["click"], counts["open"], counts["signup"],
        counts["bounce"] + counts["complaint"],
    )  # fmt: skip


def _add(a: SyncResult, b: SyncResult) -> SyncResult:
    return SyncResult(*(getattr(a, n) + getattr(b, n) for n in SyncResult.__slots__))


def sync(
    store: Store,
    service: RelayService,
    *,
    page: int = PAGE,
    on_page: Callable[[SyncResult], None] | None = None,
) -> SyncResult:
    """Pull every unacknowledged event, apply, acknowledge; notes the time or the error."""
    api = service.api()
    total = SyncResult()
    try:
        relay_id = str(api.health().get("relay", "")) or "relay"
        # One thread talks to the relay while this one applies: the next page is fetched
        # during the apply, and a page is acknowledged only after it was applied.
        with ThreadPoolExecutor(1, thread_name_prefix="relay-sync") as relay:
            acks: list[Future[int]] = []
            pending = relay.submit(api.events, 0, page)
            while True:
                answer = pending.result()
                events = answer.get("events", [])
                if not events:
                    break
                cursor = int(answer["cursor"])
                if answer.get("more"):
                    pending = relay.submit(api.events, cursor, page)
                total = _add(total, apply_events(store, relay_id, events))
                acks.append(relay.submit(api.acknowledge, cursor))
                if on_page is not None:
                    on_page(total)
                if not answer.get("more"):
                    break
            for ack in acks:
                ack.result()
    except RelayUnreachable as exc:
        service.note_sync(error=exc.user_message)
        raise
    service.note_sync(relay_id=relay_id)
    return total
