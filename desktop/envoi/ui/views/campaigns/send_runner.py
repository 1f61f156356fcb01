"""One campaign's engine run in its own thread and asyncio loop, reported as Qt signals.

The engine calls ``on_stats`` a few times a second from its thread; the bridge's
``Coalescer`` keeps only the newest stats with at most one delivery queued to the GUI
thread, so the window never gets more signals than it can paint, however fast the send
goes. Pause and cancel are handed to the engine's loop thread-safely; the database keeps
the truth if the window goes away.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from envoi.sending.engine import CampaignEngine, SendStats
from envoi.ui.bridge import Coalescer, Latest

log = logging.getLogger(__name__)

EngineFactory = Callable[[Callable[[SendStats], None]], CampaignEngine]


class SendRunner(QObject):
    stats_changed = Signal(object)  # SendStats, coalesced
    run_finished = Signal(object)  # SendStats, or the exception that stopped the run

    def __init__(self, make_engine: EngineFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self._stats = Coalescer(self._on_stats_delivered, self)
        self._engine: CampaignEngine | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._reported = threading.Event()  # the run's result is on its way to the GUI

    @property
    def running(self) -> bool:
        """A run is on and has not reported its result yet."""
        return self._thread is not None and self._thread.is_alive() and not self._reported.is_set()

    def start(self, *, resume: bool = False) -> None:
        if self.running:
            return
        if self._thread is not None:
            # The last run has reported (Resume may be clicked as soon as its result lands)
            # but its thread may not have returned yet: it has nothing left to do.
            self._thread.join()
        self._reported.clear()
        self._engine = self._make_engine(self._on_engine_stats)
        engine = self._engine
        self._thread = threading.Thread(
            target=self._run, args=(engine, resume), name="envoi-send", daemon=True
        )
        self._thread.start()

    def _run(self, engine: CampaignEngine, resume: bool) -> None:
        async def main() -> object:
            self._loop = asyncio.get_running_loop()
            return await engine.run(resume=resume)

        result: object
        try:
            result = asyncio.run(main())
        except Exception as exc:  # shown by the view; the rows stay safe in the database
            log.exception("send stopped")
            result = exc
        finally:
            self._loop = None
        self._reported.set()
        try:
            self.run_finished.emit(result)
        except RuntimeError:
            log.debug("run result dropped: runner gone")

    def _on_engine_stats(self, stats: SendStats) -> None:
        self._stats.push("stats", stats)

    def _on_stats_delivered(self, latest: Latest) -> None:
        self.stats_changed.emit(latest["stats"])

    def _call(self, fn: Callable[[], None]) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(fn)

    def pause(self, reason: str = "") -> None:
        engine = self._engine
        if engine is not None:
            self._call(lambda: engine.pause(reason) if reason else engine.pause())

    def cancel(self) -> None:
        engine = self._engine
        if engine is not None:
            self._call(engine.cancel)

    def wait(self, timeout: float | None = None) -> None:
        """Block until the run's thread ends (closing the window: pause, then wait)."""
        if self._thread is not None:
            self._thread.join(timeout)
