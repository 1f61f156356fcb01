"""File > Back up database / Restore from backup, driven as the window drives them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from envoi.contacts.service import ContactService
from envoi.store.backup import back_up, verify
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.restore import RestorePlan
from envoi.ui.views.backup import backup_actions, restore_actions
from envoi.ui.views.backup.backup_actions import back_up_database, restore_database
from envoi.ui.widgets import restart
from tests.support.backup_db import contact_emails, hidden_files, writing

TIMEOUT = 20000


def _live(window: Any) -> Path:
    return Path(window._context.services.store.engine.url.database)


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    shown: list[BaseException] = []
    for module in (backup_actions, restore_actions):
        monkeypatch.setattr(module, "show_error", lambda _p, exc, _t="": shown.append(exc))
    return shown


def test_backup_from_the_file_menu_while_the_database_is_written(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _errors(monkeypatch)
    target = tmp_path / "saved" / "weekly"  # no extension typed: .envoi is added
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Envoi backups (*.envoi)")
    )
    store: Store = window._context.services.store
    with writing(store.engine):
        window.backup_action.trigger()
        written = tmp_path / "saved" / "weekly.envoi"
        qtbot.waitUntil(lambda: "weekly.envoi" in window._status.text(), timeout=TIMEOUT)
    assert shown == []
    summary = verify(written)
    assert summary.count("contacts") == 3000
    assert "KB" in window._status.text() or "MB" in window._status.text()
    assert window._context.settings.value(backup_actions.FOLDER_KEY) == str(target.parent)
    assert [p.name for p in written.parent.iterdir()] == ["weekly.envoi"]


def test_backup_of_a_team_database_says_who_backs_it_up(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    from envoi.store.backup import TeamDatabaseError
    from envoi.ui.app import build_services, build_window
    from tests.conftest import _new_pg_database

    pg = Store.from_url(_new_pg_database(request.getfixturevalue("pg_server")))
    upgrade(pg.engine)
    services = build_services(pg)
    try:
        win = build_window(services, tmp_path / "window.ini")
        qtbot.addWidget(win)
        shown = _errors(monkeypatch)
        asked: list[object] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
        assert back_up_database(win, win._context) is None
        assert restore_database(win, win._context, backup=tmp_path / "x.envoi") is None
        assert asked == []  # no file dialog first
        assert len(shown) == 2 and all(isinstance(e, TeamDatabaseError) for e in shown)
        assert "pg_dump" in shown[0].hint and "pg_restore" in shown[1].hint
        win.close()
    finally:
        services.close()
        pg.dispose()


def _other_backup(tmp_path: Path) -> Path:
    source = tmp_path / "other" / "envoi.sqlite3"
    source.parent.mkdir()
    store = Store.from_url(f"sqlite:///{source}")
    try:
        upgrade(store.engine)
        ContactService(store).add("ada@example.com")
        ContactService(store).add("bob@example.com")
    finally:
        store.dispose()
    return back_up(source, tmp_path / "other.envoi").path


def test_restore_replaces_the_data_after_confirmation(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _errors(monkeypatch)
    monkeypatch.setattr(restore_actions.QMessageBox, "information", lambda *_a, **_k: None)
    saved = _other_backup(tmp_path)
    live = _live(window)
    asked: list[RestorePlan] = []
    restarted: list[bool] = []

    def confirm(plan: RestorePlan) -> bool:
        asked.append(plan)
        return True

    task = restore_database(
        window, window._context, backup=saved, confirm=confirm,
        restart=lambda: restarted.append(True),
    )  # fmt: skip
    assert task is not None
    with qtbot.waitSignal(task.restored, timeout=TIMEOUT) as got:
        pass
    assert shown == []
    plan = asked[0]
    assert plan.current is not None and plan.current.count("contacts") == 3000
    assert plan.incoming.count("contacts") == 2
    described = task.describe(plan.incoming)
    assert "2 contacts" in described and "0 campaigns" in described
    assert contact_emails(live) == ["ada@example.com", "bob@example.com"]
    kept = got.args[0].kept
    assert kept is not None and len(contact_emails(kept)) == 3000
    qtbot.waitUntil(lambda: restarted == [True], timeout=TIMEOUT)


def test_the_confirmation_shows_both_databases_and_defaults_to_cancel(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _errors(monkeypatch)
    seen: list[str] = []

    def fake_exec(box: Any) -> int:
        seen.append(box.text() + "\n" + box.informativeText())
        return 0  # closed without a click: the default (Cancel) is not "Restore"

    monkeypatch.setattr(restore_actions.QMessageBox, "exec", fake_exec)
    live = _live(window)
    task = restore_database(window, window._context, backup=_other_backup(tmp_path))
    assert task is not None
    with qtbot.waitSignal(task.stopped, timeout=TIMEOUT):
        pass
    assert shown == [] and len(seen) == 1
    assert "Now: 3000 contacts" in seen[0]
    assert "Backup other.envoi: 2 contacts" in seen[0]
    assert "envoi.sqlite3.before-restore-" in seen[0]
    assert len(contact_emails(live)) == 3000


def test_a_declined_restore_leaves_the_database_unchanged(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _errors(monkeypatch)
    saved = _other_backup(tmp_path)
    live = _live(window)
    before = contact_emails(live)
    restarted: list[bool] = []
    task = restore_database(
        window, window._context, backup=saved, confirm=lambda _plan: False,
        restart=lambda: restarted.append(True),
    )  # fmt: skip
    assert task is not None
    with qtbot.waitSignal(task.stopped, timeout=TIMEOUT) as got:
        pass
    assert got.args == [None] and shown == [] and restarted == []
    assert contact_emails(live) == before
    assert hidden_files(live.parent) == []
    assert "Nothing was restored" in window._status.text()
    # The window keeps working on its database.
    assert window._context.services.contacts.find(before[0]) is not None


def test_restore_of_a_file_that_is_not_a_backup_is_refused(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _errors(monkeypatch)
    notes = tmp_path / "notes.envoi"
    notes.write_text("hello")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(notes), "Envoi backups (*.envoi)")
    )
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert "not an Envoi backup" in shown[0].args[0]
    assert len(contact_emails(_live(window))) == 3000


def test_restore_is_refused_while_a_campaign_is_sending(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _errors(monkeypatch)
    with window._context.services.store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO campaigns (name, from_email, audience, status) "
                "VALUES ('Spring sale', 'shop@example.com', '{}', 'running')"
            )
        )
    assert restore_database(window, window._context, backup=_other_backup(tmp_path)) is None
    assert "sending" in shown[0].args[0]
    assert len(contact_emails(_live(window))) == 3000


def test_restart_runs_the_same_program_with_the_same_arguments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(restart.sys, "argv", ["/x/envoi", "--db", "sqlite:///a.db"])
    program, args = restore_actions.restart_command()
    assert program == restart.sys.executable
    assert args == ["-m", "envoi", "--db", "sqlite:///a.db"]
    monkeypatch.setattr(restart.sys, "frozen", True, raising=False)
    monkeypatch.setattr(restart.sys, "executable", "/opt/Envoi/envoi")
    assert restore_actions.restart_command() == ("/opt/Envoi/envoi", ["--db", "sqlite:///a.db"])
