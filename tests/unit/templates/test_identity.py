"""The sender's identity (Settings > Sender) as templates and the send path read it."""

from __future__ import annotations

import pytest

from envoi.errors import InvalidInputError
from envoi.store.engine import Store
from envoi.store.models import Setting
from envoi.templates.identity import SenderIdentity, load_identity, save_identity
from envoi.templates.library import SENDER_SETTING, load_sender
from envoi.templates.merge import SAMPLE_CONTACT, Campaign, build_context
from envoi.templates.render import CampaignTemplate, TemplateSource


def test_saved_identity_reaches_templates_and_keeps_other_keys(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        s.merge(Setting(key=SENDER_SETTING, value={"unsubscribe_url": "https://shop.example/u"}))
    save_identity(sqlite_store, SenderIdentity(
        company=" Boutique ", postal_address="1 rue X, Lyon", from_name="Shop",
        from_email="news@shop.example", reply_to="hello@shop.example",
        logo="https://shop.example/logo.png", bounce_address="bounces@shop.example",
    ))  # fmt: skip
    identity = load_identity(sqlite_store)
    assert identity.company == "Boutique" and identity.bounce_address == "bounces@shop.example"
    sender = load_sender(sqlite_store)
    assert (sender.name, sender.email, sender.reply_to) == ("Shop", "news@shop.example",
                                                             "hello@shop.example")  # fmt: skip
    assert sender.unsubscribe_url == "https://shop.example/u"  # kept
    assert sender.bounce_address == "bounces@shop.example"
    template = CampaignTemplate(TemplateSource(
        "{{ sender.company }}", '<img src="{{ sender.logo }}" alt="">{{ sender.reply_to }}',
        "{{ sender.postal_address }}",
    ))  # fmt: skip
    content = template.render(build_context(SAMPLE_CONTACT, Campaign("c"), sender))
    assert content.subject == "Boutique"
    assert 'src="https://shop.example/logo.png"' in content.html
    assert "hello@shop.example" in content.html and content.text.strip() == "1 rue X, Lyon"


@pytest.mark.parametrize(
    "identity",
    [
        SenderIdentity(from_email="not an address"),
        SenderIdentity(bounce_address="a@"),
        SenderIdentity(company="Line\nbreak"),
        SenderIdentity(logo="http://shop.example/logo.png"),
    ],
)
def test_bad_values_are_refused(sqlite_store: Store, identity: SenderIdentity) -> None:
    with pytest.raises(InvalidInputError):
        save_identity(sqlite_store, identity)
    assert load_identity(sqlite_store) == SenderIdentity()


def test_missing_names_what_a_marketing_message_needs() -> None:
    assert SenderIdentity().missing() == ["company", "postal_address", "from_name", "from_email"]
