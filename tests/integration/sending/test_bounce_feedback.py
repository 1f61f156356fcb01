"""Returned mail meets the engine: matched by the Message-ID sent, and rates that auto-pause."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from tests.support.smtp_servers import ScriptedServer

from envoi.bounces.service import BounceService
from envoi.sending.campaigns import CampaignService
from envoi.sending.engine import EngineOptions, rates_reason
from envoi.sending.limits import LimiterPool
from envoi.sending.messages import message_id_of
from envoi.sending.runner import build_engine
from envoi.store.engine import Store
from envoi.store.models import Contact
from envoi.store.sending_models import Delivery


def returned(rcpt: str, message_id: str) -> bytes:
    """A DSN naming an address we never sent to, quoting only the original's Message-ID."""
    return f"""From: MAILER-DAEMON@mx.forward.example
To: shop@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.forward.example

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

From: Shop <shop@example.org>
To: {rcpt}
Message-ID: {message_id}
Subject: Hi

--B--
""".encode()


def complaint(rcpt: str, message_id: str) -> bytes:
    """An ARF feedback report quoting the original's headers (Message-ID only)."""
    return f"""From: fbl@isp.example
To: shop@example.org
Subject: FW: Hi
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an abuse report.
--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Gen/1.0
Version: 1
Original-Rcpt-To: <{rcpt}>

--F
Content-Type: text/rfc822-headers

From: Shop <shop@example.org>
Message-ID: {message_id}
Subject: Hi

--F--
""".encode()


async def test_returned_mail_is_matched_by_the_message_id_sent(
    store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    campaign, profiles = make_campaign(store, scripted.port, 6, connections=2)
    stats = await build_engine(store, campaign.id, profiles, LimiterPool()).run()
    assert stats.status == "completed"
    sent = {rcpt: message_id_of(data) for _, rcpt, data in scripted.handler.received}
    with store.session() as s:
        recorded = dict(s.execute(select(Delivery.email_key, Delivery.message_id)).all())
        user3 = s.scalar(select(Contact.id).where(Contact.email_key == "user3@example.com"))
    assert recorded == sent and len(set(recorded.values())) == 6
    assert all(mid and mid.startswith("<") for mid in recorded.values())
    # The report names a forwarding address, has no X-Envoi headers and no VERP return path.
    mid = sent["user3@example.com"]
    assert mid is not None
    out = BounceService(store).process(returned("old.user3@forward.example", mid))
    record = out.records[0]
    assert (record.contact_id, record.campaign_id) == (user3, campaign.id)
    assert record.matched_by == "message-id" and record.action == "suppressed"
    # Without its angle brackets, as some MTAs quote it, it is found too.
    out = BounceService(store).process(returned("x@forward.example", mid.strip("<>")))
    assert (out.records[0].contact_id, out.records[0].matched_by) == (user3, "message-id")
    # An unknown Message-ID falls back to the address: no match here.
    out = BounceService(store).process(returned("y@forward.example", "<nope@example.org>"))
    assert out.records[0].matched_by == "none" and out.state == "unmatched"


RATES = EngineOptions(
    connections=2, rates_min_sent=40, rates_every=10, rates_interval=0.2, max_bounce_rate=0.05
)


async def _return_while_sending(
    store: Store, scripted: ScriptedServer, campaign_id: int, make: object, n: int
) -> None:
    """Once 40 messages are out, return ``n`` of them through the mailbox's service."""
    service = CampaignService(store)
    for _ in range(400):
        if service.get(campaign_id).counts["sent"] >= 40:
            break
        await asyncio.sleep(0.025)
    bounces = BounceService(store)
    for _, rcpt, data in list(scripted.handler.received)[:n]:
        mid = message_id_of(data)
        assert mid is not None and callable(make)
        out = await asyncio.to_thread(bounces.process, make(rcpt, mid))
        assert out.records[0].campaign_id == campaign_id


@pytest.mark.parametrize(("make", "n", "word"), [(returned, 10, "bounces"), (complaint, 2, "spam")])
async def test_returned_mail_over_the_rates_pauses_the_campaign(
    store: Store, scripted: ScriptedServer, make_campaign, make: object, n: int, word: str
) -> None:
    campaign, profiles = make_campaign(store, scripted.port, 600, connections=2, per_second=80)
    engine = build_engine(store, campaign.id, profiles, LimiterPool(), options=RATES)
    run = asyncio.create_task(engine.run())
    await _return_while_sending(store, scripted, campaign.id, make, n)
    stats = await asyncio.wait_for(run, 20)
    record = CampaignService(store).get(campaign.id)
    assert stats.status == record.status == "paused"
    assert word in record.pause_reason and "before resuming" in record.pause_reason
    assert record.counts["queued"] > 0 and record.counts["sending"] == 0


async def test_a_few_bounces_under_the_rate_let_the_campaign_finish(
    sqlite_store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    campaign, profiles = make_campaign(sqlite_store, scripted.port, 200, connections=2,
                                       per_second=200)  # fmt: skip
    engine = build_engine(sqlite_store, campaign.id, profiles, LimiterPool(), options=RATES)
    run = asyncio.create_task(engine.run())
    await _return_while_sending(sqlite_store, scripted, campaign.id, returned, 1)
    stats = await asyncio.wait_for(run, 20)
    assert stats.status == "completed"


def test_rates_reason_reads_well_and_needs_both_limits_passed() -> None:
    options = EngineOptions()
    assert rates_reason(0.05, 0.001, 1000, options) == ""
    text = rates_reason(0.06, 0.0, 1000, options)
    assert text.startswith("60 of the 1000 messages sent came back as bounces (6.0%")
    assert "spam" in rates_reason(0.0, 0.002, 1000, options)


async def test_a_refusal_at_send_time_and_a_dsn_end_in_the_same_state(
    store: Store, scripted: ScriptedServer, make_campaign
) -> None:
    """user1 is refused at RCPT (550 5.1.1), user2 accepted and then returned by a DSN
    saying 5.1.1: both roads go through the one bounce policy and end alike."""
    from envoi.contacts.addresses import normalize
    from envoi.contacts.suppression import suppression_reason
    from envoi.store.bounce_models import BounceRecord

    scripted.handler.rules["user1@example.com"] = "550 5.1.1 No such user"
    campaign, profiles = make_campaign(store, scripted.port, 6, connections=2)
    stats = await build_engine(store, campaign.id, profiles, LimiterPool()).run()
    assert stats.status == "completed"
    sent = {rcpt: message_id_of(data) for _, rcpt, data in scripted.handler.received}
    mid = sent["user2@example.com"]
    assert mid is not None
    BounceService(store).process(returned("user2@example.com", mid))

    def state(email: str) -> tuple[object, ...]:
        with store.session() as s:
            status = s.scalar(select(Contact.status).where(Contact.email_key == email))
            records = s.execute(
                select(BounceRecord.kind, BounceRecord.reason, BounceRecord.hard,
                       BounceRecord.action, BounceRecord.campaign_id, Contact.email_key)
                .join(Contact, Contact.id == BounceRecord.contact_id)
                .where(BounceRecord.address_key == email)
            ).all()  # fmt: skip
            reason = suppression_reason(s, normalize(email))
        return status, reason, [tuple(r[:-1]) for r in records]

    refused, returned_state = state("user1@example.com"), state("user2@example.com")
    assert refused == returned_state
    assert refused == (
        "bounced",
        "bounced",
        [("bounce", "userunknown", True, "suppressed", campaign.id)],
    )
