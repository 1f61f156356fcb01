"""What the engine needs to build one message: a recipient, and a factory turning it into bytes.

The engine depends only on ``MessageFactory``. There is one message builder,
``envoi.message.factory.CampaignMessages``: a campaign with a template goes through it,
and so does a plain-text campaign, as a template with a text part only
(``plain_text_source``). ``Recipient`` is the one recipient shape, from
``envoi.message.spec``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from envoi.message.factory import CampaignMessages
from envoi.message.headers import clean
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.merge import Campaign, Sender, contact_values
from envoi.templates.render import TemplateSource

__all__ = [
    "MessageFactory",
    "Recipient",
    "TemplateMessageFactory",
    "message_id_of",
    "plain_text_source",
    "text_factory",
]


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


# A plain-text campaign writes ``{{ first_name }}`` where a template writes
# ``{{ contact.first_name }}``: bare names other than the template's own top-level
# values are read as the contact's.
_BARE_NAME = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_TOP_LEVEL = frozenset(
    {"contact", "campaign", "sender", "unsubscribe_url", "view_online_url",
     "preferences_url", "locale", "subject", "preheader"}
)  # fmt: skip


def _contact_names(text: str) -> str:
    def name(match: re.Match[str]) -> str:
        word = match.group(1)
        return match.group(0) if word in _TOP_LEVEL else f"{{{{ contact.{word} }}}}"

    return _BARE_NAME.sub(name, text)


def plain_text_source(subject: str, body: str) -> TemplateSource:
    """A campaign written as plain text: a template with a text part only, rendered and
    built by the one message line like any other (its ``{{ first_name }}`` fields read
    the contact's values)."""
    subject = clean(subject, "subject")  # refused before the first message, not at each
    return TemplateSource(_contact_names(subject), html="", text=_contact_names(body))


class TemplateMessageFactory:
    """The engine's side of the message line: render, build, sign per recipient.

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
        if self._unsubscribe_url is not None:
            recipient = replace(recipient, unsubscribe_url=self._unsubscribe_url(recipient))
        return self._messages.build(contact, recipient).data


def text_factory(settings: MessageSettings, subject: str, body: str) -> TemplateMessageFactory:
    """A plain-text message line outside a stored campaign (a tool, a test): the same
    builder a campaign uses."""
    source = plain_text_source(subject, body)
    sender = Sender(settings.from_name, settings.from_email)
    return TemplateMessageFactory(CampaignMessages(source, settings, Campaign(""), sender))
