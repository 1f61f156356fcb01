"""The relay on each of its databases (SQLite, PostgreSQL with --db), run for real: one
click, one one-click unsubscribe, pulled once, acknowledged, purged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.support.relay_server import RelayProcess, start_relay

from envoi.relay.tokens import TokenKind, TokenSigner


@pytest.fixture
def relay_on(db_url: str, tmp_path: Path) -> Iterator[RelayProcess]:
    server = start_relay(tmp_path / "relay", db_url=db_url)
    yield server
    server.stop()


def test_events_round_trip(relay_on: RelayProcess) -> None:
    relay = relay_on
    answer = relay.api("PUT", "/api/v1/campaigns/3", {
        "sender_name": "Shop", "track_clicks": True,
        "links": [{"no": 1, "url": "https://shop.example/a"}],
    })  # fmt: skip
    relay.api("POST", "/api/v1/campaigns/3/recipients",
              {"recipients": [{"contact": 8, "email": "eve@example.org"}]})  # fmt: skip
    signer = TokenSigner(3, bytes.fromhex(answer["key"]))
    click = httpx.get(f"{relay.url}/c/{signer.token(TokenKind.CLICK, 8, 1)}",
                      headers={"User-Agent": "Mozilla/5.0 Firefox/130"})  # fmt: skip
    assert click.status_code == 302
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    unsubscribe = httpx.post(f"{relay.url}/u/{signer.token(TokenKind.UNSUBSCRIBE, 8)}",
                             content=b"List-Unsubscribe=One-Click", headers=form)  # fmt: skip
    assert unsubscribe.status_code == 200
    page = relay.api("GET", "/api/v1/events?after=0")
    kinds = sorted((e["kind"], e["contact"], e["data"].get("email")) for e in page["events"])
    assert kinds == [("click", 8, None), ("unsubscribe", 8, "eve@example.org")]
    assert relay.api("GET", "/api/v1/events?after=0")["events"] == page["events"]
    relay.api("POST", "/api/v1/events/ack", {"through": page["cursor"]})
    assert relay.api("GET", "/api/v1/events?after=0")["events"] == []
    assert relay.api("POST", "/api/v1/purge", {"older_than_days": 0})["purged"] == 2
