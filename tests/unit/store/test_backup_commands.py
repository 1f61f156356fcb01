"""`envoi backup` and `envoi restore`, run as a user runs them (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from envoi.store.migrate import head_revision
from tests.support.backup_db import contact_emails, hidden_files


def envoi(
    *args: str, cwd: Path, data: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "envoi", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        env={**os.environ, "ENVOI_DATA_DIR": str(data)},
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    ok(envoi("contacts", "add", "ada@example.com", cwd=tmp_path, data=folder))
    return folder


def test_backup_to_the_default_name_then_restore(tmp_path: Path, data: Path) -> None:
    out = ok(envoi("backup", cwd=tmp_path, data=data))
    made = sorted(tmp_path.glob("Envoi backup *.envoi"))
    assert len(made) == 1 and str(made[0]) in out
    ok(envoi("contacts", "add", "bob@example.com", cwd=tmp_path, data=data))

    # No terminal to answer: nothing is restored.
    refused = envoi("restore", str(made[0]), cwd=tmp_path, data=data)
    assert refused.returncode == 2 and "Nothing was restored" in refused.stderr
    assert "1 contacts" in refused.stderr and "2 contacts" in refused.stderr
    assert contact_emails(data / "envoi.sqlite3") == ["ada@example.com", "bob@example.com"]

    result = json.loads(
        ok(envoi("restore", str(made[0]), "--yes", "--json", cwd=tmp_path, data=data))
    )
    assert result["restored"]["counts"]["contacts"] == 1 and result["migrated"] is False
    assert contact_emails(data / "envoi.sqlite3") == ["ada@example.com"]
    kept = Path(result["kept"])
    assert kept.name.startswith("envoi.sqlite3.before-restore-")
    assert contact_emails(kept) == ["ada@example.com", "bob@example.com"]


def test_backup_json_into_a_folder_and_no_silent_overwrite(tmp_path: Path, data: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    result = json.loads(ok(envoi("backup", str(folder), "--json", cwd=tmp_path, data=data)))
    path = Path(result["file"])
    assert path.parent == folder and path.suffix == ".envoi"
    assert result["size"] == path.stat().st_size
    assert result["summary"]["revision"] == head_revision()
    assert result["summary"]["counts"]["contacts"] == 1

    again = envoi("backup", str(path), cwd=tmp_path, data=data)
    assert again.returncode == 2 and "already exists" in again.stderr
    ok(envoi("backup", str(path), "--force", cwd=tmp_path, data=data))


def test_restore_answers_yes_on_a_terminal_prompt_only(tmp_path: Path, data: Path) -> None:
    """stdin that is not a terminal never counts as a yes, even if it says y."""
    ok(envoi("backup", "b.envoi", cwd=tmp_path, data=data))
    ok(envoi("contacts", "add", "bob@example.com", cwd=tmp_path, data=data))
    result = envoi("restore", "b.envoi", cwd=tmp_path, data=data, stdin="y\n")
    assert result.returncode == 2
    assert len(contact_emails(data / "envoi.sqlite3")) == 2


def test_restore_of_a_bad_file_is_a_clear_error(tmp_path: Path, data: Path) -> None:
    (tmp_path / "notes.envoi").write_text("not a backup")
    result = envoi("restore", "notes.envoi", "--yes", cwd=tmp_path, data=data)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: notes.envoi is not an Envoi backup")
    assert contact_emails(data / "envoi.sqlite3") == ["ada@example.com"]
    assert hidden_files(data) == []


@pytest.mark.postgres
def test_a_team_database_points_to_pg_dump(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from tests.conftest import _new_pg_database

    url = _new_pg_database(request.getfixturevalue("pg_server"))
    for args, tool in ((("backup",), "pg_dump"), (("restore", "x.envoi", "--yes"), "pg_restore")):
        result = envoi("--db", url, *args, cwd=tmp_path, data=tmp_path)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "shared team database" in result.stderr and tool in result.stderr
    assert not list(tmp_path.glob("*.envoi"))
