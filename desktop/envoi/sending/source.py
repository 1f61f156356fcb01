"""Where an engine run reads its work and writes its outcomes: the `CampaignSource` seam.

The engine sees the database only through this Protocol (listmonk's ``DataSource`` idea), so
a campaign's frozen delivery rows (`DeliveryRowsSource`, built by `runner.build_engine`),
a variant of an A/B test or a step of an automation flow feed the same engine. The
exactly-once guarantee is the source's to keep, whatever it reads:

- ``begin`` takes the run with one compare-and-set (of two senders, one gets it);
- ``claim`` answers only once the delivery is committed as in flight, and everything
  ``record``-ed before it is committed with it (a crash leaves at most one unknown
  delivery per connection, never a resend);
- after ``stop_claiming``, claims are refused, and ``finish`` writes how the run ended.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Protocol

from envoi.contacts.addresses import Address
from envoi.reports.returned import ReturnedRates, returned_rates
from envoi.sending.campaign_rows import CampaignRows, QueuedItem
from envoi.sending.recorder import Outcome, Recorder
from envoi.store.engine import Store
from envoi.store.sending_models import CampaignStatus

Counts = dict[str, int]


class CampaignSource(Protocol):
    """One run's recipients and the record of what happened to each."""

    @property
    def campaign_id(self) -> int: ...

    async def begin(self, resume: bool) -> tuple[datetime, Counts]:
        """Take the run (refused if another has it); the retry deadline and the counts."""
        ...

    async def write(self) -> None:
        """Commit claims and outcomes as they come, until ``end_writes`` (run as a task)."""
        ...

    async def fetch(self, after_id: int, limit: int) -> tuple[list[QueuedItem], list[QueuedItem]]:
        """The next recipients after ``after_id`` ready to go, and those skipped since the
        audience was chosen (already marked so)."""
        ...

    async def remaining(self) -> tuple[int, datetime | None]:
        """Recipients still queued, and when the next deferred one is due."""
        ...

    async def still_running(self) -> bool:
        """Say the run is alive; False when it was paused or cancelled elsewhere."""
        ...

    def claim(self, delivery_id: int, address: Address) -> asyncio.Future[str]:
        """``CLAIMED`` once committed as in flight, or ``STOPPED``."""
        ...

    def record(self, outcome: Outcome) -> None:
        """Queue an outcome; it is committed no later than the next claim."""
        ...

    def stop_claiming(self) -> None:
        """Refuse later claims without asking the database."""
        ...

    async def returned_rates(self, sent: int) -> ReturnedRates:
        """The (bounce, complaint) rates of the mail returned so far."""
        ...

    async def end_writes(self) -> None:
        """Write what is pending and let ``write`` return (after the workers are done)."""
        ...

    async def finish(
        self, final: tuple[str, str] | None, next_due: datetime | None
    ) -> tuple[tuple[str, str], Counts]:
        """Record how the run ended; its (status, reason) and the counts."""
        ...

    def close(self) -> None:
        """Release what the source holds (its database thread)."""
        ...


class DeliveryRowsSource:
    """A campaign's delivery rows, read and written on one database thread of its own."""

    def __init__(self, store: Store, campaign_id: int) -> None:
        self._store = store
        self._campaign_id = campaign_id
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"envoi-send-{campaign_id}")
        self._rows = CampaignRows(store, campaign_id)
        self._recorder = Recorder(store, campaign_id, self._executor)

    @property
    def campaign_id(self) -> int:
        return self._campaign_id

    async def begin(self, resume: bool) -> tuple[datetime, Counts]:
        return await self._recorder.in_db(self._rows.begin, resume)

    async def write(self) -> None:
        await self._recorder.run()

    async def fetch(self, after_id: int, limit: int) -> tuple[list[QueuedItem], list[QueuedItem]]:
        return await self._recorder.in_db(self._rows.fetch, after_id, limit)

    async def remaining(self) -> tuple[int, datetime | None]:
        await self._recorder.written()  # what is left, once every outcome so far is written
        return await self._recorder.in_db(self._rows.remaining)

    async def still_running(self) -> bool:
        status = await self._recorder.in_db(self._rows.heartbeat)
        return status == CampaignStatus.RUNNING.value

    def claim(self, delivery_id: int, address: Address) -> asyncio.Future[str]:
        return self._recorder.claim(delivery_id, address)

    def record(self, outcome: Outcome) -> None:
        self._recorder.record(outcome)

    def stop_claiming(self) -> None:
        self._recorder.accepting = False

    async def returned_rates(self, sent: int) -> ReturnedRates:
        return await self._recorder.in_db(self._rates, sent)

    def _rates(self, sent: int) -> ReturnedRates:
        with self._store.session() as s:
            return returned_rates(s, self._campaign_id, sent)

    async def end_writes(self) -> None:
        await self._recorder.close()

    async def finish(
        self, final: tuple[str, str] | None, next_due: datetime | None
    ) -> tuple[tuple[str, str], Counts]:
        return await self._recorder.in_db(self._rows.finish, final, next_due)

    def close(self) -> None:
        self._executor.shutdown(wait=True)
