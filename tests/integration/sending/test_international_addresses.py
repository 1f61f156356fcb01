"""A campaign to ASCII, IDN-domain and non-ASCII-local-part recipients completes against
aiosmtpd, with SMTPUTF8 offered and without: domains go out as A-labels, UTF-8 local parts
only with SMTPUTF8, and otherwise fail alone with a reason, never pausing the campaign."""

from __future__ import annotations

from email import message_from_string, policy

import pytest
from sqlalchemy import insert
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer

from envoi.contacts.addresses import normalize
from envoi.contacts.suppression import suppression_reason
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.runner import build_engine
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember

ASCII = ["ann@example.com", "bob@example.org"]
IDN_DOMAIN = ["kontakt@bücher.example", "info@ελληνικά.example"]
UTF8_LOCAL = ["jörg@example.com", "用户@例子.example"]
A_LABELS = {
    "kontakt@bücher.example": "kontakt@xn--bcher-kva.example",
    "info@ελληνικά.example": "info@xn--hxargifdar.example",
    "jörg@example.com": "jörg@example.com",
    "用户@例子.example": "用户@xn--fsqu00a.example",
}


def _audience(store: Store, emails: list[str]) -> None:
    with store.session() as s:
        members = ContactList(name="all")
        s.add(members)
        s.flush()
        for email in emails:
            address = normalize(email)
            cid = s.execute(
                insert(Contact)
                .values(email=address.email, email_key=address.key, domain=address.domain,
                        first_name="Zoë", fields={})
                .returning(Contact.id)
            ).scalar_one()  # fmt: skip
            s.execute(insert(ListMember).values(list_id=members.id, contact_id=cid))


@pytest.mark.parametrize("smtputf8", [True, False], ids=["smtputf8", "no-smtputf8"])
async def test_international_recipients_complete_the_campaign(
    sqlite_store: Store, smtputf8: bool
) -> None:
    store = sqlite_store
    handler = ScriptedHandler()
    server = ScriptedServer(handler, enable_SMTPUTF8=smtputf8).start()
    try:
        _audience(store, ASCII + IDN_DOMAIN + UTF8_LOCAL)
        profiles = ProfileService(store, MemorySecretStore())
        profile = profiles.add(
            ProfileData("test", "127.0.0.1", server.port, "none", connections=2, timeout=10)
        )
        campaign = CampaignService(store).create(
            CampaignData(
                "international", "shop@example.org", "Hi {{ first_name }}",
                "Hello {{ first_name }}, this is for {{ email }}.\n",
                from_name="Boutique Dupré", profile_id=profile.id, lists=["all"],
            )
        )  # fmt: skip
        stats = await build_engine(store, campaign.id, profiles, LimiterPool()).run()
    finally:
        server.stop()

    assert stats.status == "completed", stats.reason
    service = CampaignService(store)
    counts = service.get(campaign.id).counts
    at_server = handler.counts()
    # Every domain reached the server as A-labels.
    for email in ASCII:
        assert at_server[email] == 1
    for email in IDN_DOMAIN:
        assert at_server[A_LABELS[email]] == 1
    if smtputf8:
        assert counts["sent"] == 6 and counts["failed"] == 0
        for email in UTF8_LOCAL:
            assert at_server[A_LABELS[email]] == 1
        raw = next(c for _, r, c in handler.received if r == "jörg@example.com")
        msg = message_from_string(raw.decode("utf-8"), policy=policy.SMTPUTF8)  # RFC 6532
        assert msg["To"].addresses[0].username == "jörg"
        assert "this is for jörg@example.com" in msg.get_content()
    else:
        assert counts["sent"] == 4 and counts["failed"] == 2 and counts["unknown"] == 0
        assert not any(r in at_server for r in A_LABELS.values() if not r.isascii())
        failed = {d["email"]: d for d in service.deliveries(campaign.id, "failed")}
        assert set(failed) == set(UTF8_LOCAL)
        for row in failed.values():
            assert "SMTPUTF8" in row["smtp_reply"] and "before the @" in row["smtp_reply"]
            assert row["explanation"].startswith("This address has characters before the @")
        # The address is not to blame: it is not suppressed.
        with store.session() as s:
            for email in UTF8_LOCAL:
                assert suppression_reason(s, normalize(email)) is None
    # The IDN recipient's message names it in A-labels in To, as headers must.
    raw = next(c for _, r, c in handler.received if r == A_LABELS["kontakt@bücher.example"])
    assert b"To: =?utf-8?b?Wm/Dqw==?= <kontakt@xn--bcher-kva.example>\r\n" in raw
