"""One campaign's message production line: compile once, then links -> render -> build ->
sign.

The sending engine builds one ``CampaignMessages`` per campaign and calls ``build`` per
delivery row, from any number of worker threads. Everything that
can be done once (template compilation, CSS inlining, the MIME skeleton, image base64,
the DKIM keys) is done in the constructor; an error there (a template syntax error, a
header with a line break, a bad key) stops the campaign before its first message.

Per recipient, the links (unsubscribe, preferences...) come from the ``LinkProvider`` the
factory is given (``envoi.message.links``): the template's ``{{ unsubscribe_url }}`` and
the List-Unsubscribe header are the same ``LinkSet``. The links are merge values like
any other, so the template is still rendered once per shape.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from envoi.errors import InvalidInputError, Text
from envoi.message.dkim import DkimKey, DkimSigner, sign_all
from envoi.message.links import LinkProvider, static_links
from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import InlineImage, MessageSettings, Recipient
from envoi.templates.limits import RenderLimits
from envoi.templates.merge import Campaign, MergeDict, Sender, build_context
from envoi.templates.render import CampaignTemplate, TemplateSource


@dataclass(frozen=True, slots=True)
class BuiltMessage:
    data: bytes  # CRLF, signed when a key was given: ready for SMTP DATA
    message_id: str
    missing: frozenset[str]  # merge values this recipient lacked


class CampaignMessages:
    """``dkim``: every key to sign with (an RSA and an Ed25519 key both sign, for the
    receivers that cannot check Ed25519); ``links``: each recipient's links (without it,
    the settings' mailto and the recipient's own https link)."""

    def __init__(
        self,
        source: TemplateSource,
        settings: MessageSettings,
        campaign: Campaign,
        sender: Sender,
        *,
        dkim: DkimKey | Sequence[DkimKey] | None = None,
        links: LinkProvider | None = None,
        render_limits: RenderLimits | None = None,
    ) -> None:
        self.template = CampaignTemplate(source, render_limits)
        self.settings = settings
        self.campaign = campaign
        self.sender = sender
        self.skeleton = MessageSkeleton(settings, html=bool(source.html.strip()))
        keys = () if dkim is None else (dkim,) if isinstance(dkim, DkimKey) else tuple(dkim)
        self.signers = tuple(DkimSigner(key) for key in keys)
        self.links = links or static_links(settings.unsubscribe_mailto)

    def build(
        self, contact: MergeDict, recipient: Recipient, *, view_online_url: str = ""
    ) -> BuiltMessage:
        links = self.links(recipient)
        recipient = replace(
            recipient,
            unsubscribe_url=links.unsubscribe_url,
            list_unsubscribe=links.list_unsubscribe,
            one_click=links.one_click,
        )
        context = build_context(
            contact,
            self.campaign,
            self.sender,
            links.unsubscribe_url,
            links.view_online_url or view_online_url,
            links.preferences_url,
        )
        content = self.template.render(context)
        if links.rewrite is not None:
            content = links.rewrite(content)
        message_id = self.skeleton.next_message_id()
        data = self.skeleton.build(recipient, content, message_id=message_id)
        if self.signers:
            data = sign_all(self.signers, data)
        return BuiltMessage(data, message_id, content.missing)


_LOCAL_IMG = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])([^"':]+)\2""", re.IGNORECASE)


def embed_local_images(
    html: str, folder: Path, settings: MessageSettings
) -> tuple[str, MessageSettings]:
    """``<img src="logo.png">`` (a file beside the template) becomes an embedded CID image;
    links (http:, https:, cid:, data:) are left alone. Done once per campaign, on the
    template source."""
    images: dict[str, InlineImage] = {}

    def swap(match: re.Match[str]) -> str:
        name = match.group(3)
        path = (folder / name).resolve()
        if not path.is_file() or folder.resolve() not in path.parents:
            raise InvalidInputError(
                Text("The image {name} is not in the template's folder.", name=name),
                Text("Put the image beside the template, or link it with an https address."),
            )
        if name not in images:
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if not content_type.startswith("image/"):
                raise InvalidInputError(Text("{name} is not an image.", name=name))
            cid = f"img{len(images) + 1}.{re.sub(r'[^A-Za-z0-9.-]', '', path.stem)}@envoi"
            images[name] = InlineImage(cid, content_type, path.read_bytes(), path.name)
        return f"{match.group(1)}{match.group(2)}cid:{images[name].cid}{match.group(2)}"

    new_html = _LOCAL_IMG.sub(swap, html)
    return new_html, replace(settings, images=(*settings.images, *images.values()))
