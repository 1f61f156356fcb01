"""The relay's secrets: a signing secret and an API token, each in a file of mode 0600.

``envoi relay init`` writes them once; ``envoi relay serve`` reads them. The folder is
``--dir``, else ENVOI_RELAY_DIR, else ``relay/`` in the user's data folder.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from envoi.errors import EnvoiError

DIR_ENV = "ENVOI_RELAY_DIR"
SECRET_FILE = "signing-secret"
TOKEN_FILE = "api-token"


class RelayConfigError(EnvoiError):
    """The relay's secret files are missing, unreadable or too open."""


@dataclass(frozen=True, slots=True)
class RelaySecrets:
    signing_secret: bytes
    api_token: str


def relay_dir(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get(DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("Envoi", False)) / "relay"


def _write_private(path: Path, text: str) -> None:
    # O_EXCL + mode 0600 from the start: the secret is never readable by others, not even
    # for the moment between a write and a chmod.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text + "\n")


def init_secrets(folder: Path, *, force: bool = False) -> RelaySecrets:
    """Create the two files; refuses to replace them unless ``force`` (old links would die)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    paths = [folder / SECRET_FILE, folder / TOKEN_FILE]
    if any(p.exists() for p in paths):
        if not force:
            raise RelayConfigError(
                f"The relay in {folder} already has its secrets.",
                "Keep them: every link already sent is signed with them. Use --force only "
                "to start over (old unsubscribe links then stop working).",
            )
        for path in paths:
            path.unlink(missing_ok=True)
    made = RelaySecrets(secrets.token_bytes(32), secrets.token_urlsafe(32))
    _write_private(paths[0], made.signing_secret.hex())
    _write_private(paths[1], made.api_token)
    return made


def load_secrets(folder: Path) -> RelaySecrets:
    values = []
    for name in (SECRET_FILE, TOKEN_FILE):
        path = folder / name
        try:
            mode = path.stat().st_mode & 0o077
            text = path.read_text(encoding="ascii").strip()
        except OSError as exc:
            raise RelayConfigError(
                f"The relay's {name} file cannot be read.",
                "Run `envoi relay init` first (or pass the folder with --dir).",
                str(exc),
            ) from exc
        if mode and os.name == "posix":
            raise RelayConfigError(
                f"The relay's {name} file can be read by other users.",
                f"Run `chmod 600 {path}`.",
            )
        values.append(text)
    try:
        secret = bytes.fromhex(values[0])
    except ValueError:
        secret = b""
    if len(secret) < 16 or not values[1]:
        raise RelayConfigError(f"The relay's secret files in {folder} are damaged.")
    return RelaySecrets(secret, values[1])
