"""Pause, resume and cancel while sending; deferred retries left to `send-due`; connection reuse."""

from __future__ import annotations

import asyncio

from tests.support.smtp_servers import ScriptedServer

from envoi.sending.campaigns import CampaignService
from envoi.sending.engine import EngineOptions
from envoi.sending.limits import LimiterPool
from envoi.sending.runner import build_engine
from envoi.store.engine import Store


async def _wait_sent(service: CampaignService, campaign_id: int, n: int) -> None:
    for _ in range(400):
        if service.get(campaign_id).counts["sent"] >= n:
            return
        await asyncio.sleep(0.025)
    raise AssertionError("sending did not start")


async def test_pause_from_elsewhere_then_resume_sends_each_once(
    store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    campaign, profiles = make_campaign(store, scripted.port, 200, connections=2, per_second=100)
    service = CampaignService(store)
    run = asyncio.create_task(build_engine(store, campaign.id, profiles, LimiterPool()).run())
    await _wait_sent(service, campaign.id, 20)
    service.pause(campaign.id)  # as `envoi campaigns pause` from another process would
    stats = await asyncio.wait_for(run, 10)
    paused = service.get(campaign.id)
    assert stats.status == paused.status == "paused"
    assert 0 < paused.counts["queued"] < 200 and paused.counts["sending"] == 0
    stats = await build_engine(store, campaign.id, profiles, LimiterPool()).run(resume=True)
    assert stats.status == "completed"
    counts = scripted.handler.counts()
    assert len(counts) == 200 and set(counts.values()) == {1}


async def test_cancel_while_sending_skips_the_rest(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 200, connections=2,
                                       per_second=100)  # fmt: skip
    service = CampaignService(sqlite_store)
    engine = build_engine(sqlite_store, campaign.id, profiles, LimiterPool())
    run = asyncio.create_task(engine.run())
    await _wait_sent(service, campaign.id, 10)
    engine.cancel()
    stats = await asyncio.wait_for(run, 10)
    record = service.get(campaign.id)
    assert stats.status == record.status == "cancelled"
    assert record.counts["queued"] == 0 and record.counts["skipped"] > 0
    assert record.counts["sent"] == len(scripted.handler.counts())


async def test_deferred_left_to_send_due(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    scripted.handler.rules["user3@example.com"] = "450 4.2.1 Greylisted, try later"
    scripted.handler.times["user3@example.com"] = 1
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 10, connections=2)
    # The retry a second away: the first check below runs well before it on a loaded machine.
    options = EngineOptions(connections=2, retry_base=1.5, wait_for_deferred=False)
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool(),
                               options=options).run()  # fmt: skip
    service = CampaignService(sqlite_store)
    record = service.get(campaign.id)
    assert stats.status == record.status == "scheduled"
    assert record.counts["deferred"] == 1 and record.counts["sent"] == 9
    assert service.due() == []  # not yet: the retry is 1.5 s away
    for _ in range(100):
        if service.due():
            break
        await asyncio.sleep(0.05)
    assert [c.id for c in service.due()] == [campaign.id]
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool(),
                               options=options).run()  # fmt: skip
    assert stats.status == "completed"
    assert scripted.handler.counts()["user3@example.com"] == 1


async def test_connections_are_reused_up_to_the_profile_limit(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 40, connections=1)
    options = EngineOptions(connections=1, per_connection=10)
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool(),
                               options=options).run()  # fmt: skip
    assert stats.status == "completed"
    assert scripted.handler.sessions == 4  # 40 messages, 10 per connection


async def test_a_server_that_keeps_dropping_before_data_pauses(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    for i in range(30):
        scripted.handler.rules[f"user{i}@example.com"] = "drop-rcpt"
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 30, connections=1)
    options = EngineOptions(connections=1, max_dropped_in_a_row=5)
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool(),
                               options=options).run()  # fmt: skip
    record = CampaignService(sqlite_store).get(campaign.id)
    assert stats.status == "paused" and "keeps closing the connection" in record.pause_reason
    assert record.counts["queued"] == 30 and not scripted.handler.counts()


