"""SMTP connections: opened by aiosmtplib (TLS, STARTTLS, EHLO, AUTH), then carried on by
``SmtpConnection`` (MAIL, RCPT, DATA, pipelined when the server allows; see
``envoi.sending.smtp_session``), and what goes wrong while connecting, in plain language.
What each reply means for a delivery is in ``envoi.sending.replies``.
"""

from __future__ import annotations

import errno
import socket
import ssl
from dataclasses import dataclass
from typing import Protocol

import aiosmtplib

from envoi.errors import EnvoiError, Text
from envoi.sending.replies import SLOW_DOWN_CODES, Reply, ReplyKind, reply_for_code
from envoi.sending.smtp_session import Disconnected, SmtpConnection

__all__ = [
    "SLOW_DOWN_CODES",
    "ConnectError",
    "Connection",
    "Reply",
    "ReplyKind",
    "ServerSettings",
    "SmtpConnection",
    "SmtpTransport",
    "Transport",
    "explain_connect_error",
    "reply_for_code",
    "tls_context",
]


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
        """MAIL, RCPT and DATA: None when the server waits for the message, else its
        refusal. Nothing of the message leaves before ``data``. An address this server
        cannot carry is refused here (``replies.refused_here``), never raised."""
        ...

    async def data(self, message: bytes) -> Reply: ...

    async def reset(self) -> None:
        """Abandon a transaction begun but not sent (RSET, or close the connection)."""
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
            if client.is_ehlo_or_helo_needed:  # without TLS or login, nothing said EHLO yet
                try:
                    await client.ehlo()
                except aiosmtplib.SMTPHeloError:
                    await client.helo()
        except BaseException as exc:
            client.close()
            if isinstance(exc, Exception):
                raise explain_connect_error(exc, s) from exc
            raise
        try:
            return SmtpConnection(client, s.timeout)
        except Disconnected as exc:
            client.close()
            raise explain_connect_error(exc, s) from exc


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
            Text(
                "The certificate of {host} cannot be trusted, so Envoi did not send anything.",
                host=s.host,
            ),
            Text(
                "The certificate may be for another host name or self-signed: check the host "
                "name, or give the company's CA certificate in the profile."
            ),
            detail,
            fatal=True,
        )
    if _find(exc, ssl.SSLError) is not None:
        return ConnectError(
            Text("The secure connection with {where} failed.", where=where),
            Text(
                "Check the security setting: port 465 uses implicit TLS, ports 587 and 25 STARTTLS."
            ),
            detail,
            fatal=True,
        )
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return ConnectError(
            Text("{host} refused the user name or password.", host=s.host),
            Text("Check the user name and password; some providers need an app password."),
            detail,
            fatal=True,
        )
    if isinstance(exc, aiosmtplib.SMTPException) and "STARTTLS" in detail.upper():
        return ConnectError(
            Text("{host} does not offer STARTTLS.", host=s.host),
            Text(
                "Choose implicit TLS (port 465) or ask the provider; Envoi will not send the "
                "password without encryption."
            ),
            detail,
            fatal=True,
        )
    if isinstance(exc, aiosmtplib.SMTPException) and "AUTH" in detail.upper():
        return ConnectError(
            Text("{host} refuses to log in on this connection.", host=s.host),
            Text("Many servers accept a password only after STARTTLS: choose STARTTLS or TLS."),
            detail,
            fatal=True,
        )
    if _find(exc, socket.gaierror) is not None:
        return ConnectError(
            Text("The server name {host} cannot be found.", host=s.host),
            Text("Check the spelling of the host name and your Internet connection."),
            detail,
            fatal=True,
        )
    refused = _find(exc, ConnectionRefusedError)
    if refused is not None or "refused" in detail.lower() or _errno(exc) == errno.ECONNREFUSED:
        return ConnectError(
            Text("Nothing answers on {where}.", where=where),
            Text(
                "Check the port; the server may be down, or a firewall or your provider may block "
                "this port (many block port 25)."
            ),
            detail,
            fatal=False,
        )
    if isinstance(exc, aiosmtplib.SMTPTimeoutError | TimeoutError):
        return ConnectError(
            Text("{where} did not answer in time.", where=where),
            Text("A firewall may block the port, or the server is overloaded; try again later."),
            detail,
            fatal=False,
        )
    return ConnectError(
        Text("Envoi could not talk to {where}.", where=where),
        Text("Check the host, port and security settings; the server may be down."),
        detail,
        fatal=False,
    )


def _errno(exc: BaseException) -> int | None:
    os_error = _find(exc, OSError)
    return os_error.errno if isinstance(os_error, OSError) else None
