"""Opening the contacts view on N contacts, and its memory after scrolling top to bottom.

Figures (the issue's, at --size 1000000): time from "open the store" to the first paint of
the contacts table with its first rows (target < 1 s), and RSS growth after scrolling the
table from the top to the bottom (target < 50 MB). Scrolling jumps the scroll bar by
--steps equal steps and waits each time until the visible rows are painted, so the
latency of a jump (a block fetched by OFFSET/LIMIT in a worker) is reported too.

Anchor, measured in the same run: a bare ``SELECT COUNT(*)`` plus the first page query
(same columns, ORDER BY email, LIMIT 256) with the sqlite3 module on a fresh connection.

    python benchmarks/contacts_view.py                  # small default size
    python benchmarks/contacts_view.py --size 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST = ["Camille", "Léa", "Manon", "Jules", "Hugo", "Lucas", "Emma", "Olivia", "Jack",
         "Harry", "George", "Noah", "Oliver", "Sophie", "Élodie", "François", "Gaëlle"]  # fmt: skip
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
        "Smith", "Jones", "Taylor", "Brown", "Lefèvre", "Girard", "Fontaine"]  # fmt: skip
DOMAINS = ["gmail.com", "orange.fr", "free.fr", "outlook.com", "laposte.net", "yahoo.co.uk"]


def _rows(n: int) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(1)
    start = datetime(2020, 1, 1)
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        domain = rng.choice(DOMAINS)
        email = f"{first.lower()}.{last.lower()}.{i}@{domain}"
        stamp = (start + timedelta(seconds=90 * i)).isoformat(sep=" ")
        fields = f'{{"city": "{rng.choice(["Paris", "Lyon", "London"])}"}}'
        status = "subscribed" if rng.random() < 0.9 else "unsubscribed"
        yield (email, email, domain, first, last, fields, status, stamp, stamp)


def build_db(path: Path, n: int) -> float:
    from envoi.store.engine import Store
    from envoi.store.migrate import upgrade

    store = Store.from_url(f"sqlite:///{path}")
    upgrade(store.engine)
    store.dispose()
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executemany(
        "INSERT INTO contacts (email, email_key, domain, first_name, last_name, fields, status,"
        " consent_source, consent_method, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'benchmark', 'import', ?, ?)",
        _rows(n),
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def anchor(path: Path) -> dict[str, float]:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    total = conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0]
    counted = time.perf_counter()
    rows = conn.execute(
        "SELECT id, email, first_name, last_name, status, created_at FROM contacts"
        " ORDER BY email_key, id LIMIT 256"
    ).fetchall()
    done = time.perf_counter()
    conn.close()
    assert total and rows
    return {
        "count_ms": round((counted - started) * 1000, 1),
        "first_page_ms": round((done - counted) * 1000, 1),
        "total_ms": round((done - started) * 1000, 1),
    }


def rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def measure(path: Path, steps: int) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["envoi-bench"])
    rss_before_open = rss_mb()

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted_with_rows: float | None = None
            self.ready = False
            self.paints = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
                if self.ready and self.painted_with_rows is None:
                    self.painted_with_rows = time.perf_counter()
            return False

    from envoi.ui.app import build_services, build_window, open_store
    from envoi.ui.views.contacts.contacts_view import ContactsView

    started = time.perf_counter()
    store = open_store(f"sqlite:///{path}")
    services = build_services(store)
    window = build_window(services, path.parent / "window.ini")
    view = window.page("contacts")
    assert isinstance(view, ContactsView)
    model, table = view.model, view.table
    watch = PaintWatch()
    table.viewport().installEventFilter(watch)
    window.resize(1200, 760)
    window.show()

    def first_row_loaded() -> bool:
        return model.rowCount() > 0 and model.data(model.index(0, 0)) is not None

    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        app.processEvents()
        if not watch.ready and first_row_loaded():
            watch.ready = True
            table.viewport().update()
        if watch.painted_with_rows is not None:
            break
        time.sleep(0.001)
    if watch.painted_with_rows is None:
        raise SystemExit("the contacts table never painted its rows")
    first_paint = watch.painted_with_rows - started
    total = model.rowCount()
    for _ in range(50):
        app.processEvents()
    rss_after_open = rss_mb()

    bar = table.verticalScrollBar()
    latencies: list[float] = []
    top_rows: list[int] = []
    for step in range(steps + 1):
        value = bar.maximum() * step // steps
        jumped = time.perf_counter()
        bar.setValue(value)
        top = table.rowAt(0)
        bottom = max(top, table.rowAt(table.viewport().height() - 1))
        top_rows.append(top)
        while True:
            app.processEvents()
            if all(model.data(model.index(r, 0)) is not None for r in (top, bottom)):
                break
            if time.perf_counter() - jumped > 30:
                raise SystemExit(f"rows {top}..{bottom} never arrived")
            time.sleep(0.0005)
        app.processEvents()
        latencies.append(time.perf_counter() - jumped)
    for _ in range(50):
        app.processEvents()
    rss_after_scroll = rss_mb()
    last_visible = table.rowAt(table.viewport().height() - 1)
    cached = model.cached_blocks()
    window.close()
    services.close()
    store.dispose()
    return {
        "rows": total,
        "first_paint_s": round(first_paint, 3),
        "rss_mb_before_open": round(rss_before_open, 1),
        "rss_mb_after_first_paint": round(rss_after_open, 1),
        "rss_mb_after_scroll": round(rss_after_scroll, 1),
        "rss_growth_scroll_mb": round(rss_after_scroll - rss_after_open, 1),
        "scroll_steps": steps,
        "reached_last_row": last_visible == total - 1 or top_rows[-1] >= total - 40,
        "jump_latency_ms": {
            "median": round(statistics.median(latencies) * 1000, 1),
            "p95": round(sorted(latencies)[int(len(latencies) * 0.95) - 1] * 1000, 1),
            "max": round(max(latencies) * 1000, 1),
        },
        "cached_blocks_at_end": cached,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--db", type=Path, help="reuse this database if it has --size contacts")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="envoi-bench-view-"))
    os.environ.setdefault("ENVOI_DATA_DIR", str(work))
    path: Path = args.db or work / "contacts.sqlite3"
    build_s = None
    if not path.exists():
        print(f"building {args.size:,} contacts in {path}", file=sys.stderr)
        build_s = build_db(path, args.size)
    anchor_first = anchor(path)
    ours = measure(path, args.steps)
    anchor_again = anchor(path)
    result = {
        "benchmark": "contacts_view",
        "size": ours["rows"],
        "build_db_s": None if build_s is None else round(build_s, 1),
        "ours": ours,
        "anchor": {
            "what": "sqlite3: SELECT COUNT(*) + first page ORDER BY email LIMIT 256",
            "before_ours": anchor_first,
            "after_ours": anchor_again,
        },
        "targets": {"first_paint_s": 1.0, "rss_growth_scroll_mb": 50},
        "meets_targets": ours["first_paint_s"] < 1.0 and ours["rss_growth_scroll_mb"] < 50,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
