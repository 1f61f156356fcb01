"""Alerts: rules over the reports that warn before it goes wrong.

Each rule reads a campaign's report or its per-provider rows and gives an `Alert` with a
stable key (rule, campaign, provider): an alert a user acknowledged stays quiet while it
holds, and says nothing new until it stops holding and comes back. The rules' thresholds
have defaults (the sending engine's pause rates are their "critical" level) that a user
may change; both live in the settings table.

Rules: a campaign's bounce rate (2 %, critical at 5 %), complaint rate (0.1 %, Gmail's
guidance; critical at 0.3 %), unsubscribe rate (a spike: 1 %), and per provider the
bounce rate and the share of deliveries deferred (20 %; over the last 10 minutes of a
campaign still sending, over the whole campaign otherwise). Rates count only once enough
messages went (``min_sent``) so that two bounces in ten messages do not cry wolf.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from envoi.reports.campaign import CampaignReport, campaign_report
from envoi.reports.providers import PROVIDER_NAMES, Provider, ProviderRow, provider_rows
from envoi.store.clock import utc_now
from envoi.store.sending_models import Campaign
from envoi.store.settings import get_dict, put_setting

RULES_SETTING = "reports.alert_rules"
ACKNOWLEDGED_SETTING = "reports.alerts_acknowledged"


@dataclass(frozen=True, slots=True)
class AlertRules:
    bounce_rate: float = 0.02
    bounce_rate_critical: float = 0.05
    complaint_rate: float = 0.001
    complaint_rate_critical: float = 0.003
    unsubscribe_rate: float = 0.01
    provider_deferral_rate: float = 0.20
    provider_window_minutes: int = 10
    min_sent: int = 100  # messages tried before a campaign's rates count
    provider_min_sent: int = 20  # ... and a provider's
    days: int = 30  # campaigns started this recently (or still sending) are watched

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AlertRules:
        """Known keys of the right type; anything else keeps its default."""
        rules = cls()
        for f in fields(cls):
            value = data.get(f.name)
            default = getattr(rules, f.name)
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                rules = replace(rules, **{f.name: type(default)(value)})
        return rules


@dataclass(frozen=True, slots=True)
class Alert:
    key: str  # rule:campaign[:provider], stable while the cause holds
    rule: str  # bounce_rate, complaint_rate, unsubscribe_rate, provider_bounce_rate,
    #            provider_deferral_rate
    severity: str  # warning | critical
    campaign_id: int
    campaign: str
    provider: str  # a Provider value, "" for a campaign's rule
    value: float
    threshold: float
    acknowledged: bool = False

    @property
    def text(self) -> str:
        """One English sentence (the command line's; the window writes its own words)."""
        who = (
            f"{PROVIDER_NAMES.get(_provider(self.provider), self.provider)} on "
            if self.provider
            else ""
        )
        what = {
            "bounce_rate": "bounce rate",
            "complaint_rate": "complaint rate",
            "unsubscribe_rate": "unsubscribe rate",
            "provider_bounce_rate": "bounce rate",
            "provider_deferral_rate": "deferral rate",
        }[self.rule]
        return (
            f"{who}{self.campaign}: {what} {self.value * 100:.2f}% "
            f"(over {self.threshold * 100:.2f}%)"
        )

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "text": self.text}


def _provider(value: str) -> Provider:
    try:
        return Provider(value)
    except ValueError:
        return Provider.OTHER


def _over(
    rule: str,
    report: CampaignReport,
    value: float | None,
    warn: float,
    critical: float | None = None,
    provider: str = "",
) -> Alert | None:
    if value is None or value <= warn:
        return None
    severity = "critical" if critical is not None and value > critical else "warning"
    key = f"{rule}:{report.campaign_id}" + (f":{provider}" if provider else "")
    return Alert(key, rule, severity, report.campaign_id, report.name, provider, value,
                 critical if severity == "critical" and critical is not None else warn)  # fmt: skip


def campaign_alerts(
    report: CampaignReport, providers: list[ProviderRow], rules: AlertRules
) -> list[Alert]:
    """The rules over one campaign's report and its provider rows (a pure function)."""
    found: list[Alert | None] = []
    if report.attempted >= rules.min_sent:
        found += [
            _over("bounce_rate", report, report.bounce_rate, rules.bounce_rate,
                  rules.bounce_rate_critical),
            _over("complaint_rate", report, report.complaint_rate, rules.complaint_rate,
                  rules.complaint_rate_critical),
            _over("unsubscribe_rate", report, report.unsubscribe_rate, rules.unsubscribe_rate),
        ]  # fmt: skip
    for row in providers:
        if row.attempted < rules.provider_min_sent:
            continue
        found += [
            _over("provider_bounce_rate", report, row.bounce_rate, rules.bounce_rate,
                  rules.bounce_rate_critical, row.provider),
            _over("provider_deferral_rate", report, row.deferral_rate,
                  rules.provider_deferral_rate, None, row.provider),
        ]  # fmt: skip
    return [a for a in found if a is not None]


def load_rules(session: Session) -> AlertRules:
    return AlertRules.from_json(get_dict(session, RULES_SETTING))


def save_rules(session: Session, rules: AlertRules) -> None:
    put_setting(session, RULES_SETTING, rules.to_json())


def _acknowledged(session: Session) -> set[str]:
    return {str(k) for k in get_dict(session, ACKNOWLEDGED_SETTING).get("keys", [])}


def acknowledge(session: Session, keys: list[str], open_keys: set[str]) -> None:
    """Mark ``keys`` as seen; keys no longer open are forgotten (so they may warn again)."""
    keep = (_acknowledged(session) & open_keys) | set(keys)
    put_setting(session, ACKNOWLEDGED_SETTING, {"keys": sorted(keep)})


def open_alerts(
    session: Session,
    rules: AlertRules | None = None,
    now: datetime | None = None,
    report_of: Callable[[Session, int], CampaignReport] = campaign_report,
) -> list[Alert]:
    """Every rule over the campaigns being watched: those started in the last ``days``
    days and those still sending. Acknowledged alerts come back marked as such."""
    rules = rules or load_rules(session)
    now = now or utc_now()
    watched = session.scalars(
        select(Campaign.id)
        .where(
            or_(
                Campaign.status == "running",
                Campaign.started_at >= now - timedelta(days=rules.days),
            )
        )
        .order_by(Campaign.id)
    ).all()
    seen = _acknowledged(session)
    alerts: list[Alert] = []
    for campaign_id in watched:
        report = report_of(session, int(campaign_id))
        since = (
            now - timedelta(minutes=rules.provider_window_minutes)
            if report.status == "running"
            else None
        )
        rows = provider_rows(session, int(campaign_id), since=since)
        alerts += campaign_alerts(report, rows, rules)
    return [replace(a, acknowledged=a.key in seen) for a in alerts]


NOTIFIED_SETTING = "reports.alerts_notified"


def newly_open(session: Session, alerts: list[Alert]) -> list[Alert]:
    """The open alerts not told about yet (nor acknowledged); remembers them, and forgets
    those no longer open, so that an alert is told once while it stays open and again
    if it comes back."""
    told = {str(k) for k in get_dict(session, NOTIFIED_SETTING).get("keys", [])}
    open_keys = {a.key for a in alerts}
    new = [a for a in alerts if a.key not in told and not a.acknowledged]
    keep = (told & open_keys) | {a.key for a in new}
    put_setting(session, NOTIFIED_SETTING, {"keys": sorted(keep)})
    return new
