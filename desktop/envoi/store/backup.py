"""Back up the SQLite database to one ``.envoi`` file while Envoi runs, and check such a file.

The copy uses SQLite's online backup API from a connection of its own that first opens a
read transaction: the backup then copies that snapshot page by page (with progress) while
the app keeps writing to the WAL. Without the snapshot, every write by another connection
restarts the backup from page one, and a sending campaign can keep it from ever finishing.

The copy goes to a hidden temporary file in the target folder, is switched out of WAL mode
(one self-contained file), checked (``quick_check``, ``alembic_version``) and only then
renamed to its name: a failure or a full disk never leaves a half backup under that name.
The time of the backup is kept in the copy's ``PRAGMA user_version`` (Envoi does not use it
otherwise), so a restore can tell when the backup was made. Restoring is in
``envoi.store.restore``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from envoi.errors import EnvoiError, Text
from envoi.events import CancelToken

BACKUP_SUFFIX = ".envoi"
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables counted in a summary, in the order they are shown.
COUNTED = ("contacts", "lists", "tags", "segments", "templates", "campaigns", "deliveries")
# Pages copied per backup step: 1024 pages of 4 KiB = 4 MiB, a few hundred progress
# reports for a 1 GB file, each step short enough for a prompt cancel.
PAGES_PER_STEP = 1024

ProgressCallback = Callable[[int, int], None]  # (done, total) in pages or bytes


class BackupError(EnvoiError):
    """A backup cannot be made or a backup file cannot be used."""


class TeamDatabaseError(BackupError):
    """The database is a PostgreSQL server: its administrator backs it up."""


class BackupCancelled(BackupError):
    """The user stopped the backup; nothing was written."""


@dataclass(frozen=True, slots=True)
class DatabaseSummary:
    """What a database file holds, as shown before a restore."""

    path: Path
    size: int
    revision: str | None
    made_at: datetime | None  # local time: the backup's time, else the file's
    counts: dict[str, int]  # table -> rows, for the COUNTED tables the file has

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    seconds: float
    summary: DatabaseSummary


def sqlite_file(engine: Engine, action: str = "backup") -> Path:
    """The SQLite file behind ``engine``; a clear error for a team (PostgreSQL) database."""
    if engine.dialect.name != "sqlite":
        where = engine.url.render_as_string(hide_password=True)
        tool = "pg_dump" if action == "backup" else "pg_restore or psql"
        raise TeamDatabaseError(
            Text("Envoi does not back up a shared team database.")
            if action == "backup"
            else Text("Envoi does not restore a shared team database."),
            Text(
                "The team database is on a PostgreSQL server: whoever runs that server makes and "
                "restores its backups with {tool}.",
                tool=tool,
            ),
            where,
        )
    database = engine.url.database
    if not database or database == ":memory:":
        raise BackupError(
            Text("This database lives only in memory: there is no file to back up or restore."),
            Text("Open Envoi on its database file (the default) to use backups."),
        )
    return Path(database).resolve()


def default_backup_name(now: datetime | None = None) -> str:
    return f"Envoi backup {(now or datetime.now()):%Y-%m-%d %H%M}{BACKUP_SUFFIX}"


def _write_error(target: Path, exc: BaseException) -> BackupError:
    return BackupError(
        Text("Envoi could not write the backup to {parent}.", parent=target.parent),
        Text(
            "Check that the disk has room for it and that you may write to that folder; your "
            "database is unchanged."
        ),
        f"{type(exc).__name__}: {exc}",
    )


def temp_path_beside(target: Path, tag: str) -> Path:
    """A hidden, unique name in ``target``'s folder (so the final rename stays on one disk)."""
    return target.with_name(f".{target.name}.{tag}-{os.getpid()}-{time.monotonic_ns()}.tmp")


