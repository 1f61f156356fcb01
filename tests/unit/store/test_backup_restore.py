"""Restoring a backup: checked before anything is touched, the old database kept beside it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from envoi.contacts.service import ContactService
from envoi.store import migrate
from envoi.store.backup import BackupError, back_up, sqlite_file
from envoi.store.engine import Store
from envoi.store.migrate import current_revision, head_revision, upgrade
from envoi.store.restore import (
    RestoreRefused,
    apply_restore,
    campaigns_sending,
    discard,
    known_revisions,
    prepare_restore,
)
from tests.support.backup_db import contact_emails, hidden_files


@pytest.fixture
def live(tmp_path: Path) -> Path:
    return tmp_path / "data" / "envoi.sqlite3"


def _make_db(path: Path, *emails: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.from_url(f"sqlite:///{path}")
    try:
        upgrade(store.engine)
        service = ContactService(store)
        for email in emails:
            service.add(email)
    finally:
        store.dispose()
    return path


def _backup_of(tmp_path: Path, *emails: str) -> Path:
    source = _make_db(tmp_path / "src" / "envoi.sqlite3", *emails)
    return back_up(source, tmp_path / "saved.envoi").path


def test_restore_replaces_the_data_and_keeps_the_old_database(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com", "bob@example.com")
    _make_db(live, "zoe@example.com")
    plan = prepare_restore(saved, live)
    # Nothing touched yet; both sides summarised for the confirmation.
    assert contact_emails(live) == ["zoe@example.com"]
    assert plan.current is not None and plan.current.count("contacts") == 1
    assert plan.incoming.count("contacts") == 2 and plan.incoming.path == saved
    assert plan.incoming.made_at is not None and not plan.migrates

    result = apply_restore(plan, now=datetime(2026, 5, 6, 7, 8, 9))
    assert contact_emails(live) == ["ada@example.com", "bob@example.com"]
    assert result.kept == live.with_name("envoi.sqlite3.before-restore-20260506-070809")
    assert contact_emails(result.kept) == ["zoe@example.com"]
    assert sorted(p.name for p in live.parent.iterdir()) == [
        "envoi.sqlite3",
        "envoi.sqlite3.before-restore-20260506-070809",
    ]
    assert saved.is_file()  # the backup itself is not consumed
    # The restored file opens as usual.
    store = Store.from_url(f"sqlite:///{live}")
    try:
        assert ContactService(store).find("ada@example.com") is not None
    finally:
        store.dispose()


def test_a_discarded_plan_changes_nothing(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com")
    _make_db(live, "zoe@example.com")
    before = live.read_bytes()
    plan = prepare_restore(saved, live)
    discard(plan)
    assert live.read_bytes() == before and hidden_files(live.parent) == []


def test_restore_refused_while_the_database_is_open_elsewhere(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com")
    _make_db(live, "zoe@example.com")
    other = Store.from_url(f"sqlite:///{live}")  # another window or a cron send
    try:
        with other.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM contacts"))
            plan = prepare_restore(saved, live)
            with pytest.raises(RestoreRefused, match="still using the database"):
                apply_restore(plan)
            discard(plan)
        assert ContactService(other).find("zoe@example.com") is not None
    finally:
        other.dispose()
    assert contact_emails(live) == ["zoe@example.com"]
    assert [p.name for p in live.parent.iterdir() if "before-restore" in p.name] == []


def test_restore_refused_while_a_campaign_is_sending(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com")
    _make_db(live, "zoe@example.com")
    conn = sqlite3.connect(live)
    conn.execute(
        "INSERT INTO campaigns (name, from_email, audience, status) "
        "VALUES ('Spring sale', 'shop@example.com', '{}', 'running')"
    )
    conn.commit()
    conn.close()
    assert campaigns_sending(live) == ["Spring sale"]
    plan = prepare_restore(saved, live)
    with pytest.raises(RestoreRefused) as caught:
        apply_restore(plan)
    assert "sending" in caught.value.user_message and "Spring sale" in caught.value.detail
    discard(plan)
    assert contact_emails(live) == ["zoe@example.com"]


def test_a_backup_from_a_newer_envoi_is_refused(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com")
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    _make_db(live, "zoe@example.com")
    with pytest.raises(RestoreRefused, match="newer version of Envoi"):
        prepare_restore(saved, live)
    assert hidden_files(live.parent) == [] and contact_emails(live) == ["zoe@example.com"]


def test_an_older_backup_is_restored_and_migrated_on_opening(tmp_path: Path, live: Path) -> None:
    revisions, head = known_revisions()
    assert revisions[-1] == head == head_revision()
    source = _make_db(tmp_path / "src" / "envoi.sqlite3", "ada@example.com")
    store = Store.from_url(f"sqlite:///{source}")
    try:
        cfg = migrate._config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revisions[-2])
    finally:
        store.dispose()
    saved = back_up(source, tmp_path / "old.envoi").path
    _make_db(live, "zoe@example.com")
    plan = prepare_restore(saved, live)
    assert plan.migrates and plan.incoming.revision == revisions[-2]
    apply_restore(plan)
    store = Store.from_url(f"sqlite:///{live}")
    try:
        assert current_revision(store.engine) == revisions[-2]
        copy = upgrade(store.engine)
        assert current_revision(store.engine) == head
    finally:
        store.dispose()
    assert copy is not None and copy.is_file()
    assert contact_emails(live) == ["ada@example.com"]


def test_bad_files_are_refused_before_anything_is_touched(tmp_path: Path, live: Path) -> None:
    _make_db(live, "zoe@example.com")
    before = live.read_bytes()
    notes = tmp_path / "notes.envoi"
    notes.write_text("hello")
    with pytest.raises(BackupError, match="not a database file"):
        prepare_restore(notes, live)
    with pytest.raises(BackupError, match="does not exist"):
        prepare_restore(tmp_path / "missing.envoi", live)
    with pytest.raises(BackupError, match="the database Envoi is using"):
        prepare_restore(live, live)
    assert live.read_bytes() == before and hidden_files(live.parent) == []


def test_restore_into_a_first_run_has_nothing_to_keep(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com")
    live.parent.mkdir()
    plan = prepare_restore(saved, live)
    assert plan.current is None
    result = apply_restore(plan)
    assert result.kept is None and contact_emails(live) == ["ada@example.com"]


def test_the_restored_file_does_not_carry_the_backup_time(tmp_path: Path, live: Path) -> None:
    saved = _backup_of(tmp_path, "ada@example.com")
    _make_db(live)
    apply_restore(prepare_restore(saved, live))
    conn = sqlite3.connect(live)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    engine_store = Store.from_url(f"sqlite:///{live}")
    try:
        assert sqlite_file(engine_store.engine) == live.resolve()
    finally:
        engine_store.dispose()


def test_a_hand_copied_database_brings_its_wal_writes(tmp_path: Path, live: Path) -> None:
    """A user who copied envoi.sqlite3 and its -wal by hand gets the writes still in the -wal."""
    source = _make_db(tmp_path / "src" / "envoi.sqlite3", "ada@example.com")
    store = Store.from_url(f"sqlite:///{source}")
    try:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
            ContactService(store).add("late@example.com")
            copied = tmp_path / "copied.sqlite3"
            shutil.copyfile(source, copied)
            shutil.copyfile(f"{source}-wal", f"{copied}-wal")
    finally:
        store.dispose()
    _make_db(live)
    plan = prepare_restore(copied, live)
    assert plan.incoming.count("contacts") == 2
    apply_restore(plan)
    assert contact_emails(live) == ["ada@example.com", "late@example.com"]
    assert Path(f"{copied}-wal").is_file()  # the user's files are left as they were
