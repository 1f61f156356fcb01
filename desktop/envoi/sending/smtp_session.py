"""The send phase of an SMTP connection: MAIL, RCPT, DATA and the message, written by us.

aiosmtplib opens the connection (implicit TLS or STARTTLS, EHLO, AUTH), then hands its
transport to ``SmtpConnection``. Per message aiosmtplib ran two regular expressions over
the whole message (line endings, dot-stuffing) and waited for each command's reply in
turn; here the message is put in DATA form by ``envoi.sending.wire`` (in the build
processes when there are some), then written with its final dot in one write, and when the
server offers PIPELINING (RFC 2920) MAIL, RCPT and DATA go in one write and their
replies are read in order: two round trips per message instead of four.

"No duplicate mail": DATA's 354 delivers nothing; the message's content is written only
by ``data``, which the engine calls once the delivery's claim is committed. A failure
before that write is ``NOT_SENT``; a lost connection or a timeout after it is
``UNKNOWN``. A transaction abandoned in data mode cannot be reset (RSET is not a command
there), so the connection is closed instead: a server drops a message that has no final
dot.

Addresses (RFC 6531): a domain goes out as IDNA 2008 A-labels; a local part that is not
ASCII goes out in UTF-8 with MAIL's ``SMTPUTF8`` parameter when the server offers the
extension, and otherwise the recipient is skipped (``refused_here``) with a reason a
shop owner can read, before anything is written. An address never raises here: one bad
recipient fails its own delivery, not the campaign.
"""

from __future__ import annotations

import asyncio
import re
from collections import deque

import aiosmtplib
from aiosmtplib.email import quote_address

from envoi.errors import EnvoiError
from envoi.message.headers import ascii_domain
from envoi.sending.replies import Reply, ReplyKind, refused_here, reply_for_code
from envoi.sending.wire import wire_form

_SIMPLE_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")
# RFC 6531 3.3: a UTF-8 local part is atext plus any non-ASCII character (no quoting).
_UTF8_LOCAL = re.compile(r"(?:[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]|[^\x00-\x7f])+")
_SPACE_OR_CONTROL = re.compile(r"[\x00-\x20\x7f<>]")
MAX_REPLY = 64 * 1024
QUIT_TIMEOUT = 5.0


class Disconnected(ConnectionError):
    """The connection is gone, or the server's replies cannot be read any more."""


class Unsendable(ValueError):
    """An address that cannot be given to this server; ``str()`` says why, plainly."""


def smtp_path(address: str, smtputf8: bool = False) -> tuple[bytes, bool]:
    """``<address>`` for MAIL and RCPT, and whether it needs SMTPUTF8. The domain goes
    out as A-labels. Raises ``Unsendable`` for what cannot go (a non-ASCII local part to
    a server without SMTPUTF8, a malformed address, anything that could smuggle a
    parameter or a command)."""
    if _SIMPLE_ADDRESS.fullmatch(address):
        return b"<" + address.encode("ascii") + b">", False
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise Unsendable(f"“{address}” is not a complete e-mail address.")
    if _SPACE_OR_CONTROL.search(address):
        raise Unsendable(f"“{address}” has a space, a bracket or a control character.")
    try:
        domain = ascii_domain(domain)
    except EnvoiError as exc:
        raise Unsendable(exc.user_message) from None
    if local.isascii():
        try:
            return quote_address(f"{local}@{domain}").encode("ascii"), False
        except (ValueError, UnicodeError):
            raise Unsendable(f"“{address}” is not a valid e-mail address.") from None
    if not _UTF8_LOCAL.fullmatch(local):
        raise Unsendable(f"“{address}” is not a valid e-mail address.")
    if not smtputf8:
        raise Unsendable(
            f"“{address}” has letters before the @ that your mail server cannot "
            "carry (it does not offer SMTPUTF8). Send to this contact through a server that "
            "supports international addresses, or ask the contact for another address."
        )
    return b"<" + f"{local}@{domain}".encode() + b">", True


