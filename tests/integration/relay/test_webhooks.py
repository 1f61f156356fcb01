"""Provider webhooks, run for real: Postmark, Mailjet and Brevo bounces and complaints
posted to the relay become, after `envoi relay sync`, the same bounce records and contact
states as returned mail. Amazon SES through SNS: the signature is checked (in process,
with a certificate made here, since the real one lives on amazonaws.com)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.testclient import TestClient
from tests.support.relay_server import RelayProcess

from envoi.contacts.service import ContactService
from envoi.relay.client.connection import RelayService
from envoi.relay.client.sync import sync
from envoi.relay.server.db import RelayDatabase
from envoi.relay.server.webhooks import Webhooks, sns_string_to_sign, verify_sns, webhook_token
from envoi.sending.secrets import MemorySecretStore
from envoi.store.bounce_models import BounceRecord
from envoi.store.engine import Store
from envoi.store.models import Contact


def _hooks(relay: RelayProcess) -> dict[str, str]:
    return dict(relay.api("GET", "/api/v1/health")["webhooks"])


def test_provider_reports_reach_the_bounce_records(
    relay: RelayProcess, sqlite_store: Store
) -> None:
    contacts = ContactService(sqlite_store)
    for name in ("hard", "soft", "spam", "jet", "brevo"):
        contacts.add(f"{name}@example.org")
    hooks = _hooks(relay)
    posts = [
        ("postmark", {"RecordType": "Bounce", "Type": "HardBounce", "Email": "hard@example.org",
                      "Details": "550 5.1.1 The email account does not exist"}),
        ("postmark", {"RecordType": "Bounce", "Type": "SoftBounce", "Email": "soft@example.org",
                      "Details": "452 4.2.2 Mailbox full"}),
        ("postmark", {"RecordType": "SpamComplaint", "Email": "spam@example.org"}),
        ("mailjet", [{"event": "spam", "email": "jet@example.org", "source": "JMRPP"},
                     {"event": "open", "email": "jet@example.org"}]),
        ("brevo", {"event": "hard_bounce", "email": "brevo@example.org",
                   "reason": "550 5.1.1 unknown user"}),
    ]  # fmt: skip
    for provider, body in posts:
        answer = httpx.post(hooks[provider], json=body)
        assert answer.status_code == 200, (provider, answer.text)
    wrong = hooks["postmark"].rsplit("/", 1)[0] + "/not-the-token"
    assert httpx.post(wrong, json=posts[0][1]).status_code == 404
    assert httpx.post(hooks["brevo"], content=b"{not json").status_code == 400
    assert httpx.post(hooks["brevo"].replace("/brevo/", "/sendgrid/"), json={}).status_code == 404

    service = RelayService(sqlite_store, MemorySecretStore())
    service.connect(relay.url, relay.token)
    assert sync(sqlite_store, service).provider_reports == 5
    assert sync(sqlite_store, service).provider_reports == 0
    with sqlite_store.session() as session:
        status = dict(session.execute(select(Contact.email_key, Contact.status)).all())
        records = session.execute(
            select(BounceRecord.address_key, BounceRecord.kind, BounceRecord.hard)
            .order_by(BounceRecord.id)
        ).all()  # fmt: skip
    assert status == {"hard@example.org": "bounced", "soft@example.org": "subscribed",
                      "spam@example.org": "complained", "jet@example.org": "complained",
                      "brevo@example.org": "bounced"}  # fmt: skip
    assert [tuple(r) for r in records] == [
        ("hard@example.org", "bounce", True), ("soft@example.org", "bounce", False),
        ("spam@example.org", "feedback", None), ("jet@example.org", "feedback", None),
        ("brevo@example.org", "bounce", True),
    ]  # fmt: skip


def _certificate() -> tuple[rsa.RSAPrivateKey, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sns.amazonaws.com")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert.public_bytes(serialization.Encoding.PEM)


def _signed(key: rsa.RSAPrivateKey, message: dict[str, object]) -> dict[str, object]:
    body: dict[str, object] = {
        "Type": "Notification", "MessageId": "m-1", "TopicArn": "arn:aws:sns:eu-west-1:1:ses",
        "Message": json.dumps(message), "Timestamp": "2026-12-08T03:00:00.000Z",
        "SignatureVersion": "2",
        "SigningCertURL": "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService.pem",
    }  # fmt: skip
    signature = key.sign(sns_string_to_sign(body), padding.PKCS1v15(), hashes.SHA256())
    body["Signature"] = base64.b64encode(signature).decode()
    return body


SES_BOUNCE = {
    "notificationType": "Bounce",
    "bounce": {"bounceType": "Permanent", "bouncedRecipients": [
        {"emailAddress": "gone@example.org", "status": "5.1.1",
         "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]},
}  # fmt: skip


def test_ses_through_sns_checks_the_signature(tmp_path) -> None:  # type: ignore[no-untyped-def]
    key, pem = _certificate()
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return pem

    body = _signed(key, SES_BOUNCE)
    assert verify_sns(body, fetch)
    tampered = {**body, "Message": json.dumps({**SES_BOUNCE, "notificationType": "Complaint"})}
    assert not verify_sns(tampered, fetch)
    secret = b"s" * 32
    db = RelayDatabase(f"sqlite:///{tmp_path / 'relay.sqlite3'}")
    app = Starlette(routes=Webhooks(db, secret, fetch).routes())
    url = f"/w/ses/{webhook_token(secret)}"
    with TestClient(app) as client:
        assert client.post(url, json=tampered).status_code == 403
        assert client.post(url, json=body).status_code == 200
    (event,) = db.events_after(0, 10)
    assert event["kind"] == "bounce" and event["data"]["email"] == "gone@example.org"
    assert event["data"]["status"] == "5.1.1" and event["data"]["hard"] is True
    db.dispose()
