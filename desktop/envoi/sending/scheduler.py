"""Scheduled campaigns start on time while the app runs (the window's composition root owns
one); `envoi campaigns send-due` does the same from cron when the app is closed."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable

from envoi.errors import EnvoiError
from envoi.sending.campaigns import CampaignService
from envoi.sending.engine import CampaignEngine, EngineOptions
from envoi.sending.limits import LimiterPool
from envoi.sending.preflight import preflight
from envoi.sending.profiles import ProfileService
from envoi.sending.runner import build_engine
from envoi.store.engine import Store


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
    ) -> None:
        self._store = store
        self._profiles = profiles
        self._limiters = limiters
        self._interval = interval
        self._options = options
        self._on_engine = on_engine
        self._tasks: dict[int, asyncio.Task[object]] = {}
        self.engines: dict[int, CampaignEngine] = {}

    async def tick(self) -> list[int]:
        """Start every due campaign not already running here; returns the ids started."""
        service = CampaignService(self._store)
        due = await asyncio.to_thread(service.due)
        started = []
        for record in due:
            if record.id in self._tasks:
                continue
            try:
                report = await asyncio.to_thread(preflight, self._store, record.id, self._profiles)
                if report.blocking:
                    first = next(i for i in report.issues if i.severity == "error")
                    await asyncio.to_thread(
                        service.pause, record.id, f"Not started: {first.message} {first.hint}"
                    )
                    continue
                engine = build_engine(self._store, record.id, self._profiles, self._limiters,
                                      options=self._options)  # fmt: skip
            except EnvoiError as exc:
                await asyncio.to_thread(service.pause, record.id, f"Not started: {exc}")
                continue
            self.engines[record.id] = engine
            if self._on_engine is not None:
                self._on_engine(engine)
            task = asyncio.create_task(engine.run())
            task.add_done_callback(functools.partial(self._forget, record.id))
            self._tasks[record.id] = task
            started.append(record.id)
        return started

    def _forget(self, campaign_id: int, _task: object = None) -> None:
        self._tasks.pop(campaign_id, None)
        self.engines.pop(campaign_id, None)

    async def run_forever(self) -> None:
        while True:
            await self.tick()
            await asyncio.sleep(self._interval)

    async def stop(self) -> None:
        """Pause what is running (the app is closing); the database keeps where each was."""
        for engine in list(self.engines.values()):
            engine.pause("Envoi was closed; resume to continue.")
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
