"""SMTP passwords: in the operating system's keyring, never in the database.

When no keyring backend works (a headless Linux box without Secret Service), Envoi says so
and keeps the password only in memory for this run; the user can also pass it in the
ENVOI_SMTP_PASSWORD environment variable for unattended sends. It never falls back to a
plain-text file.
"""

from __future__ import annotations

import contextlib
import os
from typing import Protocol

from envoi.errors import EnvoiError

SERVICE = "envoi-smtp"
PASSWORD_ENV = "ENVOI_SMTP_PASSWORD"


class SecretStoreUnavailable(EnvoiError):
    """No keyring backend is available on this computer."""


class SecretStore(Protocol):
    def get(self, profile: str) -> str | None: ...

    def set(self, profile: str, secret: str) -> None: ...

    def delete(self, profile: str) -> None: ...


class MemorySecretStore:
    """Passwords for this run only: the safe choice when there is no keyring."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def get(self, profile: str) -> str | None:
        return self._secrets.get(profile)

    def set(self, profile: str, secret: str) -> None:
        self._secrets[profile] = secret

    def delete(self, profile: str) -> None:
        self._secrets.pop(profile, None)


def _unavailable(detail: str) -> SecretStoreUnavailable:
    return SecretStoreUnavailable(
        "This computer has no password keyring, so Envoi cannot store the SMTP password.",
        f"Envoi will ask for it when sending, or read it from {PASSWORD_ENV}; on Linux, "
        "install and unlock a Secret Service keyring (GNOME Keyring or KWallet).",
        detail,
    )


class KeyringSecretStore:
    def __init__(self) -> None:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        self.available = not isinstance(backend, fail.Keyring) and backend.priority > 0
        self._backend_name = type(backend).__name__

    def get(self, profile: str) -> str | None:
        if not self.available:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(SERVICE, profile)
        except KeyringError as exc:
            raise _unavailable(str(exc)) from exc
        return value if isinstance(value, str) else None

    def set(self, profile: str, secret: str) -> None:
        if not self.available:
            raise _unavailable(f"keyring backend: {self._backend_name}")
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, profile, secret)
        except KeyringError as exc:
            raise _unavailable(str(exc)) from exc

    def delete(self, profile: str) -> None:
        if not self.available:
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(SERVICE, profile)


# Without a keyring, passwords live for this process only; one store for the whole process,
# so that a password typed in one place (the Campaigns area) is seen by another (the scheduler).
_PROCESS_MEMORY = MemorySecretStore()


def default_secret_store() -> SecretStore:
    """The OS keyring when there is one, else the process's memory store."""
    keyring_store = KeyringSecretStore()
    return keyring_store if keyring_store.available else _PROCESS_MEMORY


def password_for(store: SecretStore, profile: str) -> str | None:
    """The environment variable wins (unattended sends), then the store."""
    return os.environ.get(PASSWORD_ENV) or store.get(profile)
