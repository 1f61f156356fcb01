"""Who runs each recipient's mailbox, found from the domain's MX records (so that
``@mycompany.fr`` on Google Workspace counts as Google), kept in ``mx_providers``; and a
campaign's figures per provider: the view that shows "Microsoft is deferring us".

DNS is asked through a ``Resolver`` handed in (the sender check's resolver has this shape;
this package sits below it), once per domain not yet in the table.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from envoi.errors import EnvoiError
from envoi.store.bounce_models import BounceRecord
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.report_models import MxProvider
from envoi.store.sending_models import Campaign, Delivery, DeliveryStatus


class Provider(enum.StrEnum):
    GOOGLE = "google"
    MICROSOFT = "microsoft"
    YAHOO = "yahoo"  # Yahoo and AOL share their servers
    APPLE = "apple"
    ORANGE = "orange"
    FREE = "free"
    SFR = "sfr"
    LA_POSTE = "laposte"
    GMX = "gmx"  # GMX and Web.de (United Internet)
    OWN = "own"  # the sender's own domain
    OTHER = "other"
    NO_MX = "nomx"  # no MX found (the domain receives no mail, or DNS did not answer)


PROVIDER_NAMES = {
    Provider.GOOGLE: "Gmail / Google Workspace",
    Provider.MICROSOFT: "Microsoft",
    Provider.YAHOO: "Yahoo / AOL",
    Provider.APPLE: "Apple iCloud",
    Provider.ORANGE: "Orange",
    Provider.FREE: "Free",
    Provider.SFR: "SFR",
    Provider.LA_POSTE: "La Poste",
    Provider.GMX: "GMX / Web.de",
    Provider.OWN: "Own domain",
    Provider.OTHER: "Other",
    Provider.NO_MX: "No MX found",
}

# MX host name endings, as each provider publishes them.
_MX_SUFFIXES: tuple[tuple[str, Provider], ...] = (
    ("google.com", Provider.GOOGLE),
    ("googlemail.com", Provider.GOOGLE),
    ("outlook.com", Provider.MICROSOFT),
    ("hotmail.com", Provider.MICROSOFT),
    ("microsoft.com", Provider.MICROSOFT),
    ("yahoodns.net", Provider.YAHOO),
    ("yahoo.com", Provider.YAHOO),
    ("aol.com", Provider.YAHOO),
    ("icloud.com", Provider.APPLE),
    ("me.com", Provider.APPLE),
    ("orange.fr", Provider.ORANGE),
    ("wanadoo.fr", Provider.ORANGE),
    ("free.fr", Provider.FREE),
    ("sfr.fr", Provider.SFR),
    ("neuf.fr", Provider.SFR),
    ("laposte.net", Provider.LA_POSTE),
    ("gmx.net", Provider.GMX),
    ("gmx.com", Provider.GMX),
    ("gmx.de", Provider.GMX),
    ("web.de", Provider.GMX),
)


class _Answer(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def records(self) -> tuple[str, ...]: ...


class Resolver(Protocol):
    """envoi.dnscheck.resolver.Resolver's shape: MX records as "10 mx.example.com"."""

    async def query(self, name: str, rdtype: str) -> _Answer: ...


def provider_of_mx(hosts: Iterable[str]) -> Provider:
    """The provider running the first MX host (best first) that names a known one."""
    hosts = [h.lower().rstrip(".") for h in hosts if h and h != "."]
    if not hosts:
        return Provider.NO_MX
    for host in hosts:
        for suffix, provider in _MX_SUFFIXES:
            if host == suffix or host.endswith("." + suffix):
                return provider
    return Provider.OTHER


def _hosts(records: Iterable[str]) -> list[str]:
    pairs = []
    for record in records:
        pref, _, host = record.partition(" ")
        try:
            pairs.append((int(pref), host.rstrip(".")))
        except ValueError:
            continue
    return [host for _p, host in sorted(pairs)]


async def _lookup(resolver: Resolver, domain: str, limit: asyncio.Semaphore) -> list[str] | None:
    async with limit:
        try:
            answer = await resolver.query(domain, "MX")
        except EnvoiError:  # no usable answer: asked again next time
            return None
    return _hosts(answer.records)


async def look_up(
    store: Store,
    domains: Iterable[str],
    resolver: Resolver,
    *,
    parallel: int = 64,
    refresh: bool = False,
) -> int:
    """Find and keep the provider of each domain not yet known (all with ``refresh``);
    returns how many were asked. Domains DNS did not answer for stay unknown."""
    wanted = sorted({d.lower() for d in domains if d})
    with store.session() as session:
        known = set() if refresh else set(session.scalars(select(MxProvider.domain)))
    todo = [d for d in wanted if d not in known]
    limit = asyncio.Semaphore(parallel)
    found = await asyncio.gather(*(_lookup(resolver, d, limit) for d in todo))
    now = utc_now()
    with store.session() as session:
        for domain, hosts in zip(todo, found, strict=True):
            if hosts is None:
                continue
            session.merge(
                MxProvider(
                    domain=domain,
                    provider=provider_of_mx(hosts).value,
                    mx=" ".join(hosts)[:2000],
                    looked_up_at=now,
                )
            )
    return len(todo)


