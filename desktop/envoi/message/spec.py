"""What a campaign's messages are made of: the settings shared by all, and one recipient."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from envoi.errors import InvalidInputError, Text
from envoi.message.headers import check_custom, clean


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str  # "application/pdf"
    data: bytes


@dataclass(frozen=True, slots=True)
class InlineImage:
    """An image embedded in the message, shown by ``<img src="cid:{cid}">``."""

    cid: str
    content_type: str  # "image/png"
    data: bytes
    filename: str = ""


@dataclass(frozen=True, slots=True)
class MessageSettings:
    """Per campaign. ``unsubscribe_mailto`` is required for a bulk message (RFC 2369):
    Gmail and Yahoo ask for List-Unsubscribe on every bulk message."""

    from_email: str
    from_name: str = ""
    reply_to: str = ""
    unsubscribe_mailto: str = ""
    # With an https unsubscribe URL per recipient, also send List-Unsubscribe-Post
    # (RFC 8058 one-click); the URL must then accept a POST without a login.
    one_click: bool = True
    feedback_id: str = ""
    campaign_id: str = ""
    # Signs X-Envoi-Contact (see ``envoi.message.contact_token``); without it the header
    # is left out rather than showing the contact's id.
    contact_key: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    attachments: tuple[Attachment, ...] = ()
    images: tuple[InlineImage, ...] = ()

    def validated(self) -> MessageSettings:
        """Check every value once per campaign (the skeleton trusts them afterwards)."""
        clean(self.from_name, "sender name")
        clean(self.from_email, "sender address")
        clean(self.reply_to, "reply-to address")
        clean(self.unsubscribe_mailto, "unsubscribe address")
        clean(self.feedback_id, "Feedback-ID")
        clean(self.campaign_id, "campaign id")
        for name, value in self.headers:
            check_custom(name, value)
        for content_type in [a.content_type for a in self.attachments] + [
            i.content_type for i in self.images
        ]:
            clean(content_type, "attachment type")
            if content_type.count("/") != 1:
                raise InvalidInputError(
                    Text("“{content_type}” is not a MIME type.", content_type=content_type)
                )
        for attachment in self.attachments:
            clean(attachment.filename, "attachment name")
        for image in self.images:
            clean(image.cid, "image id")
            clean(image.filename, "image name")
        return self


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipient:
    """One person a message goes to: the one shape from the delivery row to the To header
    (keywords only: eight fields in a row are too easy to give in the wrong order).

    ``name`` is shown in To; empty, the first and last names are. ``delivery_id`` is 0
    outside a campaign (a preview, a test send)."""

    email: str
    name: str = ""
    contact_id: int | None = None
    unsubscribe_url: str = ""  # https, per recipient; empty when not configured
    delivery_id: int = 0
    first_name: str = ""
    last_name: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)
    # Set by the factory from the recipient's LinkSet (envoi.message.links): the
    # List-Unsubscribe URIs, and whether the https one takes a one-click POST.
    list_unsubscribe: tuple[str, ...] = ()
    one_click: bool = False

    @property
    def shown_name(self) -> str:
        return self.name or f"{self.first_name} {self.last_name}".strip()

    def merge_values(self) -> dict[str, Any]:
        values: dict[str, Any] = dict(self.fields)
        values.update(email=self.email, first_name=self.first_name, last_name=self.last_name)
        return values
