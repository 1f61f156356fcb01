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
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, DateTime, String, Table, bindparam, func, update
from sqlalchemy.orm import Session

from envoi.bounces.service import record_smtp_failure
from envoi.contacts.addresses import Address
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.sending_models import Delivery, DeliveryStatus

T = TypeVar("T")
_T = cast(Table, Delivery.__table__)
_OUTCOME = (
    update(_T)
    .where(_T.c.id == bindparam("b_id"))
    .values(
        status=bindparam("status"),
        smtp_code=bindparam("smtp_code"),
        smtp_reply=bindparam("smtp_reply"),
        updated_at=bindparam("updated_at"),
        next_attempt_at=bindparam("next_attempt_at", type_=DateTime()),
        sent_at=func.coalesce(bindparam("sent_at", type_=DateTime()), _T.c.sent_at),
        message_id=func.coalesce(bindparam("message_id", type_=String()), _T.c.message_id),
    )
)

CLAIMED = "claimed"
STOPPED = "stopped"  # the campaign is no longer running (paused elsewhere, cancelled)


@dataclass(frozen=True, slots=True)
class Outcome:
    delivery_id: int
    status: DeliveryStatus
    code: int | None = None
    text: str = ""
    next_attempt_at: datetime | None = None
    # A hard refusal at send time (5.1.1 user unknown...): this address bounced. It is
    # recorded as a bounce and goes through the bounce policy (status, suppression) in the
    # same transaction as the delivery's state, as a DSN for it would.
    bounce_key: str = ""
    source: str = ""  # the suppression's source: which send refused the address
    # The Message-ID of the message that went out (DATA sent): returned mail is matched by it.
    message_id: str | None = None


@dataclass(slots=True)
class _Claim:
    delivery_id: int
    address: Address
    future: asyncio.Future[str]


class Recorder:
    def __init__(self, store: Store, campaign_id: int, executor: Executor) -> None:
        self._store = store
        self._campaign_id = campaign_id
        self._executor = executor
        self._pending: list[Outcome | _Claim] = []
        self._wake = asyncio.Event()
        self._closed = False
        # Cleared by the engine when it stops: later claims are refused without a query.
        self.accepting = True
        self.commits = 0
        # Items handed in and items written: ``written`` waits for the second to catch up.
        self._handed = 0
        self._done = 0
        self._progress = asyncio.Event()

    async def in_db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def record(self, outcome: Outcome) -> None:
        self._pending.append(outcome)
        self._handed += 1
        self._wake.set()

    async def written(self) -> None:
        """Wait until everything recorded or claimed so far is in the database: reading the
        rows back before that (what is left to retry?) would miss an outcome still pending,
        which on a loaded machine, where the writes lag, ended a run before its retries."""
        target = self._handed
        while self._done < target:
            self._progress.clear()
            await self._progress.wait()

    def claim(self, delivery_id: int, address: Address) -> asyncio.Future[str]:
        """The verdict (``CLAIMED`` or ``STOPPED``), once the claim is committed."""
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pending.append(_Claim(delivery_id, address, future))
        self._handed += 1
        self._wake.set()
        return future

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
                self._done += len(batch)
                self._progress.set()
            if self._closed and not self._pending:
                return

    async def close(self) -> None:
        """Write what is pending and stop (call after the workers have finished)."""
        self._closed = True
        self._wake.set()

    def _write(self, batch: list[Outcome | _Claim]) -> list[tuple[_Claim, str]]:
        # Core statements on one connection: this runs a few hundred times a second, and
        # the ORM's unit of work would cost more than the SQL itself.
        now = utc_now()
        outcomes = [b for b in batch if isinstance(b, Outcome)]
        claims = [b for b in batch if isinstance(b, _Claim)]
        # Read once: the loop may stop between the UPDATE and the verdicts, and a row marked
        # ``sending`` must be answered CLAIMED (or it would stay ``sending``, never sent).
        accepting = self.accepting
        with self._store.engine.begin() as conn:
            if outcomes:
                conn.execute(_OUTCOME, [self._outcome_row(o, now) for o in outcomes])
                bounced = [o for o in outcomes if o.bounce_key]
                if bounced:
                    self._record_bounces(conn, bounced)
            if claims and accepting:
                conn.execute(
                    update(_T)
                    .where(_T.c.id.in_([c.delivery_id for c in claims]))
                    .values(
                        status=DeliveryStatus.SENDING.value, attempts=_T.c.attempts + 1,
                        updated_at=now,
                    )
                )  # fmt: skip
        self.commits += 1
        verdict = CLAIMED if accepting else STOPPED
        return [(c, verdict) for c in claims]

    def _record_bounces(self, conn: Connection, bounced: list[Outcome]) -> None:
        # A session on the recorder's connection joins its transaction (and never commits
        # it): the bounce records, the contact's status and the delivery rows go together.
        with Session(bind=conn) as session:
            for o in bounced:
                record_smtp_failure(
                    session, o.bounce_key, o.code if o.code is not None else "", None, o.text,
                    campaign_id=self._campaign_id, source=o.source[:200],
                )  # fmt: skip
            session.flush()

    @staticmethod
    def _outcome_row(o: Outcome, now: datetime) -> dict[str, Any]:
        return {
            "b_id": o.delivery_id,
            "status": o.status.value,
            "smtp_code": o.code,
            "smtp_reply": o.text[:2000],
            "updated_at": now,
            "next_attempt_at": o.next_attempt_at,
            "sent_at": now if o.status is DeliveryStatus.SENT else None,
            "message_id": o.message_id,
        }
