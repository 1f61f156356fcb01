"""The SMTP profile dialog: presets, Test connection in plain words (real servers), saving."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from envoi.sending.profiles import ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.views.campaigns.profile_dialog import ProfileDialog
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer, free_port

TIMEOUT = 15000


@pytest.fixture
def workers() -> Iterator[WorkerBridge]:
    bridge = WorkerBridge()
    yield bridge
    bridge.shutdown()


def _dialog(qtbot, store: Store, workers: WorkerBridge) -> tuple[ProfileDialog, MemorySecretStore]:  # type: ignore[no-untyped-def]
    secrets = MemorySecretStore()
    dialog = ProfileDialog(ProfileService(store, secrets), workers)
    qtbot.addWidget(dialog)
    return dialog, secrets


def test_preset_fills_the_known_limits(qtbot, sqlite_store: Store, workers: WorkerBridge) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = _dialog(qtbot, sqlite_store, workers)
    dialog.preset.setCurrentIndex(dialog.preset.findData("gmail"))
    data = dialog.data()
    assert data.host == "smtp.gmail.com" and data.port == 587 and data.security == "starttls"
    assert data.per_day == 2000 and data.per_minute == 20
    assert "no password keyring" in dialog.keyring_note.text()
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert "in clear" in dialog.security_note.text()


def test_test_connection_answers_in_plain_words(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    server = ScriptedServer(ScriptedHandler()).start()
    try:
        dialog, secrets = _dialog(qtbot, sqlite_store, workers)
        dialog.name.setText("Local")
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(server.port)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT) as ok:
            dialog.test_button.click()
        assert ok.args[0] is True and "Connected to 127.0.0.1" in dialog.answer.text()
        dialog.port.setValue(free_port())  # nothing listens there
        with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT) as refused:
            dialog.test_button.click()
        assert refused.args[0] is False and "Nothing answers" in dialog.answer.text()
        dialog.port.setValue(server.port)
        dialog.password.setText("pw")
        with qtbot.waitSignal(dialog.profile_saved, timeout=TIMEOUT) as saved:
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert saved.args[0].data.name == "Local" and secrets.get("Local") == "pw"
        # Saved after a failed test (another port): preflight still asks for one.
        assert saved.args[0].tested_at is None
    finally:
        server.stop()


def test_advanced_thresholds_are_saved_and_drive_the_engine(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    from envoi.sending.engine import EngineOptions
    from envoi.sending.runner import engine_options

    dialog, _ = _dialog(qtbot, sqlite_store, workers)
    assert not dialog.advanced_box.isVisibleTo(dialog)
    dialog.advanced.setChecked(True)
    assert dialog.advanced_box.isVisibleTo(dialog)
    assert dialog.max_bounce.value() == 5.0 and dialog.max_complaint.value() == 0.1
    dialog.name.setText("Strict")
    dialog.host.setText("smtp.example.org")
    dialog.max_bounce.setValue(2.5)
    dialog.max_complaint.setValue(0.05)
    dialog.rates_min_sent.setValue(50)
    dialog.per_connection.setValue(40)
    with qtbot.waitSignal(dialog.profile_saved, timeout=TIMEOUT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = ProfileService(sqlite_store, MemorySecretStore()).get("Strict").data
    assert (stored.max_bounce_rate, stored.max_complaint_rate) == (0.025, 0.0005)
    assert stored.rates_min_sent == 50 and stored.per_connection == 40
    options = engine_options(stored, None)
    assert (options.max_bounce_rate, options.max_complaint_rate) == (0.025, 0.0005)
    assert options.rates_min_sent == 50 and options.per_connection == 40
    # A caller's own value (a test, a benchmark) wins over the profile's; defaults do not.
    mine = engine_options(stored, EngineOptions(connections=1, max_bounce_rate=0.2))
    assert mine.max_bounce_rate == 0.2 and mine.max_complaint_rate == 0.0005


def test_a_profile_saved_as_tested_is_not_flagged_by_preflight(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    server = ScriptedServer(ScriptedHandler()).start()
    try:
        dialog, _ = _dialog(qtbot, sqlite_store, workers)
        dialog.name.setText("Tested")
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(server.port)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.advanced.setChecked(True)
        dialog.helo.setText("shop.example.org")
        with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT) as ok:
            dialog.test_button.click()
        assert ok.args[0] is True
        with qtbot.waitSignal(dialog.profile_saved, timeout=TIMEOUT) as saved:
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert saved.args[0].tested_at is not None
        assert saved.args[0].data.helo_name == "shop.example.org"
        assert server.handler.sessions == 1
    finally:
        server.stop()


def test_editing_a_profile_keeps_its_password_and_changes_its_limits(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    from envoi.sending.profiles import ProfileData

    server = ScriptedServer(ScriptedHandler()).start()
    try:
        secrets = MemorySecretStore()
        service = ProfileService(sqlite_store, secrets)
        record = service.add(ProfileData("Shop", "127.0.0.1", server.port, "none",
                                         per_second=5), "s3cret")  # fmt: skip
        dialog = ProfileDialog(service, workers, None, record)
        qtbot.addWidget(dialog)
        assert dialog.name.text() == "Shop" and dialog.port.value() == server.port
        assert dialog.per_second.value() == 5 and dialog.password.text() == ""
        with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT) as ok:
            dialog.test_button.click()  # with the stored password
        assert ok.args[0] is True
        dialog.name.setText("Shop (OVH)")
        dialog.per_second.setValue(12)
        dialog.advanced.setChecked(True)
        dialog.max_bounce.setValue(3)
        with qtbot.waitSignal(dialog.profile_saved, timeout=TIMEOUT):
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        edited = service.get(record.id)
        assert edited.data.name == "Shop (OVH)" and edited.data.per_second == 12
        assert edited.data.max_bounce_rate == 0.03 and edited.data.port == server.port
        # The test passed with the saved server and login: a new name and limits keep it.
        assert edited.tested_at is not None
        assert secrets.get("Shop (OVH)") == "s3cret" and secrets.get("Shop") is None
        assert len(service.all()) == 1
    finally:
        server.stop()


def test_a_passed_test_of_a_saved_profile_is_recorded_even_if_the_dialog_is_cancelled(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 point 7: after a successful Test connection, preflight never says "The
    profile was never tested"."""
    from envoi.sending.campaigns import CampaignData, CampaignService
    from envoi.sending.preflight import preflight
    from envoi.sending.profiles import ProfileData
    from envoi.store.models import ContactList

    server = ScriptedServer(ScriptedHandler()).start()
    try:
        service = ProfileService(sqlite_store, MemorySecretStore())
        record = service.add(ProfileData("Shop", "127.0.0.1", server.port, "none"))
        with sqlite_store.session() as s:
            s.add(ContactList(name="none"))
        CampaignService(sqlite_store).create(CampaignData(
            "c", "shop@example.org", "Hi", "Hello", profile_id=record.id, lists=["none"]
        ))  # fmt: skip

        def flagged() -> bool:
            report = preflight(sqlite_store, "c", service)
            return any(i.code == "profile_not_tested" for i in report.issues)

        assert flagged()
        # Both dialogs stay referenced until the end: a dialog collected while the worker
        # bridge still delivers to the window can take Qt down with it.
        first = ProfileDialog(service, workers, None, record)
        qtbot.addWidget(first)
        with qtbot.waitSignal(first.test_finished, timeout=TIMEOUT) as ok:
            first.test_button.click()
        assert ok.args[0] is True
        first.reject()  # closed without Save
        assert service.get(record.id).tested_at is not None
        assert not flagged()
        # A failed test records nothing; another server asks for a new test.
        second = ProfileDialog(service, workers, None, service.get(record.id))
        qtbot.addWidget(second)
        second.port.setValue(free_port())
        with qtbot.waitSignal(second.test_finished, timeout=TIMEOUT) as refused:
            second.test_button.click()
        assert refused.args[0] is False
        with qtbot.waitSignal(second.profile_saved, timeout=TIMEOUT):
            second.buttons.button(second.buttons.StandardButton.Save).click()
        assert service.get(record.id).tested_at is None and flagged()
        qtbot.waitUntil(lambda: workers.pending() == 0, timeout=TIMEOUT)
    finally:
        server.stop()
