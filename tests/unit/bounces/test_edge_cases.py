"""Hand-made reports: the shapes the corpus has few of, and inputs that must not break us."""

from __future__ import annotations

import json

from envoi.bounces.classify import classify_smtp_reply
from envoi.bounces.parse import parse_message
from envoi.cli.bounces import parse_file

MULTI = b"""From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: news@shop.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; Anne@Example.com
Original-Recipient: rfc822; anne.alias@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <anne@example.com>: Recipient address
    rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, over quota

Final-Recipient: rfc822; carol@example.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.1]:25: Connection timed out

Final-Recipient: rfc822; dan@example.net
Action: delivered
Status: 2.0.0

--B
Content-Type: text/rfc822-headers

From: news@shop.example
To: anne@example.com
Message-ID: <abc.123@shop.example>
X-Envoi-Campaign: 12
Subject: Our news

--B--
"""


def test_multipart_report_with_several_recipients() -> None:
    got = parse_message(MULTI)
    assert got.kind == "bounce"
    by = {r.address: r for r in got.recipients}
    assert set(by) == {"Anne@Example.com", "bob@example.net", "carol@example.net"}
    anne = by["Anne@Example.com"]
    assert (anne.status, anne.smtp_reply_code, anne.reason) == ("5.1.1", "550", "userunknown")
    assert anne.permanent is True and anne.hard is True
    assert anne.alias == "anne.alias@example.com"
    assert "User unknown" in anne.diagnostic
    bob = by["bob@example.net"]
    assert (bob.reason, bob.hard, bob.permanent) == ("mailboxfull", False, True)
    carol = by["carol@example.net"]
    # A delayed delivery (Sisimai counts connection time-outs as "expired"): soft, not final.
    assert carol.permanent is False and carol.hard is False
    assert carol.reason in ("expired", "networkerror")


def test_rfc822_headers_only_gives_the_original_message_id() -> None:
    got = parse_message(MULTI)
    assert got.original_message_id == "<abc.123@shop.example>"
    assert got.original_header("X-Envoi-Campaign") == "12"


def test_crlf_and_cr_copies_read_the_same() -> None:
    lf = parse_message(MULTI).to_json()
    assert parse_message(MULTI.replace(b"\n", b"\r\n")).to_json() == lf
    assert parse_message(MULTI.replace(b"\n", b"\r")).to_json() == lf


def test_non_utf8_charset_and_8bit_headers() -> None:
    body = (
        "Votre message n'a pas pu être remis à:\n\n"
        "  zoé@example.fr\n    Boîte pleine: quota dépassé\n"
    )
    raw = (
        "From: MAILER-DAEMON@orange.example\nTo: news@shop.example\n"
        "Subject: Échec de remise du message\n"
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
    ).encode("latin-1") + body.encode("latin-1")
    got = parse_message(raw)
    assert got.error is None
    assert got.kind == "bounce"
    assert [r.address for r in got.recipients] == ["zoé@example.fr"]
    assert got.recipients[0].reason == "mailboxfull"


def test_exim_text_bounce_with_x_failed_recipients() -> None:
    raw = b"""From: Mail Delivery System <Mailer-Daemon@mx.example.org>
To: news@shop.example
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: eve@example.com
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  eve@example.com
    host mx.example.com [192.0.2.2]
    SMTP error from remote mail server after RCPT TO:<eve@example.com>:
    550 5.1.1 No such user here

------ This is a copy of the message, including all the headers. ------

From: news@shop.example
To: eve@example.com
"""
    got = parse_message(raw)
    assert got.kind == "bounce"  # Auto-Submitted on a bounce does not make it an auto-reply
    (r,) = got.recipients
    assert (r.address, r.status, r.reason, r.hard) == (
        "eve@example.com",
        "5.1.1",
        "userunknown",
        True,
    )


