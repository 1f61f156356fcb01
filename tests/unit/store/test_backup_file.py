"""Backups to one .envoi file while the database is written, and their checks."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from envoi.contacts.service import ContactService
from envoi.events import CancelToken
from envoi.store import backup as backup_module
from envoi.store.backup import (
    BackupCancelled,
    BackupError,
    TeamDatabaseError,
    back_up,
    default_backup_name,
    sqlite_file,
    verify,
)
from envoi.store.engine import Store
from envoi.store.migrate import head_revision
from tests.support.backup_db import hidden_files, writing
from tests.ui.conftest import fill


def _count(path: Path, table: str = "contacts") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_default_name_has_the_date_and_the_envoi_extension() -> None:
    from datetime import datetime

    assert default_backup_name(datetime(2026, 3, 4, 9, 7)) == "Envoi backup 2026-03-04 0907.envoi"


def test_backup_is_one_checked_file_with_the_data(sqlite_store: Store, tmp_path: Path) -> None:
    fill(sqlite_store, 1200)
    ContactService(sqlite_store).create_list("Newsletter")
    target = tmp_path / "out" / "copy.envoi"
    target.parent.mkdir()
    seen: list[tuple[int, int]] = []
    result = back_up(
        sqlite_file(sqlite_store.engine), target, progress=lambda d, t: seen.append((d, t)),
        pages_per_step=16,
    )  # fmt: skip
    assert result.path == target and result.size == target.stat().st_size
    assert result.summary.counts["contacts"] == 1200 and result.summary.counts["lists"] == 1
    assert result.summary.revision == head_revision()
    # Several steps, in order, ending at the total.
    assert len(seen) > 3 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    # One self-contained file (not WAL), no temporary file left, and it passes a full check.
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.envoi"]
    assert verify(target).counts["contacts"] == 1200


def test_backup_finishes_while_another_connection_keeps_writing(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """Without a snapshot the backup API restarts after every foreign write and may never end."""
    fill(sqlite_store, 20000)
    steps = 0

    def progress(_done: int, _total: int) -> None:
        nonlocal steps
        steps += 1

    with writing(sqlite_store.engine) as writer:
        while writer.writes < 5:
            pass
        result = back_up(
            sqlite_file(sqlite_store.engine), tmp_path / "busy.envoi", progress=progress,
            pages_per_step=4,
        )  # fmt: skip
        written_during = writer.writes
    assert written_during > 5
    pages = int(sqlite3.connect(tmp_path / "busy.envoi").execute("PRAGMA page_count").fetchone()[0])
    # One pass over the pages: no restart from page one.
    assert steps <= pages // 4 + 2
    assert result.summary.counts["contacts"] == 20000
    assert 5 <= result.summary.counts["tags"] <= writer.writes


def test_cancelled_backup_leaves_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    fill(sqlite_store, 2000)
    token = CancelToken()

    def progress(done: int, _total: int) -> None:
        if done > 0:
            token.cancel()

    with pytest.raises(BackupCancelled):
        back_up(
            sqlite_file(sqlite_store.engine), tmp_path / "x.envoi", progress=progress,
            cancel=token, pages_per_step=8,
        )  # fmt: skip
    assert not (tmp_path / "x.envoi").exists()
    assert hidden_files(tmp_path) == []


def test_a_failed_final_write_keeps_the_old_backup_and_leaves_no_half_file(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "weekly.envoi"
    target.write_bytes(b"the previous backup")

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.os, "replace", disk_full)
    with pytest.raises(BackupError) as caught:
        back_up(sqlite_file(sqlite_store.engine), target)
    assert "could not write the backup" in caught.value.user_message
    assert "room" in caught.value.hint
    assert target.read_bytes() == b"the previous backup"
    assert hidden_files(tmp_path) == []


def test_backup_into_a_missing_folder_or_onto_the_database_is_refused(
    sqlite_store: Store, tmp_path: Path
) -> None:
    source = sqlite_file(sqlite_store.engine)
    with pytest.raises(BackupError, match="does not exist"):
        back_up(source, tmp_path / "nowhere" / "x.envoi")
    with pytest.raises(BackupError, match="cannot replace the database"):
        back_up(source, source)
    assert _count(source) == 0


@pytest.mark.postgres
def test_a_team_database_is_backed_up_by_its_server(
    pg_server: object, request: pytest.FixtureRequest
) -> None:
    from tests.conftest import _new_pg_database

    store = Store.from_url(_new_pg_database(request.getfixturevalue("pg_server")))
    try:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        with pytest.raises(TeamDatabaseError) as caught:
            sqlite_file(store.engine)
        assert "pg_dump" in caught.value.hint
        with pytest.raises(TeamDatabaseError) as caught:
            sqlite_file(store.engine, "restore")
        assert "pg_restore" in caught.value.hint
    finally:
        store.dispose()


def test_memory_database_has_no_file() -> None:
    store = Store.from_url("sqlite:///:memory:")
    with pytest.raises(BackupError, match="only in memory"):
        sqlite_file(store.engine)


def test_verify_refuses_other_files(tmp_path: Path, sqlite_store: Store) -> None:
    text_file = tmp_path / "notes.envoi"
    text_file.write_text("not a database")
    with pytest.raises(BackupError, match="not a database file"):
        verify(text_file)

    other = tmp_path / "other.envoi"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="holds no Envoi data"):
        verify(other)

    fill(sqlite_store, 3000)
    good = back_up(sqlite_file(sqlite_store.engine), tmp_path / "good.envoi").path
    damaged = tmp_path / "damaged.envoi"
    data = bytearray(good.read_bytes())
    page = 4096
    # Scribble over the middle of the file (table and index pages), keep the header.
    for offset in range(len(data) // 2, len(data) // 2 + 4 * page, 7):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError) as caught:
        verify(damaged)
    assert "damaged" in caught.value.user_message or "cannot be read" in caught.value.user_message
    assert os.path.getsize(damaged) == len(data)  # checking never writes
