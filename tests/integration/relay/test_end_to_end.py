"""A campaign sent through the command line with a relay: every message carries the relay's
one-click List-Unsubscribe; one is POSTed exactly as Gmail does (curl), `envoi relay sync`
pulls it, and the contact is unsubscribed for good."""

from __future__ import annotations

import json
import re
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from tests.integration.sending.conftest import add_audience
from tests.support.certs import make_ca, make_server_cert
from tests.support.relay_server import RelayProcess, start_relay
from tests.support.smtp_servers import ScriptedServer

from envoi.cli import main
from envoi.contacts.service import ContactService
from envoi.errors import ConflictError
from envoi.store.engine import Store
from envoi.store.models import Contact

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def relay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RelayProcess]:
    """The relay over HTTPS (List-Unsubscribe-Post goes only with an https address), with
    a test CA that this process (Envoi's client, urllib) trusts through SSL_CERT_FILE."""
    ca_path, key, cert = make_ca(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_path))
    server = start_relay(tmp_path / "relay", tls=make_server_cert(tmp_path, key, cert))
    server.ca = ca_path  # type: ignore[attr-defined]
    yield server
    server.stop()


def _client(relay: RelayProcess) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(relay.ca)))  # type: ignore[attr-defined]


def _run(capsys: pytest.CaptureFixture[str], db: str, *args: str, stdin: str = "",
         monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:  # fmt: skip
    if monkeypatch is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _connected(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    scripted: ScriptedServer,
    relay: RelayProcess,
    n: int,
) -> str:
    """n contacts in the list "all", Envoi connected to the relay, a profile "sink"."""
    db = str(store.engine.url)
    add_audience(store, n)
    code, _out, err = _run(capsys, db, "relay", "connect", relay.url, "--token-stdin",
                           stdin=relay.token + "\n", monkeypatch=monkeypatch)  # fmt: skip
    assert code == 0, err
    code, _out, err = _run(capsys, db, "profiles", "add", "sink", "--host", "127.0.0.1",
                           "--port", str(scripted.port), "--security", "none")  # fmt: skip
    assert code == 0, err
    return db


def _post_as_gmail(relay: RelayProcess, url: str) -> int:
    """RFC 8058 section 3.1, as Gmail sends it: a form POST with the one-click body."""
    if shutil.which("curl"):
        done = subprocess.run(
            ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
             "--cacert", str(relay.ca),  # type: ignore[attr-defined]
             "-H", "Content-Type: application/x-www-form-urlencoded",
             "--data", "List-Unsubscribe=One-Click", url],
            capture_output=True, text=True, check=True, timeout=30,
        )  # fmt: skip
        return int(done.stdout)
    response = _client(relay).post(url, content=b"List-Unsubscribe=One-Click",
                                   headers={"Content-Type": FORM})  # fmt: skip
    return response.status_code


