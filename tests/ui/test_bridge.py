"""The bridges: worker results come back on the GUI thread; progress is coalesced."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

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
