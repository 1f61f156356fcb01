from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.integration.sending.conftest import scripted  # noqa: F401  (the aiosmtpd sink)
from tests.support.relay_server import RelayProcess, start_relay


@pytest.fixture(scope="module")
def relay_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RelayProcess]:
    server = start_relay(tmp_path_factory.mktemp("relay") / "relay")
    yield server
    server.stop()


@pytest.fixture
def relay(relay_module: RelayProcess) -> RelayProcess:
    """One relay per module; each test starts with no event waiting."""
    found = relay_module.api("GET", "/api/v1/events?after=0&limit=5000")
    relay_module.api("POST", "/api/v1/events/ack", {"through": found["cursor"]})
    relay_module.api("POST", "/api/v1/purge", {"older_than_days": 0})
    return relay_module


@pytest.fixture
def fresh_relay(tmp_path: Path) -> Iterator[RelayProcess]:
    server = start_relay(tmp_path / "relay")
    yield server
    server.stop()
