"""The relay run for real (uvicorn on 127.0.0.1, SQLite): its endpoints, its API, bad input."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from tests.support.relay_server import ROOT, RelayProcess
from tests.support.smtp_servers import free_port, wait_port

from envoi.relay import tokens
from envoi.relay.tokens import TokenKind, TokenSigner

EMAIL = "alice.martin@example.org"
FORM = "application/x-www-form-urlencoded"


def _register(relay: RelayProcess, campaign: int = 7, **extra: object) -> TokenSigner:
    body = {
        "name": "Spring sale",
        "sender_name": "Boulangerie Dupont",
        "sender_email": "news@dupont.example",
        "links": [{"no": 1, "url": "https://dupont.example/pain?x=1"},
                  {"no": 2, "url": "https://dupont.example/hidden", "hidden": True}],
        **extra,
    }  # fmt: skip
    answer = relay.api("PUT", f"/api/v1/campaigns/{campaign}", body)
    relay.api("POST", f"/api/v1/campaigns/{campaign}/recipients",
              {"recipients": [{"contact": 42, "email": EMAIL, "lists": [3]}]})  # fmt: skip
    relay.api("PUT", "/api/v1/lists", {"lists": [{"id": 3, "name": "Weekly bread"},
                                                 {"id": 4, "name": "Cakes"}]})  # fmt: skip
    return TokenSigner(campaign, bytes.fromhex(answer["key"]))


def _events(relay: RelayProcess) -> list[dict[str, object]]:
    return list(relay.api("GET", "/api/v1/events?after=0")["events"])


def test_one_click_post_as_gmail_sends_it(relay: RelayProcess) -> None:
    signer = _register(relay)
    url = f"{relay.url}/u/{signer.token(TokenKind.UNSUBSCRIBE, 42)}"
    response = httpx.post(
        url,
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert "set-cookie" not in response.headers and "location" not in response.headers
    assert response.content == b""
    events = _events(relay)
    assert [(e["kind"], e["campaign"], e["contact"]) for e in events] == [("unsubscribe", 7, 42)]
    assert events[0]["data"] == {"source": "one-click", "email": EMAIL}
    # Pulling again gives the same event (not a second one) until it is acknowledged.
    assert _events(relay) == events
    assert relay.api("POST", "/api/v1/events/ack", {"through": events[0]["id"]}) == {
        "acknowledged": 1
    }
    assert _events(relay) == []
    assert relay.api("POST", "/api/v1/purge", {"older_than_days": 0})["purged"] == 1
    assert EMAIL not in relay.log_text()


def test_page_in_english_and_french_then_unsubscribe_all(relay: RelayProcess) -> None:
    signer = _register(relay)
    url = f"{relay.url}/u/{signer.token(TokenKind.UNSUBSCRIBE, 42)}"
    english = httpx.get(url, headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert english.status_code == 200
    assert EMAIL in english.text and "Boulangerie Dupont" in english.text
    assert "Unsubscribe from everything" in english.text and "<script" not in english.text
    assert 'value="3" checked' in english.text and 'value="4">' in english.text
    french = httpx.get(url, headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert "Me désabonner de tout" in french.text and 'lang="fr"' in french.text
    assert _events(relay) == []  # a GET changes nothing (link scanners fetch it)
    done = httpx.post(url, data={"choice": "all"}, headers={"Accept-Language": "fr"})
    assert done.status_code == 200 and "Vous êtes désabonné" in done.text
    assert [e["data"]["source"] for e in _events(relay)] == ["page"]


def test_preferences_keep_one_list(relay: RelayProcess) -> None:
    signer = _register(relay)
    url = f"{relay.url}/u/{signer.token(TokenKind.UNSUBSCRIBE, 42)}"
    saved = httpx.post(url, data={"choice": "lists", "keep": ["4"]})
    assert saved.status_code == 200 and "Cakes" in saved.text
    (event,) = _events(relay)
    assert event["kind"] == "preferences" and event["data"] == {"keep": [4], "leave": [3]}


def test_click_redirects_only_to_registered_links(relay: RelayProcess) -> None:
    signer = _register(relay, track_clicks=True)
    good = httpx.get(f"{relay.url}/c/{signer.token(TokenKind.CLICK, 42, 1)}",
                     headers={"User-Agent": "Mozilla/5.0 (X11; Linux) Firefox/130.0"})  # fmt: skip
    assert good.status_code == 302
    assert good.headers["location"] == "https://dupont.example/pain?x=1"
    unknown = httpx.get(f"{relay.url}/c/{signer.token(TokenKind.CLICK, 42, 9)}")
    assert unknown.status_code == 404 and "location" not in unknown.headers
    head = httpx.head(f"{relay.url}/c/{signer.token(TokenKind.CLICK, 42, 1)}")
    assert head.status_code == 302
    hidden = httpx.get(f"{relay.url}/c/{signer.token(TokenKind.CLICK, 42, 2)}",
                       headers={"User-Agent": "Mozilla/5.0 Firefox/130.0"})  # fmt: skip
    assert hidden.status_code == 302
    verdicts = [(e["link"], e["verdict"], e["reason"]) for e in _events(relay)]
    assert verdicts == [(1, "human", ""), (1, "machine", "head_request"),
                        (2, "machine", "hidden_link")]  # fmt: skip


def test_clicks_not_recorded_unless_campaign_tracks(relay: RelayProcess) -> None:
    signer = _register(relay)  # track_clicks off: the redirect still works
    response = httpx.get(f"{relay.url}/c/{signer.token(TokenKind.CLICK, 42, 1)}")
    assert response.status_code == 302
    pixel = httpx.get(f"{relay.url}/o/{signer.token(TokenKind.OPEN, 42)}")
    assert pixel.status_code == 200 and pixel.headers["content-type"] == "image/gif"
    assert _events(relay) == []


def _resigned_for(campaign: int, token: str) -> str:
    """The same contact's token with the campaign number changed (MAC kept)."""
    data, _body, mac = tokens.parse(token)
    body = tokens.payload(tokens.TokenData(data.kind, campaign, data.contact, data.link))
    return base64.urlsafe_b64encode(body + mac).rstrip(b"=").decode()


