"""Built messages pass a real SMTP server's line rules (aiosmtpd: CRLF, 1000-octet lines)."""

from __future__ import annotations

import email
import smtplib
import socket
from email.policy import default
from typing import Any

import pytest

from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.merge import SAMPLE_CONTACT, Campaign, Sender, build_context
from envoi.templates.render import CampaignTemplate, TemplateSource

controller_mod = pytest.importorskip("aiosmtpd.controller")


class Collect:
    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope.original_content)
        return "250 OK"


def test_messages_cross_aiosmtpd_intact() -> None:
    handler = Collect()
    # aiosmtpd refuses lines over 1001 octets and keeps the data as sent (CRLF).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = controller_mod.Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        template = CampaignTemplate(
            TemplateSource(
                subject="Bonjour {{ contact.first_name }} — été",
                html="<p>" + "Très long paragraphe. " * 200 + "{{ contact.city }}</p>\n"
                ".dot line\n<p>" + "x" * 3000 + "</p>",
            )
        )
        ctx = build_context(SAMPLE_CONTACT, Campaign("c"), Sender("S", "s@shop.example"))
        content = template.render(ctx)
        skeleton = MessageSkeleton(
            MessageSettings("s@shop.example", "Boutique Été", unsubscribe_mailto="u@shop.example")
        )
        sent = [
            skeleton.build(Recipient(email=f"r{i}@example.com", name="Élodie Dupré"), content)
            for i in range(3)
        ]
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
            for i, raw in enumerate(sent):
                smtp.sendmail("s@shop.example", [f"r{i}@example.com"], raw)
    finally:
        controller.stop()
    assert handler.received == sent
    msg = email.message_from_bytes(handler.received[0], policy=default)
    assert msg["Subject"] == "Bonjour Élodie — été"
    text, html = msg.get_payload()  # type: ignore[misc]
    assert "Lyon" in html.get_content() and "Lyon" in text.get_content()
