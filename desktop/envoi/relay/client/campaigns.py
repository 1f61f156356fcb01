"""A campaign on the relay: registered before its send, then its recipients' links.

``prepare_campaign`` tells the relay the campaign (sender name, logo, tracking switches),
the recipients still to be sent (contact id and address, for the unsubscribe page; their
public lists, for the preference centre) and the public lists, and keeps the campaign's
signing key in the database. ``RelayLinks`` is the ``LinkProvider`` (envoi.message.links)
that gives each recipient the relay's unsubscribe / preference address, both in the
footer and in List-Unsubscribe (with List-Unsubscribe-Post: RFC 8058 one-click), beside
the ``mailto:`` of Envoi's own links.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from envoi.message.links import LinkProvider, LinkSet
from envoi.message.spec import Recipient
from envoi.relay.client.connection import (
    RelayService,
    TrackingChoice,
    campaign_key,
    keep_registered_links,
    load_connection,
    registered_links,
    tracking_of,
)
from envoi.relay.client.tracking import ClickTracker, TrackedLink, numbered, trackable_links
from envoi.relay.tokens import TokenKind, TokenSigner
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.store.sending_models import Campaign, Delivery, DeliveryStatus

UPLOAD = 5000
DO_NOT_TRACK = "do_not_track"  # a contact field: this person's clicks and opens are not measured
_TO_SEND = (DeliveryStatus.QUEUED.value, DeliveryStatus.DEFERRED.value)


def _public_lists(store: Store, names: list[str]) -> dict[int, str]:
    if not names:
        return {}
    with store.session() as session:
        rows = session.execute(
            select(ContactList.id, ContactList.name).where(ContactList.name.in_(names))
        ).all()
    return {int(r[0]): str(r[1]) for r in rows}


def _recipients(store: Store, campaign_id: int, public: set[int]) -> Iterator[list[dict[str, Any]]]:
    """The recipients still to send, in pages, with their public lists."""
    last = 0
    while True:
        with store.session() as session:
            rows = session.execute(
                select(Delivery.contact_id, Delivery.email)
                .where(
                    Delivery.campaign_id == campaign_id,
                    Delivery.status.in_(_TO_SEND),
                    Delivery.contact_id.is_not(None),
                    Delivery.contact_id > last,
                )
                .order_by(Delivery.contact_id)
                .limit(UPLOAD)
            ).all()
            if not rows:
                return
            ids = [int(r[0] or 0) for r in rows]
            member: dict[int, list[int]] = {}
            if public:
                for contact_id, list_id in session.execute(
                    select(ListMember.contact_id, ListMember.list_id).where(
                        ListMember.contact_id.in_(ids), ListMember.list_id.in_(public)
                    )
                ):
                    member.setdefault(int(contact_id), []).append(int(list_id))
            no_tracking = set(
                session.scalars(
                    select(Contact.id).where(
                        Contact.id.in_(ids), Contact.fields[DO_NOT_TRACK].as_boolean()
                    )
                )
            )
        yield [
            {"contact": c, "email": str(row[1]), "lists": member.get(c, []),
             "no_tracking": c in no_tracking}
            for c, row in zip(ids, rows, strict=True)
        ]  # fmt: skip
        last = ids[-1]


def _links_to_register(
    store: Store, campaign_id: int, public_url: str
) -> list[tuple[int, str, bool]]:
    """The template's links, numbered; a number already registered keeps its address
    (a message already sent points at it), new addresses get new numbers."""
    from envoi.sending.campaigns import CampaignService
    from envoi.sending.runner import campaign_source

    source = campaign_source(store, CampaignService(store).get(campaign_id))
    known = registered_links(store, campaign_id)
    urls = {url for _n, url, hidden in known if not hidden}
    fresh = [url for url in trackable_links(source.html) if url not in urls]
    if not known:
        made = numbered(fresh, public_url + "/")
        return [(link.number, link.url, link.hidden) for link in made]
    top = max(n for n, _u, _h in known)
    return [*known, *((top + i, url, False) for i, url in enumerate(fresh, start=1))]


def prepare_campaign(
    store: Store, service: RelayService, campaign_id: int, tracking: TrackingChoice | None = None
) -> int:
    """Register the campaign (and, when it tracks clicks, its links), its recipients and
    the public lists; keep its key. Returns the number of recipients registered."""
    tracking = tracking or tracking_of(store, campaign_id)
    api = service.api()
    connection = service.connection()
    assert connection is not None  # api() said so
    from envoi.templates.identity import load_identity

    logo = load_identity(store).logo.strip()
    with store.session() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise ValueError(f"no campaign {campaign_id}")
        body: dict[str, Any] = {
            "name": campaign.name,
            "sender_name": campaign.from_name,
            "sender_email": campaign.from_email,
            # Settings > Sender's logo (an https address), shown on the relay's pages.
            "logo_url": logo if logo.startswith("https://") else "",
            "track_clicks": tracking.clicks,
            "track_opens": tracking.opens,
            "anonymous": tracking.anonymous,
        }
    links = _links_to_register(store, campaign_id, connection.public_url) if tracking.clicks else []
    body["links"] = [{"no": n, "url": u, "hidden": h} for n, u, h in links]
    public = _public_lists(store, service.public_lists())
    api.put_lists([{"id": i, "name": n} for i, n in sorted(public.items(), key=lambda x: x[1])])
    key = api.register_campaign(campaign_id, body)
    service.keep_campaign_key(campaign_id, key)
    if links:
        keep_registered_links(store, campaign_id, links)
    count = 0
    for page in _recipients(store, campaign_id, set(public)):
        count += api.add_recipients(campaign_id, page)
    return count


@dataclass(frozen=True, slots=True)
class RelayLinks:
    """Each recipient's relay links, and the ``mailto:`` of Envoi's own provider beside
    them. A recipient without a contact (a test send) keeps Envoi's own links; the links
    of one who chose not to be tracked are not rewritten."""

    public_url: str
    signer: TokenSigner
    standard: LinkProvider
    tracker: ClickTracker | None = None

    def unsubscribe_url(self, contact_id: int) -> str:
        return f"{self.public_url}/u/{self.signer.token(TokenKind.UNSUBSCRIBE, contact_id)}"

    def __call__(self, recipient: Recipient) -> LinkSet:
        base = self.standard(recipient)
        if not recipient.contact_id:
            return base
        url = self.unsubscribe_url(recipient.contact_id)
        mailto = tuple(u for u in base.list_unsubscribe if u.startswith("mailto:"))
        tracked = self.tracker is not None and not recipient.fields.get(DO_NOT_TRACK)
        return replace(
            base,
            unsubscribe_url=url,
            list_unsubscribe=(url, *mailto),
            one_click=True,
            preferences_url=url,
            rewrite=functools.partial(self.tracker.rewrite, recipient.contact_id)
            if tracked and self.tracker is not None
            else None,
        )


def relay_links(store: Store, campaign_id: int, standard: LinkProvider) -> LinkProvider:
    """The relay's links when Envoi is connected and the campaign registered, else
    ``standard`` unchanged. A ``sending.runner.LinkWrapper`` (module-level: it crosses to
    the build processes)."""
    connection = load_connection(store)
    key = campaign_key(store, campaign_id) if connection is not None else None
    if connection is None or key is None:
        return standard
    signer = TokenSigner(campaign_id, key)
    tracking = tracking_of(store, campaign_id)
    tracker = None
    if tracking.clicks or tracking.opens:
        links = [TrackedLink(n, u, h) for n, u, h in registered_links(store, campaign_id)]
        tracker = ClickTracker(connection.public_url, signer, links,
                               clicks=tracking.clicks, opens=tracking.opens)  # fmt: skip
    return RelayLinks(connection.public_url, signer, standard, tracker)
