"""Limits measured at the server, and the server going away in the middle of a campaign."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from tests.support.smtp_servers import ScriptedServer, SmtpSink

from envoi.sending.campaigns import CampaignService
from envoi.sending.engine import EngineOptions
from envoi.sending.limits import LimiterPool
from envoi.sending.runner import build_engine
from envoi.sending.shared_limits import Booking, Ledger
from envoi.store.engine import Store


def max_in_window(times: list[float], window: float) -> int:
    """The most messages in any half-open window [t, t + window) of the server's clock."""
    times = sorted(times)
    best, j = 0, 0
    for i, start in enumerate(times):
        j = max(j, i)
        while j < len(times) and times[j] < start + window:
            j += 1
        best = max(best, j - i)
    return best


async def test_ten_per_second_is_exact_at_the_server(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The limiter's promise is exact where it decides: the slots it books for the sends.
    booked: list[float] = []
    real_book = Ledger.book

    def book(self: Ledger, now: float, wanted: int) -> Booking:
        booking = real_book(self, now, wanted)
        booked.extend(booking.slots)
        return booking

    monkeypatch.setattr(Ledger, "book", book)
    n = 111  # more than 100 in a run longer than 10 s, so a 10-second window can overflow
    campaign, profiles = make_campaign(sqlite_store, scripted.port, n, connections=4,
                                       per_second=10)  # fmt: skip
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool()).run()
    assert stats.status == "completed"
    assert n <= len(booked) <= n + 4  # the last batch may book a few more than are sent
    booked = booked[:n]
    for window in (1.0, 2.0, 5.0, 10.0):
        assert max_in_window(booked, window) <= 10 * window, window
    # At the server each message lands after a claim commit and MAIL, RCPT and DATA, whose
    # delays vary on a loaded machine; the 2 % pacing margin absorbs 2 % of a window, i.e.
    # 200 ms over the issue's 10-second window ("any 10-second window holds at most 100
    # messages, measured from the server's side"), but only 20 ms over one second.
    times = [t for t, _, _ in scripted.handler.received]
    assert len(times) == n
    assert max_in_window(times, 10.0) <= 100
    # The limit is reached, not merely respected by sending slowly.
    span = max(times) - min(times)
    assert (n - 1) / span > 9.0, span


async def test_slow_down_replies_lower_the_rate(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    scripted.handler.rules["user5@example.com"] = "421 4.7.0 Too many messages, slow down"
    scripted.handler.times["user5@example.com"] = 1
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 30, connections=2,
                                       per_second=40)  # fmt: skip
    pool = LimiterPool()
    options = EngineOptions(connections=2, retry_base=0.1, retry_max=0.2)
    engine = build_engine(sqlite_store, campaign.id, profiles, pool, options=options)
    stats = await engine.run()
    assert stats.status == "completed"
    limiter = pool.get(campaign.profile_id or 0, profiles.get("test").limits, {})
    assert limiter.current_rate is not None and limiter.current_rate <= 20
    assert scripted.handler.counts()["user5@example.com"] == 1


async def test_the_server_going_away_and_coming_back(sqlite_store: Store, make_campaign) -> None:
    first_dir = Path(tempfile.mkdtemp(prefix="envoi-sink-"))
    second_dir = Path(tempfile.mkdtemp(prefix="envoi-sink-"))
    first = SmtpSink(first_dir).start()
    second = SmtpSink(second_dir, port=first.port)
    try:
        n = 1500
        campaign, profiles = make_campaign(sqlite_store, first.port, n, connections=4,
                                           per_second=400)  # fmt: skip
        options = EngineOptions(connections=4, per_connection=1000, server_down_timeout=60)
        engine = build_engine(sqlite_store, campaign.id, profiles, LimiterPool(), options=options)
        run = asyncio.create_task(engine.run())
        await asyncio.sleep(1.0)
        first.stop()  # the server goes away mid-campaign
        await asyncio.sleep(2.0)
        assert not run.done()
        second.start()  # and comes back on the same port
        stats = await asyncio.wait_for(run, 60)
        assert stats.status == "completed", stats.reason
        service = CampaignService(sqlite_store)
        record = service.get(campaign.id)
        unknown = {d["email"] for d in service.deliveries(campaign.id, "unknown")}
        assert len(unknown) <= 4
        assert record.counts["sent"] == n - len(unknown)
        at_server: Counter[str] = first.recipients() + second.recipients()
        assert first.recipients() and second.recipients()
        for i in range(n):
            address = f"user{i}@example.com"
            # An unknown delivery may or may not have arrived; every other one arrived once.
            assert at_server[address] <= 1 if address in unknown else at_server[address] == 1
    finally:
        first.stop()
        second.stop()
        shutil.rmtree(first_dir, ignore_errors=True)
        shutil.rmtree(second_dir, ignore_errors=True)


async def test_a_server_down_too_long_pauses_with_a_reason(
    sqlite_store: Store, make_campaign
) -> None:
    from tests.support.smtp_servers import free_port

    campaign, profiles = make_campaign(sqlite_store, free_port(), 10, connections=2)
    options = EngineOptions(connections=2, server_down_timeout=1.0)
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool(),
                               options=options).run()  # fmt: skip
    record = CampaignService(sqlite_store).get(campaign.id)
    assert stats.status == record.status == "paused"
    assert "has not answered" in record.pause_reason and "Nothing answers" in record.pause_reason
    assert record.counts["queued"] == 10