def remove_with_sidecars(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


@contextlib.contextmanager
def open_existing(path: Path) -> Iterator[sqlite3.Connection]:
    # mode=rw: a missing file is an error, not a new empty database. Read-only (mode=ro)
    # would fail on a WAL database whose -shm cannot be created.
    conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=10, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def back_up(
    source: Path,
    target: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    pages_per_step: int = PAGES_PER_STEP,
) -> BackupResult:
    """Copy the live database ``source`` to ``target`` (replaced if it exists)."""
    started = time.perf_counter()
    source, target = source.resolve(), target.absolute()
    if not source.is_file():
        raise BackupError(
            Text("There is no database file to back up yet."),
            Text("Envoi creates it when it first opens; add some data first."),
            str(source),
        )
    if target.exists() and target.resolve() == source:
        raise BackupError(
            Text("A backup cannot replace the database it copies."),
            Text("Choose another name or folder than {source}.", source=source),
        )
    if not target.parent.is_dir():
        raise BackupError(
            Text("The folder {parent} does not exist.", parent=target.parent),
            Text("Choose an existing folder."),
        )
    temp = temp_path_beside(target, "part")

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel.cancelled:
            raise BackupCancelled("The backup was stopped; no file was written.")
        if progress is not None:
            progress(total - remaining, total)

    try:
        with open_existing(source) as src:
            # The snapshot that keeps other connections' writes from restarting the copy.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(temp, isolation_level=None)
            try:
                src.backup(dst, pages=max(1, pages_per_step), progress=step)
                src.execute("COMMIT")
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.execute(f"PRAGMA user_version={int(time.time())}")
            finally:
                dst.close()
        summary = verify(temp, quick=True)
        _fsync(temp)
        os.replace(temp, target)
    except BackupError:  # a cancel, or a copy that failed its check
        remove_with_sidecars(temp)
        raise
    except (sqlite3.Error, OSError) as exc:
        remove_with_sidecars(temp)
        if isinstance(exc, sqlite3.Error) and not _is_write_failure(exc):
            raise BackupError(
                Text("Envoi could not read its database to back it up."),
                Text("Try again; if it keeps failing, the database file may be damaged."),
                f"{type(exc).__name__}: {exc}",
            ) from exc
        raise _write_error(target, exc) from exc
    except BaseException:
        remove_with_sidecars(temp)
        raise
    summary = DatabaseSummary(
        target, target.stat().st_size, summary.revision, summary.made_at, summary.counts
    )
    return BackupResult(target, summary.size, time.perf_counter() - started, summary)


def _is_write_failure(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(w in text for w in ("disk", "full", "readonly", "read-only", "unable to open"))


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    return {str(r[0]) for r in rows}


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def not_a_backup(path: Path, why: str, detail: str = "") -> BackupError:
    return BackupError(
        Text("{name} is not an Envoi backup: {why}", name=path.name, why=why),
        Text("Choose a .envoi file made with File > Back up database or `envoi backup`."),
        detail or str(path),
    )


def verify(path: Path, *, quick: bool = False) -> DatabaseSummary:
    """Check that ``path`` is a sound Envoi database and summarise it (without writing)."""
    if not has_sqlite_header(path):
        raise not_a_backup(path, "it is not a database file.")
    try:
        with open_existing(path) as conn:
            check = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
            problems = [str(r[0]) for r in check.fetchmany(20)]
            if problems != ["ok"]:
                raise not_a_backup(path, "the file is damaged.", "\n".join(problems))
            return _summarize(conn, path)
    except sqlite3.DatabaseError as exc:
        raise not_a_backup(path, "the file cannot be read as a database.", str(exc)) from exc


def summarize(path: Path) -> DatabaseSummary:
    """The revision and counts of an Envoi database, without checking its pages."""
    try:
        with open_existing(path) as conn:
            return _summarize(conn, path)
    except sqlite3.DatabaseError as exc:
        raise not_a_backup(path, "the file cannot be read as a database.", str(exc)) from exc


def _summarize(conn: sqlite3.Connection, path: Path) -> DatabaseSummary:
    tables = _tables(conn)
    if "alembic_version" not in tables or "contacts" not in tables:
        raise not_a_backup(path, "it holds no Envoi data.", f"tables: {sorted(tables)}")
    versions = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
    counts = {
        table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in COUNTED
        if table in tables
    }
    stamp = int(conn.execute("PRAGMA user_version").fetchone()[0])
    made_at = (
        datetime.fromtimestamp(stamp, UTC).astimezone().replace(tzinfo=None)
        if stamp > 0
        else datetime.fromtimestamp(path.stat().st_mtime)
    )
    return DatabaseSummary(
        path=path,
        size=path.stat().st_size,
        revision=versions[0] if len(versions) == 1 else None,
        made_at=made_at,
        counts=counts,
    )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
