"""Sign-up forms with double opt-in, run for real: the relay (uvicorn) mails the
confirmation through aiosmtpd, the confirmation is a button (a GET confirms nothing), and
`envoi relay sync` makes the contact with its consent proof, in its list. Bots: a filled
hidden field, a form posted at once, bad addresses, and a flood from one address."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from tests.support.relay_server import RelayProcess, start_relay
from tests.support.smtp_servers import ScriptedServer

from envoi.contacts.service import ContactService
from envoi.relay.client.connection import RelayService
from envoi.relay.client.sync import sync
from envoi.relay.server.db import signups
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.models import Contact, ListMember


@pytest.fixture
def relay(tmp_path: Path, scripted: ScriptedServer) -> Iterator[RelayProcess]:
    server = start_relay(
        tmp_path / "relay",
        extra=("--smtp-url", f"smtp://127.0.0.1:{scripted.port}?security=none",
               "--smtp-from", "relay@shop.example.org"),
    )  # fmt: skip
    yield server
    server.stop()


def _stamp(relay: RelayProcess, list_id: int, age: float = 30.0) -> str:
    """A form shown ``age`` seconds ago (the relay's own signature: the test holds its
    secret), instead of waiting for the time trap to open."""
    key = hmac.new(relay.secret, b"envoi-relay signup", hashlib.sha256).digest()
    text = f"{list_id}.{int(time.time() - age)}"
    return f"{text}.{hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:16]}"


def _form(relay: RelayProcess, list_id: int, **fields: str) -> dict[str, str]:
    return {"name": "Ana Dupré", "email": "ana@example.org", "consent": "yes",
            "stamp": _stamp(relay, list_id), "website": "", **fields}  # fmt: skip


def _stored(relay: RelayProcess) -> int:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{relay.folder / 'relay.sqlite3'}")
    with engine.connect() as conn:
        count = int(conn.execute(select(func.count()).select_from(signups)).scalar_one())
    engine.dispose()
    return count


def test_double_opt_in_reaches_envoi(
    relay: RelayProcess, scripted: ScriptedServer, sqlite_store: Store
) -> None:
    bread = ContactService(sqlite_store).create_list("Weekly bread")
    relay.api("PUT", "/api/v1/lists", {"lists": [{"id": bread.id, "name": "Weekly bread"}]})
    page = httpx.get(f"{relay.url}/s/{bread.id}", headers={"Accept-Language": "fr"})
    assert page.status_code == 200 and "Weekly bread" in page.text
    assert 'name="website"' in page.text and "J’accepte" in page.text
    shown_stamp = re.search(r'name="stamp" value="([^"]+)"', page.text)
    assert shown_stamp is not None
    # Posted at once with the stamp just shown: a bot's speed.
    at_once = httpx.post(f"{relay.url}/s/{bread.id}",
                         data=_form(relay, bread.id, stamp=shown_stamp.group(1)))  # fmt: skip
    assert at_once.status_code == 400
    sent = httpx.post(f"{relay.url}/s/{bread.id}", data=_form(relay, bread.id),
                      headers={"Accept-Language": "fr"})  # fmt: skip
    assert sent.status_code == 200 and "boîte de réception" in sent.text
    ((_at, rcpt, data),) = scripted.handler.received
    mail = message_from_bytes(data, policy=policy.SMTP)
    assert rcpt == "ana@example.org" and "Weekly bread" in str(mail["Subject"])
    link = re.search(r"(http://\S+/s/confirm/\S+)", mail.get_content())
    assert link is not None
    shown = httpx.get(link.group(1))  # a mail scanner's fetch confirms nothing
    assert shown.status_code == 200 and "<form" in shown.text
    assert relay.api("GET", "/api/v1/events?after=0")["events"] == []
    confirmed = httpx.post(link.group(1))
    assert confirmed.status_code == 200
    assert httpx.post(link.group(1)).status_code == 404  # once only

    result = sync(sqlite_store, _connected(sqlite_store, relay))
    assert result.signups == 1
    with sqlite_store.session() as session:
        ana = session.scalar(select(Contact).where(Contact.email_key == "ana@example.org"))
        assert ana is not None and ana.status == "subscribed"
        assert (ana.first_name, ana.last_name) == ("Ana", "Dupré")
        assert ana.consent_method == "double opt-in" and ana.consent_at is not None
        assert "127.0.0.1" in ana.consent_source and "fr-" in ana.consent_source
        assert session.get(ListMember, (bread.id, ana.id)) is not None
    assert "ana@example.org" not in relay.log_text()


def _connected(store: Store, relay: RelayProcess) -> RelayService:
    service = RelayService(store, MemorySecretStore())
    service.connect(relay.url, relay.token)
    return service


def test_bots_and_bad_input_store_nothing(relay: RelayProcess, scripted: ScriptedServer) -> None:
    relay.api("PUT", "/api/v1/lists", {"lists": [{"id": 4, "name": "Cakes"}]})
    url = f"{relay.url}/s/4"
    bad = [
        {"website": "http://spam.example"},  # the hidden field
        {"stamp": "4.1.deadbeefdeadbeef"},  # a forged stamp
        {"email": "not an address"},
        {"email": "a@b"},
        {"email": "x" * 300 + "@example.org"},
        {"email": "ana@example.org\r\nBcc: all@example.org"},
        {"consent": ""},
        {"name": "N" * 500},
    ]
    for fields in bad:
        assert httpx.post(url, data=_form(relay, 4, **fields)).status_code == 400, fields
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    invalid_utf8 = httpx.post(url, content=b"email=\xff\xfe@example.org&consent=yes",
                              headers=form_type)  # fmt: skip
    assert invalid_utf8.status_code == 400
    assert httpx.post(f"{relay.url}/s/999", data=_form(relay, 999)).status_code == 404
    assert httpx.get(f"{relay.url}/s/confirm/{'x' * 8000}").status_code in (404, 414)
    assert _stored(relay) == 0 and scripted.handler.received == []
    # Injection attempts are plain text: stored as given, escaped wherever shown.
    sneaky = _form(relay, 4, name="Robert'); DROP TABLE relay_signups;-- <script>x</script>")
    assert httpx.post(url, data=sneaky).status_code == 200
    # A flood from one address: the first PER_IP get through, the rest wait.
    statuses = [
        httpx.post(url, data=_form(relay, 4, email=f"flood{i}@example.org")).status_code
        for i in range(300)
    ]
    assert statuses.count(200) == 4 and statuses.count(429) == 296
    assert _stored(relay) == 5 and len(scripted.handler.received) == 5
