"""Issue 14, points 8 and 9 in the window, against aiosmtpd on 127.0.0.1: a campaign refused
by the user's own server ends "Failed" in red with the reason, its refusals are explained as
the server's, "Retry failed recipients" queues them again; Resume re-checks only a campaign
whose inputs changed, and says so while it does."""

from __future__ import annotations

from collections.abc import Iterator

# See test_campaign_progress_view: CPython 3.11 compile() race with the send thread.
import hypothesis  # noqa: F401
import pytest
from PySide6.QtWidgets import QMessageBox

from envoi.sending.engine import SendStats
from envoi.store.engine import Store
from envoi.store.models import Suppression
from envoi.templates.identity import SenderIdentity, save_identity
from envoi.ui.bridge import WorkerBridge
from envoi.ui.views.campaigns.progress_view import FAILED_STYLE, CampaignProgressView
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer
from tests.ui.campaigns.test_campaign_progress_view import _view as progress_view

TIMEOUT = 30000
REFUSAL = "500 5.3.0 Error: authentication required for this sender"


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer(ScriptedHandler()).start()
    yield s
    s.stop()


@pytest.fixture
def workers() -> Iterator[WorkerBridge]:
    bridge = WorkerBridge()
    yield bridge
    bridge.shutdown()


def _view(qtbot, store: Store, port: int, n: int, workers: WorkerBridge,  # type: ignore[no-untyped-def]
          per_second: float | None = None) -> CampaignProgressView:  # fmt: skip
    body = "Hello. Unsubscribe: reply STOP"
    return progress_view(qtbot, store, port, n, workers, per_second, connections=1,
                         tested=True, body=body, name="Relay test")  # fmt: skip


def _send(qtbot, view: CampaignProgressView) -> SendStats:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.runner.run_finished, timeout=TIMEOUT) as finished:
        view.send_button.click()
        qtbot.waitUntil(
            lambda: view.confirm_button.isVisible() or finished.signal_triggered,
            timeout=TIMEOUT,
        )
        if view.confirm_button.isVisible():
            view.confirm_button.click()
    result = finished.args[0]
    assert isinstance(result, SendStats), result
    return result


def test_refused_by_the_own_server_ends_failed_in_red_and_retries(
    qtbot, sqlite_store: Store, server: ScriptedServer, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        server.handler.rules[f"user{i}@example.com"] = REFUSAL
        server.handler.times[f"user{i}@example.com"] = 1  # refused once, then accepted
    view = _view(qtbot, sqlite_store, server.port, 5, workers)
    result = _send(qtbot, view)
    assert result.status == "failed" and result.counts["failed"] == 5
    qtbot.waitUntil(lambda: len(view.failures.rows) == 5, timeout=TIMEOUT)
    # Red, with the reason; not "Completed" with a full blue bar.
    assert view.status.text().startswith("Failed.") and "Completed" not in view.status.text()
    assert "own sending server" in view.status.text() and "500" in view.status.text()
    assert view.bar.styleSheet() == FAILED_STYLE and "c62828" in view.status.styleSheet()
    explanation = view.failures.data(view.failures.index(0, 2))
    assert "own sending server" in explanation and "recipient's mail" not in explanation
    # Not suppressed: the addresses are fine, the server's setup is not.
    with sqlite_store.session() as s:
        assert s.query(Suppression).count() == 0
    assert view.retry_button.isVisible() and not view.cancel_button.isEnabled()

    box = view._on_retry_clicked()
    assert "suppression list" in box.informativeText() and "do not exist" in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "queued again" in view.preflight.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.send_button.text() == "Resume", timeout=TIMEOUT)
    assert view.status.styleSheet() == "" and view.bar.styleSheet() == ""
    assert not view.retry_button.isVisible()
    result = _send(qtbot, view)
    assert result.status == "completed" and result.counts["sent"] == 5
    assert sum(server.handler.counts().values()) == 5


