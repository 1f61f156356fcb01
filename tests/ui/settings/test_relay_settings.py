"""Settings > Relay against a real relay (uvicorn on 127.0.0.1): test and save, sync now,
a wrong token said in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from envoi.relay.client.connection import RelayService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.views.settings.relay_dialog import RelayDialog
from tests.support.relay_server import RelayProcess, start_relay

TIMEOUT = 15000


@pytest.fixture
def workers() -> Iterator[WorkerBridge]:
    bridge = WorkerBridge()
    yield bridge
    bridge.shutdown()


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayProcess]:
    server = start_relay(tmp_path / "relay")
    yield server
    server.stop()


def _dialog(qtbot, store: Store, workers: WorkerBridge, secrets: MemorySecretStore) -> RelayDialog:  # type: ignore[no-untyped-def]
    dialog = RelayDialog(store, workers, secrets=secrets)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=TIMEOUT)
    return dialog


def test_test_save_and_sync(qtbot, sqlite_store: Store, workers: WorkerBridge,  # type: ignore[no-untyped-def]
                            relay: RelayProcess) -> None:  # fmt: skip
    secrets = MemorySecretStore()
    dialog = _dialog(qtbot, sqlite_store, workers, secrets)
    assert dialog.last_sync.text() == "never"
    dialog.url.setText(relay.url)
    dialog.token.setText(relay.token)
    with qtbot.waitSignal(dialog.connection_tested, timeout=TIMEOUT):
        dialog.test_button.click()
    assert secrets.get("relay") == relay.token  # in the secret store, not the database
    assert dialog.token.text() == ""
    assert relay.url in dialog.status.text()
    with qtbot.waitSignal(dialog.synced, timeout=TIMEOUT):
        dialog.sync_button.click()
    assert dialog.last_sync.text().endswith("UTC")
    assert RelayService(sqlite_store, secrets).connection().last_sync is not None  # type: ignore[union-attr]


def test_wrong_token_is_said(qtbot, sqlite_store: Store, workers: WorkerBridge,  # type: ignore[no-untyped-def]
                             relay: RelayProcess) -> None:  # fmt: skip
    secrets = MemorySecretStore()
    dialog = _dialog(qtbot, sqlite_store, workers, secrets)
    dialog.url.setText(relay.url)
    dialog.token.setText("not-the-token")
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT) as blocker:
        dialog.test_button.click()
    assert "refused" in blocker.args[0]
    assert secrets.get("relay") is None
    assert RelayService(sqlite_store, secrets).connection() is None


def test_unreachable_relay_is_said(qtbot, sqlite_store: Store, workers: WorkerBridge) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, sqlite_store, workers, MemorySecretStore())
    dialog.url.setText("http://127.0.0.1:9")
    dialog.token.setText("x")
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT) as blocker:
        dialog.test_button.click()
    assert "cannot be reached" in blocker.args[0]
