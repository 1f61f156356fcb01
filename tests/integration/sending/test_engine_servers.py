"""The engine against real servers on 127.0.0.1: smtp-sink and a scripted aiosmtpd."""

from __future__ import annotations

from datetime import datetime, timedelta
from email import message_from_bytes, policy

import pytest
from tests.integration.sending.pipelining import PipeliningHandler
from tests.support.smtp_servers import ScriptedServer, SmtpSink

from envoi.sending.campaigns import CampaignService
from envoi.sending.engine import EngineOptions
from envoi.sending.limits import LimiterPool
from envoi.sending.runner import build_engine
from envoi.store.engine import Store


async def test_every_recipient_gets_one_message_through_smtp_sink(
    store: Store, sink: SmtpSink, make_campaign
) -> None:
    campaign, profiles = make_campaign(store, sink.port, 300, connections=4)
    engine = build_engine(store, campaign.id, profiles, LimiterPool())
    stats = await engine.run()
    assert stats.status == "completed"
    counts = CampaignService(store).get(campaign.id).counts
    assert counts["sent"] == 300 and counts["sending"] == 0 and counts["queued"] == 0
    at_server = sink.recipients()
    assert len(at_server) == 300 and set(at_server.values()) == {1}


async def test_replies_are_classified_per_recipient(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sqlite_store
    rules = scripted.handler.rules
    rules["user1@example.com"] = "550 5.1.1 No such user"
    rules["user2@example.com"] = "451 4.7.1 Try again later"
    scripted.handler.times["user2@example.com"] = 1  # accepted on the second try
    rules["user3@example.com"] = "452 4.2.2 Mailbox full"  # deferred every time
    rules["user4@example.com"] = "drop"  # the connection dies after the message arrived
    campaign, profiles = make_campaign(store, scripted.port, 40, connections=2)
    options = EngineOptions(connections=2, retry_base=0.2, retry_max=0.4)
    engine = build_engine(store, campaign.id, profiles, LimiterPool(), options=options)
    service = CampaignService(store)
    # user3 is deferred until the retry deadline (an hour after the start), user2 retried
    # before it. The deadline passes when user2 has arrived, not after a number of seconds
    # a loaded machine may need for the 40 messages: the engine's clock for deferrals jumps.
    from envoi.sending import engine_state
    from envoi.store.clock import utc_now
    from envoi.store.sending_models import Campaign

    with store.session() as s:
        row = s.get(Campaign, campaign.id)
        assert row is not None
        row.retry_hours = 1.0

    def clock() -> datetime:
        user2_arrived = scripted.handler.counts()["user2@example.com"] > 0
        return utc_now() + (timedelta(hours=2) if user2_arrived else timedelta(0))

    monkeypatch.setattr(engine_state, "utc_now", clock)
    stats = await engine.run()
    record = service.get(campaign.id)
    assert stats.status == "completed", stats.reason
    assert record.counts["sent"] == 37
    assert record.counts["failed"] == 2
    assert record.counts["unknown"] == 1
    failed = {d["email"]: d for d in service.deliveries(campaign.id, "failed")}
    assert failed["user1@example.com"]["smtp_code"] == 550
    assert "No such user" in failed["user1@example.com"]["smtp_reply"]
    assert failed["user1@example.com"]["explanation"].startswith("This address does not exist")
    # A hard bounce at send time suppresses the address for good; a full mailbox does not.
    from envoi.contacts.addresses import normalize
    from envoi.contacts.suppression import suppression_reason

    with store.session() as s:
        assert suppression_reason(s, normalize("user1@example.com")) == "bounced"
        assert suppression_reason(s, normalize("user3@example.com")) is None
    assert failed["user3@example.com"]["smtp_code"] == 452
    assert "gave up" in failed["user3@example.com"]["smtp_reply"]
    counts = scripted.handler.counts()
    assert counts["user2@example.com"] == 1  # deferred once, then delivered once
    assert counts["user4@example.com"] == 1  # arrived, but we cannot know: unknown
    assert "user1@example.com" not in counts
    # What arrived is the personalised message with CRLF line endings.
    raw = next(c for _, r, c in scripted.handler.received if r == "user7@example.com")
    msg = message_from_bytes(raw, policy=policy.SMTP)
    assert msg["Subject"] == "Hi First7"
    assert "Hello First7," in msg.get_content()


async def test_a_slow_recorder_does_not_end_the_run_before_its_retries(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a loaded machine the recorder's writes lag behind the workers: the engine must read
    what is left only once every outcome so far is written (it read the rows while a
    deferral was still unwritten, found nothing to retry and ended paused, "Stopped before
    the end"). A write that takes 0.2 s stands for the load."""
    import time as time_module

    from envoi.sending.recorder import Recorder

    slow_write = Recorder._write

    def lagging(self: Recorder, batch: list[object]) -> list[object]:
        time_module.sleep(0.2)
        return slow_write(self, batch)

    monkeypatch.setattr(Recorder, "_write", lagging)
    # The last of the pass is deferred while the other connection's outcome is being written.
    scripted.handler.rules["user3@example.com"] = "451 4.7.1 Try again later"
    scripted.handler.times["user3@example.com"] = 1  # accepted on the second try
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 4, connections=2)
    options = EngineOptions(connections=2, retry_base=0.05, retry_max=0.1)
    stats = await build_engine(
        sqlite_store, campaign.id, profiles, LimiterPool(), options=options
    ).run()
    assert stats.status == "completed", stats.reason
    assert CampaignService(sqlite_store).get(campaign.id).counts["sent"] == 4
    assert scripted.handler.counts()["user3@example.com"] == 1


@pytest.mark.parametrize("code", ["550 5.7.1 Rejected"])
async def test_too_many_failures_in_a_row_pause_with_a_reason(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign, code: str
) -> None:
    store = sqlite_store
    for i in range(60):
        scripted.handler.rules[f"user{i}@example.com"] = code
    campaign, profiles = make_campaign(store, scripted.port, 100, connections=1)
    options = EngineOptions(connections=1, max_consecutive_failures=10)
    stats = await build_engine(store, campaign.id, profiles, LimiterPool(), options=options).run()
    record = CampaignService(store).get(campaign.id)
    assert stats.status == record.status == "paused"
    assert "10 messages in a row were refused" in record.pause_reason
    assert "550" in record.pause_reason
    assert record.counts["failed"] == 10 and record.counts["queued"] == 90


async def test_suppressed_after_freezing_is_skipped_not_sent(
    store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    from envoi.contacts.suppression import suppress

    campaign, profiles = make_campaign(store, scripted.port, 12, connections=2)
    with store.session() as s:  # user2 unsubscribes after the campaign was created
        suppress(s, "user2@example.com", "unsubscribed", "link")
    stats = await build_engine(store, campaign.id, profiles, LimiterPool()).run()
    record = CampaignService(store).get(campaign.id)
    assert stats.status == "completed"
    assert record.counts["skipped"] == 1 and record.counts["sent"] == 11
    assert stats.counts["skipped"] == 1
    assert "user2@example.com" not in scripted.handler.counts()


async def test_a_template_campaign_goes_through_the_message_line(
    sqlite_store: Store, scripted: ScriptedServer
) -> None:
    from tests.integration.sending.conftest import add_audience

    from envoi.sending.campaigns import CampaignData
    from envoi.sending.profiles import ProfileData, ProfileService
    from envoi.sending.secrets import MemorySecretStore
    from envoi.templates.library import TemplateDraft, TemplateService

    add_audience(sqlite_store, 6)
    TemplateService(sqlite_store).save(TemplateDraft(
        "welcome", "Bienvenue {{ contact.first_name }}",
        html="<p>Bonjour {{ contact.first_name }} de {{ contact.city }}</p>"
             "<a href='https://shop.example/u'>Se désinscrire</a>",
    ))  # fmt: skip
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    profile = profiles.add(ProfileData("p", "127.0.0.1", scripted.port, "none", connections=2))
    campaign = CampaignService(sqlite_store).create(
        CampaignData("t", "news@shop.example", "", template="welcome", profile_id=profile.id,
                     lists=["all"], from_name="Boutique")
    )  # fmt: skip
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool()).run()
    assert stats.status == "completed" and stats.counts["sent"] == 6
    raw = next(c for _, r, c in scripted.handler.received if r == "user4@example.com")
    msg = message_from_bytes(raw, policy=policy.SMTP)
    assert msg["Subject"] == "Bienvenue First4"
    assert msg["List-Unsubscribe"] and "news@shop.example" in msg["List-Unsubscribe"]
    html = msg.get_body(("html",))
    assert html is not None and "Bonjour First4 de Lyon" in html.get_content()


async def test_messages_built_in_worker_processes(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 60, connections=2)
    engine = build_engine(sqlite_store, campaign.id, profiles, LimiterPool(), processes=2)
    stats = await engine.run()
    assert stats.status == "completed" and stats.counts["sent"] == 60
    received = {r: c for _, r, c in scripted.handler.received}
    assert len(received) == 60
    msg = message_from_bytes(received["user42@example.com"], policy=policy.SMTP)
    assert msg["Subject"] == "Hi First42" and "Hello First42," in msg.get_content()


async def test_pipelined_sends_classify_each_reply_and_never_resend_an_unknown(
    sqlite_store: Store, make_campaign
) -> None:
    handler = PipeliningHandler()
    handler.rules["user1@example.com"] = "550 5.1.1 No such user"
    handler.rules["user2@example.com"] = "451 4.7.1 Try again later"
    handler.times["user2@example.com"] = 1  # accepted on the second try
    handler.rules["user3@example.com"] = "421 4.3.2 Closing"
    handler.times["user3@example.com"] = 1
    handler.rules["user4@example.com"] = "drop"  # lost after the message arrived
    server = ScriptedServer(handler).start()
    try:
        campaign, profiles = make_campaign(sqlite_store, server.port, 60, connections=3)
        options = EngineOptions(connections=3, retry_base=0.2, retry_max=0.4)
        engine = build_engine(sqlite_store, campaign.id, profiles, LimiterPool(), options=options)
        stats = await engine.run()
    finally:
        server.stop()
    assert stats.status == "completed", stats.reason
    counts = CampaignService(sqlite_store).get(campaign.id).counts
    assert (counts["sent"], counts["failed"], counts["unknown"]) == (58, 1, 1)
    at_server = handler.counts()
    assert set(at_server.values()) == {1} and len(at_server) == 59  # all but user1, once
    assert "user1@example.com" not in at_server and at_server["user4@example.com"] == 1
    assert handler.sessions >= 3 + 2  # 421 and the drop each cost a connection
