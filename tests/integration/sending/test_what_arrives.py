"""What arrives: a campaign from each sample template, sent through the command line to
aiosmtpd, read back as a receiver reads it.

In every received message the HTML unsubscribe link, the text part's link and the first
List-Unsubscribe target are the same address; mailing the mailto target (as a reader's
mail program would, from another address) unsubscribes that contact through the bounce
service; every DKIM signature verifies with dkimpy against the record `envoi dns keygen`
printed. With an HTTPS unsubscribe address configured, that address (with the contact's
token) is the target, and the mailto stays in List-Unsubscribe.
"""

from __future__ import annotations

import json
import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import dkim
import pytest
from sqlalchemy import select
from tests.integration.bounces.dovecot import DovecotServer
from tests.integration.bounces.test_mailbox import dovecot as dovecot  # the Dovecot fixture
from tests.integration.sending.conftest import add_audience
from tests.support.smtp_servers import ScriptedServer

from envoi.bounces.mailbox import MailboxSettings, fetch_once, save_settings
from envoi.bounces.service import BounceService
from envoi.cli import main
from envoi.message.contact_token import contact_id_of, token_key
from envoi.message.links import check_message_links, message_links
from envoi.store.engine import Store
from envoi.store.models import Contact
from envoi.templates.library import sample_files

FROM = "shop@boutique-exemple.fr"
AUDIENCE = 3


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> str:
    code = main(["--db", db, *args])
    out = capsys.readouterr()
    assert code == 0, f"envoi {' '.join(args)}: {out.err}"
    return out.out


def keygen(capsys: pytest.CaptureFixture[str], db: str) -> dict[bytes, bytes]:
    """An RSA and an Ed25519 key for the From domain; the records as printed."""
    records = {}
    for selector, kind in (("wa1", "rsa"), ("wa2", "ed25519")):
        printed = json.loads(run(capsys, db, "dns", "keygen", "boutique-exemple.fr",
                                 "--selector", selector, "--type", kind, "--json"))  # fmt: skip
        records[printed["name"].encode() + b"."] = printed["record"].encode()
    return records


def parts(message: EmailMessage) -> tuple[str, str]:
    html = text = ""
    for part in message.walk():
        if part.get_content_type() == "text/html":
            html = str(part.get_content())  # type: ignore[attr-defined]
        elif part.get_content_type() == "text/plain":
            text = str(part.get_content())  # type: ignore[attr-defined]
    return html, text


def unsubscribe_href(data: bytes) -> str:
    links, _, _ = message_links(data)
    found = [h for h, words in links if re.search(r"unsubscri|d[ée]sinscri", words, re.I)]
    assert len(found) == 1, links
    return found[0]


def verify_every_signature(data: bytes, records: dict[bytes, bytes]) -> int:
    def dns(name: bytes, timeout: int = 5) -> bytes:
        return records.get(name, b"")

    count = len(re.findall(rb"(?m)^DKIM-Signature:", data))
    verifier = dkim.DKIM(data)
    for index in range(count):
        assert verifier.verify(idx=index, dnsfunc=dns), f"signature {index} does not verify"
    return count


def mail_the_mailto(mailto: str, sender: str) -> bytes:
    """The message a reader's mail program writes for a mailto: link (RFC 6068)."""
    target = urlsplit(mailto)
    subject = parse_qs(target.query)["subject"][0]
    return (
        f"From: {sender}\r\nTo: {unquote(target.path)}\r\nSubject: {subject}\r\n"
        "Message-ID: <reply.1@reader.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease remove me.\r\n"
    ).encode()


