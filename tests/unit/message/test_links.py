"""Each recipient's links: one LinkSet gives the template's link and List-Unsubscribe; the
contact's token goes out in the link and comes back in the unsubscribe mail's subject;
a built message whose links go nowhere is caught; every DKIM key signs."""

from __future__ import annotations

import email
import re
from email.policy import default

import dkim
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from envoi.errors import InvalidInputError
from envoi.message.contact_token import contact_token
from envoi.message.dkim import DkimKey
from envoi.message.factory import CampaignMessages
from envoi.message.links import (
    LinkSet,
    StandardLinks,
    check_https_url,
    check_message_links,
    contact_in_subject,
    message_links,
)
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.merge import Campaign, Sender, contact_values
from envoi.templates.render import TemplateSource

KEY = bytes(range(32))
SETTINGS = MessageSettings("news@boutique.example", "Boutique")
SENDER = Sender("Boutique", "news@boutique.example", "1 Main St")
HTML = (
    "<p>Hello {{ contact.first_name }}</p><p><a href='https://boutique.fr/shop'>Shop</a>"
    " <a href='{{ unsubscribe_url }}'>Unsubscribe</a></p>"
)


def build(html: str = HTML, links: StandardLinks | None = None, **kw: object) -> bytes:
    line = CampaignMessages(
        TemplateSource("Hi", html), SETTINGS, Campaign("c", 4), SENDER,
        links=links or StandardLinks("retours@boutique.example", KEY), **kw,  # type: ignore[arg-type]
    )  # fmt: skip
    return line.build(
        contact_values("ann@example.com", "Ann"),
        Recipient(email="ann@example.com", contact_id=42),
    ).data


def test_mailto_carries_the_token_the_poller_reads_back() -> None:
    links = StandardLinks("retours@boutique.example", KEY)(
        Recipient(email="a@x.example", contact_id=42)
    )
    token = contact_token(KEY, 42)
    assert links == LinkSet(
        f"mailto:retours@boutique.example?subject=unsubscribe%20{token}",
        (f"mailto:retours@boutique.example?subject=unsubscribe%20{token}",),
    )
    assert contact_in_subject(f"unsubscribe {token}", KEY) == 42
    assert contact_in_subject("unsubscribe 42", KEY) is None  # a bare id is never taken
    assert contact_in_subject(f"unsubscribe {contact_token(bytes(32), 42)}", KEY) is None
    # A test send has no contact: no token, the poller goes by the sender's address.
    test = StandardLinks("r@b.example", KEY)(Recipient(email="me@b.example"))
    assert test.unsubscribe_url == "mailto:r@b.example?subject=unsubscribe"


def test_https_address_takes_the_token_and_keeps_the_mailto() -> None:
    token = contact_token(KEY, 7)
    for url, expected in (
        ("https://b.example/u", f"https://b.example/u?t={token}"),
        ("https://b.example/u?list=1", f"https://b.example/u?list=1&t={token}"),
        ("https://b.example/u/{token}/", f"https://b.example/u/{token}/"),
    ):
        links = StandardLinks("r@b.example", KEY, https_url=url)(
            Recipient(email="a@x.example", contact_id=7)
        )
        assert links.unsubscribe_url == expected and links.one_click
        assert links.list_unsubscribe[0] == expected
        assert links.list_unsubscribe[1].startswith("mailto:r@b.example?subject=unsubscribe")
    with pytest.raises(InvalidInputError):
        check_https_url("http://b.example/u")


@pytest.mark.parametrize("https", ["", "https://boutique.fr/unsub"])
def test_html_link_text_link_and_header_are_one_target(https: str) -> None:
    data = build(links=StandardLinks("retours@boutique.example", KEY, https_url=https))
    links, text, targets = message_links(data)
    unsubscribe = [h for h, words in links if words == "Unsubscribe"]
    assert unsubscribe == [targets[0]] and targets[0] in text
    assert targets[0].startswith(https or "mailto:retours@boutique.example")
    msg = email.message_from_bytes(data, policy=default)
    assert (msg["List-Unsubscribe-Post"] is not None) == bool(https)
    assert check_message_links(data) == ()


@pytest.mark.parametrize(
    ("href", "code"),
    [
        ("", "empty_link"),
        ("#", "empty_link"),
        ("https://unsubscribe.invalid/preview", "reserved_host"),
        ("{{ shop_url }}", "placeholder_link"),
        ("*|UNSUB|*", "placeholder_link"),
        ("/shop", "relative_link"),
        ("javascript:alert(1)", "unusable_link"),
        ("//boutique.fr/shop", "relative_link"),
    ],
)
def test_a_link_that_goes_nowhere_blocks(href: str, code: str) -> None:
    written = "{{ '" + href + "' }}"  # through the template, as a merge value would come
    html = HTML.replace("https://boutique.fr/shop", written)
    problems = check_message_links(build(html))
    assert [(p.code, p.blocking, p.href) for p in problems] == [(code, True, href)]


def test_links_of_other_kinds_pass() -> None:
    for href in ("tel:+33123456789", "webcal://boutique.fr/events.ics", "mailto:info@shop.fr"):
        assert check_message_links(build(HTML.replace("https://boutique.fr/shop", href))) == ()


def test_sample_addresses_warn_and_a_missing_header_blocks() -> None:
    html = HTML.replace("https://boutique.fr/shop", "https://example.com/shop")
    assert [(p.code, p.blocking) for p in check_message_links(build(html))] == [
        ("sample_host", False)
    ]
    plain = build(links=lambda r: LinkSet("", ()))  # type: ignore[arg-type]
    codes = {p.code: p.blocking for p in check_message_links(plain)}
    assert codes["no_list_unsubscribe"] is True and codes["empty_link"] is True


def test_every_key_signs_and_each_signature_verifies() -> None:
    keys = [
        DkimKey("boutique.example", "r1", rsa.generate_private_key(public_exponent=65537,
                                                                  key_size=2048)),
        DkimKey("boutique.example", "e1", ed25519.Ed25519PrivateKey.generate()),
    ]  # fmt: skip
    data = build(dkim=keys)
    records = {f"{k.selector}._domainkey.boutique.example.".encode(): k.dns_record().encode()
               for k in keys}  # fmt: skip
    assert len(re.findall(rb"(?m)^DKIM-Signature:", data)) == 2
    verifier = dkim.DKIM(data)
    for index in range(2):
        assert verifier.verify(idx=index, dnsfunc=lambda name, timeout=5: records[name])
