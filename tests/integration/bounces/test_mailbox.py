"""The bounce mailbox against a real Dovecot on 127.0.0.1: processed once, moved, applied."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator

import pytest
from tests.integration.bounces.dovecot import DovecotServer, available

from envoi.bounces.mailbox import (
    MailboxAuthError,
    MailboxError,
    MailboxSettings,
    fetch_once,
    poll_once_async,
)
from envoi.bounces.service import BounceService
from envoi.contacts.service import ContactService
from envoi.store.bounce_models import BounceMessage
from envoi.store.engine import Store


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    if not available():
        if os.environ.get("CI"):
            pytest.fail("dovecot not found; .ci/run should install apt dovecot-imapd")
        pytest.skip("dovecot (apt dovecot-imapd) is not installed")
    server = DovecotServer()
    server.start()
    yield server
    server.stop()


def settings_for(server: DovecotServer, port: int | None = None) -> MailboxSettings:
    return MailboxSettings(
        host=server.host, user=server.user, port=port or server.port, security="none"
    )


def bounce(rcpt: str, marker: str = "") -> bytes:
    return f"""From: MAILER-DAEMON@mx.example.org
To: news@shop.example
Subject: Undelivered Mail Returned to Sender {marker}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered. {marker}
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B--
""".encode()


COMPLAINT = b"""From: fbl@isp.example
To: abuse@shop.example
Subject: FW: News
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

Abuse report.
--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Gen/1.0
Version: 1
Original-Rcpt-To: <carl@isp.example>