def _bad_tokens(signer: TokenSigner, relay: RelayProcess) -> dict[str, str]:
    good = signer.token(TokenKind.UNSUBSCRIBE, 42)
    flipped = good[:-3] + ("A" if good[-3] != "A" else "B") + good[-2:]
    foreign_key = hmac.new(b"another relay's secret", b"x", hashlib.sha256).digest()
    return {
        "forged": flipped,
        "truncated": good[:-4],
        "other campaign": _resigned_for(8, good),
        "re-signed with another key": TokenSigner(7, foreign_key).token(TokenKind.UNSUBSCRIBE, 42),
        "click token": signer.token(TokenKind.CLICK, 42, 1),
        "8 KB": "A" * 8192,
        "garbage": "%00%ff<script>",
    }


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_bad_unsubscribe_tokens_are_4xx_and_store_nothing(relay: RelayProcess, method: str) -> None:
    signer = _register(relay)
    for name, token in _bad_tokens(signer, relay).items():
        response = httpx.request(
            method, f"{relay.url}/u/{token}", content=b"List-Unsubscribe=One-Click",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )  # fmt: skip
        assert 400 <= response.status_code < 500, (name, response.status_code)
    assert _events(relay) == []


def test_bad_click_tokens_are_404_never_a_redirect(relay: RelayProcess) -> None:
    signer = _register(relay, track_clicks=True)
    good = signer.token(TokenKind.CLICK, 42, 1)
    for token in [good[:-1], _resigned_for(8, good), good[:-2] + "xx", "Zm9v", "A" * 8192]:
        response = httpx.get(f"{relay.url}/c/{token}")
        assert response.status_code in (404, 414), token
        assert "location" not in response.headers
    assert _events(relay) == []


def test_post_without_the_one_click_body(relay: RelayProcess) -> None:
    signer = _register(relay)
    url = f"{relay.url}/u/{signer.token(TokenKind.UNSUBSCRIBE, 42)}"
    for body in [b"", b"List-Unsubscribe=Yes", b"\xff\xfe\x00List", b"a" * 20000,
                 b"List-Unsubscribe=One-Click&x=<script>"]:  # fmt: skip
        response = httpx.post(url, content=body, headers={"Content-Type": FORM})
        assert 400 <= response.status_code < 500, body[:30]
    assert _events(relay) == []


def test_api_needs_the_right_token(relay: RelayProcess) -> None:
    missing = httpx.get(f"{relay.url}/api/v1/events")
    assert missing.status_code == 401 and "bearer" in missing.headers["www-authenticate"].lower()
    wrong = httpx.get(f"{relay.url}/api/v1/events", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    bad = httpx.put(f"{relay.url}/api/v1/campaigns/5", content=b"{not json",
                    headers={"Authorization": f"Bearer {relay.token}"})  # fmt: skip
    assert bad.status_code == 400
    javascript = httpx.put(
        f"{relay.url}/api/v1/campaigns/5",
        json={"links": [{"no": 1, "url": "javascript:alert(1)"}]},
        headers={"Authorization": f"Bearer {relay.token}"},
    )
    assert javascript.status_code == 400


def test_access_log_has_no_address(relay: RelayProcess) -> None:
    signer = _register(relay)
    url = f"{relay.url}/u/{signer.token(TokenKind.UNSUBSCRIBE, 42)}"
    httpx.get(url)
    httpx.post(url, data={"choice": "all"})
    httpx.get(f"{relay.url}/u/x?email={EMAIL.replace('@', '%40')}")
    log = relay.log_text()
    assert "/u/" in log  # the access log is on
    assert EMAIL not in log and "alice.martin" not in log


def test_container_entry_runs_with_the_relay_alone(tmp_path: Path) -> None:
    """`python -m envoi.relay.server` (the Dockerfile's command) imports nothing of the
    desktop app, creates its secrets on the first start, and serves."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "ENVOI_RELAY_DIR": str(tmp_path)}
    probe = (
        "import sys, envoi.relay.server.__main__, envoi.relay.server.app;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'jinja2', 'aiosmtplib', 'dkim', 'dns', 'keyring', 'qasync') "
        "or m.startswith(('envoi.store', 'envoi.contacts', 'envoi.sending', 'envoi.message', "
        "'envoi.cli', 'envoi.relay.client'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                         text=True, check=True)  # fmt: skip
    assert out.stdout.strip() == "[]"
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "envoi.relay.server", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_port(port, timeout=30)
        token = (tmp_path / "api-token").read_text().strip()
        assert (tmp_path / "api-token").stat().st_mode & 0o777 == 0o600
        assert (tmp_path / "signing-secret").stat().st_mode & 0o777 == 0o600
        health = httpx.get(f"http://127.0.0.1:{port}/api/v1/health",
                           headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert health.status_code == 200 and health.json()["ok"] is True
    finally:
        process.terminate()
        process.wait(10)
