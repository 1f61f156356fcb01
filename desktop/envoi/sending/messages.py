"""What the engine needs to build one message: a recipient, and a factory turning it into bytes.

The engine depends only on ``MessageFactory``, so the templates/message packages (issue 3)
plug in without the engine knowing how MIME is built. ``PlainMessageFactory`` is the small
built-in one: a text body with ``{{ first_name }}``-style merge fields, CRLF line endings.
"""

from __future__ import annotations

import binascii
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr, formatdate, make_msgid
from typing import Any, Protocol

from envoi.errors import InvalidInputError
from envoi.message.factory import CampaignMessages
from envoi.message.spec import Recipient as MessageRecipient
from envoi.templates.merge import contact_values


@dataclass(frozen=True, slots=True)
class Recipient:
    delivery_id: int
    email: str
    contact_id: int | None = None
    first_name: str = ""
    last_name: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)

    def merge_values(self) -> dict[str, Any]:
        values: dict[str, Any] = dict(self.fields)
        values.update(email=self.email, first_name=self.first_name, last_name=self.last_name)
        return values


class MessageFactory(Protocol):
    """Builds the complete RFC 5322 message (CRLF line endings) for one recipient."""

    def build(self, recipient: Recipient) -> bytes: ...


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s]+>)", re.I | re.M)


def message_id_of(message: bytes) -> str | None:
    """The Message-ID header of built message bytes (with its angle brackets), if any."""
    end = message.find(b"\r\n\r\n")
    head = message if end < 0 else message[: end + 2]
    match = _MESSAGE_ID.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


_MERGE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def _header_value(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise InvalidInputError(
            f"The {name} contains a line break.",
            "Remove the line break: a header must be on one line.",
            repr(value),
        )
    return value


def _encode_header(value: str) -> str:
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


@dataclass(frozen=True, slots=True)
class PlainMessageFactory:
    """Text messages, quoted-printable, personalised with ``{{ name }}`` merge fields."""

    from_email: str
    subject: str
    body: str
    from_name: str = ""
    reply_to: str = ""
    extra_headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, value in (
            ("From address", self.from_email),
            ("From name", self.from_name),
            ("subject", self.subject),
            ("Reply-To", self.reply_to),
            *self.extra_headers.items(),
        ):
            _header_value(name, value)

    def _merge(self, text: str, values: Mapping[str, Any]) -> str:
        return _MERGE.sub(lambda m: str(values.get(m.group(1), "")), text)

    def build(self, recipient: Recipient) -> bytes:
        values = recipient.merge_values()
        subject = _header_value("subject", self._merge(self.subject, values))
        domain = self.from_email.rpartition("@")[2] or "localhost"
        headers = [
            ("From", formataddr((self.from_name, self.from_email), "utf-8")),
            ("To", _header_value("To address", recipient.email)),
            ("Subject", _encode_header(subject)),
            ("Date", formatdate(time.time(), localtime=True)),
            ("Message-ID", make_msgid(domain=domain)),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ]
        if self.reply_to:
            headers.append(("Reply-To", self.reply_to))
        headers.extend(self.extra_headers.items())
        head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
        text = self._merge(self.body, values).replace("\r\n", "\n")
        # b2a_qp keeps lines under 76 characters; CRLF is what SMTP wants on the wire.
        encoded = binascii.b2a_qp(text.encode("utf-8"), istext=True).replace(b"\n", b"\r\n")
        return head + b"\r\n" + encoded


class TemplateMessageFactory:
    """Adapter to the templates/message production line (issue 3): render, build, sign.

    ``messages`` is an ``envoi.message.factory.CampaignMessages``; ``unsubscribe_url``
    gives each recipient's https unsubscribe link (empty: the mailto in the settings)."""

    def __init__(
        self,
        messages: CampaignMessages,
        unsubscribe_url: Callable[[Recipient], str] | None = None,
    ) -> None:
        self._messages = messages
        self._unsubscribe_url = unsubscribe_url

    def build(self, recipient: Recipient) -> bytes:
        contact = contact_values(
            recipient.email, recipient.first_name, recipient.last_name, recipient.fields
        )
        url = self._unsubscribe_url(recipient) if self._unsubscribe_url else ""
        name = f"{recipient.first_name} {recipient.last_name}".strip()
        rcpt = MessageRecipient(recipient.email, name, str(recipient.contact_id or ""), url)
        return self._messages.build(contact, rcpt).data
