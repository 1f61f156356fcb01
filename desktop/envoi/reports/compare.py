"""Compare campaigns: the last N sent, newest first, each with its key rates and their
change against the campaign sent before it (in the same filtered list), filtered by date,
list and template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from envoi.reports.campaign import CampaignReport, campaign_report
from envoi.store.sending_models import Campaign

RATES = (
    "acceptance_rate",
    "bounce_rate",
    "complaint_rate",
    "unsubscribe_rate",
    "open_rate",
    "click_rate",
    "click_to_open",
)


@dataclass(frozen=True, slots=True)
class CompareRow:
    campaign_id: int
    name: str
    started_at: datetime | None
    template: str
    lists: tuple[str, ...]
    audience: int
    accepted: int
    rates: dict[str, float | None]  # RATES -> value (None: not measured)
    change: dict[str, float | None]  # RATES -> this minus the previous one's (None: no pair)

    def to_json(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id, "name": self.name,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "template": self.template, "lists": list(self.lists), "audience": self.audience,
            "accepted": self.accepted, "rates": self.rates, "change": self.change,
        }  # fmt: skip


def _lists(audience: Any) -> tuple[str, ...]:
    lists = audience.get("lists", []) if isinstance(audience, dict) else []
    return tuple(str(x) for x in lists)


def compare(
    session: Session,
    last: int = 10,
    *,
    since: datetime | None = None,
    list_name: str | None = None,
    template: str | None = None,
) -> list[CompareRow]:
    query = (
        select(Campaign.id, Campaign.audience, Campaign.template)
        .where(Campaign.started_at.is_not(None))
        .order_by(Campaign.started_at.desc(), Campaign.id.desc())
    )
    if since is not None:
        query = query.where(Campaign.started_at >= since)
    if template:
        query = query.where(Campaign.template == template)
    chosen = [
        int(cid)
        for cid, audience, _t in session.execute(query)
        if not list_name or list_name in _lists(audience)
    ]
    # One more than asked: the oldest shown gets its change against the one before it.
    reports: list[tuple[CampaignReport, tuple[str, ...], str]] = []
    for cid in chosen[: last + 1]:
        campaign = session.get(Campaign, cid)
        if campaign is None:  # deleted meanwhile
            continue
        reports.append(
            (campaign_report(session, cid, detail=False), _lists(campaign.audience),
             campaign.template)
        )  # fmt: skip
    rows = []
    for n, (report, lists, tmpl) in enumerate(reports[:last]):
        rates = {name: getattr(report, name) for name in RATES}
        before = reports[n + 1][0] if n + 1 < len(reports) else None
        change: dict[str, float | None] = {}
        for name in RATES:
            old = getattr(before, name) if before is not None else None
            now = rates[name]
            change[name] = now - old if now is not None and old is not None else None
        rows.append(
            CompareRow(report.campaign_id, report.name, report.started_at, tmpl, lists,
                       report.audience, report.accepted, rates, change)
        )  # fmt: skip
    return rows
