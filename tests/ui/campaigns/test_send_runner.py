"""SendRunner: a second run can start as soon as the first one's result has landed."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from envoi.ui.views.campaigns.send_runner import SendRunner

TIMEOUT = 10000


class FakeEngine:
    def __init__(self, runs: list[bool]) -> None:
        self._runs = runs

    async def run(self, *, resume: bool = False) -> str:
        self._runs.append(resume)
        return "done"

    def pause(self) -> None:
        pass

    def cancel(self) -> None:
        pass


def test_resume_right_after_the_result_starts_a_new_run(qtbot) -> None:  # type: ignore[no-untyped-def]
    runs: list[bool] = []
    runner = SendRunner(lambda _on_stats: FakeEngine(runs))  # type: ignore[arg-type,return-value]
    release = threading.Event()

    def linger() -> None:
        # Runs on the send thread, after the result was queued to the GUI: the thread is
        # still alive when the user clicks Resume (a loaded machine may pause it there).
        if threading.current_thread() is not threading.main_thread():
            release.wait(0.5)

    results: list[object] = []
    runner.run_finished.connect(results.append)  # the view's slot: queued to the GUI thread
    runner.run_finished.connect(linger, Qt.ConnectionType.DirectConnection)
    runner.start()
    qtbot.waitUntil(lambda: len(results) == 1, timeout=TIMEOUT)
    assert not runner.running  # its result has landed: the view offers Resume
    runner.start(resume=True)
    release.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=TIMEOUT)
    assert runs == [False, True]
    runner.wait(5)
