"""Envoi's connection to its relay: the address in the database, the token in the keyring.

The token is looked up in ENVOI_RELAY_TOKEN first (unattended syncs from the OS
scheduler on a machine without a keyring), then in the secret store. The campaigns'
signing keys, given by the relay when a campaign registers, are kept in the database so
that message-building processes find them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from envoi.errors import NotFoundError, Text
from envoi.relay.client.api import RelayApi, check_url
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.secrets import SecretStore
from envoi.store.settings import Settings

SETTING_KEY = "relay.connection"
KEYS_SETTING = "relay.campaign_keys"
PUBLIC_LISTS_SETTING = "relay.public_lists"
TRACKING_SETTING = "relay.tracking"
LINKS_SETTING = "relay.links"
TOKEN_PROFILE = "relay"
TOKEN_ENV = "ENVOI_RELAY_TOKEN"


@dataclass(frozen=True, slots=True)
class RelayConnection:
    url: str  # where Envoi reaches the API
    public_url: str  # what recipients' links start with (the relay's --public-url)
    relay_id: str = ""
    last_sync: datetime | None = None
    last_error: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "public_url": self.public_url,
            "relay_id": self.relay_id,
            "last_sync": self.last_sync.isoformat() if self.last_sync else None,
            "last_error": self.last_error,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> RelayConnection:
        last = value.get("last_sync")
        return cls(
            str(value.get("url", "")),
            str(value.get("public_url") or value.get("url", "")),
            str(value.get("relay_id", "")),
            datetime.fromisoformat(last) if last else None,
            str(value.get("last_error", "")),
        )


def _get(store: Store, key: str) -> Any:
    return Settings(store).get(key)


def _put(store: Store, key: str, value: Any) -> None:
    Settings(store).put(key, value)


def load_connection(store: Store) -> RelayConnection | None:
    value = _get(store, SETTING_KEY)
    return RelayConnection.from_json(value) if value else None


def campaign_key(store: Store, campaign_id: int) -> bytes | None:
    """The key the relay gave when the campaign registered (None: not registered)."""
    keys = _get(store, KEYS_SETTING) or {}
    value = keys.get(str(campaign_id))
    return bytes.fromhex(value) if value else None


@dataclass(frozen=True, slots=True)
class TrackingChoice:
    """What a campaign measures through the relay (all off by default). ``anonymous``:
    counts only, no per-contact rows."""

    clicks: bool = False
    opens: bool = False
    anonymous: bool = False


def tracking_of(store: Store, campaign_id: int) -> TrackingChoice:
    value = (_get(store, TRACKING_SETTING) or {}).get(str(campaign_id)) or {}
    return TrackingChoice(
        bool(value.get("clicks")), bool(value.get("opens")), bool(value.get("anonymous"))
    )


def set_tracking(store: Store, campaign_id: int, choice: TrackingChoice) -> None:
    value = dict(_get(store, TRACKING_SETTING) or {})
    value[str(campaign_id)] = {
        "clicks": choice.clicks, "opens": choice.opens, "anonymous": choice.anonymous
    }  # fmt: skip
    _put(store, TRACKING_SETTING, value)


def registered_links(store: Store, campaign_id: int) -> list[tuple[int, str, bool]]:
    """(number, url, hidden) as registered on the relay: a number keeps its address."""
    value = (_get(store, LINKS_SETTING) or {}).get(str(campaign_id)) or []
    return [(int(n), str(u), bool(h)) for n, u, h in value]


def keep_registered_links(
    store: Store, campaign_id: int, links: list[tuple[int, str, bool]]
) -> None:
    value = dict(_get(store, LINKS_SETTING) or {})
    value[str(campaign_id)] = [list(link) for link in links]
    _put(store, LINKS_SETTING, value)


class RelayService:
    def __init__(self, store: Store, secrets: SecretStore) -> None:
        self._store = store
        self._secrets = secrets

    def connection(self) -> RelayConnection | None:
        return load_connection(self._store)

    def token(self) -> str | None:
        return os.environ.get(TOKEN_ENV) or self._secrets.get(TOKEN_PROFILE)

    def connect(self, url: str, token: str) -> RelayConnection:
        """Test the address and token, then keep them (the token in the secret store)."""
        api = RelayApi(check_url(url), token.strip())
        health = api.health()
        public = str(health.get("public_url") or "") or api.base_url
        made = RelayConnection(api.base_url, public.rstrip("/"), str(health.get("relay", "")))
        self._secrets.set(TOKEN_PROFILE, token.strip())
        _put(self._store, SETTING_KEY, made.to_json())
        return made

    def disconnect(self) -> None:
        self._secrets.delete(TOKEN_PROFILE)
        Settings(self._store).delete(SETTING_KEY)

    def api(self) -> RelayApi:
        connection = self.connection()
        if connection is None:
            raise NotFoundError(
                Text("Envoi is not connected to a relay."),
                Text("Run `envoi relay connect https://relay.example.com --token-stdin`."),
            )
        token = self.token()
        if not token:
            raise NotFoundError(
                Text("The relay's token is not on this computer."),
                Text(
                    "Connect again (`envoi relay connect {url} --token-stdin`), or set "
                    "{variable} for unattended syncs.",
                    url=connection.url,
                    variable=TOKEN_ENV,
                ),
            )
        return RelayApi(connection.url, token)

    def note_sync(self, *, error: str = "", relay_id: str = "") -> None:
        connection = self.connection()
        if connection is None:
            return
        changes: dict[str, Any] = {"last_error": error}
        if not error:
            changes["last_sync"] = utc_now()
        if relay_id:
            changes["relay_id"] = relay_id
        _put(self._store, SETTING_KEY, replace(connection, **changes).to_json())

    # -- campaign keys and public lists ------------------------------------------------

    def campaign_key(self, campaign_id: int) -> bytes | None:
        return campaign_key(self._store, campaign_id)

    def keep_campaign_key(self, campaign_id: int, key: bytes) -> None:
        keys = dict(_get(self._store, KEYS_SETTING) or {})
        keys[str(campaign_id)] = key.hex()
        _put(self._store, KEYS_SETTING, keys)

    def public_lists(self) -> list[str]:
        return [str(v) for v in _get(self._store, PUBLIC_LISTS_SETTING) or []]

    def set_public_lists(self, names: list[str]) -> None:
        _put(self._store, PUBLIC_LISTS_SETTING, sorted(set(names)))