class _Wire(asyncio.Protocol):
    """Reads the server's replies into a queue: pipelined replies arrive together."""

    def __init__(self, transport: asyncio.Transport, timeout: float) -> None:
        self.transport = transport
        self._loop = asyncio.get_running_loop()
        self._timeout = timeout
        self._buffer = b""
        self._lines: list[str] = []  # the lines so far of a multi-line reply
        self.replies: deque[tuple[int, str]] = deque()
        self.error: Exception | None = None  # once set, the connection is done
        self._waiter: asyncio.Future[None] | None = None

    # -- asyncio callbacks -----------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        start = 0
        while (end := buffer.find(b"\n", start)) >= 0:
            self._line(buffer[start:end])
            start = end + 1
        self._buffer = buffer[start:]
        if len(self._buffer) + sum(map(len, self._lines)) > MAX_REPLY:
            self.fail(Disconnected("the server's reply is too long"))
        self._wake()

    def _line(self, line: bytes) -> None:
        code = line[:3]
        if len(code) != 3 or not code.isdigit():
            self.fail(Disconnected(f"malformed SMTP reply: {line[:100]!r}"))
            return
        self._lines.append(line[4:].decode("utf-8", "surrogateescape").strip(" \t\r\n"))
        if line[3:4] != b"-":
            self.replies.append((int(code), "\n".join(self._lines)))
            self._lines = []

    def eof_received(self) -> bool:
        self.fail(Disconnected("the server closed the connection"), close=False)
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        detail = f": {exc}" if exc else ""
        self.fail(Disconnected(f"Connection lost{detail}"), close=False)

    # -- ours -----------------------------------------------------------------------

    def fail(self, error: Exception, *, close: bool = True) -> None:
        if self.error is None:
            self.error = error
        if close and not self.transport.is_closing():
            self.transport.close()
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def write(self, data: bytes) -> None:
        if self.error is not None:
            raise self.error
        if self.transport.is_closing():
            raise Disconnected("Connection lost")
        self.transport.write(data)

    async def reply(self, timeout: float | None = None) -> tuple[int, str]:
        """The next reply, in the order the commands were written."""
        if not self.replies:
            if self.error is None:
                waiter = self._waiter = self._loop.create_future()
                timer = self._loop.call_later(
                    self._timeout if timeout is None else timeout, self._time_out
                )
                try:
                    await waiter
                finally:
                    timer.cancel()
                    self._waiter = None
            if not self.replies:
                raise self.error or Disconnected("Connection lost")
        return self.replies.popleft()

    def _time_out(self) -> None:
        self.fail(TimeoutError(f"the server did not answer within {self._timeout:g} s"))


_IDLE, _DATA, _BUSY, _CLOSED = "idle", "data", "busy", "closed"
_GONE = (ConnectionError, TimeoutError, OSError)


