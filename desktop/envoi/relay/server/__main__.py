"""`python -m envoi.relay.server`: the relay alone (a container's entry point).

Settings from the environment: ENVOI_RELAY_DIR (secrets and the SQLite file),
ENVOI_RELAY_DB (e.g. a PostgreSQL URL), ENVOI_RELAY_PUBLIC_URL, ENVOI_RELAY_RETENTION_DAYS,
ENVOI_RELAY_ACCESS_LOG (0: no access log), ENVOI_RELAY_SMTP_URL and ENVOI_RELAY_SMTP_FROM
(the sign-up confirmation mail).
The secrets are created on the first start; the API token is then in DIR/api-token.
"""

from __future__ import annotations

import argparse
import os
import sys

from envoi.errors import EnvoiError
from envoi.relay.server.config import TOKEN_FILE, init_secrets, relay_dir
from envoi.relay.server.run import serve


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m envoi.relay.server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--forwarded-allow-ips", default="*")
    args = parser.parse_args()
    folder = relay_dir(None)
    try:
        if not (folder / TOKEN_FILE).exists():
            init_secrets(folder)
            print(f"Relay secrets created in {folder}.", file=sys.stderr)
        serve(
            folder,
            host=args.host,
            port=args.port,
            db_url=os.environ.get("ENVOI_RELAY_DB", ""),
            public_url=os.environ.get("ENVOI_RELAY_PUBLIC_URL", ""),
            retention_days=float(os.environ.get("ENVOI_RELAY_RETENTION_DAYS", "30")),
            forwarded_allow_ips=args.forwarded_allow_ips,
            access_log=os.environ.get("ENVOI_RELAY_ACCESS_LOG", "1") != "0",
            smtp_url=os.environ.get("ENVOI_RELAY_SMTP_URL", ""),
            smtp_from=os.environ.get("ENVOI_RELAY_SMTP_FROM", ""),
        )
    except EnvoiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
