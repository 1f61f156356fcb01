"""Engine and sessions for SQLite (the default) or PostgreSQL (a team database)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from envoi.errors import DatabaseError, Text


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the window read while an import writes; NORMAL sync is safe with WAL.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a clear EnvoiError when the URL or driver is wrong."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise DatabaseError(
            Text("The database address is not valid."),
            Text("Use a path like sqlite:///C:/envoi.sqlite3 or postgresql://user@host/envoi."),
            str(exc),
        ) from exc
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            # The session's zone is UTC, so that now() (server defaults) fills the naive
            # DateTime columns with UTC, as SQLite's CURRENT_TIMESTAMP does.
            engine = create_engine(
                parsed, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"}
            )
    except NoSuchModuleError as exc:
        raise DatabaseError(
            Text("The database driver for this address is not installed."),
            Text("For PostgreSQL, install Envoi with its extra: pip install 'envoi[postgres]'."),
            str(exc),
        ) from exc
    return engine


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        raise DatabaseError(
            Text("Envoi cannot open the database."),
            Text("Check that the server is running and the address, user and password are right."),
            str(exc.orig),
        ) from exc


class Store:
    """The engine plus a session factory; built once by the composition root."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> Store:
        return cls(make_engine(url))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
