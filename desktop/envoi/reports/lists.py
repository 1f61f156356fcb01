"""List health: the contacts by status, and per week (UTC, Monday first) how many joined,
unsubscribed (by mail or through the relay), bounced and complained; and, when opens or
clicks are tracked, the share of subscribed contacts with none in the last 90 and 180
days (None: nothing was ever tracked, so "no tracking" rather than 100 %)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from envoi.reports.campaign import OPT_OUT
from envoi.reports.timeline import days_since
from envoi.store.bounce_models import BounceRecord
from envoi.store.clock import utc_now
from envoi.store.models import Contact, ContactStatus
from envoi.store.relay_models import EngagementEvent

_ENGAGED = ("open", "click")


@dataclass(frozen=True, slots=True)
class ListWeek:
    week: date  # its Monday (UTC)
    joined: int = 0
    unsubscribed: int = 0
    bounced: int = 0
    complained: int = 0


@dataclass(frozen=True, slots=True)
class ListHealth:
    contacts: int
    by_status: dict[str, int]
    weeks: tuple[ListWeek, ...]  # oldest first, the current week last
    no_engagement_90: float | None  # share of subscribed contacts; None: never tracked
    no_engagement_180: float | None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for week in data["weeks"]:
            week["week"] = week["week"].isoformat()
        return data


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _no_engagement(session: Session, subscribed: int, since: datetime) -> float | None:
    if not subscribed:
        return None
    engaged = session.scalar(
        select(func.count(func.distinct(EngagementEvent.contact_id)))
        .join(Contact, Contact.id == EngagementEvent.contact_id)
        .where(
            EngagementEvent.kind.in_(_ENGAGED),
            EngagementEvent.at >= since,
            Contact.status == ContactStatus.SUBSCRIBED.value,
        )
    )
    return 1 - int(engaged or 0) / subscribed


def list_health(session: Session, weeks: int = 12, now: datetime | None = None) -> ListHealth:
    now = now or utc_now()
    first = _monday(now.date()) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first, datetime.min.time())
    by_status = {
        str(s): int(n)
        for s, n in session.execute(select(Contact.status, func.count()).group_by(Contact.status))
    }
    feedback = BounceRecord.kind == "feedback"
    opt_out = func.coalesce(BounceRecord.feedback_type, "") == OPT_OUT
    series = {
        "joined": [days_since(session, Contact.created_at, [], since)],
        "unsubscribed": [
            days_since(session, EngagementEvent.at, [EngagementEvent.kind == "unsubscribe"], since),
            days_since(session, BounceRecord.received_at, [feedback, opt_out], since),
        ],
        "bounced": [days_since(session, BounceRecord.received_at, [BounceRecord.kind == "bounce"],
                               since)],
        "complained": [days_since(session, BounceRecord.received_at, [feedback, ~opt_out], since)],
    }  # fmt: skip
    totals: dict[tuple[date, str], int] = {}
    for name, parts in series.items():
        for counts in parts:
            for day, n in counts.items():
                key = (_monday(day), name)
                totals[key] = totals.get(key, 0) + n
    week_list = tuple(
        ListWeek(monday, *(totals.get((monday, name), 0) for name in series))
        for monday in (first + timedelta(weeks=i) for i in range(weeks))
    )
    tracked = session.scalar(
        select(EngagementEvent.id).where(EngagementEvent.kind.in_(_ENGAGED)).limit(1)
    )
    subscribed = by_status.get(ContactStatus.SUBSCRIBED.value, 0)
    return ListHealth(
        contacts=sum(by_status.values()),
        by_status=by_status,
        weeks=week_list,
        no_engagement_90=_no_engagement(session, subscribed, now - timedelta(days=90))
        if tracked
        else None,
        no_engagement_180=_no_engagement(session, subscribed, now - timedelta(days=180))
        if tracked
        else None,
    )
