"""Grouping a campaign's recipients by mailbox provider: N distinct recipient domains whose
MX records a local NSD serves (apt nsd), looked up cold by `Reports.look_up_providers`
(64 questions in flight, through the sender check's resolver) and kept in mx_providers,
then the same grouping again with the table warm, then `Reports.providers` (the table).

Anchor, same run: the same N MX questions asked by dnspython's async resolver with the
same 64 in flight and nothing else (no classification, no table), the floor of any cold
lookup against that server.

Targets (issue 13): 100,000 domains under 60 s cold, instant when cached.

    .venv/bin/python benchmarks/provider_lookup.py                  # smoke: 2,000 domains
    .venv/bin/python benchmarks/provider_lookup.py --size 100000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests" / "integration" / "dnscheck"))

import dns.asyncresolver  # noqa: E402
from dns_test_servers import NsdServer, free_port, nsd_available, zone_text  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from envoi.dnscheck.resolver import DnsPythonResolver, ResolverSettings  # noqa: E402
from envoi.reports.service import Reports  # noqa: E402
from envoi.store.engine import Store  # noqa: E402
from envoi.store.migrate import upgrade  # noqa: E402
from envoi.store.sending_models import Campaign, Delivery  # noqa: E402

MX = [
    "10 aspmx.l.google.com.", "10 corp.mail.protection.outlook.com.",
    "10 mx-eu.mail.am0.yahoodns.net.", "10 smtp-in.orange.fr.", "10 mx1.free.fr.",
    "10 mx.own.example.",
]  # fmt: skip
PARALLEL = 64


def _domains(size: int) -> list[str]:
    return [f"d{n}.bench.test" for n in range(size)]


async def _anchor(port: int, domains: list[str]) -> float:
    resolver = dns.asyncresolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = port
    resolver.lifetime = 3.0
    limit = asyncio.Semaphore(PARALLEL)

    async def one(name: str) -> None:
        async with limit:
            await resolver.resolve(name, "MX", search=False, raise_on_no_answer=False)

    started = time.perf_counter()
    await asyncio.gather(*(one(d) for d in domains))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="distinct recipient domains")
    args = parser.parse_args()
    if not nsd_available():
        raise SystemExit("nsd is not installed (apt install nsd)")
    domains = _domains(args.size)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "nsd").mkdir()
        server = NsdServer(root / "nsd", free_port())
        records = [(f"d{n}", "MX", MX[n % len(MX)]) for n in range(args.size)]
        server.start({"bench.test": zone_text("bench.test", records)})
        store = Store.from_url(f"sqlite:///{root / 'envoi.sqlite3'}")
        try:
            upgrade(store.engine)
            with store.session() as s:
                campaign = Campaign(name="Big", from_email="news@shop.example", audience={},
                                    status="completed")  # fmt: skip
                s.add(campaign)
                s.flush()
                cid = int(campaign.id)
                s.execute(insert(Delivery), [
                    {"campaign_id": cid, "email": f"a@{d}", "email_key": f"a@{d}",
                     "status": "sent", "attempts": 1}
                    for d in domains
                ])  # fmt: skip
            reports = Reports(store)
            anchor_s = asyncio.run(_anchor(server.port, domains))
            resolver = DnsPythonResolver(ResolverSettings(server.address, 3.0))
            started = time.perf_counter()
            asked = asyncio.run(reports.look_up_providers(cid, resolver))
            cold_s = time.perf_counter() - started
            started = time.perf_counter()
            asked_warm = asyncio.run(reports.look_up_providers(cid, resolver))
            warm_s = time.perf_counter() - started
            started = time.perf_counter()
            rows = reports.providers(cid)
            table_s = time.perf_counter() - started
        finally:
            store.dispose()
            server.stop()
    print(json.dumps({
        "domains": args.size,
        "ours": {"cold_s": round(cold_s, 2), "asked": asked,
                 "warm_s": round(warm_s, 3), "asked_warm": asked_warm,
                 "providers_table_s": round(table_s, 3),
                 "per_provider": {r.provider: r.recipients for r in rows}},
        "anchor": {"bare_async_mx_s": round(anchor_s, 2)},
        "ratio_cold_to_anchor": round(cold_s / anchor_s, 2) if anchor_s else None,
        "target_cold_s": 60,
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
