"""What a send does with the relay first: pull the unsubscribes waiting there (so that
they are suppressed before the first message), then register the campaign and its
recipients. Said as preflight issues: a relay that cannot be reached is a warning (the
send can go on; its messages then carry the relay links only if the campaign registered
before, else the mailto alone)."""

from __future__ import annotations

from envoi.errors import EnvoiError
from envoi.relay.client.campaigns import prepare_campaign
from envoi.relay.client.connection import RelayService, TrackingChoice
from envoi.relay.client.sync import sync
from envoi.sending.preflight import WARNING, PreflightIssue
from envoi.store.engine import Store
from envoi.store.secrets import SecretStore


def before_send(
    store: Store, secrets: SecretStore, campaign_id: int, tracking: TrackingChoice | None = None
) -> tuple[PreflightIssue, ...]:
    service = RelayService(store, secrets)
    if service.connection() is None:
        return ()
    try:
        sync(store, service)
        prepare_campaign(store, service, campaign_id, tracking)
    except EnvoiError as exc:
        registered = service.campaign_key(campaign_id) is not None
        return (
            PreflightIssue(
                "relay_unreachable",
                WARNING,
                f"{exc.user_message} Unsubscribes made there may be waiting.",
                exc.hint
                + (
                    ""
                    if registered
                    else " Without it, this send's messages carry only the mailto unsubscribe."
                ),
            ),
        )
    return ()
