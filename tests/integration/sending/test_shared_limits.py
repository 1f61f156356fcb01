"""Limits belong to the profile: two processes sending with one profile at once (the window
and `envoi campaigns send` from cron) share them, as measured at the server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from email import message_from_bytes
from pathlib import Path

import pytest
from tests.integration.sending.conftest import add_audience
from tests.integration.sending.test_limits_and_outages import max_in_window
from tests.support.smtp_servers import ScriptedServer

from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.limits import Limits
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.sending.shared_limits import Ledger
from envoi.store.engine import Store

ROOT = Path(__file__).resolve().parents[3]


def _send(url: str, campaign: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    return subprocess.Popen(
        [sys.executable, "-m", "envoi", "--db", url, "campaigns", "send", campaign, "--yes",
         "--json", "--processes", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip


def test_two_processes_share_the_per_second_limit(store: Store, scripted: ScriptedServer) -> None:
    n = 70  # per campaign: 140 messages at 10/s take 14 s, so 10-second windows fill up
    add_audience(store, n)
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData("shared", "127.0.0.1", scripted.port, "none",
                                       connections=2, per_second=10))  # fmt: skip
    service = CampaignService(store)
    for name in ("window", "cron"):
        service.create(CampaignData(name, "shop@example.org", f"From the {name}",
                                    "Hello. To unsubscribe, reply STOP.",
                                    profile_id=profile.id, lists=["all"]))  # fmt: skip
    url = store.engine.url.render_as_string(hide_password=False)
    started = time.monotonic()
    senders = [_send(url, "window"), _send(url, "cron")]
    for sender in senders:
        out, err = sender.communicate(timeout=120)
        assert sender.returncode == 0, err
        assert '"completed"' in out
    received = list(scripted.handler.received)
    assert len(received) == 2 * n
    times = sorted(t for t, _, _ in received)
    # The measure: no 10-second window at the server holds more than 10/s * 10 s.
    assert max_in_window(times, 10.0) <= 100
    # Both sent at the same time (each alone would have gone at 10/s), and together they
    # used the whole limit rather than merely staying under it.
    spans = {}
    for subject in ("From the window", "From the cron"):
        mine = [t for t, _, raw in received if message_from_bytes(raw)["Subject"] == subject]
        assert len(mine) == n
        spans[subject] = (min(mine), max(mine))
    (a0, a1), (b0, b1) = spans.values()
    overlap = min(a1, b1) - max(a0, b0)
    assert overlap > 5.0, spans
    rate = (len(times) - 1) / (times[-1] - times[0])
    assert 8.5 < rate <= 10.0, rate
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("cap", ["per_minute", "per_hour", "per_day"])
def test_caps_hold_across_processes_and_restarts(store: Store, cap: str) -> None:
    # Two ledgers on one profile, as two processes would have: together they get the cap,
    # no more, and a new ledger (a restart) sees what the others booked.
    profile = ProfileService(store, MemorySecretStore()).add(ProfileData("capped", "h"))
    limits = Limits(**{cap: 30})  # type: ignore[arg-type]
    first, second = Ledger(store, profile.id, limits), Ledger(store, profile.id, limits)
    now = 1_800_000_000.0
    got = [len(first.book(now, 20).slots), len(second.book(now + 0.1, 20).slots)]
    assert got == [20, 10]
    refused = Ledger(store, profile.id, limits).book(now + 1, 1)
    window = {"per_minute": 60, "per_hour": 3600, "per_day": 86400}[cap]
    assert refused.slots == () and refused.which
    # The cap frees up when the first sends leave the window (counted from their second).
    assert window <= refused.wait <= window + 1
    later = Ledger(store, profile.id, limits).book(now + window + 1.01, 40)
    assert len(later.slots) == 30
