"""What every command shares: opening the database, printing JSON, reporting an error."""

from __future__ import annotations

import json
import sys
from typing import Any

from envoi.errors import EnvoiError
from envoi.paths import database_url
from envoi.store.engine import Store, check_connection


def open_store(url: str | None) -> Store:
    """Open (and migrate) the database named by --db, ENVOI_DB or the default file."""
    store = Store.from_url(database_url(url))
    try:
        # A server that is down or a wrong password is "cannot open", not "cannot update".
        check_connection(store.engine)
        # Imported here: Alembic costs as much start-up time as SQLAlchemy.
        from envoi.store.migrate import upgrade

        upgrade(store.engine)
    except BaseException:
        store.dispose()
        raise
    return store


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def report_error(exc: EnvoiError) -> None:
    print(f"error: {exc.user_message}", file=sys.stderr)
    if exc.hint:
        print(f"hint: {exc.hint}", file=sys.stderr)
    if exc.detail:
        print(f"detail: {exc.detail}", file=sys.stderr)
