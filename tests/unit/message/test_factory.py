"""The whole line: render -> build -> sign, verified by dkimpy; local images embedded."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import dkim
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from envoi.errors import InvalidInputError
from envoi.message.dkim import DkimKey
from envoi.message.factory import CampaignMessages, embed_local_images
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.merge import Campaign, Sender, contact_values
from envoi.templates.render import TemplateSource

SETTINGS = MessageSettings("news@boutique.example", "Boutique", unsubscribe_mailto="u@b.example")
SENDER = Sender("Boutique", "news@boutique.example", "1 Main St")


def test_build_signs_and_reports_missing_values() -> None:
    key = DkimKey("boutique.example", "ed", ed25519.Ed25519PrivateKey.generate())
    line = CampaignMessages(
        TemplateSource("Hi {{ contact.first_name }}", "<p>{{ contact.city }}</p>"),
        SETTINGS, Campaign("c", 3), SENDER, dkim=key,
    )  # fmt: skip
    built = line.build(
        contact_values("ann@example.com", "Ann"),
        Recipient(
            email="ann@example.com",
            name="Ann",
            contact_id=9,
            unsubscribe_url="https://b.example/u/9",
        ),
    )
    assert built.missing == {"city"}
    record = key.dns_record().encode()
    assert dkim.verify(built.data, dnsfunc=lambda name, timeout=5: record)
    msg = email.message_from_bytes(built.data, policy=default)
    assert msg["Message-ID"] == built.message_id
    assert msg["Subject"] == "Hi Ann"
    second = line.build(contact_values("bo@example.com"), Recipient(email="bo@example.com"))
    assert second.message_id != built.message_id


def test_local_images_become_cid_parts(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    html = '<p><img src="logo.png" alt="Logo"><img src="https://x.example/a.png" alt="A"></p>'
    new_html, settings = embed_local_images(html, tmp_path, SETTINGS)
    cid = settings.images[0].cid
    assert f'src="cid:{cid}"' in new_html and "https://x.example/a.png" in new_html
    line = CampaignMessages(TemplateSource("s", new_html), settings, Campaign("c"), SENDER)
    built = line.build(contact_values("a@example.com"), Recipient(email="a@example.com"))
    msg = email.message_from_bytes(built.data, policy=default)
    image = next(p for p in msg.walk() if p.get_content_type() == "image/png")
    assert image["Content-ID"] == f"<{cid}>"
    assert image.get_content() == b"\x89PNG\r\n\x1a\nfake"
    with pytest.raises(InvalidInputError):
        embed_local_images('<img src="../secret.png">', tmp_path, SETTINGS)


def test_message_ids_stay_unique_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    line = CampaignMessages(TemplateSource("s", "<p>x</p>"), SETTINGS, Campaign("c"), SENDER)

    def build(i: int) -> str:
        return line.build(
            contact_values(f"u{i}@example.com"), Recipient(email=f"u{i}@example.com")
        ).message_id

    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(build, range(400)))
    assert len(set(ids)) == 400
