"""Scheduled campaigns start on time while the app runs (the window's composition root owns
one); `envoi campaigns send-due` does the same from cron when the app is closed.

The scheduler only decides *when*: a due campaign passes preflight here (errors pause it
with the reason, warnings were seen by whoever scheduled it), then ``launch`` starts it. By
default ``launch`` runs the engine as a task on this loop (headless use, tests); the window
gives its own, which runs the send through the Campaigns area's progress view, so a
scheduled send looks exactly like one started by hand.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable
from datetime import datetime

from envoi.errors import EnvoiError
from envoi.sending.campaigns import CampaignRecord, CampaignService
from envoi.sending.engine import CampaignEngine, EngineOptions
from envoi.sending.limits import LimiterPool
from envoi.sending.preflight import preflight
from envoi.sending.profiles import ProfileService
from envoi.sending.runner import build_engine
from envoi.store.clock import utc_now
from envoi.store.engine import Store

Launch = Callable[[CampaignRecord], None]


def not_started_reason(message: str, hint: str = "") -> str:
    return f"Not started: {message} {hint}".strip()


class Scheduler:
    def __init__(
        self,
        store: Store,
        profiles: ProfileService,
        limiters: LimiterPool,
        *,
        interval: float = 30.0,
        options: EngineOptions | None = None,
        on_engine: Callable[[CampaignEngine], None] | None = None,
        launch: Launch | None = None,
        before_start: Callable[[int], object] | None = None,
    ) -> None:
        """``interval``: the longest sleep between two looks at the database; a campaign
        due sooner is started at its time (``run_forever`` sleeps until then).
        ``before_start(campaign_id)``: run (in a thread) before a due campaign's preflight,
        e.g. Envoi Relay's sync and registration, given by the layer that knows the relay."""
        self._store = store
        self._profiles = profiles
        self._limiters = limiters
        self._interval = interval
        self._options = options
        self._on_engine = on_engine
        self._launch = launch
        self._before_start = before_start
        self._tasks: dict[int, asyncio.Task[object]] = {}
        # (campaign, scheduled_at) handed to ``launch``: once each, even if the launched run
        # has not yet marked the campaign running when the next tick looks.
        self._launched: set[tuple[int, datetime | None]] = set()
        self._wake = asyncio.Event()
        self.engines: dict[int, CampaignEngine] = {}

    def wake(self) -> None:
        """Look again now (a campaign was just scheduled)."""
        self._wake.set()

    async def tick(self) -> list[int]:
        """Start every due campaign not already started here; returns the ids started."""
        service = CampaignService(self._store)
        due = await asyncio.to_thread(service.due)
        started = []
        for record in due:
            key = (record.id, record.scheduled_at)
            if record.id in self._tasks or key in self._launched:
                continue
            try:
                if self._before_start is not None:
                    await asyncio.to_thread(self._before_start, record.id)
                report = await asyncio.to_thread(preflight, self._store, record.id, self._profiles)
                if report.blocking:
                    first = next(i for i in report.issues if i.severity == "error")
                    reason = not_started_reason(first.message, first.hint)
                    await asyncio.to_thread(service.pause, record.id, reason)
                    continue
                if self._launch is not None:
                    self._launched.add(key)
                    self._launch(record)
                else:
                    self._start_here(record)
            except EnvoiError as exc:
                reason = not_started_reason(exc.user_message, exc.hint)
                await asyncio.to_thread(service.pause, record.id, reason)
                continue
            started.append(record.id)
        return started

    def _start_here(self, record: CampaignRecord) -> None:
        engine = build_engine(self._store, record.id, self._profiles, self._limiters,
                              options=self._options)  # fmt: skip
        self.engines[record.id] = engine
        if self._on_engine is not None:
            self._on_engine(engine)
        task = asyncio.create_task(engine.run())
        task.add_done_callback(functools.partial(self._forget, record.id))
        self._tasks[record.id] = task

    def _forget(self, campaign_id: int, _task: object = None) -> None:
        self._tasks.pop(campaign_id, None)
        self.engines.pop(campaign_id, None)

    async def _next_wait(self) -> float:
        """Seconds until the next look: the interval, or less if a campaign is due sooner."""
        upcoming = await asyncio.to_thread(CampaignService(self._store).next_scheduled)
        if upcoming is None:
            return self._interval
        return max(0.0, min(self._interval, (upcoming - utc_now()).total_seconds()))

    async def run_forever(self) -> None:
        while True:
            await self.tick()
            wait = await self._next_wait()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait + 0.01)

    async def stop(self) -> None:
        """Pause what runs here (the app is closing); the database keeps where each was."""
        for engine in list(self.engines.values()):
            engine.pause("Envoi was closed; resume to continue.")
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
