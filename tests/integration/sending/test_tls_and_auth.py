"""STARTTLS with a test certificate, a wrong certificate refused, a wrong password explained."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from tests.support.certs import make_ca, make_server_cert
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer

from envoi.sending.campaigns import CampaignService
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.runner import build_engine
from envoi.sending.secrets import MemorySecretStore
from envoi.sending.transport import ConnectError
from envoi.store.engine import Store


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                   auth_data: Any) -> AuthResult:  # fmt: skip
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"shop",
        b"right",
    )
    return AuthResult(success=ok, handled=False)


def _tls_server(directory: Path, host: str, ca: tuple[Path, Any, Any]) -> ScriptedServer:
    cert, key = make_server_cert(directory, ca[1], ca[2], host)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return ScriptedServer(
        ScriptedHandler(),
        tls_context=context,
        require_starttls=True,
        authenticator=_authenticator,
        auth_require_tls=True,
    ).start()


@pytest.fixture
def ca(tmp_path: Path) -> tuple[Path, Any, Any]:
    return make_ca(tmp_path)


@pytest.fixture
def good_server(tmp_path: Path, ca: tuple[Path, Any, Any]) -> Iterator[ScriptedServer]:
    server = _tls_server(tmp_path, "localhost", ca)
    yield server
    server.stop()


@pytest.fixture
def wrong_host_server(tmp_path: Path, ca: tuple[Path, Any, Any]) -> Iterator[ScriptedServer]:
    server = _tls_server(tmp_path, "mail.other.example", ca)
    yield server
    server.stop()


def _profile(store: Store, port: int, ca_file: Path, password: str) -> ProfileService:
    secrets = MemorySecretStore()
    service = ProfileService(store, secrets)
    service.add(
        ProfileData("tls", "localhost", port, "starttls", username="shop", ca_file=str(ca_file),
                    connections=2, timeout=10),
        password,
    )  # fmt: skip
    return service


async def test_starttls_with_a_trusted_certificate_sends(
    sqlite_store: Store, good_server: ScriptedServer, ca: tuple[Path, Any, Any], make_campaign
) -> None:
    campaign, _ = make_campaign(sqlite_store, good_server.port, 20, connections=2)
    profiles = _profile(sqlite_store, good_server.port, ca[0], "right")
    with sqlite_store.session() as s:
        from envoi.store.sending_models import Campaign

        row = s.get(Campaign, campaign.id)
        assert row is not None
        row.profile_id = profiles.get("tls").id
    assert "STARTTLS" in await profiles.test(profiles.get("tls"))
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool()).run()
    assert stats.status == "completed", stats.reason
    assert len(good_server.handler.counts()) == 20


async def test_a_wrong_password_is_explained_and_pauses(
    sqlite_store: Store, good_server: ScriptedServer, ca: tuple[Path, Any, Any], make_campaign
) -> None:
    campaign, _ = make_campaign(sqlite_store, good_server.port, 5, connections=1)
    profiles = _profile(sqlite_store, good_server.port, ca[0], "wrong")
    with pytest.raises(ConnectError) as info:
        await profiles.test(profiles.get("tls"))
    assert "refused the user name or password" in info.value.user_message
    with sqlite_store.session() as s:
        from envoi.store.sending_models import Campaign

        row = s.get(Campaign, campaign.id)
        assert row is not None
        row.profile_id = profiles.get("tls").id
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool()).run()
    record = CampaignService(sqlite_store).get(campaign.id)
    assert stats.status == record.status == "paused"
    assert "user name or password" in record.pause_reason
    assert record.counts["queued"] == 5
    assert not good_server.handler.counts()


async def test_a_certificate_for_another_host_is_refused(
    sqlite_store: Store, wrong_host_server: ScriptedServer, ca: tuple[Path, Any, Any],
    make_campaign,
) -> None:  # fmt: skip
    campaign, _ = make_campaign(sqlite_store, wrong_host_server.port, 5, connections=1)
    profiles = _profile(sqlite_store, wrong_host_server.port, ca[0], "right")
    with pytest.raises(ConnectError) as info:
        await profiles.test(profiles.get("tls"))
    assert "certificate" in info.value.user_message
    assert info.value.fatal
    with sqlite_store.session() as s:
        from envoi.store.sending_models import Campaign

        row = s.get(Campaign, campaign.id)
        assert row is not None
        row.profile_id = profiles.get("tls").id
    stats = await build_engine(sqlite_store, campaign.id, profiles, LimiterPool()).run()
    record = CampaignService(sqlite_store).get(campaign.id)
    assert stats.status == "paused" and "certificate" in record.pause_reason
    assert not wrong_host_server.handler.counts()


async def test_an_untrusted_certificate_is_refused(
    sqlite_store: Store, good_server: ScriptedServer, tmp_path: Path, make_campaign
) -> None:
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other_ca, _, _ = make_ca(other_dir, "Another CA")
    profiles = _profile(sqlite_store, good_server.port, other_ca, "right")
    with pytest.raises(ConnectError) as info:
        await profiles.test(profiles.get("tls"))
    assert "cannot be trusted" in info.value.user_message
