"""The straightforward way: one ``EmailMessage`` per recipient, serialised by ``email``.

Kept as the reference the fast skeleton is tested against (same meaning, parsed back),
and as the anchor of ``benchmarks/render_build.py``. Header values are checked with the
same ``clean`` as the fast path: the ``email`` package would refuse a line break too,
but with a message no user could act on.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

from envoi.errors import InvalidInputError, Text
from envoi.message.contact_token import contact_token
from envoi.message.headers import CAMPAIGN_HEADER, CONTACT_HEADER, clean
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.render import RenderedContent


def list_unsubscribe(settings: MessageSettings, recipient: Recipient) -> tuple[str, bool]:
    """The List-Unsubscribe value, and whether List-Unsubscribe-Post goes with it: the
    recipient's link set when the factory gave one, else the settings' mailto and the
    recipient's https link."""
    if recipient.list_unsubscribe:
        targets = [_uri(t) for t in recipient.list_unsubscribe if t]
        one_click = recipient.one_click and any(t.startswith("https://") for t in targets)
        return ", ".join(f"<{t}>" for t in targets), one_click and settings.one_click
    targets = []
    if settings.unsubscribe_mailto:
        targets.append(f"<mailto:{settings.unsubscribe_mailto}?subject=unsubscribe>")
    url = _uri(recipient.unsubscribe_url)
    if url:
        targets.append(f"<{url}>")
    one_click = bool(url.startswith("https://") and settings.one_click)
    return ", ".join(targets), one_click


def _uri(value: str) -> str:
    url = clean(value, "unsubscribe link")
    if not url.isascii() or " " in url or "<" in url or ">" in url:
        raise InvalidInputError(
            Text("The unsubscribe link has spaces or non-ASCII characters."),
            Text("Percent-encode the link (a template filter such as urlencode does it)."),
            url[:200],
        )
    return url


def build_reference(
    settings: MessageSettings,
    recipient: Recipient,
    content: RenderedContent,
    *,
    message_id: str,
    date: str,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = Address(clean(settings.from_name, "sender name"), addr_spec=settings.from_email)
    msg["To"] = Address(clean(recipient.shown_name, "recipient name"), addr_spec=recipient.email)
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Subject"] = clean(content.subject, "subject")
    msg["Date"] = date
    msg["Message-ID"] = message_id
    unsubscribe, one_click = list_unsubscribe(settings, recipient)
    if unsubscribe:
        msg["List-Unsubscribe"] = unsubscribe
    if one_click:
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if settings.feedback_id:
        msg["Feedback-ID"] = settings.feedback_id
    if settings.campaign_id:
        msg[CAMPAIGN_HEADER] = settings.campaign_id
    if recipient.contact_id is not None and settings.contact_key:
        msg[CONTACT_HEADER] = contact_token(settings.contact_key, recipient.contact_id)
    for name, value in settings.headers:
        msg[name] = clean(value, f"{name} header")
    msg.set_content(content.text, cte="quoted-printable")
    if content.html:
        msg.add_alternative(content.html, subtype="html", cte="quoted-printable")
        if settings.images:
            html_part = msg.get_payload()[1]  # type: ignore[index]
            assert isinstance(html_part, EmailMessage)
            for image in settings.images:
                maintype, subtype = image.content_type.split("/")
                html_part.add_related(
                    image.data,
                    maintype=maintype,
                    subtype=subtype,
                    cid=f"<{image.cid}>",
                    filename=image.filename or None,
                    disposition="inline",
                )
    for attachment in settings.attachments:
        maintype, subtype = attachment.content_type.split("/")
        msg.add_attachment(
            attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename
        )
    return msg.as_bytes()
