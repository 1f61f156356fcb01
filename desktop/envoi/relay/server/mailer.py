"""The relay's own mail: the confirmation message of a sign-up (double opt-in).

Sent through the SMTP server given to `envoi relay serve --smtp-url smtp://[user:password@]
host[:port][?security=starttls|tls|none] --smtp-from address` (or ENVOI_RELAY_SMTP_URL and
ENVOI_RELAY_SMTP_FROM). Plain smtplib in a worker thread: a few messages a minute.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import parse_qs, unquote, urlsplit

from envoi.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    security: str = "starttls"  # starttls | tls | none
    username: str = ""
    password: str = ""


def smtp_settings(url: str, sender: str) -> SmtpSettings:
    parts = urlsplit(url)
    security = parse_qs(parts.query).get("security", ["starttls"])[0]
    if parts.scheme != "smtp" or not parts.hostname or security not in ("starttls", "tls", "none"):
        raise InvalidInputError(
            f"“{url}” is not an SMTP address for the relay.",
            "Write it as smtp://user:password@host:587?security=starttls.",
        )
    if "@" not in sender:
        raise InvalidInputError("The relay's confirmation mail needs a From address.")
    default_port = {"tls": 465, "starttls": 587, "none": 25}[security]
    return SmtpSettings(
        parts.hostname, parts.port or default_port, sender, security,
        unquote(parts.username or ""), unquote(parts.password or ""),
    )  # fmt: skip


def send_mail(settings: SmtpSettings, to: str, subject: str, text: str) -> None:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2])
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    context = ssl.create_default_context()
    if settings.security == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=30,
                                                context=context)  # fmt: skip
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=30)
    with client:
        if settings.security == "starttls":
            client.starttls(context=context)
        if settings.username:
            client.login(settings.username, settings.password)
        client.send_message(message)
