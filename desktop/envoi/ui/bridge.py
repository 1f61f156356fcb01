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

import itertools
import logging
import threading
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from envoi.events import Event, Finished, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]


class _Job:
    """One submitted job. The bridge's table on the GUI thread holds it until delivery, then
    empties it there, so no reference the caller handed in ends on a worker thread."""

    __slots__ = ("failed", "fn", "future", "on_done", "on_error", "outcome", "owners")

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: ErrorHandler | None,
        owners: tuple[QObject, ...],
        future: Future[Any],
    ) -> None:
        self.fn: Callable[[], Any] | None = fn
        self.on_done: Callable[[Any], None] | None = on_done
        self.on_error: ErrorHandler | None = on_error
        self.owners = owners
        self.outcome: Any = None
        self.failed = False
        self.future: Future[Any] | None = future

    def run(self) -> None:
        """In the worker: keeps the outcome on the job, nothing in the thread's frames."""
        fn = self.fn
        assert fn is not None
        try:
            self.outcome = fn()
        except BaseException as exc:  # handed to on_error or job_failed on the GUI thread
            self.outcome = exc.with_traceback(
                exc.__traceback__.tb_next if exc.__traceback__ else None
            )
            self.failed = True
        del fn

    def clear(self) -> None:
        """On the GUI thread, after delivery (or when dropped): the caller's objects go here."""
        if isinstance(self.outcome, BaseException):
            traceback.clear_frames(self.outcome.__traceback__)  # their locals: views, dialogs
        self.fn = self.on_done = self.on_error = self.future = None
        self.owners = ()
        self.outcome = None


def _owners_of(*callbacks: object) -> tuple[QObject, ...]:
    """The Qt objects a callback would touch: a bound method's object, and the ones a lambda
    or a nested function captured."""
    found: list[QObject] = []
    for callback in callbacks:
        candidates = [getattr(callback, "__self__", None)]
        for cell in getattr(callback, "__closure__", None) or ():
            try:
                value = cell.cell_contents
            except ValueError:  # a cell not filled yet
                continue
            candidates += [value, getattr(value, "__self__", None)]
        found += [c for c in candidates if isinstance(c, QObject) and c not in found]
    return tuple(found)


class WorkerBridge(QObject):
    """A thread pool whose results come back on the GUI thread.

    Two rules keep a result from reaching a view Qt already deleted, which can take the
    process down: a delivery is dropped when a Qt object its callbacks belong to (a bound
    method's object, or one a lambda captured; or ``owner``) is no longer valid; and every
    reference a job holds (its function, callbacks, result or exception) is released on the
    GUI thread, so a dialog closed while its job ran is never destroyed by a worker thread.
    """

    _delivered = Signal(object)  # the job's id
    job_failed = Signal(object)  # an exception nobody handled

    def __init__(self, max_workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers, thread_name_prefix="envoi-ui")
        self._delivered.connect(self._on_self_delivered, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        self._jobs: dict[int, _Job] = {}  # submitted, not yet delivered (GUI thread only)
        self._ids = itertools.count(1)

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run ``fn`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` on it,
        unless ``owner`` or a Qt object the callbacks belong to was deleted meanwhile. The
        future is settled on the GUI thread when the result is delivered."""
        future: Future[T] = Future()
        if self._closed:
            # A timer of a closing view fired after shutdown: nothing will read the result.
            future.cancel()
            return future
        owners = _owners_of(on_done, on_error) + ((owner,) if owner is not None else ())
        job_id = next(self._ids)
        job = _Job(fn, on_done, on_error, owners, future)
        self._jobs[job_id] = job
        self._executor.submit(_run_and_signal, weakref.ref(self), job_id, job)
        return future

    def pending(self) -> int:
        """Jobs whose result has not been delivered yet."""
        return len(self._jobs)

    def _on_self_delivered(self, job_id: int) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        try:
            self._deliver(job)
        finally:
            job.clear()

    def _deliver(self, job: _Job) -> None:
        dead = [o for o in job.owners if not shiboken6.isValid(o)]
        future = job.future
        if future is not None and future.set_running_or_notify_cancel():
            if job.failed:
                future.set_exception(job.outcome)
            else:
                future.set_result(job.outcome)
        if dead:
            # The view that asked was closed while the job ran: nothing left to update.
            log.debug("result dropped: %s deleted", type(dead[0]).__name__)
            return
        try:
            if not job.failed:
                assert job.on_done is not None
                job.on_done(job.outcome)
            elif job.on_error is not None:
                job.on_error(job.outcome)
            else:
                self.job_failed.emit(job.outcome)
        except RuntimeError as exc:
            # A Qt object the callbacks reach some other way was deleted.
            if "already deleted" not in str(exc):
                raise
            log.debug("result dropped: %s", exc)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)


def _run_and_signal(bridge_ref: weakref.ref[WorkerBridge], job_id: int, job: _Job) -> None:
    """In the worker; holds the bridge only weakly, so the GUI thread is its last owner."""
    job.run()
    bridge = bridge_ref()
    if bridge is None or bridge._closed:
        return
    try:
        bridge._delivered.emit(job_id)
    except RuntimeError:  # the bridge was deleted while the job ran
        log.debug("result dropped: bridge gone")


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
