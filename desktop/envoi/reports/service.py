"""`Reports`: the report functions over a store, one session per question (for the window's
worker pool and the command line)."""

from __future__ import annotations

from datetime import timedelta, tzinfo

from envoi.reports.deliveries import DeliveryCounts, delivery_counts
from envoi.reports.returned import BounceDay, ReturnedRates, bounce_days, returned_rates
from envoi.store.clock import utc_now
from envoi.store.engine import Store


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
