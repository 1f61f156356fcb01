"""Wiring one send: campaign + profile -> transport, message factory, limiter, engine.

Used by the command line and the window alike, so both send the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from envoi.errors import InvalidInputError
from envoi.events import Publisher
from envoi.sending.campaigns import CampaignRecord, CampaignService
from envoi.sending.engine import CampaignEngine, EngineOptions, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.messages import MessageFactory, PlainMessageFactory
from envoi.sending.profiles import ProfileService
from envoi.sending.transport import SmtpTransport, Transport
from envoi.store.engine import Store


def default_factory(campaign: CampaignRecord) -> MessageFactory:
    """The built-in text factory; the templates package replaces it when it lands."""
    if campaign.template:
        raise InvalidInputError(
            "Templates are not wired into sending yet.",
            "Give the campaign a subject and a text body instead.",
        )
    return PlainMessageFactory(
        from_email=campaign.from_email,
        subject=campaign.subject,
        body=campaign.body_text,
        from_name=campaign.from_name,
        reply_to=campaign.reply_to,
    )


def build_engine(
    store: Store,
    campaign_ref: str | int,
    profiles: ProfileService,
    limiters: LimiterPool,
    *,
    options: EngineOptions | None = None,
    password: str | None = None,
    factory: MessageFactory | None = None,
    transport: Transport | None = None,
    publisher: Publisher | None = None,
    on_stats: Callable[[SendStats], None] | None = None,
) -> CampaignEngine:
    campaign = CampaignService(store).get(campaign_ref)
    if campaign.profile_id is None:
        raise InvalidInputError(
            f"The campaign '{campaign.name}' has no SMTP profile.",
            "Choose one with `envoi campaigns create --profile NAME`.",
        )
    profile = profiles.get(campaign.profile_id)
    if transport is None:
        transport = SmtpTransport(profiles.server_settings(profile, password))
    since = int(time.time() // 60) - 24 * 60
    limiter = limiters.get(profile.id, profile.limits, profiles.minute_counts(profile.id, since))
    base = options or EngineOptions()
    options = replace(
        base,
        connections=profile.data.connections if options is None else base.connections,
        per_connection=profile.data.per_connection if options is None else base.per_connection,
    )
    return CampaignEngine(
        store,
        campaign.id,
        transport,
        factory or default_factory(campaign),
        limiter,
        sender=campaign.from_email,
        profile_id=profile.id,
        options=options,
        publisher=publisher,
        on_stats=on_stats,
    )
