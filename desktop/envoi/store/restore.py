"""Replace the SQLite database with a backup, keeping the current one beside it.

In two steps, so that the user confirms with the facts in front of them and nothing is
touched before that: ``prepare_restore`` copies the chosen file next to the database (a
hidden temporary file), checks it fully (SQLite header, ``integrity_check``, an Envoi schema
this build knows) and summarises both databases; ``apply_restore`` then keeps the current
database as ``envoi.sqlite3.before-restore-YYYYMMDD-HHMMSS`` and renames the checked copy
into place. A plan that is not applied is discarded.

``apply_restore`` needs the database to itself: it switches the current file out of WAL
mode, which SQLite allows only to the sole connection, so a window, a scheduled send or a
command still using the database makes it stop with nothing changed, instead of leaving an
old ``-wal`` file to be replayed into the restored data. The caller disposes its own engines
first and reopens the database afterwards (the window restarts Envoi), so that the restored
file is migrated like any database at start-up.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from envoi.errors import Text
from envoi.store.backup import (
    BackupError,
    DatabaseSummary,
    ProgressCallback,
    has_sqlite_header,
    not_a_backup,
    open_existing,
    remove_with_sidecars,
    summarize,
    temp_path_beside,
    verify,
)
from envoi.store.sending_models import CampaignStatus

COPY_CHUNK = 4 * 1024 * 1024


class RestoreRefused(BackupError):
    """The restore would lose or break something; nothing was changed."""


@dataclass(frozen=True, slots=True)
class RestorePlan:
    backup: Path  # the file the user chose
    live: Path  # the database it replaces
    staged: Path  # the checked copy beside ``live``, renamed into place by apply_restore
    incoming: DatabaseSummary  # what the backup holds
    current: DatabaseSummary | None  # what the database holds now (None: no file yet)
    migrates: bool  # the backup's schema is older and will be brought up to date on opening


@dataclass(frozen=True, slots=True)
class RestoreResult:
    live: Path
    kept: Path | None  # the database as it was before the restore
    incoming: DatabaseSummary


def known_revisions() -> tuple[list[str], str]:
    """This build's migration revisions (oldest first) and its head."""
    from alembic.script import ScriptDirectory

    from envoi.store.migrate import _config

    script = ScriptDirectory.from_config(_config())
    revisions = [r.revision for r in script.walk_revisions()]
    head = script.get_current_head()
    assert head is not None
    return list(reversed(revisions)), head


def _check_revision(summary: DatabaseSummary) -> bool:
    """True when the backup will be migrated on opening; refuses one from a newer build."""
    revisions, head = known_revisions()
    if summary.revision == head:
        return False
    if summary.revision in revisions:
        return True
    raise RestoreRefused(
        f"{summary.path.name} was made by a newer version of Envoi.",
        "Install that version of Envoi (or a newer one) to restore this backup; "
        "your database is unchanged.",
        f"backup schema revision {summary.revision!r}; this Envoi knows up to {head!r}",
    )


def _copy(source: Path, dest: Path, progress: ProgressCallback | None) -> None:
    total = source.stat().st_size
    done = 0
    with source.open("rb") as src, dest.open("wb") as dst:
        while chunk := src.read(COPY_CHUNK):
            dst.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        dst.flush()
        os.fsync(dst.fileno())


