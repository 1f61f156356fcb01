"""Fixtures for the sender check's integration tests: NSD and a private CA (see
dns_test_servers.py for how they are made)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from dns_test_servers import NsdServer, Pki, make_pki_in, nsd_available


@pytest.fixture(scope="module")
def nsd_factory() -> Iterator[type[NsdServer]]:
    if not nsd_available():
        if os.environ.get("CI"):
            pytest.fail("nsd is not installed; .ci/run should install apt nsd")
        pytest.skip("nsd is not installed (apt install nsd)")
    yield NsdServer


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki_in(tmp_path_factory.mktemp("pki"))
