"""Start the relay: secrets, database, app, uvicorn (one worker).

Used by `envoi relay serve` and by `python -m envoi.relay.server` (the container's entry,
which needs none of the desktop app's packages).
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from envoi.errors import InvalidInputError
from envoi.relay.server.config import load_secrets

LOCAL_HTTP = ("http://127.0.0.1", "http://localhost")


def serve(
    folder: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8025,
    db_url: str = "",
    public_url: str = "",
    retention_days: float = 30.0,
    forwarded_allow_ips: str = "127.0.0.1",
    access_log: bool = True,
    tls: tuple[str, str] | None = None,
    smtp_url: str = "",
    smtp_from: str = "",
) -> None:
    """``tls``: (certificate, key) files to serve HTTPS directly (else put Caddy in front)."""
    import uvicorn

    from envoi.relay.server.app import RelaySettings, create_app
    from envoi.relay.server.db import RelayDatabase
    from envoi.relay.server.mailer import smtp_settings

    secrets = load_secrets(folder)
    smtp = smtp_settings(smtp_url, smtp_from) if smtp_url else None
    if public_url and not public_url.startswith(("https://", *LOCAL_HTTP)):
        raise InvalidInputError(
            "The public address must start with https://.",
            "Mail providers accept one-click unsubscribe only over HTTPS.",
        )
    db = RelayDatabase(db_url or f"sqlite:///{folder / 'relay.sqlite3'}")
    settings = RelaySettings(
        secrets.signing_secret,
        secrets.api_token,
        public_url.rstrip("/"),
        timedelta(days=retention_days),
        smtp=smtp,
    )
    scheme = "https" if tls else "http"
    print(f"Envoi Relay on {scheme}://{host}:{port}", file=sys.stderr, flush=True)
    try:
        uvicorn.run(
            create_app(db, settings),
            host=host,
            port=port,
            access_log=access_log,
            proxy_headers=True,
            forwarded_allow_ips=forwarded_allow_ips,
            server_header=False,
            ssl_certfile=tls[0] if tls else None,
            ssl_keyfile=tls[1] if tls else None,
        )
    finally:
        db.dispose()
