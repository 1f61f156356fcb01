"""A campaign's report (`Reports.campaign`) and its rows per provider (`Reports.providers`)
over a large campaign: N deliveries, 3N engagement events (opens and clicks, humans and
machines, with a few unsubscribes), N/50 bounce records.

Ours: the two calls as the window and `envoi reports campaign` make them, on a warm
database, median of --repeat runs. Anchor, same run, same database: the floor of any
report over these rows, one bare ``SELECT count(*)`` of the campaign's deliveries, of its
events and of its bounce records through the same connection pool (the rows the report
must at least look at).

Target (issue 13): under 500 ms at 1,000,000 deliveries, 3,000,000 events and 20,000
bounces, on SQLite and on PostgreSQL. No counters are kept: every figure is an aggregate
over the raw rows at the time it is asked.

    .venv/bin/python benchmarks/report_campaign.py                  # smoke: 20,000 deliveries
    .venv/bin/python benchmarks/report_campaign.py --size 1000000 [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from sqlalchemy import func, insert, select, text  # noqa: E402

from envoi.reports.service import Reports  # noqa: E402
from envoi.store.bounce_models import BounceMessage, BounceRecord  # noqa: E402
from envoi.store.engine import Store  # noqa: E402
from envoi.store.migrate import upgrade  # noqa: E402
from envoi.store.relay_models import EngagementEvent  # noqa: E402
from envoi.store.report_models import MxProvider  # noqa: E402
from envoi.store.sending_models import Campaign, Delivery  # noqa: E402

START = datetime(2026, 12, 1, 9, 0, 0)
DOMAINS = ["gmail.com", "hotmail.fr", "orange.fr", "free.fr", "yahoo.fr", "laposte.net"] + [
    f"company{n}.example" for n in range(200)
]
PROVIDERS = ["google", "microsoft", "orange", "free", "yahoo", "laposte"] + ["other"] * 200
CHUNK = 20_000


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(store: Store, size: int) -> int:
    rng = random.Random(13)
    with store.session() as s:
        campaign = Campaign(name="Big", from_email="news@shop.fr", status="completed",
                            audience={}, started_at=START)  # fmt: skip
        s.add(campaign)
        s.flush()
        cid = int(campaign.id)
        s.execute(insert(MxProvider), [
            {"domain": d, "provider": p, "mx": "", "looked_up_at": START}
            for d, p in zip(DOMAINS, PROVIDERS, strict=True)
        ])  # fmt: skip
    t0 = time.perf_counter()
    for first in range(0, size, CHUNK):
        rows = []
        for n in range(first, min(size, first + CHUNK)):
            status = "sent" if rng.random() < 0.97 else "failed"
            email = f"user{n}@{DOMAINS[n % len(DOMAINS)]}"
            rows.append({
                "campaign_id": cid, "contact_id": None, "email": email, "email_key": email,
                "status": status, "attempts": 1 if rng.random() < 0.9 else 2,
                "sent_at": START + timedelta(seconds=n * 0.05) if status == "sent" else None,
                "updated_at": START + timedelta(seconds=n * 0.05),
            })  # fmt: skip
        with store.session() as s:
            s.execute(insert(Delivery), rows)
    _log(f"{size} deliveries in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    kinds = ["open", "open", "click"]
    event_id = 0
    for first in range(0, 3 * size, CHUNK):
        rows = []
        for _ in range(first, min(3 * size, first + CHUNK)):
            event_id += 1
            kind = "unsubscribe" if rng.random() < 0.002 else kinds[event_id % 3]
            rows.append({
                "relay": "r", "relay_event_id": event_id, "kind": kind, "campaign_id": cid,
                "contact_id": rng.randrange(size), "link_no": rng.randrange(1, 6),
                "at": START + timedelta(seconds=rng.randrange(0, 3 * 86400)),
                "verdict": "machine" if rng.random() < 0.3 else "human", "reason": "",
                "detail": '{"source": "one-click"}' if kind == "unsubscribe" else "",
            })  # fmt: skip
        with store.session() as s:
            s.execute(insert(EngagementEvent), rows)
    _log(f"{3 * size} events in {time.perf_counter() - t0:.1f} s")
    bounces = size // 50
    with store.session() as s:
        s.add(BounceMessage(sha256="0" * 64, raw=b"x", kind="bounce", state="processed",
                            received_at=START))  # fmt: skip
        s.flush()
        message_id = s.scalar(select(BounceMessage.id))
        for first in range(0, bounces, CHUNK):
            s.execute(insert(BounceRecord), [
                {"message_id": message_id, "received_at": START + timedelta(minutes=n % 3000),
                 "kind": "bounce", "address": f"user{n * 50}@{DOMAINS[(n * 50) % len(DOMAINS)]}",
                 "address_key": f"user{n * 50}@{DOMAINS[(n * 50) % len(DOMAINS)]}",
                 "campaign_id": cid, "matched_by": "address",
                 "reason": ["userunknown", "mailboxfull", "filtered"][n % 3], "hard": n % 3 == 0}
                for n in range(first, min(bounces, first + CHUNK))
            ])  # fmt: skip
    if store.engine.dialect.name == "postgresql":
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    else:
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return cid


def _median_ms(fn: object, repeat: int) -> tuple[float, list[float]]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs), [round(r, 1) for r in runs]


def measure(store: Store, cid: int, repeat: int) -> dict[str, object]:
    reports = Reports(store)
    report = reports.campaign(cid)  # warm the caches once, and check the rows
    reports.providers(cid)

    def anchor() -> None:
        with store.session() as s:
            for table in (Delivery, EngagementEvent, BounceRecord):
                s.scalar(select(func.count()).select_from(table).where(table.campaign_id == cid))

    def ours() -> None:
        reports.campaign(cid)
        reports.providers(cid)

    report_ms, report_runs = _median_ms(lambda: reports.campaign(cid), repeat)
    providers_ms, providers_runs = _median_ms(lambda: reports.providers(cid), repeat)
    ours_ms, ours_runs = _median_ms(ours, repeat)
    anchor_ms, anchor_runs = _median_ms(anchor, repeat)
    return {
        "ours": {"report_and_providers_ms": round(ours_ms, 1), "runs": ours_runs,
                 "report_ms": round(report_ms, 1), "report_runs": report_runs,
                 "providers_ms": round(providers_ms, 1), "providers_runs": providers_runs},
        "anchor": {"three_counts_ms": round(anchor_ms, 1), "runs": anchor_runs},
        "ratio": round(ours_ms / anchor_ms, 2) if anchor_ms else None,
        "target_ms": 500,
        "under_target": ours_ms < 500,
        "checked": {"audience": report.audience, "accepted": report.accepted,
                    "bounced": report.bounced,
                    "events": (report.opens.total if report.opens else 0)
                    + (report.clicks.total if report.clicks else 0)},
    }  # fmt: skip


def run(url: str, size: int, repeat: int) -> dict[str, object]:
    store = Store.from_url(url)
    try:
        upgrade(store.engine)
        cid = build(store, size)
        return measure(store, cid, repeat)
    finally:
        store.dispose()


def _fresh_pg(url: str) -> None:
    """Empty the PostgreSQL database (its tables are Envoi's, replaced)."""
    store = Store.from_url(url)
    with store.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    store.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="deliveries (events: 3x)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pg", metavar="URL", help="also on this PostgreSQL database (emptied)")
    parser.add_argument(
        "--pg-temp", action="store_true", help="also on a throwaway PostgreSQL (tests/support)"
    )
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    out: dict[str, object] = {"size": {"deliveries": args.size, "events": 3 * args.size,
                                       "bounces": args.size // 50}}  # fmt: skip
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'envoi.sqlite3'}"
            out["sqlite"] = run(url, args.size, args.repeat)
    if args.pg:
        _fresh_pg(args.pg)
        out["postgresql"] = run(args.pg, args.size, args.repeat)
    if args.pg_temp:
        sys.path.insert(0, str(ROOT))
        from tests.support.pgserver import PgServer, find_pg_bin

        bin_dir = find_pg_bin()
        if bin_dir is None:
            raise SystemExit("PostgreSQL is not installed (apt postgresql)")
        server = PgServer(bin_dir)
        server.start()
        try:
            out["postgresql"] = run(server.url(), args.size, args.repeat)
        finally:
            server.stop()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
