"""Bounce processing on both databases: records, matching, raw message, policy, once only."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update

from envoi.bounces.policy import BouncePolicy
from envoi.bounces.service import BounceService, record_smtp_failure
from envoi.bounces.verp import parse_verp, verp_address
from envoi.contacts.service import ContactService
from envoi.contacts.suppression import SuppressionService
from envoi.reports.service import Reports
from envoi.store.bounce_models import BounceRecord
from envoi.store.engine import Store
from envoi.store.models import Setting


def dsn(
    rcpt: str, status: str, diag: str, *, to: str = "news@shop.example", extra: str = ""
) -> bytes:
    return f"""From: MAILER-DAEMON@mx.example.org
To: {to}
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diag}

--B
Content-Type: text/rfc822-headers

From: news@shop.example
To: {rcpt}
Message-ID: <x.{rcpt}@shop.example>
{extra}Subject: News

--B--
""".encode()


ARF = b"""From: fbl@isp.example
To: abuse@shop.example
Subject: FW: News
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

Abuse report.
--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Gen/1.0
Version: 1
Original-Rcpt-To: <cara@isp.example>

--F--
"""


def test_hard_bounce_suppresses_at_once_and_keeps_the_raw_message(store: Store) -> None:
    contacts = ContactService(store)
    ann = contacts.add("Ann@Example.com")
    service = BounceService(store)
    raw = dsn("ann@example.com", "5.1.1", "550 5.1.1 User unknown")
    out = service.process(raw, source="test")
    assert (out.kind, out.state, out.duplicate) == ("bounce", "processed", False)
    (rec,) = out.records
    assert (rec.contact_id, rec.matched_by, rec.action) == (ann.id, "address", "suppressed")
    assert contacts.get(ann.id).status == "bounced"
    assert SuppressionService(store).check("ann@example.com") is not None
    assert out.message_id is not None
    assert service.raw_message(out.message_id) == raw
    (row,) = service.rows()
    assert (row.reason, row.status, row.hard) == ("userunknown", "5.1.1", True)


def test_same_message_twice_is_processed_once(store: Store) -> None:
    ContactService(store).add("bob@example.com")
    service = BounceService(store)
    raw = dsn("bob@example.com", "4.2.2", "452 4.2.2 Mailbox full")
    assert service.process(raw).duplicate is False
    assert service.process(raw).duplicate is True
    assert len(service.rows()) == 1


def test_soft_bounces_suppress_after_n_within_m_days(store: Store) -> None:
    contacts = ContactService(store)
    dan = contacts.add("dan@example.com")
    service = BounceService(store)
    service.set_policy(BouncePolicy(soft_limit=2, soft_window_days=7))
    first = service.process(dsn("dan@example.com", "5.2.2", "552 5.2.2 Mailbox full (1)"))
    assert first.records[0].action == "counted"
    # An old soft bounce outside the window does not count.
    with store.session() as session:
        session.execute(
            update(BounceRecord).values(received_at=datetime.now() - timedelta(days=30))
        )
    second = service.process(dsn("dan@example.com", "5.2.2", "552 5.2.2 Mailbox full (2)"))
    assert second.records[0].action == "counted"
    assert contacts.get(dan.id).status == "subscribed"
    third = service.process(dsn("dan@example.com", "5.2.2", "552 5.2.2 Mailbox full (3)"))
    assert third.records[0].action == "suppressed"
    assert contacts.get(dan.id).status == "bounced"


def test_complaint_suppresses_and_flags(store: Store) -> None:
    contacts = ContactService(store)
    cara = contacts.add("cara@isp.example")
    out = BounceService(store).process(ARF)
    assert out.kind == "feedback"
    assert out.records[0].action == "complained"
    assert contacts.get(cara.id).status == "complained"


def test_unsubscribe_mail_unsubscribes(store: Store) -> None:
    contacts = ContactService(store)
    eve = contacts.add("eve@example.com")
    raw = b"From: Eve <eve@example.com>\nTo: unsubscribe@shop.example\nSubject: unsubscribe\n\n"
    out = BounceService(store).process(raw)
    assert out.records[0].action == "unsubscribed"
    assert contacts.get(eve.id).status == "unsubscribed"


def test_match_by_verp_before_headers_before_address(store: Store) -> None:
    contacts = ContactService(store)
    real = contacts.add("real@example.com")
    other = contacts.add("other@example.com")
    service = BounceService(store)
    # The report names an alias, but the VERP return path names the real contact.
    to = verp_address("bounces@shop.example", 7, real.id)
    assert parse_verp(to) is not None
    out = service.process(dsn("alias@forward.example", "5.1.1", "550 5.1.1 unknown", to=to))
    assert (out.records[0].contact_id, out.records[0].campaign_id) == (real.id, 7)
    assert out.records[0].matched_by == "verp"
    # Our own headers in the quoted original.
    extra = f"X-Envoi-Campaign: 9\nX-Envoi-Contact: {other.id}\n"
    out = service.process(dsn("gone@forward.example", "5.2.2", "552 full", extra=extra))
    assert (out.records[0].contact_id, out.records[0].campaign_id) == (other.id, 9)
    assert out.records[0].matched_by == "header"
    rates = Reports(store).returned_rates(9, sent=10)
    assert (rates.bounce, rates.complaint) == (0.1, 0.0)


def test_match_by_the_signed_contact_header(store: Store) -> None:
    """X-Envoi-Contact carries an opaque token signed with the database's key; a token
    made with another key matches nobody (the bare id of older messages still does, above)."""
    from envoi.message.contact_token import contact_token, token_key

    contact = ContactService(store).add("signed@example.com")
    with store.session() as session:
        key = token_key(session)
    token = contact_token(key, contact.id)
    assert token.startswith("e1.") and token != str(contact.id)
    service = BounceService(store)
    extra = f"X-Envoi-Campaign: 4\nX-Envoi-Contact: {token}\n"
    out = service.process(dsn("gone@forward.example", "5.1.1", "550 5.1.1 unknown", extra=extra))
    assert (out.records[0].contact_id, out.records[0].matched_by) == (contact.id, "header")
    forged = contact_token(b"x" * 32, contact.id)
    extra = f"X-Envoi-Campaign: 4\nX-Envoi-Contact: {forged}\n"
    out = service.process(dsn("gone2@forward.example", "5.1.1", "550 5.1.1 unknown", extra=extra))
    assert out.records[0].matched_by != "header"


def test_unmatched_bounce_is_kept_for_review_and_still_suppresses(store: Store) -> None:
    service = BounceService(store)
    out = service.process(dsn("stranger@example.com", "5.1.1", "550 5.1.1 unknown"))
    assert out.state == "unmatched"
    assert out.records[0].matched_by == "none"
    assert service.unmatched_count() == 1
    assert SuppressionService(store).check("stranger@example.com") is not None


def test_policy_is_configurable_and_survives_bad_settings(store: Store) -> None:
    contacts = ContactService(store)
    fay = contacts.add("fay@example.com")
    service = BounceService(store)
    service.set_policy(BouncePolicy(suppress_hard=False))
    out = service.process(dsn("fay@example.com", "5.1.1", "550 5.1.1 unknown"))
    assert out.records[0].action == "counted"
    assert contacts.get(fay.id).status == "subscribed"
    assert service.policy() == BouncePolicy(suppress_hard=False)
    assert [(d.reason, d.count) for d in Reports(store).bounce_days()] == [("userunknown", 1)]
    with store.session() as session:
        session.execute(update(Setting).values(value={"soft_limit": "not a number"}))
    assert service.policy() == BouncePolicy()


def test_smtp_rejection_while_sending_goes_through_the_same_policy(store: Store) -> None:
    contacts = ContactService(store)
    gus = contacts.add("gus@example.com")
    service = BounceService(store)
    with store.session() as s:
        out = record_smtp_failure(
            s, "gus@example.com", 550, "5.1.1", "User unknown", campaign_id=4, contact_id=gus.id
        )
    assert (out.reason, out.action, out.matched_by, out.campaign_id) == (
        "userunknown",
        "suppressed",
        "smtp",
        4,
    )
    assert contacts.get(gus.id).status == "bounced"
    with store.session() as s:
        soft = record_smtp_failure(s, "nobody@example.com", 452, None, "Mailbox full")
    assert (soft.reason, soft.action, soft.matched_by) == ("mailboxfull", "counted", "none")
    assert [r.reason for r in service.rows(campaign_id=4)] == ["userunknown"]


def test_message_id_comes_after_our_headers_and_before_the_address(store: Store) -> None:
    from envoi.store.sending_models import Campaign, Delivery

    contacts = ContactService(store)
    sent_to = contacts.add("sent.to@example.com")
    named = contacts.add("named@example.com")
    header = contacts.add("header@example.com")
    with store.session() as s:
        campaign = Campaign(name="c", from_email="news@shop.example", audience={})
        s.add(campaign)
        s.flush()
        campaign_id = campaign.id
        s.add(Delivery(campaign_id=campaign_id, contact_id=sent_to.id, email=sent_to.email,
                       email_key="sent.to@example.com", status="sent",
                       message_id="<x.named@example.com@shop.example>"))  # fmt: skip
    service = BounceService(store)
    # dsn() quotes "Message-ID: <x.{rcpt}@shop.example>": the delivery wins over the address.
    out = service.process(dsn("named@example.com", "5.1.1", "550 5.1.1 unknown"))
    assert (out.records[0].contact_id, out.records[0].campaign_id) == (sent_to.id, campaign_id)
    assert out.records[0].matched_by == "message-id" and named.id != sent_to.id
    # Our own headers win over the Message-ID.
    extra = f"X-Envoi-Campaign: 5\nX-Envoi-Contact: {header.id}\n"
    out = service.process(dsn("named@example.com", "5.2.2", "552 full", extra=extra))
    assert (out.records[0].contact_id, out.records[0].matched_by) == (header.id, "header")
