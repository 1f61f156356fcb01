"""What a campaign's messages are made of: the settings shared by all, and one recipient."""

from __future__ import annotations

from dataclasses import dataclass

from envoi.errors import InvalidInputError
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
                raise InvalidInputError(f"“{content_type}” is not a MIME type.")
        for attachment in self.attachments:
            clean(attachment.filename, "attachment name")
        for image in self.images:
            clean(image.cid, "image id")
            clean(image.filename, "image name")
        return self


@dataclass(frozen=True, slots=True)
class Recipient:
    email: str
    name: str = ""
    contact_id: str = ""
    unsubscribe_url: str = ""  # https, per recipient; empty when not configured