@pytest.mark.parametrize("https", [False, True], ids=["mailto", "https"])
def test_each_sample_template_arrives_signed_with_one_working_unsubscribe_target(
    sqlite_store: Store,
    scripted: ScriptedServer,
    capsys: pytest.CaptureFixture[str],
    https: bool,
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, AUDIENCE)
    records = keygen(capsys, db)
    run(capsys, db, "templates", "samples")
    sender = ["templates", "sender", "--name", "Boutique", "--company", "Boutique",
              "--email", FROM, "--postal-address", "1 rue de la Paix, 75002 Paris",
              "--bounce-address", "retours@boutique-exemple.fr"]  # fmt: skip
    if https:
        sender += ["--unsubscribe-url", "https://boutique-exemple.fr/desabonnement"]
    run(capsys, db, *sender)
    run(capsys, db, "profiles", "add", "local", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    names = [t["name"] for t in json.loads(run(capsys, db, "templates", "list", "--json"))]
    assert len(names) == len(sample_files()) >= 3

    received_before = 0
    for n, name in enumerate(names, 1):
        run(capsys, db, "campaigns", "create", f"c{n}", "--template", name, "--subject",
            f"Subject of c{n}", "--from", FROM, "--list", "all", "--profile", "local")  # fmt: skip
        run(capsys, db, "campaigns", "send", f"c{n}", "--yes")
        got = scripted.handler.received[received_before:]
        received_before = len(scripted.handler.received)
        assert len(got) == AUDIENCE, name
        for _, rcpt, data in got:
            message = message_from_bytes(data, policy=policy.default)
            assert isinstance(message, EmailMessage)
            assert str(message["Subject"]) == f"Subject of c{n}"  # the campaign's subject
            _, text = parts(message)
            targets = re.findall(r"<([^<>]+)>", str(message["List-Unsubscribe"]))
            href = unsubscribe_href(data)
            assert href == targets[0] and href in text, (name, href)
            assert [p for p in check_message_links(data) if p.blocking] == []
            mailto = next(t for t in targets if t.startswith("mailto:"))
            assert mailto.startswith("mailto:retours@boutique-exemple.fr?subject=unsubscribe")
            if https:
                token = parse_qs(urlsplit(href).query)["t"][0]
                assert href.startswith("https://boutique-exemple.fr/desabonnement?t=")
                assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
                with sqlite_store.session() as s:
                    contact = s.scalar(select(Contact).where(Contact.email_key == rcpt))
                    assert contact is not None
                    assert contact_id_of(token, token_key(s, create=False)) == contact.id
            else:
                assert targets == [href]
            assert verify_every_signature(data, records) == 2  # RSA and Ed25519

    # One reader of each message's address mails the mailto target from another address.
    _, rcpt, data = scripted.handler.received[-1]
    mailto = next(t for t in re.findall(rb"<(mailto:[^<>]+)>", data.split(b"\r\n\r\n")[0])).decode()
    outcome = BounceService(sqlite_store).process(mail_the_mailto(mailto, "forwarded@else.example"))
    assert outcome.kind == "feedback" and outcome.state == "processed"
    assert [r.action for r in outcome.records] == ["unsubscribed"]
    with sqlite_store.session() as s:
        statuses = {k: v for k, v in s.execute(select(Contact.email_key, Contact.status))}
    assert statuses[rcpt] == "unsubscribed"
    assert sorted(statuses.values()).count("unsubscribed") == 1  # that contact, nobody else


def test_the_unsubscribe_mail_reaches_the_polled_mailbox_and_unsubscribes(
    sqlite_store: Store,
    scripted: ScriptedServer,
    dovecot: DovecotServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The mailto goes to the address of the mailbox the poller reads (its IMAP user
    name is an address here); the reader's mail, delivered there, is fetched over IMAP
    and unsubscribes the contact whose message it answered."""
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, AUDIENCE)
    address = f"{dovecot.user}@boutique-exemple.fr"
    save_settings(
        BounceService(sqlite_store),
        MailboxSettings(host=dovecot.host, user=address, port=dovecot.port, security="none"),
    )
    run(capsys, db, "templates", "samples")
    run(capsys, db, "templates", "sender", "--name", "Boutique", "--email", FROM,
        "--postal-address", "1 rue de la Paix, 75002 Paris")  # fmt: skip
    run(capsys, db, "profiles", "add", "local", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    run(capsys, db, "campaigns", "create", "c", "--template", "Plain letter", "--from", FROM,
        "--list", "all", "--profile", "local")  # fmt: skip
    run(capsys, db, "campaigns", "send", "c", "--yes")
    _, rcpt, data = scripted.handler.received[1]
    href = unsubscribe_href(data)
    assert href.startswith(f"mailto:{address}?subject=unsubscribe%20e1.")
    dovecot.deliver(mail_the_mailto(href, "someone@else.example"), "unsubscribe.test")
    imap = MailboxSettings(host=dovecot.host, user=dovecot.user, port=dovecot.port,
                           security="none")  # fmt: skip
    report = fetch_once(imap, dovecot.password, BounceService(sqlite_store))
    assert (report.fetched, report.processed) == (1, 1)
    with sqlite_store.session() as s:
        statuses = {k: v for k, v in s.execute(select(Contact.email_key, Contact.status))}
    assert {k for k, v in statuses.items() if v == "unsubscribed"} == {rcpt}
