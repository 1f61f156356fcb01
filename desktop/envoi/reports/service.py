"""`Reports`: the report functions over a store, one session per question (for the window's
worker pool and the command line)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select

from envoi.reports import alerts as alert_rules
from envoi.reports.alerts import Alert, AlertRules
from envoi.reports.campaign import CampaignNotFound, CampaignReport, campaign_report
from envoi.reports.compare import CompareRow, compare
from envoi.reports.deliveries import DeliveryCounts, delivery_counts
from envoi.reports.lists import ListHealth, list_health
from envoi.reports.providers import ProviderRow, Resolver, campaign_domains, look_up, provider_rows
from envoi.reports.returned import BounceDay, ReturnedRates, bounce_days, returned_rates
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.sending_models import Campaign


class Reports:
    def __init__(self, store: Store) -> None:
        self._store = store

    def delivery_counts(self, campaign_id: int) -> DeliveryCounts:
        with self._store.session() as s:
            return delivery_counts(s, campaign_id)

    def bounce_days(self, days: int = 30, tz: tzinfo | None = None) -> list[BounceDay]:
        """The last ``days`` days of returned mail, per day (in ``tz``, by default local
        time) and reason."""
        with self._store.session() as s:
            return bounce_days(s, utc_now() - timedelta(days=days), tz)

    def returned_rates(self, campaign_id: int, sent: int) -> ReturnedRates:
        with self._store.session() as s:
            return returned_rates(s, campaign_id, sent)

    def campaign_id(self, name: str) -> int:
        """The id of the campaign called ``name`` (CampaignNotFound otherwise)."""
        with self._store.session() as s:
            found = s.scalar(select(Campaign.id).where(Campaign.name == name))
        if found is None:
            raise CampaignNotFound(f"No campaign called {name!r}.")
        return int(found)

    def campaigns(self) -> list[tuple[int, str]]:
        """Campaigns that have a report (an audience frozen), newest first."""
        with self._store.session() as s:
            rows = s.execute(
                select(Campaign.id, Campaign.name)
                .where(Campaign.status != "draft")
                .order_by(Campaign.created_at.desc(), Campaign.id.desc())
            ).all()
        return [(int(i), str(n)) for i, n in rows]

    def campaign(self, campaign_id: int) -> CampaignReport:
        with self._store.session() as s:
            return campaign_report(s, campaign_id)

    def providers(self, campaign_id: int) -> list[ProviderRow]:
        with self._store.session() as s:
            return provider_rows(s, campaign_id)

    async def look_up_providers(
        self, campaign_id: int, resolver: Resolver, *, refresh: bool = False
    ) -> int:
        """Ask DNS for the MX of the campaign's recipient domains not yet known."""
        with self._store.session() as s:
            domains = campaign_domains(s, campaign_id)
        return await look_up(self._store, domains, resolver, refresh=refresh)

    def alerts(self, rules: AlertRules | None = None) -> list[Alert]:
        """Open alerts over the campaigns watched (acknowledged ones marked so)."""
        with self._store.session() as s:
            return alert_rules.open_alerts(s, rules)

    def acknowledge_alerts(self, keys: list[str]) -> None:
        with self._store.session() as s:
            still = {a.key for a in alert_rules.open_alerts(s)}
            alert_rules.acknowledge(s, keys, still)

    def alert_rules(self) -> AlertRules:
        with self._store.session() as s:
            return alert_rules.load_rules(s)

    def set_alert_rules(self, rules: AlertRules) -> None:
        with self._store.session() as s:
            alert_rules.save_rules(s, rules)

    def compare(
        self,
        last: int = 10,
        *,
        since: datetime | None = None,
        list_name: str | None = None,
        template: str | None = None,
    ) -> list[CompareRow]:
        """The last ``last`` campaigns started, newest first, with the change of each rate
        against the campaign before it."""
        with self._store.session() as s:
            return compare(s, last, since=since, list_name=list_name, template=template)

    def list_health(self, weeks: int = 12) -> ListHealth:
        with self._store.session() as s:
            return list_health(s, weeks)

    def new_alerts(self) -> list[Alert]:
        """Open alerts not told about yet (``envoi monitor run``, the window's notice)."""
        with self._store.session() as s:
            return alert_rules.newly_open(s, alert_rules.open_alerts(s))
