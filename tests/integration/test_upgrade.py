"""Installing build N over build N-1 keeps the data: database, window settings, keyring names.

The data folder in tests/fixtures/upgrade/ was made by build e3f223d's own code through its
command line (make_fixture.sh documents and reproduces it; expected-<commit>.json holds what
that database contained, read back by SQL when it was made). Each test copies it into a fresh
data folder and opens it the way this build does: ``ui.app.open_store`` (the window) and the
``envoi`` command.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from envoi.bounces.mailbox import load_settings, mailbox_keyring
from envoi.bounces.service import BounceService
from envoi.contacts.service import ContactService
from envoi.segments.service import SegmentService
from envoi.sending.secrets import SERVICE as SMTP_SERVICE
from envoi.sending.secrets import smtp_keyring
from envoi.store import migrate
from envoi.store.engine import Store
from envoi.store.migrate import current_revision, head_revision
from envoi.ui.app import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "upgrade"
PREVIOUS = "e3f223d"  # the build the fixture was made with


def _expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"expected-{PREVIOUS}.json").read_text("utf-8"))
    return data


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder as build N-1 left it."""
    folder = tmp_path / "Envoi"
    folder.mkdir()
    shutil.copyfile(FIXTURES / f"envoi-{PREVIOUS}.db", folder / "envoi.sqlite3")
    shutil.copyfile(FIXTURES / f"window-{PREVIOUS}.ini", folder / "window.ini")
    monkeypatch.setenv("ENVOI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def opened(data_dir: Path) -> Iterator[Store]:
    store = open_store(None)
    yield store
    store.dispose()


def _safety_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("envoi.before-*.bak.sqlite3"))


def _counts(path: Path, tables: list[str]) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        conn.close()


def test_the_fixture_is_build_n_minus_1s_database() -> None:
    conn = sqlite3.connect(FIXTURES / f"envoi-{PREVIOUS}.db")
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    assert revision == _expected()["revision"]


def test_opening_migrates_to_head_with_a_copy_of_the_old_file(
    data_dir: Path, opened: Store
) -> None:
    expected = _expected()
    assert current_revision(opened.engine) == head_revision()
    copies = _safety_copies(data_dir)
    if expected["revision"] != head_revision():
        # A migration ran: the file as build N-1 left it was copied first, whole.
        assert len(copies) == 1
        assert copies[0].name.startswith(f"envoi.before-{head_revision()}-")
        conn = sqlite3.connect(copies[0])
        try:
            assert (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                == (expected["revision"])
            )
        finally:
            conn.close()
        tables = [t for t in expected["counts"] if t != "alembic_version"]
        assert _counts(copies[0], tables) == {t: expected["counts"][t] for t in tables}
    else:
        assert copies == []  # nothing to migrate, nothing copied


def test_a_copy_is_made_whenever_a_migration_is_pending(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rule, checked even when no migration landed since build N-1: pretend a newer
    head, and the fixture must be copied before Alembic is asked to upgrade it."""
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(migrate.command, "upgrade", lambda _cfg, rev: upgraded.append(rev))
    store = Store.from_url(f"sqlite:///{data_dir / 'envoi.sqlite3'}")
    try:
        copy = migrate.upgrade(store.engine)
    finally:
        store.dispose()
    assert upgraded == ["head"]
    assert copy is not None and copy.name.startswith("envoi.before-9999_next-")
    assert _counts(copy, ["contacts"])["contacts"] == _expected()["counts"]["contacts"]


def test_every_row_is_still_there(opened: Store) -> None:
    expected = _expected()
    conn = sqlite3.connect(opened.engine.url.database or "")
    try:
        for table, count in expected["counts"].items():
            got = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert got == count, table
        by_status = dict(conn.execute("SELECT status, count(*) FROM deliveries GROUP BY status"))
        assert by_status == expected["deliveries_by_status"]
        campaigns = dict(conn.execute("SELECT name, status FROM campaigns"))
        assert campaigns == expected["campaigns"]
        profiles = [r[0] for r in conn.execute("SELECT name FROM smtp_profiles ORDER BY name")]
        assert profiles == expected["profiles"]
    finally:
        conn.close()


def test_contacts_lists_tags_segments_read_through_this_builds_services(opened: Store) -> None:
    expected = _expected()
    contacts = ContactService(opened)
    for email, want in expected["contacts"].items():
        record = contacts.find(email)
        assert record is not None, email
        assert (record.first_name, record.last_name, record.status) == (
            want["first_name"],
            want["last_name"],
            want["status"],
        )
        assert dict(record.fields) == json.loads(want["fields"])
    assert sorted(i.name for i in contacts.lists()) == expected["lists"]
    assert sorted(i.name for i in contacts.tags()) == expected["tags"]
    segments = SegmentService(opened)
    assert sorted(s.name for s in segments.list()) == expected["segments"]
    # make_fixture.sh tagged ada@example.com and user0..2@mail.com "vip".
    assert segments.count_saved("VIP customers") == 4
    mailbox = load_settings(BounceService(opened))
    assert mailbox is not None and mailbox.to_json() == expected["mailbox"]


def test_the_command_line_opens_build_n_minus_1s_folder(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "envoi", "contacts", "list", "--json", "--limit", "1000"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ENVOI_DATA_DIR": str(data_dir)},
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    rows = listed if isinstance(listed, list) else listed.get("contacts", listed.get("items"))
    emails = {row["email"] for row in rows}
    assert len(emails) == _expected()["counts"]["contacts"]
    assert set(_expected()["contacts"]) <= emails


def test_window_settings_are_still_read(qtbot: Any, data_dir: Path, opened: Store) -> None:
    from envoi.ui.app import build_services, build_window

    services = build_services(opened)
    try:
        window = build_window(services)  # the data folder's window.ini, as at start-up
        qtbot.addWidget(window)
        # make_fixture.sh closed build N-1's window at 777 x 555 (the default is 1100 x 700).
        assert (window.width(), window.height()) == (777, 555)
        window.close()
    finally:
        services.close()


class _FixtureKeyring(KeyringBackend):
    """The keyring build N-1 wrote (keyring-<commit>.json), read-only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, entries: dict[str, dict[str, str]]) -> None:
        super().__init__()
        self.entries = entries

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("reading must not write")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("reading must not delete")


@pytest.fixture
def old_keyring() -> Iterator[dict[str, dict[str, str]]]:
    entries: dict[str, dict[str, str]] = json.loads(
        (FIXTURES / f"keyring-{PREVIOUS}.json").read_text("utf-8")
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(_FixtureKeyring(entries))
    yield entries
    keyring.set_keyring(previous)


def test_passwords_are_found_under_the_names_build_n_minus_1_used(
    opened: Store, old_keyring: dict[str, dict[str, str]]
) -> None:
    conn = sqlite3.connect(opened.engine.url.database or "")
    try:
        profiles = [r[0] for r in conn.execute("SELECT name FROM smtp_profiles ORDER BY name")]
    finally:
        conn.close()
    smtp = smtp_keyring()
    assert smtp.available
    found = {name: smtp.get(name) for name in profiles}
    assert found == {"Local relay": None, "Shop SMTP": "smtp-secret-N1"}
    assert set(old_keyring[SMTP_SERVICE]) == {"Shop SMTP"}

    mailbox = load_settings(BounceService(opened))
    assert mailbox is not None
    # The user name under which this build looks the mailbox password up (mailbox_poller.py,
    # bounces/commands.py): the account and the server.
    user = f"{mailbox.user}@{mailbox.host}"
    assert mailbox_keyring().get(user) == "imap-secret-N1"
