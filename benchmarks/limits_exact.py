"""Limits are exact, measured at the server: the most messages in any 10-second window.

    python benchmarks/limits_exact.py                          # the issue's figure: 10/s, 60 s
    python benchmarks/limits_exact.py --processes 2            # two senders, one profile
    ENVOI_BENCH_SMOKE=1 python benchmarks/limits_exact.py      # a few seconds (CI)

Ours: a profile limited to RATE messages per second; PROCESSES copies of `envoi campaigns
send` (real processes, the path a user runs) each send one campaign of RATE * DURATION /
PROCESSES recipients with that profile at the same time, into an aiosmtpd server on
127.0.0.1 that records when each message arrives. The figure is the most arrivals in any
10-second window, against its anchor: the limit, RATE * 10 (the issue: "any 10-second window
of a 60-second run holds at most 100 messages"). The JSON also gives the 1-second maximum
and the rate reached over the run (the limit should be used, not just respected).
"""
# smoke-args: --duration 4

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from tests.integration.sending.test_limits_and_outages import max_in_window  # noqa: E402
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer  # noqa: E402

from envoi.sending.campaigns import CampaignData, CampaignService  # noqa: E402
from envoi.sending.profiles import ProfileData, ProfileService  # noqa: E402
from envoi.sending.secrets import MemorySecretStore  # noqa: E402
from envoi.store.engine import Store  # noqa: E402
from envoi.store.migrate import upgrade  # noqa: E402
from envoi.store.models import Contact, ContactList, ListMember  # noqa: E402


def prepare(store: Store, port: int, rate: float, size: int, processes: int) -> list[str]:
    with store.session() as s:
        names = []
        for p in range(processes):
            lst = ContactList(name=f"list{p}")
            s.add(lst)
            s.flush()
            rows = [
                {"email": f"u{i}@p{p}.example", "email_key": f"u{i}@p{p}.example",
                 "domain": f"p{p}.example", "first_name": f"F{i}"}
                for i in range(size // processes)
            ]  # fmt: skip
            ids = s.scalars(insert(Contact).returning(Contact.id), rows).all()
            s.execute(insert(ListMember), [{"list_id": lst.id, "contact_id": c} for c in ids])
            names.append(lst.name)
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData("limited", "127.0.0.1", port, "none", connections=4,
                                       per_second=rate))  # fmt: skip
    service = CampaignService(store)
    for name in names:
        service.create(CampaignData(f"c-{name}", "shop@example.org", "Hello",
                                    "Hello. To unsubscribe, reply STOP.",
                                    profile_id=profile.id, lists=[name]))  # fmt: skip
    return [f"c-{name}" for name in names]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=10.0, help="messages per second")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of sending")
    parser.add_argument("--processes", type=int, default=1, help="senders sharing the profile")
    args = parser.parse_args()
    if os.environ.get("ENVOI_BENCH_SMOKE"):
        args.duration = min(args.duration, 4.0)
    size = int(args.rate * args.duration)
    server = ScriptedServer(ScriptedHandler()).start()
    with tempfile.TemporaryDirectory(prefix="envoi-limits-") as work:
        url = f"sqlite:///{Path(work) / 'envoi.sqlite3'}"
        store = Store.from_url(url)
        upgrade(store.engine)
        campaigns = prepare(store, server.port, args.rate, size, args.processes)
        store.dispose()
        env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), ENVOI_DATA_DIR=work)
        started = time.perf_counter()
        command = [sys.executable, "-m", "envoi", "--db", url, "campaigns", "send"]
        senders = [
            subprocess.Popen(
                [*command, name, "--yes", "--processes", "0"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for name in campaigns
        ]
        failed = [p.communicate()[1] for p in senders if p.wait() != 0]
        elapsed = time.perf_counter() - started
        server.stop()
    if failed:
        print(failed[0], file=sys.stderr)
        return 1
    times = sorted(t for t, _, _ in server.handler.received)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    window = 10.0 if span >= 10.0 else max(1.0, float(int(span)))
    result = {
        "benchmark": "limits_exact",
        "rate_limit_per_s": args.rate,
        "processes": args.processes,
        "messages": len(times),
        "expected": size,
        "window_s": window,
        "ours_max_in_window": max_in_window(times, window),
        "anchor_limit_in_window": int(args.rate * window),
        "max_in_1s": max_in_window(times, 1.0),
        "rate_reached_per_s": round((len(times) - 1) / span, 2) if span else None,
        "send_span_s": round(span, 2),
        "wall_s": round(elapsed, 2),
    }
    result["within_limit"] = result["ours_max_in_window"] <= result["anchor_limit_in_window"]
    print(json.dumps(result))
    return 0 if result["within_limit"] and len(times) == size else 1


if __name__ == "__main__":
    sys.exit(main())
