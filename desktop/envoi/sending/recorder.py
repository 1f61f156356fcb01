"""Group commit of delivery states: the crash-safety rule at the speed of a few commits.

Workers ``record`` outcomes (no wait) and ``claim`` their next delivery (wait for the
commit). Everything pending is written in one transaction on the engine's database thread,
in order, so when a claim returns, the worker's previous outcome is committed too: at any
moment each worker has at most one row in ``sending`` whose fate the database does not know,
and a crash leaves at most N (connections) unknown deliveries. A row is marked ``sent`` only
from an outcome, that is after the server's reply.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from envoi.contacts.addresses import Address
from envoi.contacts.suppression import suppressed_keys
from envoi.sending.campaigns import utcnow
from envoi.store.engine import Store
from envoi.store.sending_models import (
    Campaign,
    CampaignStatus,
    Delivery,
    DeliveryStatus,
    SendCounter,
)

T = TypeVar("T")

CLAIMED = "claimed"
SKIPPED = "skipped"  # suppressed since the audience was frozen
STOPPED = "stopped"  # the campaign is no longer running (paused elsewhere, cancelled)


@dataclass(frozen=True, slots=True)
class Outcome:
    delivery_id: int
    status: DeliveryStatus
    code: int | None = None
    text: str = ""
    next_attempt_at: datetime | None = None


@dataclass(slots=True)
class _Claim:
    delivery_id: int
    address: Address
    minute: int
    future: asyncio.Future[str]


class Recorder:
    def __init__(
        self, store: Store, campaign_id: int, profile_id: int | None, executor: Executor
    ) -> None:
        self._store = store
        self._campaign_id = campaign_id
        self._profile_id = profile_id
        self._executor = executor
        self._pending: list[Outcome | _Claim] = []
        self._wake = asyncio.Event()
        self._closed = False
        self.campaign_status = CampaignStatus.RUNNING.value
        self.commits = 0

    async def in_db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def record(self, outcome: Outcome) -> None:
        self._pending.append(outcome)
        self._wake.set()

    async def claim(self, delivery_id: int, address: Address, minute: int) -> str:
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pending.append(_Claim(delivery_id, address, minute, future))
        self._wake.set()
        return await future

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            batch, self._pending = self._pending, []
            if batch:
                try:
                    results = await self.in_db(self._write, batch)
                except BaseException as exc:
                    for item in batch:
                        if isinstance(item, _Claim) and not item.future.done():
                            item.future.set_exception(exc)
                    raise
                for claim, verdict in results:
                    if not claim.future.done():
                        claim.future.set_result(verdict)
            if self._closed and not self._pending:
                return

    async def close(self) -> None:
        """Write what is pending and stop (call after the workers have finished)."""
        self._closed = True
        self._wake.set()

    def _write(self, batch: list[Outcome | _Claim]) -> list[tuple[_Claim, str]]:
        now = utcnow()
        outcomes = [b for b in batch if isinstance(b, Outcome)]
        claims = [b for b in batch if isinstance(b, _Claim)]
        results: list[tuple[_Claim, str]] = []
        with self._store.session() as s:
            if outcomes:
                s.execute(update(Delivery), [self._outcome_row(o, now) for o in outcomes])
            status = s.scalar(select(Campaign.status).where(Campaign.id == self._campaign_id))
            self.campaign_status = str(status)
            if claims:
                results = self._claim(s, claims, now, running=status == "running")
            s.execute(
                update(Campaign).where(Campaign.id == self._campaign_id).values(heartbeat_at=now)
            )
        self.commits += 1
        return results

    @staticmethod
    def _outcome_row(o: Outcome, now: datetime) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": o.delivery_id,
            "status": o.status.value,
            "smtp_code": o.code,
            "smtp_reply": o.text[:2000],
            "updated_at": now,
            "next_attempt_at": o.next_attempt_at,
            "sent_at": now if o.status is DeliveryStatus.SENT else None,
        }
        return row

    def _claim(
        self, s: Session, claims: list[_Claim], now: datetime, *, running: bool
    ) -> list[tuple[_Claim, str]]:
        if not running:
            return [(c, STOPPED) for c in claims]
        gone = suppressed_keys(s, [c.address for c in claims])
        results: list[tuple[_Claim, str]] = []
        claimed: list[int] = []
        skipped: list[int] = []
        per_minute: dict[int, int] = {}
        for c in claims:
            if c.address.key in gone:
                skipped.append(c.delivery_id)
                results.append((c, SKIPPED))
            else:
                claimed.append(c.delivery_id)
                per_minute[c.minute] = per_minute.get(c.minute, 0) + 1
                results.append((c, CLAIMED))
        if claimed:
            s.execute(
                update(Delivery)
                .where(Delivery.id.in_(claimed))
                .values(
                    status=DeliveryStatus.SENDING.value,
                    attempts=Delivery.attempts + 1,
                    updated_at=now,
                )
            )
        if skipped:
            s.execute(
                update(Delivery)
                .where(Delivery.id.in_(skipped))
                .values(
                    status=DeliveryStatus.SKIPPED.value,
                    smtp_reply="suppressed after the audience was frozen",
                    updated_at=now,
                )
            )
        if per_minute and self._profile_id is not None:
            self._count(s, per_minute)
        return results

    def _count(self, s: Session, per_minute: dict[int, int]) -> None:
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        for minute, n in per_minute.items():
            stmt = insert(SendCounter).values(profile_id=self._profile_id, minute=minute, count=n)
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=["profile_id", "minute"],
                    set_={"count": SendCounter.count + stmt.excluded.count},
                )
            )
