"""The `envoi` command finds its database: the local default, --db URL, ENVOI_DB.

Each test runs the real command in a subprocess, as a user would, against SQLite and a
PostgreSQL server started on 127.0.0.1 (the `db_url` and `pg_server` fixtures).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from tests.support.pgserver import PgServer

import envoi
from envoi.store.migrate import head_revision


def envoi_cmd(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "envoi", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def listed(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(result).stdout)
    return data


def assert_clean_failure(result: subprocess.CompletedProcess[str]) -> None:
    """Exit code 2, a one-line reason on stderr, no Python traceback."""
    assert result.returncode == 2, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: "), result.stderr
    assert "database" in result.stderr.lower()


def plain_postgresql(url: str) -> str:
    """The address as a user writes it: postgresql://, no driver name."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def emails_in(url: str) -> list[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return list(
                conn.execute(sa.text("SELECT email FROM contacts ORDER BY email")).scalars()
            )
    finally:
        engine.dispose()


@pytest.fixture
def data_dir() -> Path:
    # conftest gives every test its own ENVOI_DATA_DIR; the subprocess inherits it.
    return Path(os.environ["ENVOI_DATA_DIR"])


def test_version() -> None:
    result = ok(envoi_cmd("--version"))
    assert result.stdout.strip() == f"envoi {envoi.__version__}"


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("envoi")
    if not script.exists():
        pytest.skip("envoi is not installed in this interpreter's environment")
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"envoi {envoi.__version__}"


def test_default_database_is_created_in_the_data_folder(data_dir: Path) -> None:
    db = data_dir / "envoi.sqlite3"
    assert not db.exists()
    assert listed(envoi_cmd("contacts", "list", "--json"))["total"] == 0
    assert db.is_file()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
    finally:
        conn.close()
    ok(envoi_cmd("contacts", "add", "ada@example.com", "--first", "Ada"))
    assert [c["email"] for c in listed(envoi_cmd("contacts", "list", "--json"))["contacts"]] == [
        "ada@example.com"
    ]


def test_db_option_points_the_command_at_that_database(db_url: str, data_dir: Path) -> None:
    url = plain_postgresql(db_url)
    ok(envoi_cmd("--db", url, "contacts", "add", "grace@example.com"))
    assert listed(envoi_cmd("--db", url, "contacts", "list", "--json"))["total"] == 1
    assert emails_in(db_url) == ["grace@example.com"]
    # Nothing went to the local default file.
    assert not (data_dir / "envoi.sqlite3").exists()


def test_envoi_db_variable_points_the_command_at_that_database(db_url: str, data_dir: Path) -> None:
    env = {"ENVOI_DB": plain_postgresql(db_url)}
    ok(envoi_cmd("contacts", "add", "linus@example.com", env=env))
    assert listed(envoi_cmd("contacts", "list", "--json", env=env))["total"] == 1
    assert emails_in(db_url) == ["linus@example.com"]
    assert not (data_dir / "envoi.sqlite3").exists()


def test_db_option_wins_over_envoi_db(db_url: str, tmp_path: Path) -> None:
    other = f"sqlite:///{tmp_path / 'from-env.sqlite3'}"
    ok(envoi_cmd("--db", db_url, "contacts", "add", "barbara@example.com", env={"ENVOI_DB": other}))
    assert emails_in(db_url) == ["barbara@example.com"]
    assert not (tmp_path / "from-env.sqlite3").exists()


@pytest.mark.parametrize(
    "url",
    [
        "not a database address",
        "nosuchdb://user@host/envoi",
        "postgresql://envoi@db.example:54x2/envoi",
    ],
)
def test_a_bad_address_is_a_clear_error(url: str) -> None:
    assert_clean_failure(envoi_cmd("--db", url, "contacts", "list"))


def test_a_bad_address_in_envoi_db_is_a_clear_error() -> None:
    assert_clean_failure(envoi_cmd("contacts", "list", env={"ENVOI_DB": "::nonsense::"}))


def test_a_sqlite_file_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert_clean_failure(
        envoi_cmd("--db", f"sqlite:///{blocker / 'envoi.sqlite3'}", "contacts", "list")
    )


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_postgresql_server_that_is_down_is_a_clear_error() -> None:
    url = f"postgresql://envoi@127.0.0.1:{_closed_port()}/envoi"
    result = envoi_cmd("--db", url, "contacts", "list")
    assert_clean_failure(result)
    assert "cannot open the database" in result.stderr
    # The technical detail names what was tried, for whoever reads it over the phone.
    assert "127.0.0.1" in result.stderr


@pytest.mark.postgres
def test_a_missing_postgresql_database_is_a_clear_error(pg_server: PgServer) -> None:
    url = plain_postgresql(pg_server.url("no_such_database"))
    result = envoi_cmd("--db", url, "contacts", "list")
    assert_clean_failure(result)
    assert "cannot open the database" in result.stderr
    assert "no_such_database" in result.stderr
