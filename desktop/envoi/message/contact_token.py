"""The ``X-Envoi-Contact`` value: names the contact to Envoi alone.

A returned message carries the headers of the original, so the bounce processor can tell
whose message came back. The value must not show the internal contact id to the
recipient or to anyone the message is forwarded to, and must not be forgeable into
another contact's id. It is ``e1.`` + base64url(tag || id XOR mask): ``tag`` is an
HMAC-SHA256 of the id (10 bytes), ``mask`` an HMAC of the tag, both under a random key
kept in the database's settings (it travels with backups, so returns still match after a
restore). Reading it back recomputes the tag: a value made without the key reads as
nothing. Messages sent before this value existed carry the bare number, which
``contact_id_of`` still reads.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from envoi.store.settings import get_dict, put_setting

KEY_SETTING = "message.contact_token_key"
_PREFIX = "e1."
_TAG = 10


def _mac(key: bytes, label: bytes, data: bytes) -> bytes:
    # One-shot C HMAC, given the constructor (a name would be looked up per message).
    return hmac.digest(key, label + data, hashlib.sha256)


# One message asks twice (its unsubscribe link, then X-Envoi-Contact), one after the other:
# a tiny cache keeps the second ask from paying the two HMACs again.
@functools.lru_cache(maxsize=8)
def contact_token(key: bytes, contact_id: int) -> str:
    number = int(contact_id)
    tag = _mac(key, b"tag", number.to_bytes(8, "big", signed=False))[:_TAG]
    mask = int.from_bytes(_mac(key, b"mask", tag)[:8], "big")
    hidden = (number ^ mask).to_bytes(8, "big")
    # 18 bytes: 24 base64 characters, no padding.
    return _PREFIX + base64.urlsafe_b64encode(tag + hidden).decode("ascii")


def contact_id_of(value: str | None, key: bytes | None) -> int | None:
    """The contact a header value names: a token made with ``key``, or an old bare
    number; None for anything else (a forged or damaged token, another install's)."""
    text = (value or "").strip()
    if text.isdigit():
        return int(text)
    if not text.startswith(_PREFIX) or not key:
        return None
    try:
        raw = base64.urlsafe_b64decode(text[len(_PREFIX) :] + "==")
    except ValueError:
        return None
    if len(raw) != _TAG + 8:
        return None
    tag = raw[:_TAG]
    mask = int.from_bytes(_mac(key, b"mask", tag)[:8], "big")
    number = int.from_bytes(raw[_TAG:], "big") ^ mask
    if not hmac.compare_digest(_mac(key, b"tag", number.to_bytes(8, "big"))[:_TAG], tag):
        return None
    return number


def token_key(session: Session, *, create: bool = True) -> bytes:
    """The database's key, made on first use (``create=False``: empty when none yet)."""
    key = get_dict(session, KEY_SETTING).get("key")
    if isinstance(key, str) and key:
        return bytes.fromhex(key)
    if not create:
        return b""
    fresh = secrets.token_bytes(32)
    put_setting(session, KEY_SETTING, {"key": fresh.hex()})
    session.flush()
    return fresh
