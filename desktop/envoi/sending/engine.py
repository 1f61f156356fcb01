"""The sending engine: a bounded queue feeding N workers, one reused SMTP connection each.

Per message: build the bytes, wait for the profile's limiter, claim the delivery (committed
as ``sending``), send, and hand the reply to the source. Pause, cancel and auto-pause stop
the workers between messages; what was not claimed stays ``queued`` in the database.

The engine reads and writes its work only through a `CampaignSource` (``envoi.sending.
source``), built by its caller: a campaign's delivery rows, an A/B variant, a flow's step.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from envoi.events import Finished, Progress, Publisher
from envoi.sending.build_pool import BuildError, BuildPool
from envoi.sending.campaign_rows import QueuedItem
from envoi.sending.engine_state import (
    EngineOptions,
    RunState,
    SendStats,
    failures_reason,
    outcome_of,
    rates_reason,
)
from envoi.sending.limits import LimitWaitTooLong, RateLimiter
from envoi.sending.messages import MessageFactory, message_id_of
from envoi.sending.recorder import CLAIMED, Outcome
from envoi.sending.source import CampaignSource
from envoi.sending.transport import ConnectError, Connection, Reply, ReplyKind, Transport
from envoi.store.clock import utc_now
from envoi.store.sending_models import CampaignStatus, DeliveryStatus

__all__ = ["CampaignEngine", "EngineOptions", "SendStats", "rates_reason"]


@dataclass(slots=True)
class _Worker:
    connection: Connection | None = None
    used: int = 0


class CampaignEngine:
    def __init__(
        self,
        source: CampaignSource,
        transport: Transport,
        factory: MessageFactory,
        limiter: RateLimiter,
        *,
        sender: str,
        options: EngineOptions | None = None,
        publisher: Publisher | None = None,
        on_stats: Callable[[SendStats], None] | None = None,
        builder: BuildPool | None = None,
    ) -> None:
        """The engine owns ``source`` from here: `run` closes it (and ``builder``)."""
        self._source = source
        self.campaign_id = source.campaign_id
        self._transport = transport
        self._factory = factory
        self._limiter = limiter
        self._sender = sender
        self.options = options or EngineOptions()
        self._publisher = publisher
        self._on_stats = on_stats
        self._builder = builder
        self._queue: asyncio.Queue[QueuedItem] = asyncio.Queue(maxsize=4 * self.options.connections)
        self._stop = asyncio.Event()
        self._final: tuple[str, str] | None = None
        self._crash: BaseException | None = None
        self._state = RunState()
        self._down_since: float | None = None
        self._deadline = datetime.max
        self._next_due: datetime | None = None

    # -- control -------------------------------------------------------------------------

    def stop(self, status: CampaignStatus, reason: str) -> None:
        """Ask the run to end with ``status`` (the first reason given wins)."""
        if self._final is None:
            self._final = (status.value, reason)
        self._source.stop_claiming()
        self._stop.set()

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        if self._crash is None:
            self._crash = task.exception()
        self.stop(CampaignStatus.PAUSED, f"Sending stopped on an error: {self._crash}")

    def pause(self, reason: str = "Paused by the user.") -> None:
        self.stop(CampaignStatus.PAUSED, reason)

    def cancel(self) -> None:
        self.stop(CampaignStatus.CANCELLED, "Cancelled by the user.")

    def stats(self) -> SendStats:
        rate = self._state.rate(time.monotonic())
        status, reason = self._final or (CampaignStatus.RUNNING.value, "")
        return SendStats(self.campaign_id, status, dict(self._state.counts), rate, reason)

    # -- the run ---------------------------------------------------------------------------

    async def run(self, *, resume: bool = False) -> SendStats:
        try:
            self._deadline, self._state.counts = await self._source.begin(resume)
            writer = asyncio.create_task(self._source.write())
            helpers = [
                asyncio.create_task(self._control()),
                asyncio.create_task(self._progress()),
                asyncio.create_task(self._watch_rates()),
            ]
            producer = asyncio.create_task(self._produce())
            workers = [
                asyncio.create_task(self._work(_Worker())) for _ in range(self.options.connections)
            ]
            for task in (writer, producer, *workers, helpers[0]):
                task.add_done_callback(self._on_task_done)
            try:
                await self._wait_stop(asyncio.shield(producer))
            finally:
                self._stop.set()
                producer.cancel()
                await asyncio.gather(producer, *workers, return_exceptions=True)
                for task in helpers:
                    task.cancel()
                await asyncio.gather(*helpers, return_exceptions=True)
                await self._source.end_writes()
                await asyncio.gather(writer, return_exceptions=True)
            if self._crash is not None:
                # A fault of the database or a bug: rows in ``sending`` stay so and become
                # ``unknown`` at the next start; the caller shows the error.
                raise self._crash
            self._final, self._state.counts = await self._source.finish(self._final, self._next_due)
            self._emit(final=True)
            return self.stats()
        finally:
            if self._builder is not None:
                self._builder.close()
            self._source.close()

    async def _control(self) -> None:
        """Notice a pause or cancel made elsewhere (another window, `envoi campaigns pause`)."""
        while not self._stop.is_set():
            if not await self._source.still_running():
                self._source.stop_claiming()
                self._stop.set()
                return
            await asyncio.sleep(0.5)

    async def _progress(self) -> None:
        while True:
            await asyncio.sleep(self.options.progress_interval)
            self._emit(final=False)

    def _emit(self, *, final: bool) -> None:
        stats = self.stats()
        if self._on_stats is not None:
            self._on_stats(stats)
        if self._publisher is not None:
            task = f"campaign:{self.campaign_id}"
            if final:
                self._publisher.publish(Finished(task, stats.status))
            else:
                message = f"{stats.counts.get('sent', 0)} sent, {stats.rate:.0f}/s"
                self._publisher.publish(Progress(task, stats.done, stats.total, message))

    async def _watch_rates(self) -> None:
        """Auto-pause on the campaign's bounce and complaint rates, off the workers' path:
        the query runs on the source's database thread, every so many messages or seconds."""
        o = self.options
        checked_sent, checked_at = 0, time.monotonic()
        tick = max(0.05, min(1.0, o.rates_interval))
        while not self._stop.is_set():
            await self._wait_stop(self._stop.wait(), timeout=tick)
            sent = self._state.counts.get("sent", 0)
            now = time.monotonic()
            if self._stop.is_set() or sent < o.rates_min_sent:
                continue
            if sent - checked_sent < o.rates_every and now - checked_at < o.rates_interval:
                continue
            checked_sent, checked_at = sent, now
            try:
                rates = await self._source.returned_rates(sent)
            except Exception:  # a failed read must not stop a good send
                continue
            reason = rates_reason(rates.bounce, rates.complaint, sent, o)
            if reason:
                self.stop(CampaignStatus.PAUSED, reason)
                return

    # -- producer --------------------------------------------------------------------------

    async def _wait_stop(self, awaitable: Any, timeout: float | None = None) -> bool:
        """Wait for ``awaitable`` or a stop; True if it finished first."""
        task = asyncio.ensure_future(awaitable)
        stopper = asyncio.create_task(self._stop.wait())
        done, _ = await asyncio.wait(
            {task, stopper}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        pending = [t for t in (task, stopper) if t not in done]
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return task in done

    async def _produce(self) -> None:
        after_id = 0
        while not self._stop.is_set():
            items, skipped = await self._source.fetch(after_id, self.options.page_size)
            for item in skipped:
                self._state.count(item, DeliveryStatus.SKIPPED.value)
            if self._builder is not None and items:
                built = self._builder.submit([i.recipient for i in items])
                items = [replace(i, message=m) for i, m in zip(items, built, strict=True)]
            if skipped and not items:
                after_id = skipped[-1].recipient.delivery_id
                continue
            for item in items:
                if self._stop.is_set():
                    return
                if not self._queue.full():
                    self._queue.put_nowait(item)  # without the two tasks of a wait
                elif not await self._wait_stop(self._queue.put(item)):
                    return
            if items:
                after_id = items[-1].recipient.delivery_id
                continue
            # One pass done: let the workers finish, then look for retries.
            if not await self._wait_stop(self._queue.join()):
                return
            queued, next_due = await self._source.remaining()
            if queued:
                after_id = 0
                continue
            if next_due is None:
                return
            if not self.options.wait_for_deferred:
                self._next_due = next_due
                return
            delay = max(0.0, (next_due - utc_now()).total_seconds())
            await self._wait_stop(self._stop.wait(), timeout=delay + 0.01)
            after_id = 0

    # -- workers ---------------------------------------------------------------------------

    async def _work(self, worker: _Worker) -> None:
        try:
            while not self._stop.is_set():
                if self._queue.empty():
                    getter = asyncio.ensure_future(self._queue.get())
                    if not await self._wait_stop(getter):
                        return
                    item = getter.result()
                else:  # the usual case, without the two tasks of a wait
                    item = self._queue.get_nowait()
                try:
                    await self._deliver(worker, item)
                finally:
                    self._queue.task_done()
        finally:
            if worker.connection is not None:
                await worker.connection.close()

    async def _connection(self, worker: _Worker) -> Connection | None:
        connection = worker.connection
        if (
            connection is not None
            and worker.used < self.options.per_connection
            and getattr(connection, "usable", True)
        ):
            return connection
        if worker.connection is not None:
            await worker.connection.close()
            worker.connection = None
        backoff = 0.2
        while not self._stop.is_set():
            try:
                worker.connection = await self._transport.connect()
                worker.used = 0
                self._down_since = None
                return worker.connection
            except ConnectError as exc:
                reason = f"{exc.user_message} {exc.hint}".strip()
                if exc.fatal:
                    self.stop(CampaignStatus.PAUSED, reason)
                    return None
                now = time.monotonic()
                self._down_since = self._down_since or now
                if now - self._down_since > self.options.server_down_timeout:
                    minutes = self.options.server_down_timeout / 60
                    self.stop(
                        CampaignStatus.PAUSED,
                        f"The server has not answered for {minutes:.0f} min. {reason}",
                    )
                    return None
                await self._wait_stop(self._stop.wait(), timeout=backoff)
                backoff = min(backoff * 2, 5.0)
        return None

    async def _drop(self, worker: _Worker) -> None:
        if worker.connection is not None:
            await worker.connection.close()
            worker.connection = None

    async def _deliver(self, worker: _Worker, item: QueuedItem) -> None:
        recipient = item.recipient
        try:
            if item.message is not None:
                message = await item.message
            else:
                message = self._factory.build(recipient)
        except Exception as exc:  # a template error must not stop the whole campaign
            text = str(exc) if isinstance(exc, BuildError) else f"message could not be built: {exc}"
            self._record(item, Outcome(recipient.delivery_id, DeliveryStatus.FAILED, None, text))
            return
        message_id = message_id_of(message)
        for _ in range(3):
            connection = await self._connection(worker)
            if connection is None:
                return
            try:
                await self._limiter.acquire(self.options.max_limit_wait)
            except LimitWaitTooLong as exc:
                self.stop(
                    CampaignStatus.PAUSED,
                    f"The profile's {exc.which} limit is reached; resume in "
                    f"{exc.wait / 60:.0f} min or raise the limit.",
                )
                return
            # The claim's commit runs while MAIL and RCPT go out; DATA waits for it, so the
            # row is committed as ``sending`` before the message can reach the server.
            claim = self._source.claim(recipient.delivery_id, item.address)
            try:
                refused = await connection.begin(self._sender, recipient.email)
            finally:
                verdict = await claim
            if verdict != CLAIMED:
                if refused is None:
                    await connection.reset()
                return
            reply = refused or await connection.data(message)
            worker.used += 1
            if reply.kind is ReplyKind.NOT_SENT:
                # Nothing reached the server: give the row back and try on a new connection.
                self._state.dropped_in_a_row += 1
                if self._state.dropped_in_a_row >= self.options.max_dropped_in_a_row:
                    self.stop(
                        CampaignStatus.PAUSED,
                        "The server keeps closing the connection before accepting messages "
                        f"({reply.text}). Check the profile, or try again later.",
                    )
                self._source.record(
                    Outcome(recipient.delivery_id, DeliveryStatus.QUEUED, None, reply.text)
                )
                await self._drop(worker)
                continue
            self._state.dropped_in_a_row = 0
            self._handle(item, reply, message_id if refused is None else None)
            if reply.closes_connection:
                await self._drop(worker)
            return

    def _record(self, item: QueuedItem, outcome: Outcome) -> None:
        self._source.record(outcome)
        self._state.count(item, outcome.status.value)

    def _handle(self, item: QueuedItem, reply: Reply, message_id: str | None = None) -> None:
        if reply.slow_down:
            self._limiter.slow_down()
        if reply.kind is ReplyKind.SENT:
            self._limiter.succeeded()
        o = self.options
        state = self._state
        outcome = outcome_of(item, reply, message_id, state, o, self._deadline, self.campaign_id)
        self._record(item, outcome)
        if reply.kind is ReplyKind.FAILED:
            reason = failures_reason(reply, state, o)
            if reason:
                self.stop(CampaignStatus.PAUSED, reason)
