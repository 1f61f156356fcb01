"""Address normalisation and offline validation.

The fast path is a strict ASCII pattern that only accepts addresses email-validator also
accepts; anything else (non-ASCII, quoted local parts, odd dots) goes through email-validator
so that the reason given to the user is the library's, never a guess of ours.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from envoi.header_values import has_line_break

_FAST = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


@dataclass(frozen=True, slots=True)
class Address:
    email: str  # as given, domain lower-cased
    key: str  # case-insensitive identity
    domain: str


class InvalidAddress(ValueError):
    """``str(exc)`` is a reason a shop owner understands."""


def common_parts(value: str) -> tuple[str, str, str] | None:
    """(email, key, domain) of a plain ASCII address as ``normalize`` gives them, or None
    when ``value`` needs the full treatment. Whitespace around it also gives None: the fast
    path's characters include no space, so a matched value is already trimmed, has no
    'mailto:' (no colon either) and no line break."""
    if len(value) <= 254 and _FAST.fullmatch(value):
        local, _, domain = value.rpartition("@")
        if len(local) <= 64:
            domain = domain.lower()
            email = f"{local}@{domain}"
            return email, email.lower(), domain
    return None


def normalize(raw: str) -> Address:
    """Trim, validate (syntax only, no network) and normalise an address."""
    value = raw.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:].strip()
    if not value:
        raise InvalidAddress("The address is empty.")
    if has_line_break(value):
        raise InvalidAddress("The address contains a line break.")
    fast = common_parts(value)
    if fast is not None:
        return Address(*fast)
    # Imported on first use: the fast path covers nearly every address, and the library
    # costs ~40 ms of start-up.
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(value, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise InvalidAddress(str(exc)) from None
    domain = info.domain.lower()
    email = f"{info.local_part}@{domain}"
    return Address(email, email.lower(), domain)


def address_hash(key: str) -> str:
    """The hash kept on the suppression list after a contact is erased."""
    return hashlib.sha256(key.strip().lower().encode("utf-8")).hexdigest()
