"""SMTP connections through aiosmtplib, and what each reply means for a delivery.

One ``SmtpConnection`` carries many messages (MAIL, RCPT, DATA, then RSET on errors). The
phase matters for "no duplicate mail": a failure before DATA means the message was not sent
and may go again; a connection lost during DATA means we cannot know (``UNKNOWN``).
"""

from __future__ import annotations

import enum
import errno
import socket
import ssl
from dataclasses import dataclass
from typing import Protocol

import aiosmtplib

from envoi.errors import EnvoiError


class ReplyKind(enum.StrEnum):
    SENT = "sent"
    DEFERRED = "deferred"  # 4xx: try again later
    FAILED = "failed"  # 5xx: the server refused for good
    NOT_SENT = "not_sent"  # connection lost before DATA: safe to send again
    UNKNOWN = "unknown"  # connection lost during DATA: maybe delivered


# Replies that ask us to send more slowly (RFC 5321 4.2.3 and providers' practice).
SLOW_DOWN_CODES = frozenset({421, 451, 452})


@dataclass(frozen=True, slots=True)
class Reply:
    kind: ReplyKind
    code: int | None = None
    text: str = ""

    @property
    def slow_down(self) -> bool:
        return self.code in SLOW_DOWN_CODES

    @property
    def closes_connection(self) -> bool:
        return self.code == 421 or self.kind in (ReplyKind.NOT_SENT, ReplyKind.UNKNOWN)


def reply_for_code(code: int, text: str) -> Reply:
    if 200 <= code < 300:
        return Reply(ReplyKind.SENT, code, text)
    if 400 <= code < 500:
        return Reply(ReplyKind.DEFERRED, code, text)
    return Reply(ReplyKind.FAILED, code, text)


class ConnectError(EnvoiError):
    """The SMTP server cannot be used. ``fatal``: retrying will not help (auth, TLS)."""

    def __init__(self, user_message: str, hint: str, detail: str, *, fatal: bool) -> None:
        super().__init__(user_message, hint, detail)
        self.fatal = fatal


@dataclass(frozen=True, slots=True)
class ServerSettings:
    host: str
    port: int
    security: str  # starttls | tls | none
    username: str = ""
    password: str = ""
    helo_name: str = ""
    ca_file: str = ""
    timeout: float = 30.0


class Connection(Protocol):
    async def begin(self, sender: str, recipient: str) -> Reply | None:
        """MAIL and RCPT: None when the server is ready for DATA, else its refusal."""
        ...

    async def data(self, message: bytes) -> Reply: ...

    async def reset(self) -> None:
        """Abandon a transaction begun but not sent (RSET)."""
        ...

    async def close(self) -> None: ...


class Transport(Protocol):
    async def connect(self) -> Connection: ...


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Certificates verified against the system's CAs (plus ``ca_file``), host name checked."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


class SmtpTransport:
    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._tls = tls_context(settings.ca_file) if settings.security != "none" else None

    async def connect(self) -> SmtpConnection:
        s = self.settings
        client = aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            use_tls=s.security == "tls",
            start_tls=s.security == "starttls",
            tls_context=self._tls,
            timeout=s.timeout,
            local_hostname=s.helo_name or None,
        )
        try:
            await client.connect()
            if s.username:
                await client.login(s.username, s.password)
        except BaseException as exc:
            client.close()
            if isinstance(exc, Exception):
                raise explain_connect_error(exc, s) from exc
            raise
        return SmtpConnection(client)


