"""A copy of the SQLite file is made before a migration changes it, and only then."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from envoi.store import migrate
from envoi.store.engine import Store, make_engine
from envoi.store.migrate import backup_sqlite, current_revision, head_revision, upgrade


def _backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".bak" in p.name)


def _migrated(path: Path) -> Store:
    store = Store.from_url(f"sqlite:///{path}")
    upgrade(store.engine)
    return store


def _table_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        conn.close()


def test_backup_copies_the_file_including_uncheckpointed_wal(tmp_path: Path) -> None:
    db = tmp_path / "envoi.sqlite3"
    store = _migrated(db)
    try:
        # A write still sitting in the -wal file must be in the copy too.
        with store.engine.begin() as conn:
            conn.execute(text("CREATE TABLE probe (v TEXT)"))
            conn.execute(text("INSERT INTO probe VALUES ('kept')"))
        copy = backup_sqlite(store.engine, "before-test")
    finally:
        store.dispose()
    assert copy is not None and copy.is_file()
    assert copy.parent == tmp_path
    assert copy.name.startswith("envoi.before-test-") and copy.name.endswith(".bak.sqlite3")
    assert _table_rows(copy, "probe") == [("kept",)]
    assert _table_rows(copy, "alembic_version") == [(head_revision(),)]
    # The original is untouched.
    assert _table_rows(db, "probe") == [("kept",)]


def test_no_backup_for_a_missing_or_empty_file(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'absent.sqlite3'}")
    assert backup_sqlite(engine, "x") is None
    (tmp_path / "empty.sqlite3").touch()
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert backup_sqlite(engine, "x") is None
    assert _backups(tmp_path) == []


def test_no_backup_for_memory_or_postgresql() -> None:
    assert backup_sqlite(make_engine("sqlite:///:memory:"), "x") is None
    # No connection is made: a PostgreSQL database is the server's to back up.
    assert backup_sqlite(make_engine("postgresql://envoi@127.0.0.1:1/envoi"), "x") is None


def test_first_upgrade_of_a_new_file_makes_no_backup(tmp_path: Path) -> None:
    store = Store.from_url(f"sqlite:///{tmp_path / 'envoi.sqlite3'}")
    try:
        assert upgrade(store.engine) is None
        assert current_revision(store.engine) == head_revision()
    finally:
        store.dispose()
    assert _backups(tmp_path) == []


def test_upgrade_of_an_up_to_date_database_makes_no_backup(tmp_path: Path) -> None:
    _migrated(tmp_path / "envoi.sqlite3").dispose()
    store = Store.from_url(f"sqlite:///{tmp_path / 'envoi.sqlite3'}")
    try:
        assert upgrade(store.engine) is None
    finally:
        store.dispose()
    assert _backups(tmp_path) == []


def test_upgrade_backs_up_a_database_behind_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With only one revision we cannot build an older database, so pretend a newer head."""
    db = tmp_path / "envoi.sqlite3"
    store = _migrated(db)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TABLE probe (v TEXT)"))
        conn.execute(text("INSERT INTO probe VALUES ('before the update')"))
    store.dispose()

    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    store = Store.from_url(f"sqlite:///{db}")
    try:
        copy = upgrade(store.engine)
    finally:
        store.dispose()
    assert copy is not None
    assert copy.name.startswith("envoi.before-9999_future-")
    assert _backups(tmp_path) == [copy]
    assert _table_rows(copy, "probe") == [("before the update",)]


def test_upgrade_with_backup_disabled_makes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "envoi.sqlite3"
    _migrated(db).dispose()
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    store = Store.from_url(f"sqlite:///{db}")
    try:
        assert upgrade(store.engine, backup=False) is None
    finally:
        store.dispose()
    assert _backups(tmp_path) == []


def test_real_upgrade_from_the_previous_revision_backs_up_first(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(migrate._config())
    head = script.get_revision(head_revision())
    if head is None or not head.down_revision:
        pytest.skip("only one migration so far: no older schema to start from")
    db = tmp_path / "envoi.sqlite3"
    store = _migrated(db)
    try:
        cfg = migrate._config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
        older = current_revision(store.engine)
        assert older != head_revision()
        copy = upgrade(store.engine)
        assert current_revision(store.engine) == head_revision()
    finally:
        store.dispose()
    assert copy is not None and copy.is_file()
    assert _table_rows(copy, "alembic_version") == [(older,)]
