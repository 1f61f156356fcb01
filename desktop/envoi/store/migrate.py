"""Bring a database to the newest schema at start-up, with a copy of a SQLite file first."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from envoi.errors import DatabaseError, Text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(engine: Engine, label: str) -> Path | None:
    """Copy a SQLite database file with the online backup API; None for other databases."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    if engine.url.database == ":memory:":
        return None
    src_path = Path(engine.url.database)
    if not src_path.exists() or src_path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = src_path.with_name(f"{src_path.stem}.{label}-{stamp}.bak{src_path.suffix}")
    src = sqlite3.connect(src_path)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def upgrade(engine: Engine, *, backup: bool = True) -> Path | None:
    """Migrate to head. Returns the backup made before migrating, if one was needed."""
    try:
        current = current_revision(engine)
        head = head_revision()
        if current == head:
            return None
        copy = backup_sqlite(engine, f"before-{head}") if backup and current else None
        cfg = _config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return copy
    except SQLAlchemyError as exc:
        raise DatabaseError(
            Text("Envoi could not bring the database up to date."),
            Text(
                "Your data is unchanged; a copy was made before the update if one was needed. "
                "Check the disk space and that no other program holds the file."
            ),
            str(exc),
        ) from exc
