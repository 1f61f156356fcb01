"""The send path's message line (runner.default_factory): whose subject, which links,
which keys; the same for a template campaign and a plain-text one."""

from __future__ import annotations

import email
import re
from email.policy import default

from envoi.dnscheck.dkim_keys import FileDkimKeyStore, generate_key
from envoi.message.links import check_message_links
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.runner import default_factory, unsubscribe_mailbox
from envoi.sending.trial import sample_recipients
from envoi.store.engine import Store
from envoi.store.models import Setting
from envoi.templates.library import SENDER_SETTING, TemplateDraft, TemplateService, load_sender
from tests.integration.sending.conftest import add_audience

HTML = "<p>Hi</p><a href='{{ unsubscribe_url }}'>Unsubscribe</a>"


def first_message(store: Store, data: CampaignData) -> email.message.EmailMessage:
    campaign = CampaignService(store).create(data)
    raw = default_factory(store, campaign).build(sample_recipients(store, campaign.id, 1)[0])
    assert [p for p in check_message_links(raw) if p.blocking] == []
    message = email.message_from_bytes(raw, policy=default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_the_campaign_subject_wins_over_the_template_subject(sqlite_store: Store) -> None:
    add_audience(sqlite_store, 1)
    TemplateService(sqlite_store).save(TemplateDraft("t", "Template {{ contact.first_name }}",
                                                     html=HTML))  # fmt: skip
    own = CampaignData("a", "news@shop.fr", "Ours, {{ contact.first_name }}", template="t",
                       lists=["all"])  # fmt: skip
    assert first_message(sqlite_store, own)["Subject"] == "Ours, First0"
    none = CampaignData("b", "news@shop.fr", "", template="t", lists=["all"])
    assert first_message(sqlite_store, none)["Subject"] == "Template First0"


def test_a_plain_text_campaign_is_signed_and_carries_list_unsubscribe(
    sqlite_store: Store,
) -> None:
    add_audience(sqlite_store, 1)
    FileDkimKeyStore().save("shop.fr", "s1", generate_key("ed25519"))
    message = first_message(
        sqlite_store,
        CampaignData("p", "news@shop.fr", "Hi {{ first_name }}", "Hello {{ first_name }}",
                     reply_to="help@shop.fr", lists=["all"]),
    )  # fmt: skip
    assert message["Subject"] == "Hi First0"
    assert re.match(
        r"<mailto:help@shop\.fr\?subject=unsubscribe%20e1\.", message["List-Unsubscribe"]
    )
    assert "s=s1;" in str(message["DKIM-Signature"])


def test_unsubscribe_mail_goes_where_the_bounce_poller_reads(sqlite_store: Store) -> None:
    sender = load_sender(sqlite_store)
    assert unsubscribe_mailbox(sqlite_store, sender, "", "news@shop.fr") == "news@shop.fr"
    assert unsubscribe_mailbox(sqlite_store, sender, "help@shop.fr", "news@shop.fr") == (
        "help@shop.fr"
    )
    with sqlite_store.session() as s:
        s.add(
            Setting(
                key="bounces.mailbox", value={"host": "imap.shop.fr", "user": "bounces@shop.fr"}
            )
        )
    assert unsubscribe_mailbox(sqlite_store, sender, "help@shop.fr", "news@shop.fr") == (
        "bounces@shop.fr"
    )
    with sqlite_store.session() as s:
        s.merge(Setting(key=SENDER_SETTING, value={"bounce_address": "retours@shop.fr"}))
    sender = load_sender(sqlite_store)
    assert unsubscribe_mailbox(sqlite_store, sender, "help@shop.fr", "news@shop.fr") == (
        "retours@shop.fr"
    )