class SmtpConnection:
    """One SMTP session after its greeting, TLS and login: carries many messages."""

    def __init__(self, client: aiosmtplib.SMTP, timeout: float) -> None:
        transport = client.transport
        if not isinstance(transport, asyncio.Transport):
            raise Disconnected("the connection closed while it was being opened")
        self.pipelining = client.supports_extension("pipelining")
        self.smtputf8 = client.supports_extension("smtputf8")
        self._eight_bit = client.supports_extension("8bitmime")
        self._wire = _Wire(transport, timeout)
        transport.set_protocol(self._wire)
        self._state = _IDLE
        self._sender: tuple[str, tuple[bytes, bool] | str] = ("", "")

    def _path(self, address: str) -> tuple[bytes, bool] | str:
        """The address's SMTP path, or why it cannot go through this server."""
        try:
            return smtp_path(address, self.smtputf8)
        except Unsendable as exc:
            return str(exc)

    @property
    def usable(self) -> bool:
        return self._state == _IDLE and self._wire.error is None

    async def send(self, sender: str, recipient: str, message: bytes) -> Reply:
        refused = await self.begin(sender, recipient)
        return refused if refused is not None else await self.data(message)

    async def begin(self, sender: str, recipient: str) -> Reply | None:
        """MAIL, RCPT and DATA: None once the server waits for the content (354), else
        the first refusal. Nothing of the message has been written either way."""
        if not self.usable:
            return Reply(ReplyKind.NOT_SENT, None, _text(self._wire.error, "connection closed"))
        if self._sender[0] != sender:
            self._sender = (sender, self._path(sender))
        sender_path = self._sender[1]
        rcpt_path = self._path(recipient)
        if isinstance(sender_path, str):
            return refused_here(f"The sender address cannot be used: {sender_path}")
        if isinstance(rcpt_path, str):
            return refused_here(rcpt_path)
        mail = b"MAIL FROM:" + sender_path[0]
        if sender_path[1] or rcpt_path[1]:
            mail += b" SMTPUTF8" + (b" BODY=8BITMIME" if self._eight_bit else b"")
        commands = (mail + b"\r\n", b"RCPT TO:" + rcpt_path[0] + b"\r\n", b"DATA\r\n")
        wire = self._wire
        self._state = _BUSY
        refusal: Reply | None = None
        in_data = False
        try:
            if self.pipelining:
                wire.write(b"".join(commands))
            for step, command in enumerate(commands):
                if not self.pipelining:
                    if refusal is not None:
                        break
                    wire.write(command)
                code, text = await wire.reply()
                if step == 2 and code == 354:
                    in_data = True
                elif refusal is None and not (step < 2 and 200 <= code < 300):
                    refusal = _refusal(code, text)
        except _GONE as exc:
            self._close()
            if refusal is None or refusal.kind is ReplyKind.NOT_SENT:
                return Reply(ReplyKind.NOT_SENT, None, _text(exc))
            return _closed(refusal)
        except BaseException:
            self._close()
            raise
        if refusal is None:
            self._state = _DATA
            return None
        if in_data or refusal.closes_connection:
            # 354 after a refusal: the server waits for content we will not send.
            self._close()
            return _closed(refusal)
        self._state = _IDLE
        if not await self._rset():
            return _closed(refusal)
        return refusal

    async def data(self, message: bytes) -> Reply:
        """The message's content and the final dot, after a successful ``begin``."""
        if self._state != _DATA:
            raise RuntimeError("SmtpConnection.data without a transaction begun")
        payload = wire_form(message)
        self._state = _BUSY
        try:
            self._wire.write(payload)
            code, text = await self._wire.reply()
        except _GONE as exc:
            # The message may have reached the server before the connection went away.
            self._close()
            return Reply(ReplyKind.UNKNOWN, None, _text(exc))
        except BaseException:
            self._close()
            raise
        self._state = _IDLE
        reply = reply_for_code(code, text)
        if reply.closes_connection:
            self._close()
        return reply

    async def reset(self) -> None:
        """Abandon a transaction begun but not sent: RSET, or close in data mode."""
        if self._state == _DATA:
            self._close()
        elif self._state == _IDLE:
            await self._rset()

    async def _rset(self) -> bool:
        try:
            self._wire.write(b"RSET\r\n")
            code, _ = await self._wire.reply()
        except _GONE:
            self._close()
            return False
        except BaseException:
            self._close()
            raise
        if not 200 <= code < 300:
            self._close()
            return False
        return True

    async def close(self) -> None:
        if self.usable:
            try:
                self._wire.write(b"QUIT\r\n")
                await self._wire.reply(min(QUIT_TIMEOUT, self._wire._timeout))
            except _GONE:
                pass
        self._close()

    def _close(self) -> None:
        self._state = _CLOSED
        transport = self._wire.transport
        if not transport.is_closing():
            transport.close()


def _refusal(code: int, text: str) -> Reply:
    if code < 400:  # a 1xx/3xx where a 2xx or an error belongs: the session is lost
        return Reply(ReplyKind.NOT_SENT, None, f"unexpected reply {code} {text}".strip())
    return reply_for_code(code, text)


def _closed(reply: Reply) -> Reply:
    if reply.closes_connection:
        return reply
    return Reply(reply.kind, reply.code, reply.text + " (connection closed)")


def _text(exc: BaseException | None, default: str = "") -> str:
    if exc is None:
        return default
    return str(exc) or type(exc).__name__
