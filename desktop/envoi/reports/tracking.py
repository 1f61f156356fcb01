"""What a campaign measured through the relay, as the relay's client keeps it in the
settings table (relay/client/connection.py writes these keys; a test keeps them equal):
read here so that a report knows "not tracked" from "tracked, nobody clicked"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from envoi.store.settings import get_dict

TRACKING_SETTING = "relay.tracking"
LINKS_SETTING = "relay.links"


@dataclass(frozen=True, slots=True)
class Tracking:
    clicks: bool = False
    opens: bool = False
    anonymous: bool = False
    links: tuple[tuple[int, str, bool], ...] = ()  # (number, url, hidden)


def _value(session: Session, key: str, campaign_id: int) -> object:
    return get_dict(session, key).get(str(campaign_id))


def tracking_of(session: Session, campaign_id: int) -> Tracking:
    choice = _value(session, TRACKING_SETTING, campaign_id)
    choice = choice if isinstance(choice, dict) else {}
    links = _value(session, LINKS_SETTING, campaign_id)
    return Tracking(
        bool(choice.get("clicks")),
        bool(choice.get("opens")),
        bool(choice.get("anonymous")),
        tuple((int(n), str(u), bool(h)) for n, u, h in (links or [])),  # type: ignore[attr-defined]
    )
