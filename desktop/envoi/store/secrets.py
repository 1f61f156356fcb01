"""Secrets (passwords, API tokens): in the operating system's keyring, never in the database.

One shape for every secret Envoi keeps: a ``SecretStore`` holds secrets by name within one
keyring service (``envoi-smtp`` for SMTP profiles and the relay's token,
``envoi-bounce-mailbox`` for the bounce mailbox). When no keyring backend works (a
headless Linux box without Secret Service) a secret lives in memory for this process only
(``default_secret_store``), shared by every part of the process; it never falls back to a
plain-text file.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

from envoi.errors import EnvoiError


class SecretStoreUnavailable(EnvoiError):
    """No keyring backend is available on this computer."""


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None: ...

    def delete(self, name: str) -> None: ...


class MemorySecretStore:
    """Secrets for this run only: the safe choice when there is no keyring."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self._secrets[name] = secret

    def delete(self, name: str) -> None:
        self._secrets.pop(name, None)


class KeyringSecretStore:
    """The OS keyring (Secret Service, Keychain, Credential Locker) under one service name.
    Without a backend, ``get`` finds nothing and ``set`` raises SecretStoreUnavailable
    whose hint is ``hint`` (what the user can do instead)."""

    def __init__(self, service: str, *, hint: str = "") -> None:
        import keyring
        from keyring.backends import fail

        self.service = service
        self._hint = hint
        backend = keyring.get_keyring()
        self.available = not isinstance(backend, fail.Keyring) and backend.priority > 0
        self._backend_name = type(backend).__name__

    def _unavailable(self, detail: str) -> SecretStoreUnavailable:
        return SecretStoreUnavailable(
            "This computer has no password keyring, so Envoi cannot store this password.",
            self._hint
            or "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).",
            detail,
        )

    def get(self, name: str) -> str | None:
        if not self.available:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(self.service, name)
        except KeyringError as exc:
            raise self._unavailable(str(exc)) from exc
        return value if isinstance(value, str) else None

    def set(self, name: str, secret: str) -> None:
        if not self.available:
            raise self._unavailable(f"keyring backend: {self._backend_name}")
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self.service, name, secret)
        except KeyringError as exc:
            raise self._unavailable(str(exc)) from exc

    def delete(self, name: str) -> None:
        if not self.available:
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(self.service, name)


# Without a keyring, secrets live for this process only; one memory store per service for
# the whole process, so that a password typed in one place (the Campaigns area) is seen by
# another (the scheduler).
_PROCESS_MEMORY: dict[str, MemorySecretStore] = {}


def default_secret_store(service: str, *, hint: str = "") -> SecretStore:
    """The OS keyring when there is one, else the process's memory store for ``service``."""
    keyring_store = KeyringSecretStore(service, hint=hint)
    if keyring_store.available:
        return keyring_store
    return _PROCESS_MEMORY.setdefault(service, MemorySecretStore())
