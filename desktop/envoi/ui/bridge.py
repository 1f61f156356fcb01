"""Core work and events -> Qt signals on the GUI thread.

``WorkerBridge`` runs database work that grows with data in a thread pool (each job opens
its own session through the services) and hands the result back on the GUI thread through
a queued signal, so it works the same under the qasync loop and under pytest-qt.

``Coalescer`` is the one coalescer: values pushed from any thread as often as the pusher
likes reach the GUI thread with only the newest of each kind kept and at most one delivery
queued, so a view never gets more signals than it can paint. ``EventBridge`` (a listener
for ``envoi.events``) and the campaign ``SendRunner`` (the engine's stats) go through it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from envoi.events import Event, Finished, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]


class WorkerBridge(QObject):
    """A thread pool whose results come back on the GUI thread."""

    _delivered = Signal(object)
    job_failed = Signal(object)  # an exception nobody handled

    def __init__(self, max_workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers, thread_name_prefix="envoi-ui")
        self._delivered.connect(self._on_self_delivered, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        self._pending = 0  # submitted and not yet delivered (touched on the GUI thread only)

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> Future[T]:
        """Run ``fn`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` on it."""
        if self._closed:
            # A timer of a closing view fired after shutdown: nothing will read the result.
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        future = self._executor.submit(fn)
        self._pending += 1

        def deliver() -> None:
            self._pending -= 1
            exc = future.exception()
            if exc is None:
                on_done(future.result())
            elif on_error is not None:
                on_error(exc)
            else:
                self.job_failed.emit(exc)

        def done(_: Future[T]) -> None:
            if self._closed:
                return
            try:
                self._delivered.emit(deliver)
            except RuntimeError:  # the bridge was deleted while the job ran
                log.debug("result dropped: bridge gone")

        future.add_done_callback(done)
        return future

    def pending(self) -> int:
        """Jobs whose result has not been delivered yet."""
        return self._pending

    def _on_self_delivered(self, deliver: Callable[[], None]) -> None:
        try:
            deliver()
        except RuntimeError as exc:
            # The view that asked was closed while the job ran: nothing left to update.
            if "already deleted" not in str(exc):
                raise
            log.debug("result dropped: %s", exc)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)


Latest = dict[str, Any]  # kind -> the newest value pushed under it


class Coalescer(QObject):
    """Values from any thread -> ``deliver(latest)`` on the GUI thread, coalesced: ``latest``
    holds the newest value of each kind pushed since the last delivery."""

    _poked = Signal()

    def __init__(self, deliver: Callable[[Latest], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._lock = threading.Lock()
        self._latest: Latest = {}
        self._queued = False
        self._poked.connect(self._on_self_poked, Qt.ConnectionType.QueuedConnection)

    def push(self, kind: str, value: object) -> None:
        """Safe to call from any thread, as often as one likes."""
        with self._lock:
            self._latest[kind] = value
            if self._queued:
                return
            self._queued = True
        try:
            self._poked.emit()
        except RuntimeError:
            log.debug("%s dropped: receiver gone", kind)

    def _on_self_poked(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, {}
            self._queued = False
        if latest:
            self._deliver(latest)


class EventBridge(QObject):
    """Progress events from any thread -> ``progressed``/``finished`` signals, coalesced."""

    progressed = Signal(int, int, str)  # done, total, message
    finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coalescer = Coalescer(self._on_coalescer_delivered, self)

    def __call__(self, event: Event) -> None:
        """The listener: safe to call from the worker thread."""
        self._coalescer.push("finished" if isinstance(event, Finished) else "progress", event)

    def _on_coalescer_delivered(self, latest: Latest) -> None:
        progress: Progress | None = latest.get("progress")
        finished: Finished | None = latest.get("finished")
        if progress is not None:
            self.progressed.emit(progress.done, progress.total, progress.message)
        if finished is not None:
            self.finished.emit(finished.message)