class SmtpConnection:
    def __init__(self, client: aiosmtplib.SMTP) -> None:
        self._client = client

    async def send(self, sender: str, recipient: str, message: bytes) -> Reply:
        refused = await self.begin(sender, recipient)
        return refused if refused is not None else await self.data(message)

    async def begin(self, sender: str, recipient: str) -> Reply | None:
        client = self._client
        try:
            await client.mail(sender)
            await client.rcpt(recipient)
        except aiosmtplib.SMTPResponseException as exc:
            return await self._refused(exc)
        except (aiosmtplib.SMTPException, OSError) as exc:
            return Reply(ReplyKind.NOT_SENT, None, _text(exc))
        return None

    async def reset(self) -> None:
        try:
            await self._client.rset()
        except (aiosmtplib.SMTPException, OSError):
            self._client.close()

    async def data(self, message: bytes) -> Reply:
        client = self._client
        try:
            response = await client.data(message)
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code == -1:  # aiosmtplib's code for a lost connection
                return Reply(ReplyKind.UNKNOWN, None, _text(exc))
            return await self._refused(exc)
        except (aiosmtplib.SMTPException, OSError) as exc:
            # The message may have reached the server before the connection went away.
            return Reply(ReplyKind.UNKNOWN, None, _text(exc))
        return reply_for_code(response.code, response.message)

    async def _refused(self, exc: aiosmtplib.SMTPResponseException) -> Reply:
        if exc.code < 0:
            return Reply(ReplyKind.NOT_SENT, None, _text(exc))
        reply = reply_for_code(exc.code, exc.message)
        if not reply.closes_connection:
            try:
                await self._client.rset()
            except (aiosmtplib.SMTPException, OSError):
                # The connection is not usable any more: the caller opens a new one.
                return Reply(reply.kind, reply.code, reply.text + " (connection closed)")
        return reply

    @property
    def usable(self) -> bool:
        return self._client.is_connected

    async def close(self) -> None:
        try:
            if self._client.is_connected:
                await self._client.quit()
        except (aiosmtplib.SMTPException, OSError):
            pass
        finally:
            self._client.close()


def _text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _find(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def explain_connect_error(exc: Exception, s: ServerSettings) -> ConnectError:
    """Plain language for what went wrong while connecting, logging in or starting TLS."""
    where = f"{s.host}:{s.port}"
    detail = f"{type(exc).__name__}: {_text(exc)}"
    cert = _find(exc, ssl.SSLCertVerificationError)
    if cert is not None or "CERTIFICATE_VERIFY_FAILED" in detail:
        return ConnectError(
            f"The certificate of {s.host} cannot be trusted, so Envoi did not send anything.",
            "The certificate may be for another host name or self-signed: check the host name, "
            "or give the company's CA certificate in the profile.",
            detail,
            fatal=True,
        )
    if _find(exc, ssl.SSLError) is not None:
        return ConnectError(
            f"The secure connection with {where} failed.",
            "Check the security setting: port 465 uses implicit TLS, ports 587 and 25 STARTTLS.",
            detail,
            fatal=True,
        )
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return ConnectError(
            f"{s.host} refused the user name or password.",
            "Check the user name and password; some providers need an app password.",
            detail,
            fatal=True,
        )
    if isinstance(exc, aiosmtplib.SMTPException) and "STARTTLS" in detail.upper():
        return ConnectError(
            f"{s.host} does not offer STARTTLS.",
            "Choose implicit TLS (port 465) or ask the provider; Envoi will not send the "
            "password without encryption.",
            detail,
            fatal=True,
        )
    if isinstance(exc, aiosmtplib.SMTPException) and "AUTH" in detail.upper():
        return ConnectError(
            f"{s.host} refuses to log in on this connection.",
            "Many servers accept a password only after STARTTLS: choose STARTTLS or TLS.",
            detail,
            fatal=True,
        )
    if _find(exc, socket.gaierror) is not None:
        return ConnectError(
            f"The server name {s.host} cannot be found.",
            "Check the spelling of the host name and your Internet connection.",
            detail,
            fatal=True,
        )
    refused = _find(exc, ConnectionRefusedError)
    if refused is not None or "refused" in detail.lower() or _errno(exc) == errno.ECONNREFUSED:
        return ConnectError(
            f"Nothing answers on {where}.",
            "Check the port; the server may be down, or a firewall or your provider may block "
            "this port (many block port 25).",
            detail,
            fatal=False,
        )
    if isinstance(exc, aiosmtplib.SMTPTimeoutError | TimeoutError):
        return ConnectError(
            f"{where} did not answer in time.",
            "A firewall may block the port, or the server is overloaded; try again later.",
            detail,
            fatal=False,
        )
    return ConnectError(
        f"Envoi could not talk to {where}.",
        "Check the host, port and security settings; the server may be down.",
        detail,
        fatal=False,
    )


def _errno(exc: BaseException) -> int | None:
    os_error = _find(exc, OSError)
    return os_error.errno if isinstance(os_error, OSError) else None
