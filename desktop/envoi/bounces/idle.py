"""IMAP IDLE (RFC 2177): wait for new mail instead of polling, where the server offers it.

Python 3.11's imaplib has no IDLE command, so it is spoken by hand on imaplib's socket:
`TAG IDLE`, wait for `+`, wait for an untagged `EXISTS` (or the timeout), then `DONE`.
Servers drop an IDLE after 30 minutes, so a wait never asks for more than 25.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import select
import socket
import ssl
import time
from concurrent.futures import Executor

from envoi.bounces.mailbox import (
    MailboxError,
    MailboxSettings,
    connect,
    login,
    ok,
    quote_folder,
)
from envoi.errors import Text

MAX_IDLE_SECONDS = 25 * 60


def supports_idle(conn: imaplib.IMAP4) -> bool:
    return "IDLE" in conn.capabilities


def wait_for_mail(settings: MailboxSettings, password: str, timeout: float) -> bool | None:
    """Block until the folder gets a new message (True), the timeout passes (False), or the
    server does not offer IDLE (None: the caller polls at its interval instead)."""
    conn = connect(settings)
    try:
        login(conn, settings, password)
        if not supports_idle(conn):
            return None
        count = ok(conn.select(quote_folder(settings.folder), readonly=True), "SELECT")
        if count and count[0] and int(count[0]) > 0:
            # Processed mail is moved out, so anything here (even mail that came between
            # the last check and this wait) is work to do now.
            return True
        return _idle(conn, min(timeout, MAX_IDLE_SECONDS))
    except (imaplib.IMAP4.abort, OSError) as exc:
        raise MailboxError(
            Text(
                "The connection to the bounce mailbox {host} was lost while waiting for new mail.",
                host=settings.host,
            ),
            Text("Envoi will connect again at the next check."),
            f"{type(exc).__name__}: {exc}",
        ) from None
    finally:
        with contextlib.suppress(Exception):
            conn.logout()


def _idle(conn: imaplib.IMAP4, timeout: float) -> bool:
    tag = conn._new_tag().decode()
    conn.send(f"{tag} IDLE\r\n".encode())
    first = conn.readline()
    if not first.startswith(b"+"):
        raise imaplib.IMAP4.error(f"IDLE refused: {first!r}")
    # select() on the socket, not a socket timeout: a timed-out socket file cannot be read
    # again, and the connection must stay usable for DONE and LOGOUT.
    sock: socket.socket = conn.sock
    deadline = time.monotonic() + timeout
    got_mail = False
    while not got_mail:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        pending = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
        if not pending and not select.select([sock], [], [], left)[0]:
            break
        line = conn.readline()
        if not line:
            raise imaplib.IMAP4.abort("connection closed during IDLE")
        got_mail = line.startswith(b"* ") and b"EXISTS" in line.upper()
    conn.send(b"DONE\r\n")
    while True:  # drain until the tagged end of IDLE
        line = conn.readline()
        if not line or line.startswith(tag.encode()):
            break
    return got_mail


async def wait_for_mail_async(
    settings: MailboxSettings, password: str, timeout: float, executor: Executor | None = None
) -> bool | None:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, wait_for_mail, settings, password, timeout)