def prepare_restore(
    backup: Path, live: Path, progress: ProgressCallback | None = None
) -> RestorePlan:
    """Copy and check ``backup``; raises (with nothing changed) when it cannot be restored."""
    backup, live = backup.absolute(), live.absolute()
    if not backup.is_file():
        raise BackupError(
            Text("{backup} does not exist.", backup=backup), Text("Choose an existing .envoi file.")
        )
    if live.exists() and backup.resolve() == live.resolve():
        raise BackupError(
            Text("This is the database Envoi is using, not a backup."),
            Text("Choose a .envoi file made with File > Back up database or `envoi backup`."),
        )
    if not has_sqlite_header(backup):
        raise not_a_backup(backup, "it is not a database file.")
    staged = temp_path_beside(live, "restore")
    try:
        _copy(backup, staged, progress)
        wal = Path(f"{backup}-wal")
        if wal.is_file():  # a database copied by hand while in WAL mode: its last writes
            shutil.copyfile(wal, f"{staged}-wal")
        incoming = verify(staged)
        migrates = _check_revision(incoming)
        made_at = incoming.made_at
        conn = sqlite3.connect(staged, isolation_level=None)
        try:
            # One self-contained file, and the backup's time stamp is not carried into the
            # live database (a later hand-made copy would show it as its backup time).
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA user_version=0")
        finally:
            conn.close()
        incoming = DatabaseSummary(
            backup, backup.stat().st_size, incoming.revision, made_at, incoming.counts
        )
        current = summarize(live) if live.is_file() and live.stat().st_size else None
    except BackupError:
        remove_with_sidecars(staged)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove_with_sidecars(staged)
        raise BackupError(
            Text(
                "Envoi could not copy the backup beside its database in {parent}.",
                parent=live.parent,
            ),
            Text("Check that the disk has room for it; your database is unchanged."),
            f"{type(exc).__name__}: {exc}",
        ) from exc
    except BaseException:
        remove_with_sidecars(staged)
        raise
    return RestorePlan(backup, live, staged, incoming, current, migrates)


def discard(plan: RestorePlan) -> None:
    """The user said no: remove the checked copy."""
    remove_with_sidecars(plan.staged)


def running_campaigns(conn: sqlite3.Connection) -> list[str]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "campaigns" not in tables:
        return []
    rows = conn.execute(
        "SELECT name FROM campaigns WHERE status = ? ORDER BY name", (CampaignStatus.RUNNING.value,)
    )
    return [str(r[0]) for r in rows]


def refuse_while_sending(names: list[str]) -> None:
    if names:
        raise RestoreRefused(
            "A campaign is sending: restoring now would lose what it records.",
            "Pause it or wait until it finishes, then restore; your database is unchanged.",
            "running: " + ", ".join(names),
        )


def campaigns_sending(live: Path) -> list[str]:
    """The campaigns marked as sending in the database file (empty if there is none)."""
    if not live.is_file():
        return []
    with open_existing(live) as conn:
        return running_campaigns(conn)


def _in_use(live: Path, exc: sqlite3.Error) -> RestoreRefused:
    return RestoreRefused(
        "Another window or command of Envoi is still using the database.",
        "Close the other Envoi windows and wait for running commands (a scheduled send) "
        "to end, then restore again; your database is unchanged.",
        f"{live}: {exc}",
    )


def apply_restore(plan: RestorePlan, now: datetime | None = None) -> RestoreResult:
    """Keep the current database beside it and put the checked backup in its place."""
    live = plan.live
    kept: Path | None = None
    if live.is_file():
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        kept = live.with_name(f"{live.name}.before-restore-{stamp}")
        kept_temp = temp_path_beside(kept, "part")
        conn = sqlite3.connect(f"{live.as_uri()}?mode=rw", uri=True, timeout=2)
        conn.isolation_level = None
        try:
            try:
                conn.execute("PRAGMA busy_timeout=2000")
                mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0])
                if mode.lower() == "wal":
                    raise sqlite3.OperationalError(Text("could not leave WAL mode"))
                # Held until the file is copied: nobody writes between the check and the copy.
                conn.execute("BEGIN")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                raise _in_use(live, exc) from exc
            refuse_while_sending(running_campaigns(conn))
            out = sqlite3.connect(kept_temp)
            try:
                conn.backup(out)
            finally:
                out.close()
            conn.execute("ROLLBACK")
        except BaseException:
            remove_with_sidecars(kept_temp)
            raise
        finally:
            conn.close()
        os.replace(kept_temp, kept)
    # No connection is open now: -wal/-shm left by a crash belong to the old file and must
    # not be replayed into the restored one.
    for sidecar in (Path(f"{live}-wal"), Path(f"{live}-shm"), Path(f"{live}-journal")):
        sidecar.unlink(missing_ok=True)
    os.replace(plan.staged, live)
    return RestoreResult(live, kept, plan.incoming)
