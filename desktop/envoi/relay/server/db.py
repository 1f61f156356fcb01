"""The relay's own database (SQLite by default, PostgreSQL for several workers or hosts).

It holds only what the public endpoints need: registered campaigns (sender name, logo,
tracking switches), their links, the recipients' addresses for the unsubscribe page, the
sender's public lists, and the events waiting for Envoi. Events stay until Envoi
acknowledges them, then are purged after the retention the user sets. The schema is made
with ``create_all`` (new tables only): the relay has no migrations yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url

metadata = MetaData()

campaigns = Table(
    "relay_campaigns",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False, default=""),
    Column("sender_name", String(200), nullable=False, default=""),
    Column("sender_email", String(320), nullable=False, default=""),
    Column("logo_url", String(2000), nullable=False, default=""),
    Column("track_clicks", Boolean, nullable=False, default=False),
    Column("track_opens", Boolean, nullable=False, default=False),
    Column("anonymous", Boolean, nullable=False, default=False),
    Column("registered_at", DateTime, nullable=False),
)
links = Table(
    "relay_links",
    metadata,
    Column("campaign_id", Integer, primary_key=True, autoincrement=False),
    Column("link_no", Integer, primary_key=True, autoincrement=False),
    Column("url", Text, nullable=False),
    Column("hidden", Boolean, nullable=False, default=False),
)
recipients = Table(
    "relay_recipients",
    metadata,
    Column("campaign_id", Integer, primary_key=True, autoincrement=False),
    Column("contact_id", Integer, primary_key=True, autoincrement=False),
    Column("email", String(320), nullable=False),
    Column("lists", Text, nullable=False, default="[]"),  # JSON list of list ids
    Column("no_tracking", Boolean, nullable=False, default=False),
)
lists = Table(
    "relay_lists",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
)
events = Table(
    "relay_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),  # unsubscribe, preferences, click, open
    Column("campaign_id", Integer, nullable=False),
    Column("contact_id", Integer, nullable=True),  # None: anonymous tracking
    Column("link_no", Integer, nullable=False, default=0),
    Column("at", DateTime, nullable=False),
    Column("verdict", String(10), nullable=False, default=""),  # human | machine | ""
    Column("reason", String(60), nullable=False, default=""),
    Column("data", Text, nullable=False, default="{}"),
    Column("acked_at", DateTime, nullable=True, index=True),
)


signups = Table(
    "relay_signups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("list_id", Integer, nullable=False),
    Column("email", String(320), nullable=False),
    Column("name", String(200), nullable=False, default=""),
    Column("ip", String(64), nullable=False, default=""),
    Column("form_version", String(40), nullable=False, default=""),
    Column("requested_at", DateTime, nullable=False),
    Column("token", String(64), nullable=False, unique=True),
    Column("confirmed_at", DateTime, nullable=True),
)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class CampaignInfo:
    id: int
    name: str
    sender_name: str
    sender_email: str
    logo_url: str
    track_clicks: bool
    track_opens: bool
    anonymous: bool


@dataclass(frozen=True, slots=True)
class RecipientInfo:
    email: str
    lists: tuple[int, ...]
    no_tracking: bool


@dataclass(frozen=True, slots=True)
class ListInfo:
    id: int
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class LinkTarget:
    url: str
    hidden: bool


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class RelayDatabase:
    """Every query the relay makes. Links are cached: they never change once registered."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.drivername == "postgresql":  # psycopg 3, as Envoi's own database
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.get_backend_name() == "sqlite":
            self.engine: Engine = create_engine(parsed, connect_args={"timeout": 30})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(
                parsed, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"}
            )
        metadata.create_all(self.engine)
        self._links: dict[tuple[int, int], LinkTarget | None] = {}
        self._campaigns: dict[int, CampaignInfo | None] = {}

    def dispose(self) -> None:
        self.engine.dispose()

    def _upsert(self, table: Table) -> Any:
        return (pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert)(table)

    # -- registration (the API) ------------------------------------------------------------

    def register_campaign(
        self, info: CampaignInfo, link_rows: Sequence[tuple[int, str, bool]]
    ) -> None:
        values = {
            "name": info.name,
            "sender_name": info.sender_name,
            "sender_email": info.sender_email,
            "logo_url": info.logo_url,
            "track_clicks": info.track_clicks,
            "track_opens": info.track_opens,
            "anonymous": info.anonymous,
        }
        with self.engine.begin() as conn:
            stmt = self._upsert(campaigns).values(id=info.id, registered_at=utc_now(), **values)
            conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))
            # A link number keeps its first URL: a token already sent must keep its target.
            if link_rows:
                rows = [
                    {"campaign_id": info.id, "link_no": no, "url": url, "hidden": hidden}
                    for no, url, hidden in link_rows
                ]
                conn.execute(self._upsert(links).values(rows).on_conflict_do_nothing())
        self._campaigns.pop(info.id, None)
        for no, _url, _hidden in link_rows:
            self._links.pop((info.id, no), None)

    def add_recipients(
        self, campaign_id: int, rows: Iterable[tuple[int, str, Sequence[int], bool]]
    ) -> int:
        values = [
            {
                "campaign_id": campaign_id,
                "contact_id": contact,
                "email": email,
                "lists": json.dumps(list(list_ids)),
                "no_tracking": no_tracking,
            }
            for contact, email, list_ids, no_tracking in rows
        ]
        if not values:
            return 0
        with self.engine.begin() as conn:
            for start in range(0, len(values), 500):
                chunk = values[start : start + 500]
                stmt = self._upsert(recipients).values(chunk)
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["campaign_id", "contact_id"],
                        set_={
                            "email": stmt.excluded.email,
                            "lists": stmt.excluded.lists,
                            "no_tracking": stmt.excluded.no_tracking,
                        },
                    )
                )
        return len(values)

    def set_lists(self, rows: Sequence[ListInfo]) -> None:
        """The sender's public lists, replaced as a whole."""
        with self.engine.begin() as conn:
            conn.execute(delete(lists))
            if rows:
                conn.execute(
                    insert(lists),
                    [{"id": r.id, "name": r.name, "description": r.description} for r in rows],
                )

    # -- lookups (the public endpoints) ----------------------------------------------------

    def campaign(self, campaign_id: int) -> CampaignInfo | None:
        if campaign_id not in self._campaigns:
            with self.engine.connect() as conn:
                row = conn.execute(select(campaigns).where(campaigns.c.id == campaign_id)).first()
            self._campaigns[campaign_id] = (
                None
                if row is None
                else CampaignInfo(
                    row.id, row.name, row.sender_name, row.sender_email, row.logo_url,
                    row.track_clicks, row.track_opens, row.anonymous,
                )
            )  # fmt: skip
        return self._campaigns[campaign_id]

    def link(self, campaign_id: int, link_no: int) -> LinkTarget | None:
        key = (campaign_id, link_no)
        if key not in self._links:
            with self.engine.connect() as conn:
                row = conn.execute(
                    select(links.c.url, links.c.hidden).where(
                        links.c.campaign_id == campaign_id, links.c.link_no == link_no
                    )
                ).first()
            self._links[key] = None if row is None else LinkTarget(row.url, bool(row.hidden))
        return self._links[key]

    def recipient(self, campaign_id: int, contact_id: int) -> RecipientInfo | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(recipients.c.email, recipients.c.lists, recipients.c.no_tracking).where(
                    recipients.c.campaign_id == campaign_id,
                    recipients.c.contact_id == contact_id,
                )
            ).first()
        if row is None:
            return None
        return RecipientInfo(row.email, tuple(json.loads(row.lists)), bool(row.no_tracking))

    def public_lists(self) -> list[ListInfo]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(lists).order_by(lists.c.name)).all()
        return [ListInfo(r.id, r.name, r.description) for r in rows]

    # -- events ----------------------------------------------------------------------------

    def record(
        self,
        kind: str,
        campaign_id: int,
        contact_id: int | None,
        *,
        link_no: int = 0,
        verdict: str = "",
        reason: str = "",
        data: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(events).values(
                    kind=kind,
                    campaign_id=campaign_id,
                    contact_id=contact_id,
                    link_no=link_no,
                    at=at or utc_now(),
                    verdict=verdict,
                    reason=reason,
                    data=json.dumps(data or {}, ensure_ascii=False),
                )
            )

    def record_many(self, rows: Sequence[dict[str, Any]]) -> None:
        """Several events in one transaction (clicks and opens, buffered by the app)."""
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(events), list(rows))

    def events_after(self, cursor: int, limit: int) -> list[dict[str, Any]]:
        """Unacknowledged events with an id above ``cursor``, oldest first; times in UTC."""
        c = events.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(c.id, c.kind, c.campaign_id, c.contact_id, c.link_no, c.at, c.verdict,
                       c.reason, c.data)
                .where(c.id > cursor, c.acked_at.is_(None))
                .order_by(c.id)
                .limit(limit)
            ).all()  # fmt: skip
        return [
            {
                "id": r[0], "kind": r[1], "campaign": r[2], "contact": r[3], "link": r[4],
                "at": r[5].isoformat() + "Z", "verdict": r[6], "reason": r[7],
                "data": {} if r[8] == "{}" else json.loads(r[8]),
            }
            for r in rows
        ]  # fmt: skip

    def acknowledge(self, through: int) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                update(events)
                .where(events.c.id <= through, events.c.acked_at.is_(None))
                .values(acked_at=utc_now())
            )
        return int(result.rowcount or 0)

    def purge(self, retention: timedelta) -> int:
        """Delete acknowledged events older than ``retention``; unacknowledged ones stay."""
        with self.engine.begin() as conn:
            result = conn.execute(
                delete(events).where(
                    events.c.acked_at.is_not(None), events.c.acked_at < utc_now() - retention
                )
            )
        return int(result.rowcount or 0)

    # -- sign-ups (double opt-in) ----------------------------------------------------------

    def add_signup(self, row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(signups).values(**row))

    def confirm_signup(self, token: str) -> dict[str, Any] | None:
        """Confirm once: the sign-up's row (with its confirmation time) the first time,
        None for an unknown or already confirmed token. The event goes to Envoi."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(signups).where(signups.c.token == token, signups.c.confirmed_at.is_(None))
            ).first()
            if row is None:
                return None
            now = utc_now()
            conn.execute(update(signups).where(signups.c.id == row.id).values(confirmed_at=now))
            proof = {
                "email": row.email, "name": row.name, "list": row.list_id, "ip": row.ip,
                "form_version": row.form_version,
                "requested_at": row.requested_at.isoformat() + "Z",
                "confirmed_at": now.isoformat() + "Z",
            }  # fmt: skip
            conn.execute(
                insert(events).values(
                    kind="signup", campaign_id=0, contact_id=None, link_no=row.list_id, at=now,
                    data=json.dumps(proof, ensure_ascii=False),
                )
            )  # fmt: skip
            return proof

    def signup_pending(self, token: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(signups.c.id).where(
                        signups.c.token == token, signups.c.confirmed_at.is_(None)
                    )
                ).first()
                is not None
            )

    def sender_name(self) -> str:
        """The sender of the last campaign registered (what a sign-up form names)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(campaigns.c.sender_name, campaigns.c.sender_email)
                .order_by(campaigns.c.registered_at.desc())
                .limit(1)
            ).first()
        return "" if row is None else str(row[0] or row[1])

    def list_info(self, list_id: int) -> ListInfo | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(lists).where(lists.c.id == list_id)).first()
        return None if row is None else ListInfo(row.id, row.name, row.description)

    def pending(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(events).where(events.c.acked_at.is_(None))
                ).scalar_one()
            )