async def test_the_scheduler_starts_due_campaigns_on_time(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    from datetime import timedelta

    from envoi.sending.scheduler import Scheduler
    from envoi.store.clock import utc_now
    from envoi.store.sending_models import Campaign

    campaign, profiles = make_campaign(sqlite_store, scripted.port, 8, connections=2,
                                       body="Hi. Unsubscribe: reply STOP")  # fmt: skip
    with sqlite_store.session() as s:
        row = s.get(Campaign, campaign.id)
        assert row is not None
        row.status, row.scheduled_at = "scheduled", utc_now() + timedelta(seconds=0.5)
    scheduler = Scheduler(sqlite_store, profiles, LimiterPool(), interval=0.1)
    loop = asyncio.create_task(scheduler.run_forever())
    try:
        assert await scheduler.tick() == []  # not yet due
        for _ in range(100):
            if CampaignService(sqlite_store).get(campaign.id).status == "completed":
                break
            await asyncio.sleep(0.05)
    finally:
        loop.cancel()
        await scheduler.stop()
    assert CampaignService(sqlite_store).get(campaign.id).status == "completed"
    assert len(scripted.handler.counts()) == 8


async def test_a_bug_stops_the_run_loudly_and_recovery_lists_the_in_flight(
    sqlite_store: Store, make_campaign
) -> None:
    import pytest

    from envoi.sending.engine import CampaignEngine
    from envoi.sending.limits import Limits, RateLimiter
    from envoi.sending.recovery import recover
    from envoi.sending.runner import default_factory
    from envoi.sending.source import DeliveryRowsSource
    from envoi.sending.transport import Reply, ReplyKind

    class Buggy:
        sent = 0

        async def begin(self, sender: str, recipient: str) -> Reply | None:
            return None

        async def data(self, message: bytes) -> Reply:
            Buggy.sent += 1
            if Buggy.sent == 5:
                raise RuntimeError("a bug of ours")
            return Reply(ReplyKind.SENT, 250, "ok")

        async def reset(self) -> None: ...

        async def close(self) -> None: ...

    class BuggyTransport:
        async def connect(self) -> Buggy:
            return Buggy()

    campaign, _ = make_campaign(sqlite_store, 1, 20, connections=1)
    engine = CampaignEngine(
        DeliveryRowsSource(sqlite_store, campaign.id), BuggyTransport(),
        default_factory(sqlite_store, campaign), RateLimiter(Limits()),
        sender="shop@example.org", options=EngineOptions(connections=1),
    )  # fmt: skip
    with pytest.raises(RuntimeError, match="a bug of ours"):
        await asyncio.wait_for(engine.run(), 10)
    service = CampaignService(sqlite_store)
    assert service.get(campaign.id).counts["sending"] == 1  # in flight when it broke
    recover(sqlite_store)
    record = service.get(campaign.id)
    assert record.status == "paused" and record.counts["unknown"] == 1
    assert record.counts["sent"] == 4 and record.counts["queued"] == 15


def test_two_senders_starting_one_campaign_at_once_get_it_once(store: Store) -> None:
    # The window's scheduler and `send-due` from cron may start a due campaign together:
    # exactly one of them may take it (two would send every message twice).
    import threading

    from tests.integration.sending.conftest import add_audience

    from envoi.errors import ConflictError
    from envoi.sending.campaign_rows import CampaignRows
    from envoi.sending.campaigns import CampaignData
    from envoi.sending.profiles import ProfileData, ProfileService
    from envoi.sending.secrets import MemorySecretStore

    add_audience(store, 3)
    profile = ProfileService(store, MemorySecretStore()).add(ProfileData("p", "h"))
    service = CampaignService(store)
    for attempt in range(5):
        campaign = service.create(CampaignData(f"c{attempt}", "a@example.org", "s", "b",
                                               profile_id=profile.id, lists=["all"]))  # fmt: skip
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def start(campaign_id: int = campaign.id, barrier: threading.Barrier = barrier,
                  outcomes: list[str] = outcomes) -> None:  # fmt: skip
            barrier.wait()
            try:
                CampaignRows(store, campaign_id).begin(False)
                outcomes.append("took it")
            except ConflictError:
                outcomes.append("refused")

        threads = [threading.Thread(target=start) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(outcomes) == ["refused", "took it"], outcomes
        assert service.get(campaign.id).status == "running"
