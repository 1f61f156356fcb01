"""The bounce mailbox polled in the background while the window runs, cancelled on quit."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

from envoi.bounces.mailbox import MailboxSettings, save_settings
from envoi.bounces.service import BounceService
from envoi.store.engine import Store
from envoi.ui.mailbox_poller import poll_mailbox, start_mailbox_polling


class Secrets:
    def __init__(self, password: str | None) -> None:
        self.password = password
        self.asked: list[str] = []

    def get(self, name: str) -> str | None:
        self.asked.append(name)
        return self.password

    def set(self, name: str, secret: str) -> None:
        self.password = secret

    def delete(self, name: str) -> None:
        self.password = None


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _configure(store: Store, port: int, timeout: float = 5.0) -> None:
    settings = MailboxSettings("127.0.0.1", "bounces", port=port, security="none",
                               interval_seconds=1, timeout_seconds=timeout)  # fmt: skip
    save_settings(BounceService(store), settings)


def test_nothing_is_polled_without_a_mailbox_or_its_password(qapp, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    secrets = Secrets("pw")
    statuses: list[str] = []
    service = BounceService(sqlite_store)
    asyncio.run(asyncio.wait_for(poll_mailbox(service, statuses.append, secrets), 5))
    assert secrets.asked == [] and statuses == []  # no mailbox set up
    _configure(sqlite_store, _closed_port())
    secrets = Secrets(None)
    asyncio.run(asyncio.wait_for(poll_mailbox(service, statuses.append, secrets), 5))
    assert secrets.asked == ["bounces@127.0.0.1"] and statuses == []


def test_errors_show_in_the_status_bar_and_polling_goes_on(qapp, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    _configure(sqlite_store, _closed_port())
    statuses: list[str] = []

    async def scenario() -> asyncio.Task[None]:
        task = start_mailbox_polling(sqlite_store, statuses.append, Secrets("pw"))
        for _ in range(200):
            if len(statuses) >= 3:  # fetch, IDLE, and the fetch of the next round
                break
            await asyncio.sleep(0.025)
        assert not task.done()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task

    task = asyncio.run(scenario())
    assert task.cancelled()
    assert statuses[0].startswith("Bounce mailbox: Envoi cannot connect to the bounce mailbox")
    assert "Check the server name" in statuses[0]


LOOP_CHECK = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.ui.app import _run_loop
from envoi.ui.mailbox_poller import start_mailbox_polling
from tests.ui.bounces.test_bounce_mailbox_poller import Secrets, _configure
store = Store.from_url(sys.argv[1])
upgrade(store.engine)
_configure(store, int(sys.argv[2]), timeout=60)
tasks = []
def background():
    tasks.append(start_mailbox_polling(store, print, Secrets("pw")))
    return tasks
QTimer.singleShot(500, app.quit)
started = time.monotonic()
rc = _run_loop(app, background)
print("rc", rc, "cancelled", tasks[0].cancelled(), "quick", time.monotonic() - started < 5)
"""


def test_quit_cancels_polling_without_waiting_for_a_silent_server(tmp_path: Path) -> None:
    # A server that accepts connections and never greets: the fetch thread hangs in connect.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        port = silent.getsockname()[1]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ENVOI_DATA_DIR=str(tmp_path))
        url = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
        result = subprocess.run(
            [sys.executable, "-c", LOOP_CHECK, url, str(port)],
            capture_output=True, text=True, timeout=30, env=env, check=False,
            cwd=Path(__file__).parents[3],
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "rc 0 cancelled True quick True" in result.stdout
