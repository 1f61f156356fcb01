"""No lost, no duplicate mail: SIGKILL the sending process at random moments, then resume.

At the server every recipient got exactly one message, except the deliveries reported as
unknown (in flight at a kill: zero or one message each), and each kill leaves at most as
many unknown deliveries as there are connections.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
from tests.support.smtp_servers import ScriptedServer

from envoi.sending.campaigns import CampaignService
from envoi.sending.recovery import recover
from envoi.store.engine import Store

ROOT = Path(__file__).resolve().parents[3]
CONNECTIONS = 4


def _cli(db_url: str, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    return subprocess.Popen(
        [sys.executable, "-m", "envoi", "--db", db_url, "campaigns", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _sent(store: Store, campaign_id: int) -> int:
    return CampaignService(store).get(campaign_id).counts["sent"]


def test_sigkill_at_random_moments_loses_nobody_and_duplicates_nobody(
    store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    n = 2000
    campaign, _ = make_campaign(store, scripted.port, n, connections=CONNECTIONS)
    db_url = store.engine.url.render_as_string(hide_password=False)
    rng = random.Random(4)
    service = CampaignService(store)
    kills = 0
    unknown_per_kill: list[int] = []
    deadline = time.monotonic() + 150
    action = "send"
    while time.monotonic() < deadline:
        before = _sent(store, campaign.id)
        proc = _cli(db_url, action, str(campaign.id), "--yes")
        action = "resume"
        if kills < 5:
            # Kill once sending is under way, at a random moment after that.
            while proc.poll() is None and _sent(store, campaign.id) <= before:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.6))
        if proc.poll() is None and kills < 5:
            try:
                children = psutil.Process(proc.pid).children(recursive=True)
            except psutil.NoSuchProcess:
                children = []
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            kills += 1
            # Message-building workers leave with their parent (no orphans after a kill).
            _, alive = psutil.wait_procs(children, timeout=5)
            assert not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE], alive
            unknown_before = service.get(campaign.id).counts["unknown"]
            recovered = recover(store)
            assert [r.campaign_id for r in recovered] == [campaign.id]
            assert service.get(campaign.id).status == "paused"
            unknown_per_kill.append(service.get(campaign.id).counts["unknown"] - unknown_before)
            continue
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        break
    assert kills >= 3, "the campaign finished before it could be killed enough times"
    record = service.get(campaign.id)
    assert record.status == "completed"
    assert record.counts["queued"] == record.counts["sending"] == 0
    assert all(u <= CONNECTIONS for u in unknown_per_kill), unknown_per_kill
    unknown = {d["email"] for d in service.deliveries(campaign.id, "unknown", limit=n)}
    assert len(unknown) == sum(unknown_per_kill)
    at_server = scripted.handler.counts()
    for i in range(n):
        address = f"user{i}@example.com"
        if address in unknown:
            assert at_server[address] <= 1, address
        else:
            assert at_server[address] == 1, (address, at_server[address])
    assert record.counts["sent"] == n - len(unknown)
    print(f"kills={kills} unknown per kill={unknown_per_kill}")
