"""Wiring one send: campaign + profile -> its delivery rows, transport, message factory,
limiter, engine.

Used by the command line and the window alike, so both send the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

import idna

from envoi.dnscheck.dkim_keys import DkimKeyStore, FileDkimKeyStore
from envoi.errors import InvalidInputError, Text
from envoi.events import Publisher
from envoi.message.dkim import DkimKey
from envoi.message.links import LinkProvider, StandardLinks, check_https_url
from envoi.sending.build_pool import BuildPool
from envoi.sending.campaigns import CampaignRecord, CampaignService
from envoi.sending.engine import CampaignEngine, EngineOptions, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.messages import MessageFactory, TemplateMessageFactory, plain_text_source
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.shared_limits import Ledger, SharedLimiter
from envoi.sending.source import CampaignSource, DeliveryRowsSource
from envoi.sending.transport import SmtpTransport, Transport
from envoi.store.engine import Store
from envoi.store.settings import Settings
from envoi.templates.merge import Sender
from envoi.templates.render import TemplateSource

# A feature above sending (Envoi Relay) may give each recipient other links: it is handed
# the store, the campaign id and Envoi's own provider, and returns the provider to use.
# A module-level function, so that it crosses to the build processes.
LinkWrapper = Callable[[Store, int, LinkProvider], LinkProvider]


def default_factory(
    store: Store,
    campaign: CampaignRecord,
    *,
    keys: DkimKeyStore | None = None,
    wrap_links: LinkWrapper | None = None,
) -> MessageFactory:
    """The one message line for every send (campaign, test send, dry run, preflight):
    the campaign's template (the campaign's subject wins over the template's), or its
    plain text as a text-only template; each recipient's links from ``link_provider``;
    signed with every DKIM key Envoi holds for the From domain."""
    from envoi.message.contact_token import token_key
    from envoi.message.factory import CampaignMessages
    from envoi.message.spec import MessageSettings
    from envoi.templates.library import load_sender
    from envoi.templates.merge import Campaign

    source = campaign_source(store, campaign)
    sender = load_sender(store, campaign)
    with store.session() as session:
        key = token_key(session)
    links = sender_links(
        store, sender, key, reply_to=campaign.reply_to, from_email=campaign.from_email
    )
    settings = MessageSettings(
        campaign.from_email,
        campaign.from_name,
        reply_to=campaign.reply_to,
        unsubscribe_mailto=links.mailbox,
        campaign_id=str(campaign.id),
        contact_key=key,
    )
    messages = CampaignMessages(
        source,
        settings,
        Campaign(campaign.name, campaign.id),
        sender,
        dkim=signing_keys(campaign.from_email, keys),
        links=wrap_links(store, campaign.id, links) if wrap_links else links,
    )
    return TemplateMessageFactory(messages)


def campaign_source(store: Store, campaign: CampaignRecord) -> TemplateSource:
    """What the campaign's messages are made of: its template, whose subject gives way to
    the campaign's own when the campaign has one; or its plain text."""
    from envoi.templates.library import TemplateService

    if not campaign.template:
        return plain_text_source(campaign.subject, campaign.body_text)
    source = TemplateService(store).get(campaign.template).source
    if campaign.subject.strip():
        source = replace(source, subject=campaign.subject)
    return source


def unsubscribe_mailbox(store: Store, sender: Sender, reply_to: str, from_email: str) -> str:
    """Where unsubscribe mail goes: the address the bounce poller reads. The sender
    settings' bounce address, else the bounce mailbox's user name when it is an address,
    else the Reply-To, else the From."""
    from envoi.bounces.mailbox import SETTING_KEY

    if sender.bounce_address.strip():
        return sender.bounce_address.strip()
    user = str(Settings(store).get_dict(SETTING_KEY).get("user", ""))
    if "@" in user and " " not in user.strip():
        return user.strip()
    return reply_to or from_email or sender.email


def sender_links(
    store: Store, sender: Sender, key: bytes, *, reply_to: str = "", from_email: str = ""
) -> StandardLinks:
    """Each recipient's unsubscribe links: the HTTPS page of the sender settings when one
    is set, and always the mailto the bounce poller reads, both with the contact's token."""
    return StandardLinks(
        unsubscribe_mailbox(store, sender, reply_to, from_email),
        key,
        https_url=check_https_url(sender.unsubscribe_url),
    )


def from_domain(from_email: str) -> str:
    """The From domain as DKIM names it (A-labels for an internationalised domain)."""
    domain = from_email.rpartition("@")[2].strip().rstrip(".").lower()
    try:
        return idna.encode(domain, uts46=True).decode("ascii") if domain else ""
    except idna.IDNAError:
        return domain


def signing_keys(from_email: str, keys: DkimKeyStore | None = None) -> tuple[DkimKey, ...]:
    """Every DKIM key Envoi holds for the From domain, RSA first (a key that cannot be
    read stops the send here, before its first message)."""
    store = keys or FileDkimKeyStore()
    domain = from_domain(from_email)
    found = []
    for selector in store.selectors(domain) if domain else []:
        data = store.load(domain, selector)
        if data is not None:
            found.append(DkimKey.load(data, domain, selector))
    return tuple(sorted(found, key=lambda k: (k.algorithm != "rsa-sha256", k.selector)))


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
    wrap_links: LinkWrapper | None = None,
    source: CampaignSource | None = None,
) -> CampaignEngine:
    """``processes`` > 0 renders and builds messages in that many worker processes.
    ``source`` is where the run reads its recipients: by default the campaign's delivery
    rows."""
    campaign = CampaignService(store).get(campaign_ref)
    if campaign.profile_id is None:
        raise InvalidInputError(
            Text("The campaign '{name}' has no SMTP profile.", name=campaign.name),
            Text("Choose one with `envoi campaigns create --profile NAME`."),
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
        source or DeliveryRowsSource(store, campaign.id),
        transport,
        factory or default_factory(store, campaign, wrap_links=wrap_links),
        limiter,
        sender=campaign.from_email,
        options=options,
        publisher=publisher,
        on_stats=on_stats,
        builder=BuildPool(functools.partial(factory_for_campaign, _url(store), campaign.id,
                                            wrap_links),
                          processes) if processes > 0 and factory is None else None,
    )  # fmt: skip


def _url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def factory_for_campaign(
    db_url: str, campaign_id: int, wrap_links: LinkWrapper | None = None
) -> MessageFactory:
    """A campaign's factory, made inside a build process from what can cross a process."""
    store = Store.from_url(db_url)
    try:
        campaign = CampaignService(store).get(campaign_id)
        return default_factory(store, campaign, wrap_links=wrap_links)
    finally:
        store.dispose()
