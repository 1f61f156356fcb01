"""Before the real send: a test send to the user's own addresses, and a dry run to .eml files.

Neither touches the delivery rows: the campaign stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from envoi.errors import InvalidInputError, Text
from envoi.sending.campaigns import CampaignService
from envoi.sending.messages import Recipient
from envoi.sending.profiles import ProfileService
from envoi.sending.runner import default_factory
from envoi.sending.transport import Reply, SmtpTransport
from envoi.store.engine import Store
from envoi.store.models import Contact
from envoi.store.sending_models import Delivery


def sample_recipients(store: Store, campaign_id: int, limit: int) -> list[Recipient]:
    with store.session() as s:
        rows = s.execute(
            select(Delivery.id, Delivery.email, Delivery.contact_id, Contact.first_name,
                   Contact.last_name, Contact.fields)
            .outerjoin(Contact, Contact.id == Delivery.contact_id)
            .where(Delivery.campaign_id == campaign_id)
            .order_by(Delivery.id)
            .limit(limit)
        ).all()  # fmt: skip
    return [
        Recipient(delivery_id=d, email=e, contact_id=c, first_name=f or "", last_name=la or "",
                  fields=fi or {})
        for d, e, c, f, la, fi in rows
    ]  # fmt: skip


def dry_run(store: Store, campaign_ref: str | int, out_dir: Path, limit: int = 20) -> list[Path]:
    """Write the first ``limit`` recipients' messages as .eml files, exactly as they would go."""
    campaign = CampaignService(store).get(campaign_ref)
    factory = default_factory(store, campaign)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for n, recipient in enumerate(sample_recipients(store, campaign.id, limit), 1):
        safe = re.sub(r"[^A-Za-z0-9@._-]", "_", recipient.email)
        path = out_dir / f"{n:04d}-{safe}.eml"
        path.write_bytes(factory.build(recipient))
        written.append(path)
    return written


async def test_send(
    store: Store,
    campaign_ref: str | int,
    profiles: ProfileService,
    to: Sequence[str],
    password: str | None = None,
) -> list[tuple[str, Reply]]:
    """Send the message of the campaign's first recipient (their merge values) to ``to``."""
    if not to:
        raise InvalidInputError(Text("Give at least one address for the test."), Text("Use --to."))
    campaign = CampaignService(store).get(campaign_ref)
    if campaign.profile_id is None:
        raise InvalidInputError(Text("The campaign has no SMTP profile."), "")
    sample = sample_recipients(store, campaign.id, 1)
    base = (
        sample[0]
        if sample
        else Recipient(email="sample@example.com", first_name="Ada", last_name="Lovelace")
    )
    factory = default_factory(store, campaign)
    settings = profiles.server_settings(profiles.get(campaign.profile_id), password)
    connection = await SmtpTransport(settings).connect()
    replies = []
    try:
        for address in to:
            # No contact: the test message's unsubscribe link must not unsubscribe the
            # first recipient, whose values it shows.
            recipient = replace(base, email=address, delivery_id=0, contact_id=None)
            reply = await connection.send(campaign.from_email, address, factory.build(recipient))
            replies.append((address, reply))
    finally:
        await connection.close()
    return replies