def _domain(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.split_part(column, "@", 2)
    return func.substr(column, func.instr(column, "@") + 1)


def campaign_domains(session: Session, campaign_id: int) -> list[str]:
    domain = _domain(session, Delivery.email_key)
    return [
        str(d)
        for d in session.scalars(
            select(domain).where(Delivery.campaign_id == campaign_id).group_by(domain)
        )
    ]


@dataclass(frozen=True, slots=True)
class ProviderRow:
    provider: str  # a Provider value; "unknown" for domains not looked up yet
    domains: int
    recipients: int
    attempted: int
    accepted: int
    deferred: int  # deliveries that got at least one 4xx (retried or still retrying)
    failed: int
    bounced: int  # distinct addresses with a bounce record
    complaints: int

    @property
    def name(self) -> str:
        try:
            return PROVIDER_NAMES[Provider(self.provider)]
        except ValueError:
            return self.provider

    def rate(self, part: int, whole: int | None = None) -> float | None:
        whole = self.attempted if whole is None else whole
        return part / whole if whole else None

    @property
    def acceptance_rate(self) -> float | None:
        return self.rate(self.accepted)

    @property
    def deferral_rate(self) -> float | None:
        return self.rate(self.deferred)

    @property
    def bounce_rate(self) -> float | None:
        return self.rate(self.bounced)

    @property
    def complaint_rate(self) -> float | None:
        return self.rate(self.complaints, self.accepted)

    def to_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider, "name": self.name, "domains": self.domains,
            "recipients": self.recipients, "attempted": self.attempted,
            "accepted": self.accepted, "deferred": self.deferred, "failed": self.failed,
            "bounced": self.bounced, "complaints": self.complaints,
            "rates": {"acceptance": self.acceptance_rate, "deferral": self.deferral_rate,
                      "bounce": self.bounce_rate, "complaint": self.complaint_rate},
        }  # fmt: skip


UNKNOWN = "unknown"
_IN_LIMIT = 20000


def provider_rows(
    session: Session, campaign_id: int, since: datetime | None = None
) -> list[ProviderRow]:
    """The campaign's recipients per provider (as the MX table knows them), most first;
    with ``since`` (naive UTC), only the deliveries and returned mail of that window (the
    alerts' "deferring now")."""
    campaign = session.get(Campaign, campaign_id)
    own = (campaign.from_email.rpartition("@")[2].lower() if campaign else "") or None
    domain = _domain(session, Delivery.email_key).label("domain")
    sent = Delivery.status == DeliveryStatus.SENT.value
    per_domain = session.execute(
        select(
            domain,
            func.count(),
            func.sum(case((Delivery.attempts > 0, 1), else_=0)),
            func.sum(case((sent, 1), else_=0)),
            func.sum(
                case(
                    (
                        (Delivery.attempts > 1)
                        | (Delivery.status == DeliveryStatus.DEFERRED.value),
                        1,
                    ),
                    else_=0,
                )
            ),
            func.sum(case((Delivery.status == DeliveryStatus.FAILED.value, 1), else_=0)),
        )
        .where(
            Delivery.campaign_id == campaign_id,
            *([Delivery.updated_at >= since] if since is not None else []),
        )
        .group_by(domain)
    ).all()
    bdomain = _domain(session, BounceRecord.address_key).label("domain")
    returned: dict[tuple[str, str], int] = {}
    for d, kind, n in session.execute(
        select(bdomain, BounceRecord.kind, func.count(func.distinct(BounceRecord.address_key)))
        .where(
            BounceRecord.campaign_id == campaign_id,
            *([BounceRecord.received_at >= since] if since is not None else []),
            (BounceRecord.kind == "bounce")
            | (
                (BounceRecord.kind == "feedback")
                & (func.coalesce(BounceRecord.feedback_type, "") != "opt-out")
            ),
        )
        .group_by(bdomain, BounceRecord.kind)
    ):
        returned[(str(d), str(kind))] = int(n)
    names = [str(r[0]) for r in per_domain]
    known = select(MxProvider.domain, MxProvider.provider)
    if len(names) <= _IN_LIMIT:  # else the whole table: one query beats many
        known = known.where(MxProvider.domain.in_(names))
    providers = {str(d): str(p) for d, p in session.execute(known)}
    totals: dict[str, list[int]] = {}
    for d, n, tried, acc, deferred, failed in per_domain:
        d = str(d)
        key = Provider.OWN.value if d == own else providers.get(d, UNKNOWN)
        row = totals.setdefault(key, [0] * 8)
        bounced, complained = returned.get((d, "bounce"), 0), returned.get((d, "feedback"), 0)
        for i, v in enumerate((1, n, tried, acc, deferred, failed, bounced, complained)):
            row[i] += int(v or 0)
    return sorted(
        (ProviderRow(key, *values) for key, values in totals.items()),
        key=lambda r: (-r.recipients, r.provider),
    )
