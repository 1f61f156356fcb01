"""The relay's API over plain HTTP(S) (urllib: no extra dependency on the desktop side)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode, urlsplit

from envoi.errors import EnvoiError, InvalidInputError, Text

TIMEOUT = 15.0


class RelayUnreachable(EnvoiError):
    """The relay did not answer (network, DNS, TLS, or the server is down)."""


class RelayRefused(EnvoiError):
    """The relay answered with an error (wrong token, bad request...)."""


def check_url(url: str) -> str:
    """The relay's base URL, without a trailing slash; https, or http on this machine only."""
    clean = url.strip().rstrip("/")
    parts = urlsplit(clean)
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if (
        parts.scheme not in ("https", "http")
        or not parts.hostname
        or (parts.scheme == "http" and not local)
    ):
        raise InvalidInputError(
            Text("“{url}” is not a relay address.", url=url),
            Text(
                "Give its https address, e.g. https://relay.example.com (http only on this "
                "machine)."
            ),
        )
    if parts.query or parts.fragment:
        raise InvalidInputError(
            Text("“{url}” has a query or fragment; give the relay's base address.", url=url)
        )
    return clean


class RelayApi:
    def __init__(self, base_url: str, token: str, timeout: float = TIMEOUT) -> None:
        self.base_url = check_url(base_url)
        self._token = token
        self._timeout = timeout

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={
                "Authorization": f"Bearer {self._token}",
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": "Envoi relay client",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            text = exc.read(2000).decode("utf-8", "replace")
            if exc.code in (401, 403):
                raise RelayRefused(
                    "The relay refused Envoi's token.",
                    "Copy the token again from the relay's api-token file "
                    "(`envoi relay connect URL --token-stdin`).",
                    f"HTTP {exc.code}: {text}",
                ) from None
            raise RelayRefused(
                f"The relay answered HTTP {exc.code}.", "", f"{method} {path}: {text}"
            ) from None
        except OSError as exc:  # URLError, timeouts and refused connections are OSErrors
            reason = getattr(exc, "reason", exc)
            raise RelayUnreachable(
                f"The relay at {self.base_url} cannot be reached.",
                "Check the address and that the relay is running; unsubscribes made there "
                "may be waiting.",
                str(reason),
            ) from None
        except ValueError as exc:
            raise RelayRefused("The relay's answer is not JSON.", "", str(exc)) from None

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/api/v1/health")
        return result

    def register_campaign(self, campaign: int, body: dict[str, Any]) -> bytes:
        """Register (or update) a campaign; returns its signing key."""
        answer = self._call("PUT", f"/api/v1/campaigns/{campaign}", body)
        return bytes.fromhex(str(answer["key"]))

    def add_recipients(self, campaign: int, rows: list[dict[str, Any]]) -> int:
        answer = self._call("POST", f"/api/v1/campaigns/{campaign}/recipients",
                            {"recipients": rows})  # fmt: skip
        return int(answer["recipients"])

    def put_lists(self, rows: list[dict[str, Any]]) -> None:
        self._call("PUT", "/api/v1/lists", {"lists": rows})

    def events(self, after: int, limit: int = 1000) -> dict[str, Any]:
        result: dict[str, Any] = self._call(
            "GET", "/api/v1/events?" + urlencode({"after": after, "limit": limit})
        )
        return result

    def acknowledge(self, through: int) -> int:
        return int(self._call("POST", "/api/v1/events/ack", {"through": through})["acknowledged"])