def test_out_of_office_is_an_autoreply_not_a_bounce() -> None:
    raw = b"""From: Frank <frank@example.com>
To: news@shop.example
Subject: Out of Office: Our news
Auto-Submitted: auto-replied

I am away until Monday.
"""
    got = parse_message(raw)
    assert got.kind == "autoreply"
    assert got.recipients[0].reason == "vacation"


def test_arf_complaint() -> None:
    raw = b"""From: fbl@isp.example
To: abuse@shop.example
Subject: FW: Our news
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an email abuse report.
--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1
Original-Rcpt-To: <grace@isp.example>

--F
Content-Type: message/rfc822

From: news@shop.example
To: grace@isp.example
Message-ID: <m1@shop.example>

Hello
--F--
"""
    got = parse_message(raw)
    assert got.kind == "feedback"
    (r,) = got.recipients
    assert (r.address, r.reason, r.feedback_type, r.hard) == (
        "grace@isp.example",
        "feedback",
        "abuse",
        None,
    )
    assert got.original_message_id == "<m1@shop.example>"


def test_unsubscribe_mail_is_an_opt_out() -> None:
    raw = b"From: Hank <hank@example.com>\nTo: unsubscribe@shop.example\nSubject: unsubscribe\n\n"
    got = parse_message(raw)
    assert got.kind == "feedback"
    assert got.recipients[0].address == "hank@example.com"
    assert got.recipients[0].feedback_type == "opt-out"


def test_garbage_never_raises() -> None:
    for raw in (
        b"",
        b"\x00\xff" * 100,
        b"Content-Type: multipart/report; boundary=\n\n--",
        b"\n\n\n",
    ):
        got = parse_message(raw)
        assert got.kind in ("other", "bounce")


def test_cli_json_object_for_good_and_bad_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "a.eml"
    good.write_bytes(MULTI)
    data = parse_file(str(good))
    assert data["kind"] == "bounce" and data["file"] == str(good)
    assert set(data["recipients"][0]) == {
        "address",
        "status",
        "smtp_reply_code",
        "reason",
        "permanent",
        "hard",
        "diagnostic",
    }
    json.dumps(data)
    bad = parse_file(str(tmp_path / "missing.eml"))
    assert bad["kind"] == "other" and "error" in bad


def test_classify_smtp_reply_uses_the_same_reasons() -> None:
    c = classify_smtp_reply(550, "5.1.1", "User unknown")
    assert (c.reason, c.permanent, c.hard) == ("userunknown", True, True)
    c = classify_smtp_reply("452", "4.2.2", "Mailbox full")
    assert (c.reason, c.permanent, c.hard) == ("mailboxfull", False, False)
    c = classify_smtp_reply(
        554, None, "5.7.1 Service unavailable; client host blocked using zen.spamhaus.org"
    )
    assert c.reason == "blocked" and c.permanent and not c.hard
    c = classify_smtp_reply(421, None, "Too many concurrent connections from your IP")
    assert c.reason == "toomanyconn" and not c.permanent


def test_virus_and_other_reasons_from_smtp_replies() -> None:
    cases = {
        (554, "5.7.1", "Message rejected: virus found (Eicar-Test-Signature) by spam filter"): (
            "virusdetected"
        ),
        (550, "5.7.1", "Client host [192.0.2.1] blocked using zen.spamhaus.org"): "blocked",
        (552, "5.3.4", "Message size exceeds fixed limit"): "mesgtoobig",
        (550, "5.7.26", "Unauthenticated email is not accepted due to DMARC policy"): (
            "authfailure"
        ),
        (550, "5.7.1", "Relay access denied"): "norelaying",
    }
    for (code, status, text), reason in cases.items():
        assert classify_smtp_reply(code, status, text).reason == reason, text


def test_autoreply_by_subject_without_headers() -> None:
    raw = "From: Ida <ida@example.de>\nTo: news@shop.example\nSubject: Abwesenheitsnotiz: News\n\n"
    got = parse_message(raw.encode())
    assert got.kind == "autoreply"
    assert got.recipients[0].address == "ida@example.de"