--F--
"""
UNSUBSCRIBE = b"From: Una <una@example.com>\nTo: unsub@shop.example\nSubject: unsubscribe\n\n"
NOISE = b"From: friend@example.com\nTo: bounces@shop.example\nSubject: lunch?\n\nHi!\n"


def test_bounces_complaints_and_unsubscribes_are_processed_once_and_moved(
    dovecot: DovecotServer, sqlite_store: Store
) -> None:
    contacts = ContactService(sqlite_store)
    ann = contacts.add("ann@example.com")
    carl = contacts.add("carl@isp.example")
    una = contacts.add("una@example.com")
    for i, raw in enumerate([bounce("ann@example.com"), COMPLAINT, UNSUBSCRIBE, NOISE]):
        dovecot.deliver(raw, f"{i}.test")
    service = BounceService(sqlite_store)
    report = fetch_once(settings_for(dovecot), dovecot.password, service)
    assert (report.fetched, report.processed, report.unmatched) == (4, 3, 1)
    assert contacts.get(ann.id).status == "bounced"
    assert contacts.get(carl.id).status == "complained"
    assert contacts.get(una.id).status == "unsubscribed"
    assert dovecot.folder_count("INBOX") == 0
    assert dovecot.folder_count("Envoi/Processed") == 3
    assert dovecot.folder_count("Envoi/Review") == 1  # the lunch invitation, for a person
    again = fetch_once(settings_for(dovecot), dovecot.password, service)
    assert again.fetched == 0
    with sqlite_store.session() as session:
        assert session.query(BounceMessage).count() == 4


async def test_poll_runs_in_an_executor(dovecot: DovecotServer, sqlite_store: Store) -> None:
    dovecot.deliver(bounce("zed@example.com"), "z.test")
    report = await poll_once_async(
        settings_for(dovecot), dovecot.password, BounceService(sqlite_store)
    )
    assert report.fetched == 1 and report.unmatched == 1  # no such contact: kept for review


def test_wrong_password_is_a_clear_error_and_loses_nothing(
    dovecot: DovecotServer, sqlite_store: Store
) -> None:
    dovecot.deliver(bounce("ann@example.com"), "1.test")
    with pytest.raises(MailboxAuthError) as err:
        fetch_once(settings_for(dovecot), "wrong", BounceService(sqlite_store))
    assert "refused the user name or password" in err.value.user_message
    assert err.value.hint
    assert dovecot.folder_count("INBOX") == 1


def test_unreachable_server_is_a_clear_error(sqlite_store: Store) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = MailboxSettings(host="127.0.0.1", user="u", port=port, security="none")
    with pytest.raises(MailboxError) as err:
        fetch_once(settings, "x", BounceService(sqlite_store))
    assert "cannot connect" in err.value.user_message


class CuttingProxy:
    """Forwards to the server and drops the connection once `marker` came back from it."""

    def __init__(self, upstream: tuple[str, int], marker: bytes) -> None:
        self.upstream = upstream
        self.marker = marker
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed = True
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_server: bool) -> None:
        try:
            while data := src.recv(65536):
                if from_server and self.armed and self.marker in data:
                    self.armed = False
                    for s in (src, dst):
                        s.shutdown(socket.SHUT_RDWR)
                    return
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.close()

    def close(self) -> None:
        self.listener.close()


def test_dropped_connection_is_a_clear_error_and_loses_nothing(
    dovecot: DovecotServer, sqlite_store: Store
) -> None:
    for i in range(3):
        dovecot.deliver(bounce(f"user{i}@example.com", marker=f"MARK{i}"), f"{i}.test")
    proxy = CuttingProxy((dovecot.host, dovecot.port), b"MARK1")
    service = BounceService(sqlite_store)
    try:
        with pytest.raises(MailboxError) as err:
            fetch_once(settings_for(dovecot, proxy.port), dovecot.password, service)
        assert "connection to the bounce mailbox" in err.value.user_message
        assert "still in the mailbox" in err.value.hint
        report = fetch_once(settings_for(dovecot), dovecot.password, service)
    finally:
        proxy.close()
    assert report.fetched >= 2
    assert dovecot.folder_count("INBOX") == 0
    assert dovecot.folder_count("Envoi/Review") == 3  # none of them is a known contact
    with sqlite_store.session() as session:
        assert session.query(BounceMessage).count() == 3  # each message stored exactly once


def test_cli_fetch_with_password_on_stdin(
    dovecot: DovecotServer,
    tmp_path,
    monkeypatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    import io
    import json

    from envoi.cli import main

    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    dovecot.deliver(bounce("ann@example.com"), "1.test")
    argv = ["--db", db, "bounces", "mailbox", "--host", dovecot.host, "--user", dovecot.user]
    assert main([*argv, "--port", str(dovecot.port), "--security", "none"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["--db", db, "bounces", "fetch", "--password-stdin"]) == 2
    assert "refused the user name or password" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(dovecot.password + "\n"))
    assert main(["--db", db, "bounces", "fetch", "--password-stdin", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(out)["fetched"] == 1


def test_no_keyring_backend_gives_a_clear_message(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    from envoi.bounces.mailbox import mailbox_keyring
    from envoi.errors import EnvoiError

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert mailbox_keyring().get("u@h") is None
        with pytest.raises(EnvoiError) as err:
            mailbox_keyring().set("u@h", "pw")
    finally:
        keyring.set_keyring(previous)
    assert "no password keyring" in err.value.user_message
    assert "--password-stdin" in err.value.hint


def test_idle_wakes_up_on_new_mail_and_times_out_without(dovecot: DovecotServer) -> None:
    import time

    from envoi.bounces.idle import wait_for_mail

    settings = settings_for(dovecot)
    start = time.monotonic()
    assert wait_for_mail(settings, dovecot.password, timeout=1.5) is False
    assert time.monotonic() - start < 10
    timer = threading.Timer(1.0, dovecot.deliver, args=(bounce("new@example.com"), "n.test"))
    timer.start()
    start = time.monotonic()
    try:
        assert wait_for_mail(settings, dovecot.password, timeout=20) is True
    finally:
        timer.join()
    assert time.monotonic() - start < 15


async def test_poll_forever_processes_new_mail_as_idle_reports_it(
    dovecot: DovecotServer, sqlite_store: Store
) -> None:
    import asyncio
    import dataclasses

    from envoi.bounces.mailbox import FetchReport, poll_forever

    settings = dataclasses.replace(settings_for(dovecot), interval_seconds=8)
    reports: list[FetchReport] = []
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(
        poll_forever(settings, dovecot.password, BounceService(sqlite_store), reports.append)
    )
    try:
        for _ in range(100):  # the first check finds an empty folder
            if reports:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)  # let it enter IDLE
        dovecot.deliver(bounce("late@example.com"), "late.test")
        delivered = loop.time()
        for _ in range(150):
            if sum(r.fetched for r in reports) == 1:
                break
            await asyncio.sleep(0.1)
        took = loop.time() - delivered
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert sum(r.fetched for r in reports) == 1
    assert took < 6  # IDLE woke the poller before its 8 s interval
    assert dovecot.folder_count("INBOX") == 0
