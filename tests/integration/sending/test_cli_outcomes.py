"""Issue 14 points 9 and 15 on the command line, against aiosmtpd on 127.0.0.1: a send the
user's own server refuses ends `failed` (non-zero), `retry-failed` queues it again, a send
refused by preflight exits non-zero, `profiles edit|delete` and `lists` sub-commands."""

from __future__ import annotations

import json

import pytest
from tests.integration.sending.conftest import add_audience
from tests.integration.sending.test_cli_sending import LAST_ERR as ERR
from tests.integration.sending.test_cli_sending import run
from tests.support.smtp_servers import ScriptedServer

from envoi.cli.campaigns import EXIT_FAILED
from envoi.store.engine import Store


def test_refused_by_the_own_server_fails_then_retry_failed_sends(
    sqlite_store: Store, scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 5)
    for i in range(5):
        scripted.handler.rules[f"user{i}@example.com"] = "500 5.3.0 Error: sender refused"
        scripted.handler.times[f"user{i}@example.com"] = 1
    run(capsys, db, "profiles", "add", "relay", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    code, out = run(capsys, db, "profiles", "test", "relay")
    assert code == 0
    assert json.loads(run(capsys, db, "profiles", "list", "--json")[1])[0]["tested_at"]
    run(capsys, db, "campaigns", "create", "news", "--from", "shop@example.org", "--subject",
        "Hi", "--body", "Hello. To unsubscribe, reply STOP.", "--list", "all", "--profile",
        "relay")  # fmt: skip
    code, out = run(capsys, db, "campaigns", "send", "news", "--yes", "--json")
    summary = json.loads(out)
    assert code == EXIT_FAILED and summary["status"] == "failed"
    assert "own sending server" in summary["reason"] and "500" in summary["reason"]
    code, out = run(capsys, db, "campaigns", "status", "news", "--failures", "--json")
    failures = json.loads(out)["failures"]
    assert len(failures) == 5 and all("own sending server" in f["explanation"] for f in failures)
    assert not any("recipient's mail" in f["explanation"] for f in failures)

    code, out = run(capsys, db, "campaigns", "retry-failed", "news")
    assert code == 0 and "5 failed deliveries queued again." in out
    assert "Never queued again" in out and "campaigns resume news" in out
    code, out = run(capsys, db, "campaigns", "resume", "news", "--yes", "--json")
    assert code == 0 and json.loads(out)["status"] == "completed"
    assert sum(scripted.handler.counts().values()) == 5
    code, out = run(capsys, db, "campaigns", "retry-failed", "news")
    assert code == 1 and "0 failed deliveries queued again." in out


def test_not_sent_exits_non_zero(
    sqlite_store: Store, scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 3)
    run(capsys, db, "profiles", "add", "p", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    run(capsys, db, "campaigns", "create", "c", "--from", "shop@example.org", "--subject",
        "Hi", "--body", "Hello", "--list", "all", "--profile", "p")  # fmt: skip
    code, _out = run(capsys, db, "campaigns", "send", "c")  # warnings, no --yes, no terminal
    assert code != 0 and "Not sent" in ERR[0]
    assert not scripted.handler.counts()


def test_profiles_edit_and_delete(
    sqlite_store: Store, scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 2)
    run(capsys, db, "profiles", "add", "p", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none", "--per-minute", "10")  # fmt: skip
    assert run(capsys, db, "profiles", "test", "p")[0] == 0
    code, out = run(capsys, db, "profiles", "edit", "p", "--per-minute", "30", "--name", "q")
    assert code == 0 and "Profile 'q' changed." in out and "test it" not in out
    listed = json.loads(run(capsys, db, "profiles", "list", "--json")[1])
    assert [(p["name"], p["per_minute"], p["port"]) for p in listed] == [("q", 30, scripted.port)]
    assert listed[0]["tested_at"]  # limits and name do not ask for a new test
    code, out = run(capsys, db, "profiles", "edit", "q", "--port", "2")
    assert code == 0 and "profiles test q" in out
    assert run(capsys, db, "profiles", "edit", "q")[0] == 2  # nothing to change

    run(capsys, db, "campaigns", "create", "later", "--from", "shop@example.org", "--subject",
        "Hi", "--body", "Hello", "--list", "all", "--profile", "q", "--at",
        "2099-01-01 10:00")  # fmt: skip
    code, _out = run(capsys, db, "profiles", "delete", "q")
    assert code == 2 and "'later' (scheduled)" in ERR[0] and "--yes" in ERR[0]
    code, _out = run(capsys, db, "profiles", "delete", "q", "--yes")
    assert code == 2 and "scheduled or sending" in ERR[0]  # refused even so
    run(capsys, db, "campaigns", "cancel", "later")
    code, out = run(capsys, db, "profiles", "delete", "q", "--yes")
    assert code == 0 and "deleted" in out
    assert json.loads(run(capsys, db, "profiles", "list", "--json")[1]) == []


def test_lists_subcommands(sqlite_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(sqlite_store.engine.url)
    assert run(capsys, db, "lists", "create", "vip", "--description", "best")[0] == 0
    code, out = run(capsys, db, "lists", "list", "--json")
    assert code == 0 and [i["name"] for i in json.loads(out)] == ["vip"]
    code, out = run(capsys, db, "lists")  # the old form
    assert code == 0 and out.startswith("vip\t0")
    assert run(capsys, db, "lists", "delete", "vip")[0] == 0
    assert run(capsys, db, "lists", "--json")[1].strip() == "[]"


def test_create_takes_the_sender_from_settings(
    sqlite_store: Store, scripted: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from envoi.templates.identity import SenderIdentity, save_identity

    db = str(sqlite_store.engine.url)
    add_audience(sqlite_store, 1)
    run(capsys, db, "profiles", "add", "p", "--host", "127.0.0.1", "--port",
        str(scripted.port), "--security", "none")  # fmt: skip
    code, _out = run(capsys, db, "campaigns", "create", "c", "--subject", "Hi", "--body",
                     "Hello", "--list", "all", "--profile", "p")  # fmt: skip
    assert code == 2 and "needs a From address" in ERR[0]
    save_identity(sqlite_store, SenderIdentity(from_name="Boutique", from_email="news@shop.example",
                                               reply_to="hello@shop.example"))  # fmt: skip
    code, _out = run(capsys, db, "campaigns", "create", "c", "--subject", "Hi", "--body",
                     "Hello", "--list", "all", "--profile", "p", "--from-name", "")  # fmt: skip
    assert code == 0
    from envoi.sending.campaigns import CampaignService

    record = CampaignService(sqlite_store).get("c")
    assert (record.from_email, record.from_name, record.reply_to) == (
        "news@shop.example",
        "",
        "hello@shop.example",
    )
