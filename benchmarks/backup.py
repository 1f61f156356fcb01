"""Backup of an Envoi database of N contacts (File > Back up database, `envoi backup`).

Builds a migrated SQLite database of N contacts, then times, in the same run:

- ``envoi.store.backup.back_up``: the online backup from a snapshot, switched out of WAL,
  checked with ``quick_check`` and fsynced before the rename (the figure);
- the anchor: the ``sqlite3`` command's ``.backup`` of the same file (no check, no fsync);
- the same Envoi backup while another connection commits a row every millisecond or so,
  with the number of writes it let through (the window keeps working during a backup);
- ``prepare_restore`` of that backup (copy + full ``integrity_check``), what a restore
  costs before the confirmation.

    python benchmarks/backup.py --size 1000000
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

from envoi.store.backup import back_up
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.restore import discard, prepare_restore

FIRST = ["Camille", "Léa", "Hugo", "Jules", "Emma", "Noah", "Chloé", "Louis"]
DOMAINS = ["gmail.com", "orange.fr", "free.fr", "outlook.com", "laposte.net"]


def fill(db: Path, size: int) -> None:
    store = Store.from_url(f"sqlite:///{db}")
    upgrade(store.engine)
    store.dispose()
    conn = sqlite3.connect(db)
    now = datetime(2026, 1, 1).isoformat(" ")
    rows = (
        (
            f"c{i:07d}@{DOMAINS[i % 5]}",
            f"c{i:07d}@{DOMAINS[i % 5]}",
            DOMAINS[i % 5],
            FIRST[i % 8],
            f"Name{i}",
            json.dumps({"city": "Lyon", "orders": i % 90}),
            "subscribed",
            "import",
            "",
            now,
            now,
        )
        for i in range(size)
    )
    conn.executemany(
        "INSERT INTO contacts (email, email_key, domain, first_name, last_name, fields, status,"
        " consent_source, consent_method, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def busy_backup(db: Path, target: Path) -> tuple[float, int]:
    stop = threading.Event()
    writes = 0

    def writer() -> None:
        nonlocal writes
        conn = sqlite3.connect(db, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        while not stop.is_set():
            conn.execute("INSERT INTO tags (name) VALUES (?)", (f"busy-{writes}",))
            conn.commit()
            writes += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while writes < 3:
            time.sleep(0.001)
        before = writes
        started = time.perf_counter()
        back_up(db, target)
        seconds = time.perf_counter() - started
        during = writes - before
    finally:
        stop.set()
        thread.join()
    return seconds, during


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000, help="contacts (default 20000)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="envoi-bench-backup-"))
    try:
        db = folder / "envoi.sqlite3"
        fill(db, args.size)
        started = time.perf_counter()
        result = back_up(db, folder / "ours.envoi")
        ours = time.perf_counter() - started

        anchor: float | None = None
        if shutil.which("sqlite3"):
            started = time.perf_counter()
            out = folder / "anchor.sqlite3"
            subprocess.run(["sqlite3", str(db), f".backup '{out}'"], check=True)
            anchor = time.perf_counter() - started

        busy_seconds, writes = busy_backup(db, folder / "busy.envoi")

        live = folder / "live" / "envoi.sqlite3"
        live.parent.mkdir()
        shutil.copyfile(db, live)
        started = time.perf_counter()
        discard(prepare_restore(result.path, live))
        check = time.perf_counter() - started

        print(
            json.dumps(
                {
                    "benchmark": "backup",
                    "contacts": args.size,
                    "database_bytes": db.stat().st_size,
                    "envoi_backup_s": round(ours, 3),
                    "anchor_sqlite3_dot_backup_s": None if anchor is None else round(anchor, 3),
                    "envoi_backup_while_writing_s": round(busy_seconds, 3),
                    "writes_during_backup": writes,
                    "restore_check_s": round(check, 3),
                },
                indent=2,
            )
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
