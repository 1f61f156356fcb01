"""Count of a 3-condition segment over N contacts (the figure: under 150 ms at 1,000,000).

Builds a migrated Envoi SQLite database of N contacts like an imported shop export (city,
country, sign-up date, plan, orders, VIP in the JSON ``fields``; tags; lists) with
executemany, then times ``SegmentService.count`` of

    country equals FR  AND  signup_date within the last 365 days  AND  orders > 50

(median of --runs, and the first, cold run of a freshly opened store) and, in the same
run, the anchor: the same count written by hand in SQL and executed with the sqlite3
module directly. Also reported: Envoi's count before the segment was saved (no expression
index yet) and the time to build the indexes once.

    python benchmarks/segment_count.py --size 1000000
    python benchmarks/segment_count.py --size 1000000 --pg postgresql://user@127.0.0.1/db

--pg runs the same on an existing PostgreSQL database (its contacts are replaced), with
psql-free psycopg as the anchor.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# The same names and places as the import benchmark's file.
from gen_contacts import CITIES, COUNTRIES, FIRST, LAST, PLANS

from envoi.segments.planner import count_query
from envoi.segments.rules import Condition, Group
from envoi.segments.service import SegmentService
from envoi.store.engine import Store
from envoi.store.migrate import upgrade

FIELDS = [
    ("city", "City", "text"),
    ("country", "Country", "text"),
    ("signup_date", "Signup date", "date"),
    ("plan", "Plan", "text"),
    ("orders", "Orders", "number"),
    ("vip", "VIP", "boolean"),
]
TAGS = ["newsletter", "vip", "wholesale", "event-2025", "b2b", "returning", "lead", "press"]
LISTS = ["Customers", "Prospects", "Partners"]
TODAY = date.today()
IMPORTED_AT = f"{TODAY.isoformat()} 09:00:00"

SEGMENT = Group(
    "all",
    (
        Condition("custom:country", "equals", "FR"),
        Condition("custom:signup_date", "within_last_days", 365),
        Condition("custom:orders", "gt", 50),
    ),
)
START = (TODAY - timedelta(days=365)).isoformat()
END = (TODAY + timedelta(days=1)).isoformat()
ANCHOR_SQLITE = (
    "SELECT count(*) FROM contacts WHERE json_extract(fields, '$.country') = 'FR' "
    "AND json_extract(fields, '$.signup_date') >= ? AND json_extract(fields, '$.signup_date') < ? "
    "AND json_extract(fields, '$.orders') > 50"
)
ANCHOR_PG = (
    "SELECT count(*) FROM contacts WHERE fields->>'country' = 'FR' "
    "AND fields->>'signup_date' >= %s AND fields->>'signup_date' < %s "
    "AND (fields->>'orders')::numeric > 50"
)


def contact_rows(size: int, seed: int = 7) -> Iterator[tuple[Any, ...]]:
    rnd = random.Random(seed)
    for i in range(size):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        signup = TODAY - timedelta(days=rnd.randrange(3650))
        fields = {
            "city": rnd.choice(CITIES),
            "country": rnd.choice(COUNTRIES),
            "signup_date": signup.isoformat(),
            "plan": rnd.choice(PLANS),
            "orders": rnd.randrange(200),
            "vip": rnd.random() < 0.1,
        }
        email = f"c{i}@example{i % 97}.com"
        status = "subscribed" if rnd.random() < 0.92 else "unsubscribed"
        yield (i + 1, email, email, email.split("@")[1], first, last, json.dumps(fields),
               status, IMPORTED_AT, IMPORTED_AT)  # fmt: skip


def tag_rows(size: int, seed: int = 8) -> Iterator[tuple[int, int]]:
    rnd = random.Random(seed)
    for cid in range(1, size + 1):
        if rnd.random() < 0.3:
            for tag in rnd.sample(range(1, len(TAGS) + 1), rnd.randint(1, 2)):
                yield cid, tag


def list_rows(size: int, seed: int = 9) -> Iterator[tuple[int, int]]:
    rnd = random.Random(seed)
    for cid in range(1, size + 1):
        yield rnd.randint(1, len(LISTS)), cid


INSERT_CONTACT = (
    "INSERT INTO contacts (id, email, email_key, domain, first_name, last_name, fields, status,"
    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def build_sqlite(path: Path, size: int) -> float:
    started = time.perf_counter()
    store = Store.from_url(f"sqlite:///{path}")
    upgrade(store.engine)
    store.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    con.executemany("INSERT INTO custom_fields (name, label, type) VALUES (?, ?, ?)", FIELDS)
    con.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", enumerate(TAGS, 1))
    con.executemany("INSERT INTO lists (id, name) VALUES (?, ?)", enumerate(LISTS, 1))
    con.executemany(INSERT_CONTACT, contact_rows(size))
    con.executemany("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)", tag_rows(size))
    con.executemany("INSERT INTO list_members (list_id, contact_id) VALUES (?, ?)", list_rows(size))
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return time.perf_counter() - started


def build_pg(url: str, size: int) -> float:
    import psycopg

    started = time.perf_counter()
    store = Store.from_url(url)
    upgrade(store.engine)
    store.dispose()
    with psycopg.connect(_libpq(url)) as con:
        con.execute("TRUNCATE contacts, custom_fields, tags, lists CASCADE")
        with con.cursor() as cur:
            cur.executemany(
                "INSERT INTO custom_fields (name, label, type) VALUES (%s, %s, %s)", FIELDS
            )
            cur.executemany("INSERT INTO tags (id, name) VALUES (%s, %s)", list(enumerate(TAGS, 1)))
            cur.executemany(
                "INSERT INTO lists (id, name) VALUES (%s, %s)", list(enumerate(LISTS, 1))
            )
            columns = INSERT_CONTACT.split("(")[1].split(")")[0]
            with cur.copy(f"COPY contacts ({columns}) FROM STDIN") as copy:
                for row in contact_rows(size):
                    copy.write_row(row)
            with cur.copy("COPY contact_tags (contact_id, tag_id) FROM STDIN") as copy:
                for row in tag_rows(size):
                    copy.write_row(row)
            with cur.copy("COPY list_members (list_id, contact_id) FROM STDIN") as copy:
                for row in list_rows(size):
                    copy.write_row(row)
        con.commit()
        con.execute("ANALYZE")
    return time.perf_counter() - started


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def timed(func: Callable[[], int], runs: int) -> tuple[int, float, list[float]]:
    times: list[float] = []
    result = 0
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - started) * 1000)
    return result, statistics.median(times), times


def measure(url: str, raw: Callable[[str, Any], int], anchor_sql: str, runs: int) -> dict[str, Any]:
    """Envoi's counts on ``url``; ``raw(sql, params)`` runs SQL through the bare driver."""
    store = Store.from_url(url)
    service = SegmentService(store)
    # Cold: the first count of a freshly opened store, before any index on the custom fields.
    noindex_count, cold_ms, _ = timed(lambda: service.count(SEGMENT), 1)
    _, noindex_ms, _ = timed(lambda: service.count(SEGMENT), max(1, runs // 2))
    started = time.perf_counter()
    service.save("France, recent, 50+ orders", SEGMENT)
    index_s = time.perf_counter() - started
    store.dispose()

    store = Store.from_url(url)
    service = SegmentService(store)
    first_count, first_ms, _ = timed(lambda: service.count_saved("France, recent, 50+ orders"), 1)
    envoi_count, envoi_ms, envoi_runs = timed(lambda: service.count(SEGMENT), runs)
    # Envoi's own SQL through the bare driver: what the service layer adds on top.
    with store.engine.connect() as conn:
        query = count_query(conn, SEGMENT, service.field_types(), today=TODAY)
        compiled = query.compile(conn, compile_kwargs={"render_postcompile": True})
    params: Any = compiled.params
    if compiled.positiontup is not None:
        params = tuple(compiled.params[k] for k in compiled.positiontup)
    store.dispose()
    same_count, same_ms, _ = timed(lambda: raw(str(compiled), params), runs)
    anchor_count, anchor_ms, anchor_runs = timed(lambda: raw(anchor_sql, (START, END)), runs)
    if not envoi_count == first_count == noindex_count == same_count == anchor_count:
        raise SystemExit(f"counts differ: envoi {envoi_count}, anchor {anchor_count}")
    return {
        "matched": envoi_count,
        "envoi_ms": round(envoi_ms, 1),
        "envoi_min_ms": round(min(envoi_runs), 1),
        "envoi_runs_ms": [round(t, 1) for t in envoi_runs],
        "envoi_first_after_open_ms": round(first_ms, 1),
        "envoi_cold_no_index_ms": round(cold_ms, 1),
        "envoi_no_index_ms": round(noindex_ms, 1),
        "index_build_s": round(index_s, 2),
        "envoi_sql_via_driver_ms": round(same_ms, 1),
        "anchor_ms": round(anchor_ms, 1),
        "anchor_min_ms": round(min(anchor_runs), 1),
        "ratio": round(envoi_ms / anchor_ms, 3),
        "target_ms": 150,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", type=Path, help="where to build the SQLite file (default: temp)")
    parser.add_argument("--pg", metavar="URL", help="also measure on this PostgreSQL database")
    args = parser.parse_args()

    out: dict[str, Any] = {"rows": args.size, "segment": "country = FR AND signup_date "
                           "within the last 365 days AND orders > 50"}  # fmt: skip
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        path = Path(tmp) / "segments.sqlite3"
        out["build_s"] = round(build_sqlite(path, args.size), 1)

        con = sqlite3.connect(path)
        con.execute("PRAGMA cache_size=-65536")  # the same page cache as Envoi's connections

        def raw_sqlite(sql: str, params: Any) -> int:
            return int(con.execute(sql, params).fetchone()[0])

        try:
            out["sqlite"] = measure(f"sqlite:///{path}", raw_sqlite, ANCHOR_SQLITE, args.runs)
        finally:
            con.close()
    if args.pg:
        import psycopg

        out["pg_build_s"] = round(build_pg(args.pg, args.size), 1)

        pg = psycopg.connect(_libpq(args.pg))

        def raw_pg(sql: str, params: Any) -> int:
            row = pg.execute(sql, params).fetchone()
            assert row is not None
            return int(row[0])

        try:
            out["postgresql"] = measure(args.pg, raw_pg, ANCHOR_PG, args.runs)
        finally:
            pg.close()
    # The machine may be shared: the load says how much to trust the milliseconds.
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    # The headline figures are SQLite's, the default database.
    for key in ("envoi_ms", "anchor_ms", "ratio", "target_ms"):
        out[key] = out["sqlite"][key]
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
