"""`envoi profiles ...` and `envoi campaigns ...` end to end, into real servers on 127.0.0.1."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from tests.integration.sending.conftest import add_audience
from tests.support.smtp_servers import ScriptedServer, SmtpSink

from envoi.cli import main
from envoi.store.engine import Store

LAST_ERR: list[str] = [""]


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str]:
    code = main(["--db", db, *args])
    captured = capsys.readouterr()
    LAST_ERR[0] = captured.err
    return code, captured.out


def test_profiles_and_a_campaign_from_the_command_line(
    sqlite_store: Store, sink: SmtpSink, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 120)
    code, out = run(capsys, db, "profiles", "add", "sink", "--host", "127.0.0.1", "--port",
                    str(sink.port), "--security", "none", "--connections", "3",
                    "--max-bounce-percent", "2", "--max-complaint-percent", "0.05")  # fmt: skip
    assert code == 0 and "added" in out
    code, out = run(capsys, db, "profiles", "list", "--json")
    listed = json.loads(out)[0]
    assert listed["port"] == sink.port
    assert (listed["max_bounce_rate"], listed["max_complaint_rate"]) == (0.02, 0.0005)
    code, out = run(capsys, db, "profiles", "test", "sink")
    assert code == 0 and "Connected to 127.0.0.1" in out
    code, out = run(capsys, db, "campaigns", "create", "news", "--from", "shop@example.org",
                    "--subject", "Hello {{ first_name }}", "--body", "Hi {{ first_name }}!",
                    "--list", "all", "--profile", "sink", "--json")  # fmt: skip
    created = json.loads(out)
    assert code == 0 and created["total"] == 120 and created["status"] == "draft"

    code, out = run(capsys, db, "campaigns", "dry-run", "news", "--out", str(tmp_path / "eml"),
                    "--limit", "3")  # fmt: skip
    files = sorted((tmp_path / "eml").glob("*.eml"))
    assert code == 0 and len(files) == 3
    first = message_from_bytes(files[0].read_bytes(), policy=policy.SMTP)
    # One message builder for plain text and templates: the contact is named in To.
    assert first["Subject"] == "Hello First0" and first["To"] == "First0 Last0 <user0@example.com>"
    assert sink.recipients() == {}  # a dry run sends nothing

    code, out = run(capsys, db, "campaigns", "test-send", "news", "--to", "me@example.org")
    assert code == 0 and "me@example.org: sent 250" in out

    code, out = run(capsys, db, "campaigns", "send", "news", "--json")
    assert code == 2 and sink.recipients() == {"me@example.org": 1}  # no unsubscribe: asks
    assert "no way to unsubscribe" in LAST_ERR[0] and "--yes" in LAST_ERR[0]
    code, out = run(capsys, db, "campaigns", "send", "news", "--json", "--yes")
    assert code == 0 and json.loads(out)["status"] == "completed"
    code, out = run(capsys, db, "campaigns", "status", "news", "--json")
    status = json.loads(out)
    assert status["counts"]["sent"] == 120 and status["counts"]["queued"] == 0
    received = sink.recipients()
    assert received["me@example.org"] == 1
    assert sum(received.values()) == 121 and max(received.values()) == 1

    code, out = run(capsys, db, "campaigns", "send", "news")
    assert code == 2  # completed: cannot be sent again


def test_pause_then_resume_and_send_due(
    sqlite_store: Store, scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 10)
    run(capsys, db, "profiles", "add", "s", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    code, out = run(capsys, db, "campaigns", "create", "later", "--from", "a@example.org",
                    "--subject", "S", "--body", "B", "--list", "all", "--profile", "s",
                    "--at", "2001-01-01 09:00", "--tz", "Europe/Paris", "--json")  # fmt: skip
    assert json.loads(out)["status"] == "scheduled"
    code, out = run(capsys, db, "campaigns", "pause", "later")
    assert code == 0
    code, out = run(capsys, db, "campaigns", "send-due")
    assert code == 0 and not scripted.handler.counts()  # paused: not due
    code, out = run(capsys, db, "campaigns", "resume", "later", "--json", "--yes")
    assert code == 0 and json.loads(out)["counts"]["sent"] == 10
    assert len(scripted.handler.counts()) == 10


def test_send_due_sends_a_scheduled_campaign(
    sqlite_store: Store, scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 5)
    run(capsys, db, "profiles", "add", "s", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    run(capsys, db, "campaigns", "create", "due", "--from", "a@example.org", "--subject", "S",
        "--body", "B", "--list", "all", "--profile", "s", "--at", "2001-01-01 09:00")  # fmt: skip
    run(capsys, db, "campaigns", "create", "future", "--from", "a@example.org",
        "--subject", "S", "--body", "B", "--list", "all", "--profile", "s",
        "--at", "2999-01-01 09:00")  # fmt: skip
    code, _ = run(capsys, db, "campaigns", "send-due")
    assert code == 0
    assert len(scripted.handler.counts()) == 5  # only the due one went
    code, out = run(capsys, db, "campaigns", "list", "--json")
    statuses = {c["name"]: c["status"] for c in json.loads(out)}
    assert statuses == {"due": "completed", "future": "scheduled"}
