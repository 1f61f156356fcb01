"""SMTP passwords (and the relay's token), kept by the one SecretStore of envoi.store.secrets
under the keyring service ``envoi-smtp``.

When no keyring backend works, Envoi says so and keeps the password only in memory for this
run; the user can also pass it in the ENVOI_SMTP_PASSWORD environment variable for
unattended sends.
"""

from __future__ import annotations

import os

from envoi.store import secrets as _secrets
from envoi.store.secrets import (
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
    SecretStoreUnavailable,
)

__all__ = [
    "PASSWORD_ENV",
    "SERVICE",
    "MemorySecretStore",
    "SecretStore",
    "SecretStoreUnavailable",
    "default_secret_store",
    "password_for",
    "smtp_keyring",
]

SERVICE = "envoi-smtp"
PASSWORD_ENV = "ENVOI_SMTP_PASSWORD"
HINT = (
    f"Envoi will ask for it when sending, or read it from {PASSWORD_ENV}; on Linux, "
    "install and unlock a Secret Service keyring (GNOME Keyring or KWallet)."
)


def smtp_keyring() -> KeyringSecretStore:
    """The keyring's SMTP passwords (whether or not a backend works)."""
    return KeyringSecretStore(SERVICE, hint=HINT)


def default_secret_store() -> SecretStore:
    """The SMTP passwords: the OS keyring when there is one, else the process's memory."""
    return _secrets.default_secret_store(SERVICE, hint=HINT)


def password_for(store: SecretStore, profile: str) -> str | None:
    """The environment variable wins (unattended sends), then the store."""
    return os.environ.get(PASSWORD_ENV) or store.get(profile)
