"""Shared fixtures: Qt offscreen, a private data folder, and the two databases.

`db_url` is parametrised over SQLite and a real PostgreSQL server started on 127.0.0.1 for
the session. Without PostgreSQL installed the postgres cases skip locally, but fail in CI
(CI=true), where .ci/run installs it.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from tests.support.pgserver import PgServer, find_pg_bin

# Hypothesis' two wall-clock checks (200 ms per example, "input generation is slow") are
# sized for a quiet machine: under load they fail property tests that are right. The suite
# asserts behaviour; the benchmarks measure speed.
settings.register_profile("envoi", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("envoi")

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path(os.environ.get("ENVOI_CORPUS", SHARED / "corpus"))

_db_counter = itertools.count()


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENVOI_DATA_DIR", str(tmp_path_factory.mktemp("envoi-data")))
    monkeypatch.delenv("ENVOI_DB", raising=False)


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries not found; .ci/run should install apt postgresql")
        pytest.skip("PostgreSQL is not installed")
    server = PgServer(bin_dir)
    server.start()
    yield server
    server.stop()


def _new_pg_database(server: PgServer) -> str:
    name = f"envoi_test_{os.getpid()}_{next(_db_counter)}"
    _admin(server, f'CREATE DATABASE "{name}" STRATEGY file_copy')
    return server.url(name)


def _admin(server: PgServer, sql: str) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(sql))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend.

    A PostgreSQL database is dropped after its test: kept, the suite's few hundred copies
    of template1 (7 MB each) made the server's removal at the session's end take minutes
    on a loaded machine. file_copy is the cheaper way to copy a small template.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = _new_pg_database(server)
    yield url
    _admin(server, f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated, empty store on each backend."""
    s = Store.from_url(db_url)
    upgrade(s.engine)
    yield s
    s.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store only (for tests that are about SQLite or the UI)."""
    s = Store.from_url(f"sqlite:///{tmp_path / 'envoi.sqlite3'}")
    upgrade(s.engine)
    yield s
    s.dispose()
