"""The Campaigns area: recovery shown on opening, the list, a send from the progress view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

# See test_campaign_progress_view: CPython 3.11 compile() race with the send thread.
import hypothesis  # noqa: F401
import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import insert, select

from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.store.sending_models import Campaign, Delivery
from envoi.ui.bridge import WorkerBridge
from envoi.ui.context import UiContext
from envoi.ui.views.campaigns.campaigns_view import CampaignsView
from envoi.ui.views.campaigns.profile_dialog import ProfileDialog
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer

TIMEOUT = 30000


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer(ScriptedHandler()).start()
    yield s
    s.stop()


def _campaigns(store: Store, port: int) -> tuple[int, int]:
    with store.session() as s:
        lst = ContactList(name="vip")
        s.add(lst)
        s.flush()
        ids = s.scalars(
            select(Contact.id).where(Contact.status == "subscribed").order_by(Contact.id).limit(40)
        ).all()
        s.execute(insert(ListMember), [{"list_id": lst.id, "contact_id": i} for i in ids])
    profile = ProfileService(store, MemorySecretStore()).add(
        ProfileData("local", "127.0.0.1", port, "none", connections=2)
    )
    service = CampaignService(store)
    fresh = service.create(CampaignData("Autumn", "shop@example.org", "Hi", "Hello",
                                        profile_id=profile.id, lists=["vip"]))  # fmt: skip
    crashed = service.create(CampaignData("Crashed", "shop@example.org", "Hi", "Hello",
                                          profile_id=profile.id, lists=["vip"]))  # fmt: skip
    # As a crash would leave it: running, a dead runner, one delivery in flight.
    with store.session() as s:
        row = s.get(Campaign, crashed.id)
        assert row is not None
        row.status, row.runner = "running", "elsewhere:1"
        first = s.scalars(select(Delivery).where(Delivery.campaign_id == crashed.id)).first()
        assert first is not None
        first.status = "sending"
    return fresh.id, crashed.id


def test_campaigns_area_recovers_lists_and_sends(
    qtbot, services, server: ScriptedServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fresh, _crashed = _campaigns(services.store, server.port)
    workers = WorkerBridge()
    ctx = UiContext(
        services, workers, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    view.show()
    try:
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT)
        assert "Crashed" in view.recovered.text() and "1 messages" in view.recovered.text()
        states = {r.name: r.status for r in view.model.rows}
        assert states == {"Autumn": "draft", "Crashed": "paused"}
        view.table.selectRow(0)
        progress = view.open_campaign(fresh)
        assert view.stack.currentWidget() is progress
        qtbot.waitUntil(lambda: progress.send_button.isEnabled(), timeout=TIMEOUT)
        with qtbot.waitSignal(progress.runner.run_finished, timeout=TIMEOUT) as done:
            progress.send_button.click()
            qtbot.waitUntil(progress.confirm_button.isVisible, timeout=TIMEOUT)
            progress.confirm_button.click()
        stats = done.args[0]
        assert stats.status == "completed" and stats.counts["queued"] == 0
        assert len(server.handler.counts()) == stats.counts["sent"] > 30
        assert progress.counts["sent"].text() == str(stats.counts["sent"])
        qtbot.waitUntil(
            lambda: {r.name: r.status for r in view.model.rows}["Autumn"] == "completed",
            timeout=TIMEOUT,
        )
    finally:
        view.pause_all()
        workers.shutdown()


def test_new_campaign_dialog_freezes_the_audience(
    qtbot, services, server: ScriptedServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from envoi.ui.views.campaigns.new_campaign_dialog import NewCampaignDialog

    _campaigns(services.store, server.port)
    workers = WorkerBridge()
    try:
        profiles = ProfileService(services.store, MemorySecretStore())
        dialog = NewCampaignDialog(services.store, profiles, workers)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.choices_loaded, timeout=TIMEOUT):
            pass
        assert dialog.lists.count() == 1 and dialog.profile.count() == 1
        dialog.name.setText("Winter")
        dialog.from_email.setText("shop@example.org")
        dialog.lists.item(0).setCheckState(Qt.CheckState.Checked)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        ok.click()
        assert "subject" in dialog.error.text()  # refused before any database work
        dialog.subject.setText("Hello {{ first_name }}")
        dialog.body.setPlainText("Hi! To unsubscribe, reply STOP.")
        dialog.scheduled.setChecked(True)
        dialog.timezone.setText("Europe/Paris")
        with qtbot.waitSignal(dialog.campaign_created, timeout=TIMEOUT) as created:
            ok.click()
        record = created.args[0]
        assert record.name == "Winter" and record.status == "scheduled"
        assert record.total == CampaignService(services.store).get("Autumn").total
        assert record.scheduled_at is not None
    finally:
        workers.shutdown()


def test_the_profiles_menu_adds_and_edits(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ProfileService(services.store, MemorySecretStore()).add(
        ProfileData("local", "127.0.0.1", 2525, "none")
    )
    workers = WorkerBridge()
    ctx = UiContext(
        services, workers, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    try:
        view.profile_menu.aboutToShow.emit()
        texts = [a.text() for a in view.profile_menu.actions() if not a.isSeparator()]
        assert texts == ["New SMTP profile…", "Edit local…", "Delete local…"]
        edit = next(a for a in view.profile_menu.actions() if a.text() == "Edit local…")
        edit.trigger()
        dialog = view.findChild(ProfileDialog)
        assert dialog is not None and dialog.host.text() == "127.0.0.1"
        assert dialog.port.value() == 2525
        dialog.reject()
    finally:
        workers.shutdown()


def test_a_profile_is_deleted_after_confirmation_unless_a_scheduled_campaign_uses_it(
    qtbot, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QMessageBox

    store = services.store
    profiles = ProfileService(store, MemorySecretStore())
    busy = profiles.add(ProfileData("busy", "127.0.0.1", 2525, "none"))
    spare = profiles.add(ProfileData("spare", "127.0.0.1", 2526, "none"))
    with store.session() as s:
        s.add(ContactList(name="few"))
    CampaignService(store).create(CampaignData(
        "Later", "shop@example.org", "Hi", "Hello", profile_id=busy.id, lists=["few"],
        scheduled_at=datetime.now() + timedelta(days=1),
    ))  # fmt: skip
    workers = WorkerBridge()
    ctx = UiContext(
        services, workers, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    try:
        # Cancel deletes nothing.
        box = view.ask_delete_profile(spare)
        assert "spare" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.wait(100)
        assert {p.data.name for p in profiles.all()} == {"busy", "spare"}
        # Confirmed: gone.
        box = view.ask_delete_profile(spare)
        with qtbot.waitSignal(view.profile_deleted, timeout=TIMEOUT) as deleted:
            box.button(QMessageBox.StandardButton.Yes).click()
        assert deleted.args == ["spare"]
        assert {p.data.name for p in profiles.all()} == {"busy"}
        # Used by a scheduled campaign: the confirmation names it, the deletion is refused.
        box = view.ask_delete_profile(busy)
        assert "Later" in box.informativeText()
        with qtbot.waitSignal(view.profile_delete_refused, timeout=TIMEOUT) as refused:
            box.button(QMessageBox.StandardButton.Yes).click()
        assert "Later" in refused.args[0] and "scheduled or sending" in refused.args[0]
        assert view.delete_refused is not None and "Later" in view.delete_refused.text()
        assert [p.data.name for p in profiles.all()] == ["busy"]
    finally:
        workers.shutdown()