def test_retry_keeps_suppressed_and_non_existent_addresses_unless_confirmed(
    qtbot, sqlite_store: Store, server: ScriptedServer, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    from envoi.contacts.suppression import SuppressionService

    server.handler.rules["user0@example.com"] = "550 5.1.1 No such user here"
    server.handler.rules["user1@example.com"] = "552 5.2.2 Mailbox full"
    server.handler.rules["user2@example.com"] = "554 5.7.1 Message refused by policy"
    for address in ("user1@example.com", "user2@example.com"):
        server.handler.times[address] = 1
    view = _view(qtbot, sqlite_store, server.port, 6, workers)
    result = _send(qtbot, view)
    assert result.status == "completed" and result.counts["failed"] == 3  # 3 of 6: not most
    SuppressionService(sqlite_store).add_address("user2@example.com", source="test")
    qtbot.waitUntil(view.retry_button.isVisible, timeout=TIMEOUT)
    box = view._on_retry_clicked()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "queued again" in view.preflight.text(), timeout=TIMEOUT)
    text = view.preflight.text()
    assert text.startswith("1 recipients queued again.")  # the full mailbox only
    assert "1 kept: on the suppression list." in text
    assert "1 kept: the server said the address does not exist." in text
    qtbot.waitUntil(lambda: view.send_button.text() == "Resume", timeout=TIMEOUT)
    result = _send(qtbot, view)
    assert result.counts["sent"] == 4 and result.counts["failed"] == 2
    # Confirmed: the non-existent address goes again, its suppression by this send lifted.
    qtbot.waitUntil(view.retry_button.isVisible, timeout=TIMEOUT)
    box = view._on_retry_clicked()
    box.checkBox().setChecked(True)
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "queued again" in view.preflight.text(), timeout=TIMEOUT)
    assert view.preflight.text().startswith("1 recipients queued again.")
    assert SuppressionService(sqlite_store).check("user0@example.com") is None
    assert SuppressionService(sqlite_store).check("user2@example.com") is not None


def test_resume_rechecks_only_what_changed_and_says_so(
    qtbot, sqlite_store: Store, server: ScriptedServer, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, sqlite_store, server.port, 120, workers, per_second=40)
    view.send_button.click()
    assert view.status.text() == "Checking the campaign…"  # visible at once
    # The sending domain was never checked: a warning to confirm, every time preflight runs.
    qtbot.waitUntil(view.confirm_button.isVisible, timeout=TIMEOUT)
    view.confirm_button.click()
    qtbot.waitUntil(lambda: int(view.counts["sent"].text()) >= 5, timeout=TIMEOUT)
    with qtbot.waitSignal(view.runner.run_finished, timeout=TIMEOUT):
        view.pause_button.click()
    assert view.send_button.text() == "Resume"
    assert not view.rate.isVisible() and not view.eta.isVisible()
    # The sender's identity changed since the accepted check: Resume checks again, and the
    # window says so while it does.
    save_identity(sqlite_store, SenderIdentity(company="Boutique", from_name="Shop"))
    view.send_button.click()
    assert view.status.text() == "Resuming…" and not view.send_button.isEnabled()
    qtbot.waitUntil(view.confirm_button.isVisible, timeout=TIMEOUT)
    assert "never been checked" in view.preflight.text()
    with qtbot.waitSignal(view.runner.run_finished, timeout=TIMEOUT) as done:
        view.confirm_button.click()
    assert done.args[0].status == "completed"
    assert sum(server.handler.counts().values()) == 120


def test_the_campaigns_list_shows_a_failed_campaign_in_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from envoi.sending.campaigns import CampaignRecord
    from envoi.ui.views.campaigns.campaigns_view import FAILED_COLOUR, CampaignsModel

    def record(status: str) -> CampaignRecord:
        return CampaignRecord(1, "News", status, "", "", "a@b.example", "", "Hi", "", "", "",
                              None, {}, None, 48.0, None, None, {"failed": 5})  # fmt: skip

    model = CampaignsModel()
    model.set_rows([record("failed"), record("completed")])
    failed, completed = model.index(0, 1), model.index(1, 1)
    assert model.data(failed) == "Failed" and model.data(completed) == "Completed"
    assert model.data(failed, Qt.ItemDataRole.ForegroundRole) == FAILED_COLOUR
    assert model.data(completed, Qt.ItemDataRole.ForegroundRole) is None
