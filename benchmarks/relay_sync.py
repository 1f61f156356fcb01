"""Pulling and applying the relay's events into Envoi's database (`envoi relay sync`).

The relay (`python -m envoi.relay.server`, SQLite) starts with N events waiting: clicks
and opens of 10,000 contacts, 1% unsubscribes. Ours: Envoi's sync pulls them page by page
over HTTP, applies them (unsubscribes suppress, every event stored once in
engagement_events) and acknowledges each page; the relay's peak RSS is watched throughout.
Anchor, same run: the same rows copied by the sqlite3 module from the relay's file into a
bare table of a fresh file (ATTACH + INSERT ... SELECT), the floor of any copy.

Targets: 1,000,000 events under 60 s (on SQLite and on PostgreSQL: --pg URL for Envoi's
database), relay memory under 150 MB.

    .venv/bin/python benchmarks/relay_sync.py                 # smoke: 20,000 events
    .venv/bin/python benchmarks/relay_sync.py --size 1000000 [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from _relay_bench import PeakRss, relay_process  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from envoi.relay.client.connection import RelayService  # noqa: E402
from envoi.relay.client.sync import sync  # noqa: E402
from envoi.relay.server.config import init_secrets  # noqa: E402
from envoi.relay.server.db import RelayDatabase  # noqa: E402
from envoi.sending.secrets import MemorySecretStore  # noqa: E402
from envoi.store.engine import Store  # noqa: E402
from envoi.store.migrate import upgrade  # noqa: E402
from envoi.store.models import Contact, ContactStatus  # noqa: E402
from envoi.store.relay_models import EngagementEvent  # noqa: E402

CONTACTS = 10_000


def fill_relay(path: Path, size: int) -> None:
    db = RelayDatabase(f"sqlite:///{path}")
    rng = random.Random(7)
    start = datetime(2026, 12, 1)
    batch = []
    for i in range(size):
        roll = rng.random()
        kind = "unsubscribe" if roll < 0.01 else "open" if roll < 0.4 else "click"
        contact = rng.randrange(1, CONTACTS + 1)
        batch.append({
            "kind": kind, "campaign_id": 1 + i % 5, "contact_id": contact,
            "link_no": 0 if kind != "click" else rng.randrange(1, 9),
            "at": start + timedelta(seconds=i), "verdict": "human" if roll < 0.8 else "machine",
            "reason": "" if roll < 0.8 else "apple_mpp",
            "data": json.dumps({"source": "one-click", "email": f"c{contact}@example.com"})
            if kind == "unsubscribe" else "{}",
        })  # fmt: skip
        if len(batch) == 50_000:
            db.record_many(batch)
            batch = []
    db.record_many(batch)
    db.dispose()


def fill_envoi(store: Store) -> None:
    rows = [{"email": f"c{i}@example.com", "email_key": f"c{i}@example.com",
             "domain": "example.com", "fields": {}} for i in range(1, CONTACTS + 1)]  # fmt: skip
    with store.session() as session:
        session.execute(insert(Contact), rows)


def anchor_copy(relay_file: Path, folder: Path) -> float:
    target = folder / "anchor.sqlite3"
    conn = sqlite3.connect(target)
    conn.execute(
        "CREATE TABLE copy (id INTEGER PRIMARY KEY, relay_event_id INTEGER, kind TEXT, "
        "campaign_id INTEGER, contact_id INTEGER, link_no INTEGER, at TEXT, verdict TEXT, "
        "reason TEXT)"
    )
    conn.execute(f"ATTACH DATABASE '{relay_file}' AS relay")
    started = time.perf_counter()
    conn.execute(
        "INSERT INTO copy (relay_event_id, kind, campaign_id, contact_id, link_no, at, "
        "verdict, reason) SELECT id, kind, campaign_id, contact_id, link_no, at, verdict, "
        "reason FROM relay.relay_events ORDER BY id"
    )
    conn.commit()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    smoke = bool(os.environ.get("ENVOI_BENCH_SMOKE"))
    parser.add_argument("--size", type=int, default=20_000 if smoke else 100_000)
    parser.add_argument("--pg", help="Envoi's database on this PostgreSQL server (empty db)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="relay-sync-"))
    relay_dir = folder / "relay"
    made = init_secrets(relay_dir)
    started = time.perf_counter()
    fill_relay(relay_dir / "relay.sqlite3", args.size)
    print(f"{args.size} events made in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    anchor = anchor_copy(relay_dir / "relay.sqlite3", folder)
    store = Store.from_url(args.pg or f"sqlite:///{folder / 'envoi.sqlite3'}")
    upgrade(store.engine)
    fill_envoi(store)
    relay, port = relay_process(relay_dir, access_log=False)
    try:
        rss = PeakRss(relay.pid)
        service = RelayService(store, MemorySecretStore())
        service.connect(f"http://127.0.0.1:{port}", made.api_token)
        started = time.perf_counter()
        result = sync(store, service)
        elapsed = time.perf_counter() - started
        peak = rss.stop()
        again = sync(store, service)
    finally:
        relay.terminate()
        relay.wait(10)
    with store.session() as session:
        stored = session.scalar(select(func.count()).select_from(EngagementEvent))
        unsubscribed = session.scalar(
            select(func.count()).select_from(Contact)
            .where(Contact.status == ContactStatus.UNSUBSCRIBED.value)
        )  # fmt: skip
    store.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    assert stored == args.size and result.pulled == args.size and again.pulled == 0
    print(json.dumps({
        "events": args.size,
        "database": "postgresql" if args.pg else "sqlite",
        "ours": {"seconds": round(elapsed, 2), "events_per_s": round(args.size / elapsed),
                 "relay_peak_rss_mb": peak, "contacts_unsubscribed": unsubscribed},
        "anchor": {"what": "sqlite3 ATTACH + INSERT ... SELECT of the same rows",
                   "seconds": round(anchor, 2)},
        "ratio": round(elapsed / anchor, 1) if anchor else None,
        "targets": {"seconds_per_million_below": 60, "relay_rss_mb_below": 150},
        "projected_seconds_per_million": round(elapsed * 1_000_000 / args.size, 1),
        "load_average": os.getloadavg(),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