def test_campaign_unsubscribe_sync(
    sqlite_store: Store,
    scripted: ScriptedServer,
    relay: RelayProcess,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = _connected(capsys, monkeypatch, sqlite_store, scripted, relay, 5)
    code, out, err = _run(capsys, db, "relay", "status", "--json")
    assert code == 0 and json.loads(out)["reachable"] is True
    code, out, err = _run(capsys, db, "campaigns", "create", "news", "--from",
                          "shop@example.org", "--subject", "Hello {{ first_name }}",
                          "--body", "Hi {{ first_name }}! Unsubscribe: {{ unsubscribe_url }}",
                          "--list", "all", "--profile", "sink")  # fmt: skip
    assert code == 0, err
    code, out, err = _run(capsys, db, "campaigns", "send", "news", "--yes")
    assert code == 0, err
    received = scripted.handler.received
    assert len(received) == 5
    urls = {}
    for _at, rcpt, data in received:
        message = message_from_bytes(data, policy=policy.SMTP)
        header = str(message["List-Unsubscribe"])
        targets = re.findall(r"<([^<>]+)>", header)
        assert targets[0].startswith(f"{relay.url}/u/") and targets[1].startswith("mailto:")
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert targets[0] in message.get_body(("plain",)).get_content()  # the footer's link
        urls[rcpt] = targets[0]
    assert len(set(urls.values())) == 5  # one per recipient

    # The preference page names the person; the one-click POST unsubscribes.
    page = _client(relay).get(urls["user3@example.com"], headers={"Accept-Language": "fr"})
    assert page.status_code == 200 and "user3@example.com" in page.text
    assert _post_as_gmail(relay, urls["user3@example.com"]) == 200

    code, out, err = _run(capsys, db, "relay", "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["unsubscribed"] == 1
    with sqlite_store.session() as session:
        statuses = dict(session.execute(select(Contact.email_key, Contact.status)).all())
    assert statuses["user3@example.com"] == "unsubscribed"
    assert [k for k, v in statuses.items() if v != "subscribed"] == ["user3@example.com"]
    # Pulling again counts nothing twice; the address is suppressed for good.
    code, out, err = _run(capsys, db, "relay", "sync", "--json")
    assert json.loads(out) == {"pulled": 0, "new": 0, "unsubscribed": 0, "preferences": 0,
                               "clicks": 0, "opens": 0, "signups": 0,
                               "provider_reports": 0}  # fmt: skip
    with pytest.raises(ConflictError):
        ContactService(sqlite_store).add("User3@example.com")
    assert "user3@example.com" not in relay.log_text()


def test_send_warns_when_the_relay_is_down(
    sqlite_store: Store,
    scripted: ScriptedServer,
    relay: RelayProcess,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = _connected(capsys, monkeypatch, sqlite_store, scripted, relay, 2)
    relay.stop()
    _run(capsys, db, "campaigns", "create", "news", "--from", "shop@example.org",
         "--subject", "Hi", "--body", "Hi! Unsubscribe: {{ unsubscribe_url }}",
         "--list", "all", "--profile", "sink")  # fmt: skip
    code, out, err = _run(capsys, db, "campaigns", "send", "news")
    assert code == 2 and "cannot be reached" in err and "--yes" in err
    assert scripted.handler.received == []
    code, out, err = _run(capsys, db, "campaigns", "send", "news", "--yes")
    assert code == 0, err
    for _at, _rcpt, data in scripted.handler.received:
        header = str(message_from_bytes(data, policy=policy.SMTP)["List-Unsubscribe"])
        assert header.startswith("<mailto:") and "/u/" not in header
    code, out, err = _run(capsys, db, "relay", "status")
    assert code == 3 and "cannot be reached" in out


TRACKED_HTML = """<!DOCTYPE html><html><head><title>Bread news</title></head><body>
<p>Hello {{ first_name }}, our <a href="https://shop.example.org/bread?x=1&amp;y=2">new bread</a>
and <a href="https://shop.example.org/cakes">cakes</a>.</p>
<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>
</body></html>"""


def test_tracked_campaign_clicks_reach_envoi(
    sqlite_store: Store,
    scripted: ScriptedServer,
    relay: RelayProcess,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db = _connected(capsys, monkeypatch, sqlite_store, scripted, relay, 3)
    template = tmp_path / "bread.html"
    template.write_text(TRACKED_HTML, encoding="utf-8")
    code, out, err = _run(capsys, db, "templates", "import", str(template), "--name", "bread")
    assert code == 0, err
    code, out, err = _run(capsys, db, "campaigns", "create", "news", "--from",
                          "shop@example.org", "--template", "bread", "--list", "all",
                          "--profile", "sink", "--track-clicks", "--track-opens")  # fmt: skip
    assert code == 0, err
    code, out, err = _run(capsys, db, "relay", "track", "news")
    assert code == 0 and "clicks and opens" in out
    code, out, err = _run(capsys, db, "campaigns", "send", "news", "--yes")
    assert code == 0, err
    assert len(scripted.handler.received) == 3
    client = _client(relay)
    by_rcpt = {}
    for _at, rcpt, data in scripted.handler.received:
        html = message_from_bytes(data, policy=policy.SMTP).get_body(("html",)).get_content()
        assert "shop.example.org/bread" not in html and "shop.example.org/cakes" not in html
        by_rcpt[rcpt] = html
    html = by_rcpt["user1@example.com"]
    clicks = re.findall(r'href="(https://localhost:\d+/c/[^"]+)"', html)
    assert len(clicks) == 3  # two links and the hidden one
    pixel = re.search(r'src="(https://localhost:\d+/o/[^"]+)"', html)
    assert pixel is not None
    browser = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Firefox/130.0"}
    first = client.get(clicks[0], headers=browser)
    assert first.status_code == 302
    assert first.headers["location"] == "https://shop.example.org/bread?x=1&y=2"
    assert client.head(clicks[1], headers=browser).status_code == 302  # a scanner's HEAD
    assert client.get(pixel.group(1), headers=browser).status_code == 200

    code, out, err = _run(capsys, db, "relay", "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["clicks"] == 2 and json.loads(out)["opens"] == 1
    from envoi.store.relay_models import EngagementEvent

    with sqlite_store.session() as session:
        rows = session.execute(
            select(EngagementEvent.kind, EngagementEvent.contact_id, EngagementEvent.link_no,
                   EngagementEvent.verdict, EngagementEvent.reason)
            .order_by(EngagementEvent.relay_event_id)
        ).all()  # fmt: skip
        user1 = session.scalar(select(Contact.id).where(Contact.email_key == "user1@example.com"))
    assert [tuple(r) for r in rows] == [
        ("click", user1, 1, "human", ""),
        ("click", user1, 2, "machine", "head_request"),
        ("open", user1, 0, "human", ""),
    ]
