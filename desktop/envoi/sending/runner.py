"""Wiring one send: campaign + profile -> transport, message factory, limiter, engine.

Used by the command line and the window alike, so both send the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from envoi.errors import InvalidInputError
from envoi.events import Publisher
from envoi.sending.build_pool import BuildPool
from envoi.sending.campaigns import CampaignRecord, CampaignService
from envoi.sending.engine import CampaignEngine, EngineOptions, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.messages import MessageFactory, PlainMessageFactory, TemplateMessageFactory
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.shared_limits import Ledger, SharedLimiter
from envoi.sending.transport import SmtpTransport, Transport
from envoi.store.engine import Store


def default_factory(store: Store, campaign: CampaignRecord) -> MessageFactory:
    """The campaign's template through the issue-3 message line, else the built-in text one."""
    if campaign.template:
        from envoi.message.factory import CampaignMessages
        from envoi.message.spec import MessageSettings
        from envoi.templates.library import TemplateService, load_sender
        from envoi.templates.merge import Campaign

        source = TemplateService(store).get(campaign.template).source
        sender = load_sender(store, campaign)
        # Unsubscribe mail goes to the reply address, the mailbox the bounce poller reads.
        settings = MessageSettings(
            campaign.from_email,
            campaign.from_name,
            reply_to=campaign.reply_to,
            unsubscribe_mailto=campaign.reply_to or campaign.from_email,
            campaign_id=str(campaign.id),
        )
        messages = CampaignMessages(source, settings, Campaign(campaign.name, campaign.id), sender)
        return TemplateMessageFactory(messages)
    return PlainMessageFactory(
        from_email=campaign.from_email,
        subject=campaign.subject,
        body=campaign.body_text,
        from_name=campaign.from_name,
        reply_to=campaign.reply_to,
    )


_THRESHOLDS = ("max_bounce_rate", "max_complaint_rate", "rates_min_sent")


def engine_options(profile: ProfileData, options: EngineOptions | None) -> EngineOptions:
    """The profile's connections and returned-mail thresholds in the engine's options.
    Connections come from the profile unless ``options`` are given; a threshold comes from
    the profile unless ``options`` set it away from the engine's default."""
    base = options or EngineOptions()
    defaults = EngineOptions()
    thresholds = {
        name: getattr(profile, name)
        for name in _THRESHOLDS
        if getattr(base, name) == getattr(defaults, name)
    }
    return replace(
        base,
        connections=profile.connections if options is None else base.connections,
        per_connection=profile.per_connection if options is None else base.per_connection,
        **thresholds,
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
    processes: int = 0,
) -> CampaignEngine:
    """``processes`` > 0 renders and builds messages in that many worker processes."""
    campaign = CampaignService(store).get(campaign_ref)
    if campaign.profile_id is None:
        raise InvalidInputError(
            f"The campaign '{campaign.name}' has no SMTP profile.",
            "Choose one with `envoi campaigns create --profile NAME`.",
        )
    profile = profiles.get(campaign.profile_id)
    if transport is None:
        transport = SmtpTransport(profiles.server_settings(profile, password))
    limiter = limiters.get_or_make(
        profile.id,
        profile.limits,
        lambda: SharedLimiter(profile.limits, Ledger(store, profile.id, profile.limits),
                              limiters.clock),
    )  # fmt: skip
    options = engine_options(profile.data, options)
    return CampaignEngine(
        store,
        campaign.id,
        transport,
        factory or default_factory(store, campaign),
        limiter,
        sender=campaign.from_email,
        profile_id=profile.id,
        options=options,
        publisher=publisher,
        on_stats=on_stats,
        builder=BuildPool(functools.partial(factory_for_campaign, _url(store), campaign.id),
                          processes) if processes > 0 and factory is None else None,
    )  # fmt: skip


def _url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def factory_for_campaign(db_url: str, campaign_id: int) -> MessageFactory:
    """A campaign's factory, made inside a build process from what can cross a process."""
    store = Store.from_url(db_url)
    try:
        return default_factory(store, CampaignService(store).get(campaign_id))
    finally:
        store.dispose()
