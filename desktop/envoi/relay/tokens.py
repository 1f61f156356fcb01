"""Compact signed tokens: which campaign, which contact, which link, sealed with an HMAC.

A token is ``base64url(payload + mac)``: one version byte, one kind byte, the campaign id,
the contact id and (for a click) the link number as unsigned varints, then the first
10 bytes (80 bits) of an HMAC-SHA256. The key is the campaign's own key, derived from the
relay's secret, so a token re-labelled for another campaign fails the check, and Envoi on
the laptop mints the tokens of a registered campaign without knowing the relay's secret.
A typical unsubscribe token is 20 characters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

VERSION = 1
MAC_BYTES = 10
MAX_TOKEN_CHARS = 64  # far above any real token: longer input is refused before decoding


class TokenKind(StrEnum):
    UNSUBSCRIBE = "u"
    CLICK = "c"
    OPEN = "o"


class BadToken(ValueError):
    """The token is malformed, truncated, forged or of another campaign."""


@dataclass(frozen=True, slots=True)
class TokenData:
    kind: TokenKind
    campaign: int
    contact: int
    link: int = 0


def campaign_key(secret: bytes, campaign: int) -> bytes:
    """The per-campaign signing key; the relay gives it to Envoi when a campaign registers."""
    return hmac.new(secret, b"envoi-relay campaign %d" % campaign, hashlib.sha256).digest()


def _varint(value: int) -> bytes:
    if value < 0:
        raise ValueError("token numbers are never negative")
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while pos < len(data):
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            break
    raise BadToken("bad number in token")


def payload(data: TokenData) -> bytes:
    raw = bytes((VERSION, ord(data.kind.value))) + _varint(data.campaign) + _varint(data.contact)
    if data.kind is TokenKind.CLICK:
        raw += _varint(data.link)
    return raw


class TokenSigner:
    """Mints the tokens of one campaign (Envoi's side; the relay uses ``verify``)."""

    def __init__(self, campaign: int, key: bytes) -> None:
        self.campaign = campaign
        self._key = key

    def token(self, kind: TokenKind, contact: int, link: int = 0) -> str:
        raw = payload(TokenData(kind, self.campaign, contact, link))
        mac = hmac.digest(self._key, raw, "sha256")[:MAC_BYTES]
        return base64.urlsafe_b64encode(raw + mac).rstrip(b"=").decode("ascii")


def parse(token: str) -> tuple[TokenData, bytes, bytes]:
    """The claimed data, the signed bytes and the MAC, before any check of the MAC."""
    if not token or len(token) > MAX_TOKEN_CHARS or not token.isascii():
        raise BadToken("token missing, too long or not ASCII")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raise BadToken("token is not base64url") from None
    if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != token:
        # Unused low bits of the last character: one token, one spelling.
        raise BadToken("token is not in canonical form")
    if len(raw) < 2 + 2 + MAC_BYTES or raw[0] != VERSION:
        raise BadToken("token truncated or of an unknown version")
    body, mac = raw[:-MAC_BYTES], raw[-MAC_BYTES:]
    try:
        kind = TokenKind(chr(body[1]))
    except ValueError:
        raise BadToken("unknown token kind") from None
    campaign, pos = _read_varint(body, 2)
    contact, pos = _read_varint(body, pos)
    link = 0
    if kind is TokenKind.CLICK:
        link, pos = _read_varint(body, pos)
    if pos != len(body):
        raise BadToken("trailing bytes in token")
    return TokenData(kind, campaign, contact, link), body, mac


def verify(
    token: str, secret: bytes, expected: TokenKind, keys: dict[int, bytes] | None = None
) -> TokenData:
    """The token's data when its MAC is right for the campaign it names, else BadToken.
    ``keys``: a cache of campaign keys (the relay keeps one per process)."""
    data, body, mac = parse(token)
    if data.kind is not expected:
        raise BadToken("token of another kind")
    key = keys.get(data.campaign) if keys is not None else None
    if key is None:
        key = campaign_key(secret, data.campaign)
        if keys is not None and len(keys) < 100_000:
            keys[data.campaign] = key
    good = hmac.digest(key, body, "sha256")[:MAC_BYTES]
    if not hmac.compare_digest(good, mac):
        raise BadToken("token signature does not match")
    return data
