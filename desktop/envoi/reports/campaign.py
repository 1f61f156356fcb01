"""A campaign's report: what happened to its deliveries, the mail that came back, and what
people (and machines) did with it, as one frozen value the window, the command line and
the alerts read.

Counts come from SQL aggregates over the raw rows (no stored counters): deliveries per
state, distinct addresses per bounce kind and reason, engagement events per kind and
verdict. Engagement exists only for a campaign tracked through the relay; an untracked
campaign's opens and clicks are ``None`` ("no tracking"), never 0.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from envoi.errors import EnvoiError
from envoi.reports.timeline import HourPoint, hours_since
from envoi.reports.tracking import Tracking, tracking_of
from envoi.store.bounce_models import BounceRecord
from envoi.store.relay_models import EngagementEvent
from envoi.store.sending_models import Campaign, Delivery, DeliveryStatus

HUMAN, MACHINE = "human", "machine"  # the relay's verdicts (relay/server/verdict.py)
OPT_OUT = "opt-out"  # the feedback type of a mailed unsubscribe (List-Unsubscribe mailto)
TIMELINE_HOURS = 48


class CampaignNotFound(EnvoiError):
    code = "reports.campaign_not_found"


@dataclass(frozen=True, slots=True)
class Engagement:
    """Opens or clicks: events and distinct people, humans and machines apart. The unique
    counts are ``None`` for a campaign tracked anonymously (no contact per event)."""

    human: int
    machine: int
    unique_human: int | None
    unique_machine: int | None

    @property
    def total(self) -> int:
        return self.human + self.machine


@dataclass(frozen=True, slots=True)
class LinkClicks:
    number: int
    url: str
    hidden: bool  # the trap link no person sees: every click on it is a machine's
    human: int
    machine: int
    unique_human: int | None


@dataclass(frozen=True, slots=True)
class ReasonCount:
    reason: str
    hard: bool
    addresses: int


@dataclass(frozen=True, slots=True)
class Unsubscribes:
    """Distinct people per road: a mail to the List-Unsubscribe address, the one-click POST
    (RFC 8058, from the mail reader's button) and the relay's page (the footer's link)."""

    mailed: int = 0
    one_click: int = 0
    page: int = 0

    @property
    def total(self) -> int:
        return self.mailed + self.one_click + self.page


def _rate(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole


@dataclass(frozen=True, slots=True)
class CampaignReport:
    campaign_id: int
    name: str
    status: str
    started_at: datetime | None  # naive UTC
    finished_at: datetime | None
    audience: int  # delivery rows: the frozen audience
    attempted: int  # given to the server at least once
    accepted: int  # accepted by the server (status sent)
    deferred_then_delivered: int  # accepted after at least one retry
    deferred: int  # still being retried
    failed: int
    unknown: int  # in flight at a crash
    skipped: int  # suppressed between freezing and sending
    pending: int  # queued, not tried yet
    bounced: int  # distinct addresses with a bounce record
    hard_bounced: int
    soft_bounced: int
    bounce_reasons: tuple[ReasonCount, ...]
    complaints: int  # distinct addresses
    unsubscribes: Unsubscribes
    tracks_opens: bool
    tracks_clicks: bool
    opens: Engagement | None  # None: not tracked
    clicks: Engagement | None
    links: tuple[LinkClicks, ...]
    timeline: tuple[HourPoint, ...]  # per hour from the start, TIMELINE_HOURS long

    @property
    def acceptance_rate(self) -> float | None:
        return _rate(self.accepted, self.attempted)

    @property
    def bounce_rate(self) -> float | None:
        return _rate(self.bounced, self.attempted)

    @property
    def complaint_rate(self) -> float | None:
        return _rate(self.complaints, self.accepted)

    @property
    def unsubscribe_rate(self) -> float | None:
        return _rate(self.unsubscribes.total, self.accepted)

    @property
    def open_rate(self) -> float | None:
        """People who opened (humans) among those the server accepted."""
        return _rate(self.opens.unique_human, self.accepted) if self.opens else None

    @property
    def click_rate(self) -> float | None:
        return _rate(self.clicks.unique_human, self.accepted) if self.clicks else None

    @property
    def click_to_open(self) -> float | None:
        if self.clicks is None or self.opens is None:
            return None
        return _rate(self.clicks.unique_human, self.opens.unique_human)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("started_at", "finished_at"):
            value = getattr(self, key)
            data[key] = value.isoformat() if value else None
        for point in data["timeline"]:
            point["at"] = point["at"].isoformat()
        data["unsubscribes"]["total"] = self.unsubscribes.total
        for key in ("opens", "clicks"):
            if data[key] is not None:
                data[key]["total"] = data[key]["human"] + data[key]["machine"]
        data["rates"] = {
            name: getattr(self, name)
            for name in ("acceptance_rate", "bounce_rate", "complaint_rate", "unsubscribe_rate",
                         "open_rate", "click_rate", "click_to_open")
        }  # fmt: skip
        return data


def _deliveries(session: Session, campaign_id: int) -> dict[str, int]:
    rows = session.execute(
        select(
            Delivery.status,
            func.count(),
            func.sum(case((Delivery.attempts > 1, 1), else_=0)),
            func.sum(case((Delivery.attempts > 0, 1), else_=0)),
        )
        .where(Delivery.campaign_id == campaign_id)
        .group_by(Delivery.status)
    ).all()
    out = {s.value: 0 for s in DeliveryStatus}
    out["retried_sent"] = out["attempted"] = 0
    for status, n, retried, tried in rows:
        out[str(status)] = int(n)
        out["attempted"] += int(tried or 0)
        if status == DeliveryStatus.SENT.value:
            out["retried_sent"] = int(retried or 0)
    return out


def _returned(
    session: Session, campaign_id: int
) -> tuple[int, int, tuple[ReasonCount, ...], int, int]:
    """(bounced, hard, reasons, complaints, mailed unsubscribes), distinct addresses."""
    mine = BounceRecord.campaign_id == campaign_id
    is_bounce = and_(mine, BounceRecord.kind == "bounce")
    distinct = func.count(func.distinct(BounceRecord.address_key))
    bounced = session.scalar(select(distinct).where(is_bounce)) or 0
    hard = session.scalar(select(distinct).where(is_bounce, BounceRecord.hard.is_(True))) or 0
    reasons = tuple(
        ReasonCount(str(reason), bool(is_hard), int(n))
        for reason, is_hard, n in session.execute(
            select(BounceRecord.reason, BounceRecord.hard, distinct)
            .where(is_bounce)
            .group_by(BounceRecord.reason, BounceRecord.hard)
            .order_by(distinct.desc(), BounceRecord.reason)
        )
    )
    feedback = and_(mine, BounceRecord.kind == "feedback")
    opt_out = BounceRecord.feedback_type == OPT_OUT
    complaints = session.scalar(
        select(distinct).where(feedback, ~opt_out | BounceRecord.feedback_type.is_(None))
    )
    mailed = session.scalar(select(distinct).where(feedback, opt_out))
    return int(bounced), int(hard), reasons, int(complaints or 0), int(mailed or 0)


def _unsubscribes(session: Session, campaign_id: int, mailed: int) -> Unsubscribes:
    seen: dict[str, set[object]] = {"one-click": set(), "page": set()}
    rows = session.execute(
        select(EngagementEvent.id, EngagementEvent.contact_id, EngagementEvent.detail).where(
            EngagementEvent.campaign_id == campaign_id, EngagementEvent.kind == "unsubscribe"
        )
    )
    for event_id, contact_id, detail in rows:
        try:
            source = str(json.loads(detail or "{}").get("source", "page"))
        except (ValueError, AttributeError):
            source = "page"
        # An anonymous event has no contact: each one counts.
        seen["one-click" if source == "one-click" else "page"].add(
            contact_id if contact_id is not None else ("event", event_id)
        )
    return Unsubscribes(mailed, len(seen["one-click"]), len(seen["page"]))


def _engagement(session: Session, campaign_id: int, kind: str, anonymous: bool) -> Engagement:
    mine = (EngagementEvent.campaign_id == campaign_id, EngagementEvent.kind == kind)
    events = {
        str(verdict): int(n)
        for verdict, n in session.execute(
            select(EngagementEvent.verdict, func.count())
            .where(*mine)
            .group_by(EngagementEvent.verdict)
        )
    }
    people: dict[str, int] = {}
    if not anonymous:
        # Distinct people as a grouped subquery: the index (campaign, kind, verdict,
        # contact) streams it in order, where count(DISTINCT) sorts every row again.
        pairs = (
            select(EngagementEvent.verdict.label("verdict"))
            .where(*mine, EngagementEvent.contact_id.is_not(None))
            .group_by(EngagementEvent.verdict, EngagementEvent.contact_id)
            .subquery()
        )
        people = {
            str(verdict): int(n)
            for verdict, n in session.execute(
                select(pairs.c.verdict, func.count()).group_by(pairs.c.verdict)
            )
        }
    return Engagement(
        int(events.get(HUMAN, 0)),
        int(events.get(MACHINE, 0)),
        None if anonymous else int(people.get(HUMAN, 0)),
        None if anonymous else int(people.get(MACHINE, 0)),
    )


def _links(session: Session, campaign_id: int, tracking: Tracking) -> tuple[LinkClicks, ...]:
    human = EngagementEvent.verdict == HUMAN
    rows = session.execute(
        select(
            EngagementEvent.link_no,
            func.sum(case((human, 1), else_=0)),
            func.sum(case((human, 0), else_=1)),
            func.count(func.distinct(case((human, EngagementEvent.contact_id)))),
        )
        .where(EngagementEvent.campaign_id == campaign_id, EngagementEvent.kind == "click")
        .group_by(EngagementEvent.link_no)
    ).all()
    counts = {int(n): (int(h or 0), int(m or 0), int(u or 0)) for n, h, m, u in rows}
    known = {number: (url, hidden) for number, url, hidden in tracking.links}
    numbers = sorted(set(known) | set(counts))
    return tuple(
        LinkClicks(
            n,
            known.get(n, ("", False))[0],
            known.get(n, ("", False))[1],
            counts.get(n, (0, 0, 0))[0],
            counts.get(n, (0, 0, 0))[1],
            None if tracking.anonymous else counts.get(n, (0, 0, 0))[2],
        )
        for n in numbers
    )


def _timeline(session: Session, campaign: Campaign) -> tuple[HourPoint, ...]:
    start = campaign.started_at or session.scalar(
        select(func.min(Delivery.sent_at)).where(Delivery.campaign_id == campaign.id)
    )
    if start is None:
        return ()
    start = start.replace(minute=0, second=0, microsecond=0)  # clock hours
    end = start + timedelta(hours=TIMELINE_HOURS)
    mine_events = EngagementEvent.campaign_id == campaign.id
    human = EngagementEvent.verdict == HUMAN
    series: dict[str, tuple[Any, list[ColumnElement[bool]]]] = {
        "delivered": (
            Delivery.sent_at,
            [Delivery.campaign_id == campaign.id, Delivery.status == DeliveryStatus.SENT.value],
        ),
        "opens": (EngagementEvent.at, [mine_events, EngagementEvent.kind == "open", human]),
        "clicks": (EngagementEvent.at, [mine_events, EngagementEvent.kind == "click", human]),
        "bounces": (
            BounceRecord.received_at,
            [BounceRecord.campaign_id == campaign.id, BounceRecord.kind == "bounce"],
        ),
    }
    counted = {
        name: hours_since(session, column, where, start, end)
        for name, (column, where) in series.items()
    }
    return tuple(
        HourPoint(
            hour,
            start + timedelta(hours=hour),
            counted["delivered"].get(hour, 0),
            counted["opens"].get(hour, 0),
            counted["clicks"].get(hour, 0),
            counted["bounces"].get(hour, 0),
        )
        for hour in range(TIMELINE_HOURS)
    )


def _has_event(session: Session, campaign_id: int, kind: str) -> bool:
    """One index probe (a GROUP BY over the kinds read every event of the campaign)."""
    found = session.scalar(
        select(EngagementEvent.id)
        .where(EngagementEvent.campaign_id == campaign_id, EngagementEvent.kind == kind)
        .limit(1)
    )
    return found is not None


def campaign_report(session: Session, campaign_id: int, *, detail: bool = True) -> CampaignReport:
    """The whole report; without ``detail``, no links and no timeline (the comparison's)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise CampaignNotFound(f"No campaign with id {campaign_id}.")
    d = _deliveries(session, campaign_id)
    bounced, hard, reasons, complaints, mailed = _returned(session, campaign_id)
    tracking = tracking_of(session, campaign_id)
    tracks_opens = tracking.opens or _has_event(session, campaign_id, "open")
    tracks_clicks = tracking.clicks or _has_event(session, campaign_id, "click")
    anonymous = tracking.anonymous
    return CampaignReport(
        campaign_id=campaign.id,
        name=campaign.name,
        status=campaign.status,
        started_at=campaign.started_at,
        finished_at=campaign.finished_at,
        audience=sum(d[s.value] for s in DeliveryStatus),
        attempted=d["attempted"],
        accepted=d[DeliveryStatus.SENT.value],
        deferred_then_delivered=d["retried_sent"],
        deferred=d[DeliveryStatus.DEFERRED.value],
        failed=d[DeliveryStatus.FAILED.value],
        unknown=d[DeliveryStatus.UNKNOWN.value] + d[DeliveryStatus.SENDING.value],
        skipped=d[DeliveryStatus.SKIPPED.value],
        pending=d[DeliveryStatus.QUEUED.value],
        bounced=bounced,
        hard_bounced=hard,
        soft_bounced=bounced - hard,
        bounce_reasons=reasons,
        complaints=complaints,
        unsubscribes=_unsubscribes(session, campaign_id, mailed),
        tracks_opens=tracks_opens,
        tracks_clicks=tracks_clicks,
        opens=_engagement(session, campaign_id, "open", anonymous) if tracks_opens else None,
        clicks=_engagement(session, campaign_id, "click", anonymous) if tracks_clicks else None,
        links=_links(session, campaign_id, tracking) if tracks_clicks and detail else (),
        timeline=_timeline(session, campaign) if detail else (),
    )
