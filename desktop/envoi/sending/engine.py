"""The sending engine: a bounded queue feeding N workers, one reused SMTP connection each.

Per message: build the bytes, wait for the profile's limiter, claim the delivery (committed
as ``sending``), send, and hand the reply to the recorder. Pause, cancel and auto-pause stop
the workers between messages; what was not claimed stays ``queued`` in the database.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from envoi.bounces.service import BounceService
from envoi.events import Finished, Progress, Publisher
from envoi.sending.build_pool import BuildError, BuildPool
from envoi.sending.campaign_rows import CampaignRows, QueuedItem
from envoi.sending.campaigns import utcnow
from envoi.sending.explain import explain_reply
from envoi.sending.limits import LimitWaitTooLong, RateLimiter
from envoi.sending.messages import MessageFactory, message_id_of
from envoi.sending.recorder import CLAIMED, Outcome, Recorder
from envoi.sending.transport import ConnectError, Connection, Reply, ReplyKind, Transport
from envoi.store.engine import Store
from envoi.store.sending_models import CampaignStatus, DeliveryStatus


@dataclass(frozen=True, slots=True)
class EngineOptions:
    connections: int = 4
    per_connection: int = 100
    retry_base: float = 300.0  # first retry of a 4xx after this many seconds, then doubling
    retry_max: float = 4 * 3600.0
    max_consecutive_failures: int = 25
    max_failure_rate: float = 0.3
    failure_rate_min_attempts: int = 100
    server_down_timeout: float = 300.0  # keep reconnecting this long before pausing
    max_dropped_in_a_row: int = 50  # connections lost before DATA, one after the other
    max_limit_wait: float = 600.0  # a longer wait for an hourly/daily cap pauses instead
    wait_for_deferred: bool = True  # else leave them scheduled for `send-due`
    page_size: int = 500
    progress_interval: float = 0.25
    # Returned mail (bounce records of the campaign, read from the mailbox) pauses a send
    # whose list is bad: over these rates of the messages sent, once enough have gone out.
    # Checked every ``rates_every`` messages sent or ``rates_interval`` seconds.
    max_bounce_rate: float = 0.05
    max_complaint_rate: float = 0.001
    rates_min_sent: int = 200
    rates_every: int = 250
    rates_interval: float = 30.0


@dataclass(frozen=True, slots=True)
class SendStats:
    campaign_id: int
    status: str
    counts: dict[str, int]
    rate: float  # messages accepted per second, over the last few seconds
    reason: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        c = self.counts
        return c["sent"] + c["failed"] + c["unknown"] + c["skipped"]


@dataclass(slots=True)
class _Worker:
    connection: Connection | None = None
    used: int = 0


@dataclass(slots=True)
class _RunState:
    counts: dict[str, int] = field(default_factory=dict)
    consecutive_failures: int = 0
    dropped_in_a_row: int = 0
    attempted: int = 0
    failed: int = 0
    sent_times: list[float] = field(default_factory=list)


class CampaignEngine:
    def __init__(
        self,
        store: Store,
        campaign_id: int,
        transport: Transport,
        factory: MessageFactory,
        limiter: RateLimiter,
        *,
        sender: str,
        profile_id: int | None,
        options: EngineOptions | None = None,
        publisher: Publisher | None = None,
        on_stats: Callable[[SendStats], None] | None = None,
        builder: BuildPool | None = None,
        rates: Callable[[int, int], tuple[float, float]] | None = None,
    ) -> None:
        """``rates(campaign_id, sent)`` gives the (bounce, complaint) rates of returned mail;
        by default `BounceService.campaign_rates`."""
        self._store = store
        self.campaign_id = campaign_id
        self._transport = transport
        self._factory = factory
        self._limiter = limiter
        self._sender = sender
        self._profile_id = profile_id
        self.options = options or EngineOptions()
        self._publisher = publisher
        self._on_stats = on_stats
        self._builder = builder
        self._rates = rates or BounceService(store).campaign_rates
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"envoi-send-{campaign_id}")
        self._recorder = Recorder(store, campaign_id, profile_id, self._executor)
        self._rows = CampaignRows(store, campaign_id)
        self._queue: asyncio.Queue[QueuedItem] = asyncio.Queue(maxsize=4 * self.options.connections)
        self._stop = asyncio.Event()
        self._final: tuple[str, str] | None = None
        self._crash: BaseException | None = None
        self._state = _RunState()
        self._down_since: float | None = None
        self._deadline = datetime.max
        self._next_due: datetime | None = None

    # -- control -------------------------------------------------------------------------

    def stop(self, status: CampaignStatus, reason: str) -> None:
        """Ask the run to end with ``status`` (the first reason given wins)."""
        if self._final is None:
            self._final = (status.value, reason)
        self._recorder.accepting = False
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
        now = time.monotonic()
        times = self._state.sent_times
        recent = [t for t in times[-5000:] if t > now - 5.0]
        rate = len(recent) / 5.0 if recent else 0.0
        status, reason = self._final or (CampaignStatus.RUNNING.value, "")
        return SendStats(self.campaign_id, status, dict(self._state.counts), rate, reason)

    # -- the run ---------------------------------------------------------------------------

    async def run(self, *, resume: bool = False) -> SendStats:
        try:
            self._deadline, self._state.counts = await self._recorder.in_db(
                self._rows.begin, resume
            )
            recorder = asyncio.create_task(self._recorder.run())
            helpers = [
                asyncio.create_task(self._control()),
                asyncio.create_task(self._progress()),
                asyncio.create_task(self._watch_rates()),
            ]
            producer = asyncio.create_task(self._produce())
            workers = [
                asyncio.create_task(self._work(_Worker())) for _ in range(self.options.connections)
            ]
            for task in (recorder, producer, *workers, helpers[0]):
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
                await self._recorder.close()
                await asyncio.gather(recorder, return_exceptions=True)
            if self._crash is not None:
                # A fault of the database or a bug: rows in ``sending`` stay so and become
                # ``unknown`` at the next start; the caller shows the error.
                raise self._crash
            self._final, self._state.counts = await self._recorder.in_db(
                self._rows.finish, self._final, self._next_due
            )
            self._emit(final=True)
            return self.stats()
        finally:
            if self._builder is not None:
                self._builder.close()
            self._executor.shutdown(wait=True)

    async def _control(self) -> None:
        """Notice a pause or cancel made elsewhere (another window, `envoi campaigns pause`)."""
        while not self._stop.is_set():
            status = await self._recorder.in_db(self._rows.heartbeat)
            if status != CampaignStatus.RUNNING.value:
                self._recorder.accepting = False
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
        the query runs on the engine's database thread, every so many messages or seconds."""
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
                bounce, complaint = await self._recorder.in_db(self._rates, self.campaign_id, sent)
            except Exception:  # a failed read must not stop a good send
                continue
            reason = rates_reason(bounce, complaint, sent, o)
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
            items, skipped = await self._recorder.in_db(
                self._rows.fetch, after_id, self.options.page_size
            )
            for item in skipped:
                self._count(item, DeliveryStatus.SKIPPED.value)
            if self._builder is not None and items:
                built = self._builder.submit([i.recipient for i in items])
                items = [replace(i, message=m) for i, m in zip(items, built, strict=True)]
            if skipped and not items:
                after_id = skipped[-1].recipient.delivery_id
                continue
            for item in items:
                if not await self._wait_stop(self._queue.put(item)):
                    return
            if items:
                after_id = items[-1].recipient.delivery_id
                continue
            # One pass done: let the workers finish, then look for retries.
            if not await self._wait_stop(self._queue.join()):
                return
            queued, next_due = await self._recorder.in_db(self._rows.remaining)
            if queued:
                after_id = 0
                continue
            if next_due is None:
                return
            if not self.options.wait_for_deferred:
                self._next_due = next_due
                return
            delay = max(0.0, (next_due - utcnow()).total_seconds())
            await self._wait_stop(self._stop.wait(), timeout=delay + 0.01)
            after_id = 0

    # -- workers ---------------------------------------------------------------------------

    async def _work(self, worker: _Worker) -> None:
        try:
            while not self._stop.is_set():
                getter = asyncio.ensure_future(self._queue.get())
                if not await self._wait_stop(getter):
                    return
                item = getter.result()
                try:
                    await self._deliver(worker, item)
                finally:
                    self._queue.task_done()
        finally:
            if worker.connection is not None:
                await worker.connection.close()

    async def _connection(self, worker: _Worker) -> Connection | None:
        if worker.connection is not None and worker.used < self.options.per_connection:
            return worker.connection
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
                minute = await self._limiter.acquire(self.options.max_limit_wait)
            except LimitWaitTooLong as exc:
                self.stop(
                    CampaignStatus.PAUSED,
                    f"The profile's {exc.which} limit is reached; resume in "
                    f"{exc.wait / 60:.0f} min or raise the limit.",
                )
                return
            # The claim's commit runs while MAIL and RCPT go out; DATA waits for it, so the
            # row is committed as ``sending`` before the message can reach the server.
            claim = asyncio.ensure_future(
                self._recorder.claim(recipient.delivery_id, item.address, minute)
            )
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
                self._recorder.record(
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
        self._recorder.record(outcome)
        self._count(item, outcome.status.value)

    def _count(self, item: QueuedItem, status: str) -> None:
        counts = self._state.counts
        counts[item.origin] = max(0, counts.get(item.origin, 0) - 1)
        counts[status] = counts.get(status, 0) + 1

    def _handle(self, item: QueuedItem, reply: Reply, message_id: str | None = None) -> None:
        did = item.recipient.delivery_id
        state = self._state
        state.attempted += 1
        if reply.slow_down:
            self._limiter.slow_down()
        if reply.kind is ReplyKind.SENT:
            state.consecutive_failures = 0
            state.sent_times.append(time.monotonic())
            if len(state.sent_times) > 20000:
                del state.sent_times[:10000]
            self._limiter.succeeded()
            outcome = Outcome(
                did, DeliveryStatus.SENT, reply.code, reply.text, message_id=message_id
            )
            self._record(item, outcome)
        elif reply.kind is ReplyKind.DEFERRED:
            attempts = item.attempts + 1
            delay = min(self.options.retry_base * 2 ** (attempts - 1), self.options.retry_max)
            when = utcnow() + timedelta(seconds=delay)
            if when > self._deadline:
                text = f"gave up after {attempts} attempts: {reply.text}"
                self._record(item, Outcome(did, DeliveryStatus.FAILED, reply.code, text))
            else:
                outcome = Outcome(
                    did, DeliveryStatus.DEFERRED, reply.code, reply.text, when,
                    message_id=message_id,
                )  # fmt: skip
                self._record(item, outcome)
        elif reply.kind is ReplyKind.FAILED:
            state.consecutive_failures += 1
            state.failed += 1
            hard = explain_reply(reply.code, reply.text).hard
            self._record(
                item,
                Outcome(
                    did, DeliveryStatus.FAILED, reply.code, reply.text,
                    suppress_key=item.address.key if hard else "",
                    source=f"campaign {self.campaign_id}: {reply.code} {reply.text}",
                    message_id=message_id,
                ),
            )  # fmt: skip
            self._check_failures(reply)
        else:
            outcome = Outcome(
                did, DeliveryStatus.UNKNOWN, reply.code, reply.text, message_id=message_id
            )
            self._record(item, outcome)

    def _check_failures(self, reply: Reply) -> None:
        o, state = self.options, self._state
        last = f"last reply: {reply.code} {reply.text}".strip()
        if state.consecutive_failures >= o.max_consecutive_failures:
            self.stop(
                CampaignStatus.PAUSED,
                f"{state.consecutive_failures} messages in a row were refused ({last}). "
                "Check the From address, the profile and the server's message before resuming.",
            )
        elif (
            state.attempted >= o.failure_rate_min_attempts
            and state.failed / state.attempted > o.max_failure_rate
        ):
            self.stop(
                CampaignStatus.PAUSED,
                f"{state.failed} of {state.attempted} messages were refused, more than "
                f"{o.max_failure_rate:.0%} ({last}). Check the list's quality before resuming.",
            )


def rates_reason(bounce: float, complaint: float, sent: int, options: EngineOptions) -> str:
    """Why returned mail pauses the campaign, or "" if its rates are within the limits."""
    if complaint > options.max_complaint_rate:
        return (
            f"Recipients marked {round(complaint * sent)} of the {sent} messages sent as spam "
            f"({complaint:.2%}, more than {options.max_complaint_rate:.2%}). Check that everyone "
            "on the list asked for this mail before resuming."
        )
    if bounce > options.max_bounce_rate:
        return (
            f"{round(bounce * sent)} of the {sent} messages sent came back as bounces "
            f"({bounce:.1%}, more than {options.max_bounce_rate:.1%}). Clean the list (the "
            "Bounces area shows them) before resuming."
        )
    return ""
