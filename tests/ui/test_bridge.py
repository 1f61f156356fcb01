"""The bridges: worker results come back on the GUI thread; progress is coalesced."""

from __future__ import annotations

import os
import threading
import weakref
from functools import partial
from types import FrameType

import shiboken6
from PySide6.QtCore import QObject, QThread

from envoi.events import Finished, Progress
from envoi.ui.bridge import EventBridge, WorkerBridge

TIMEOUT = 5000


def test_worker_result_and_error_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = WorkerBridge()
    gui = QThread.currentThread()
    seen: list[object] = []

    def job() -> str:
        assert threading.current_thread() is not threading.main_thread()
        return "done"

    def failing() -> None:
        raise ValueError("boom")

    bridge.submit(job, lambda r: seen.append((r, QThread.currentThread() is gui)))
    bridge.submit(
        failing, lambda _r: None, lambda e: seen.append((str(e), QThread.currentThread() is gui))
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=TIMEOUT)
    assert sorted(seen) == [("boom", True), ("done", True)]  # type: ignore[type-var]
    with qtbot.waitSignal(bridge.job_failed, timeout=TIMEOUT) as blocker:
        bridge.submit(failing, lambda _r: None)  # nobody handles it: the window is told
    assert isinstance(blocker.args[0], ValueError)
    bridge.shutdown()


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def on_done(self, result: object) -> None:  # touches no Qt: only the bridge can refuse it
        self.results.append(result)


def test_a_result_for_a_deleted_receiver_is_dropped_not_delivered(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = WorkerBridge()
    release = threading.Event()
    bound, captured, alive = _Receiver(), _Receiver(), _Receiver()
    for receiver in (bound, captured, alive):
        bridge.submit(lambda: release.wait(TIMEOUT / 1000) and "late", receiver.on_done)
    seen: list[object] = []
    bridge.submit(lambda: "late", lambda r: (captured.on_done(r), seen.append(r)))
    bridge.submit(lambda: "late", lambda r: seen.append(r), owner=captured)
    shiboken6.delete(bound)  # the dialog Qt deleted (its parent closed) while the job ran
    shiboken6.delete(captured)
    release.set()
    qtbot.waitUntil(lambda: bridge.pending() == 0, timeout=TIMEOUT)
    assert alive.results == ["late"]
    assert seen == []  # neither the lambda that captured it nor the job it owns ran
    bridge.shutdown()


def test_what_a_job_holds_is_released_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed while its job finishes must not be destroyed by the worker thread that
    let go of the job last (a QWidget destroyed off the GUI thread can crash the process):
    here the worker is slow to let go of each job it ran."""
    let_go = threading.Event()
    pool_file = os.path.join("concurrent", "futures", "thread.py")

    def slow_to_let_go(frame: FrameType, event: str, _arg: object) -> None:
        code = frame.f_code
        if event == "return" and code.co_name == "run" and code.co_filename.endswith(pool_file):
            let_go.wait(TIMEOUT / 1000)

    threading.setprofile(slow_to_let_go)  # the bridge's threads start with its first job
    try:
        bridge = WorkerBridge()
        receiver, other = _Receiver(), _Receiver()
        freed_in: list[str] = []
        weakref.finalize(receiver, lambda: freed_in.append(threading.current_thread().name))
        weakref.finalize(other, lambda: freed_in.append(threading.current_thread().name))
        bridge.submit(lambda: 1, receiver.on_done)
        bridge.submit(partial(other.on_done, 2), lambda _r: None, lambda _e: None)
        qtbot.waitUntil(lambda: bridge.pending() == 0, timeout=TIMEOUT)
        assert receiver.results == [1] and other.results == [2]
        del receiver, other  # the window lets go of the closed dialogs
        let_go.set()
        qtbot.waitUntil(lambda: len(freed_in) == 2, timeout=TIMEOUT)
        assert freed_in == [threading.main_thread().name] * 2
        bridge.shutdown()
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
        let_go.set()


def test_progress_from_a_thread_is_coalesced_and_the_last_one_arrives(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = EventBridge()
    received: list[tuple[int, int]] = []
    bridge.progressed.connect(lambda done, total, _m: received.append((done, total)))

    def emit_many() -> None:
        for i in range(1, 20_001):
            bridge(Progress("import", i, 20_000))
        bridge(Finished("import", "ok"))

    with qtbot.waitSignal(bridge.finished, timeout=TIMEOUT) as blocker:
        worker = threading.Thread(target=emit_many)
        worker.start()
        worker.join()
    assert blocker.args == ["ok"]
    assert received[-1] == (20_000, 20_000)
    assert len(received) < 100  # one queued delivery at a time, not one signal per event
    assert received == sorted(received)


def test_the_coalescer_keeps_the_newest_value_of_each_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    from envoi.ui.bridge import Coalescer

    deliveries: list[dict[str, object]] = []
    coalescer = Coalescer(deliveries.append)

    def push_many() -> None:
        for i in range(1, 10_001):
            coalescer.push("stats", i)
        coalescer.push("done", "yes")

    worker = threading.Thread(target=push_many)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(deliveries) and deliveries[-1].get("done") == "yes",
                    timeout=TIMEOUT)  # fmt: skip
    assert deliveries[-1]["stats"] == 10_000  # the newest, delivered with the other kind
    assert len(deliveries) < 100
    stats = [d["stats"] for d in deliveries if "stats" in d]
    assert stats == sorted(stats)
