"""What the backup and restore tests read from a database file, and a busy second writer."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine, text


def contact_emails(path: Path) -> list[str]:
    """The contacts' addresses in the SQLite file at ``path``, sorted."""
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT email FROM contacts ORDER BY email")]
    finally:
        conn.close()


def hidden_files(folder: Path) -> list[str]:
    """The dot-files in ``folder`` (temporary copies that a backup or restore left behind)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


class TagWriter:
    """Another connection that inserts one tag per transaction until stopped."""

    def __init__(self, engine: Engine) -> None:
        self.writes = 0
        self._engine = engine
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        insert = text("INSERT INTO tags (name) VALUES (:n)")
        while not self._stop.is_set():
            with self._engine.begin() as conn:
                conn.execute(insert, {"n": f"busy-{self.writes}"})
            self.writes += 1

    def __enter__(self) -> TagWriter:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def writing(engine: Engine) -> TagWriter:
    """``with writing(engine) as writer:`` keeps writing to the database for the block."""
    return TagWriter(engine)
