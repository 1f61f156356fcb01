"""`envoi bounces ...`: parse returned messages from files, fetch the bounce mailbox."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from envoi.bounces.mailbox import (
    KEYRING_SERVICE,
    KeyringSecrets,
    MailboxSettings,
    fetch_once,
    load_settings,
    save_settings,
)
from envoi.bounces.parse import parse_message
from envoi.bounces.service import BounceService
from envoi.errors import EnvoiError
from envoi.store.engine import Store


def register(subparsers: Any) -> None:
    area = subparsers.add_parser("bounces", help="read bounces, complaints and unsubscribe mail")
    sub = area.add_subparsers(dest="action", metavar="ACTION")
    parse = sub.add_parser("parse", help="parse returned messages (.eml files)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--json", action="store_true", help="one JSON object per file and line")
    parse.set_defaults(handler=_parse_files)

    box = sub.add_parser("mailbox", help="set the IMAP account that receives bounces")
    box.add_argument("--host", required=True)
    box.add_argument("--user", required=True)
    box.add_argument("--port", type=int, default=993)
    box.add_argument("--security", choices=["tls", "starttls", "none"], default="tls")
    box.add_argument("--folder", default="INBOX")
    box.add_argument("--interval", type=int, default=300, help="seconds between checks")
    box.add_argument(
        "--password-stdin", action="store_true", help="read the password and keep it in the keyring"
    )
    box.set_defaults(handler=_set_mailbox)

    fetch = sub.add_parser("fetch", help="check the bounce mailbox once and apply the policy")
    fetch.add_argument(
        "--password-stdin", action="store_true", help="read the password instead of the keyring"
    )
    fetch.add_argument("--limit", type=int, default=None, help="at most N messages")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(handler=_fetch)


def parse_file(path: str) -> dict[str, Any]:
    """The JSON object for one file; a file that cannot be read gets kind "other" and an error."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return {"file": path, "kind": "other", "recipients": [], "error": exc.strerror or str(exc)}
    result = parse_message(raw)
    return {"file": path, **result.to_json()}


def _parse_files(args: argparse.Namespace, store: Store | None) -> int:
    failures = 0
    for path in args.files:
        data = parse_file(path)
        failures += "error" in data
        if args.json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            rcpts = ", ".join(
                f"{r['address']} ({r['reason']}, {r['status'] or r['smtp_reply_code'] or '-'})"
                for r in data["recipients"]
            )
            line = f"{path}: {data['kind']}" + (f": {rcpts}" if rcpts else "")
            if "error" in data:
                line += f" [error: {data['error']}]"
            sys.stdout.write(line + "\n")
    sys.stdout.flush()
    return 1 if failures == len(args.files) else 0


def _read_password() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise EnvoiError("No password was given on standard input.", "Pipe the password in.")
    return password


def _set_mailbox(args: argparse.Namespace, store: Store) -> int:
    settings = MailboxSettings(
        host=args.host,
        user=args.user,
        port=args.port,
        security=args.security,
        folder=args.folder,
        interval_seconds=args.interval,
    )
    if args.password_stdin:
        KeyringSecrets().set_password(KEYRING_SERVICE, f"{args.user}@{args.host}", _read_password())
    save_settings(BounceService(store), settings)
    print(f"bounce mailbox: {settings.user}@{settings.host}:{settings.port} ({settings.security})")
    return 0


def _fetch(args: argparse.Namespace, store: Store) -> int:
    service = BounceService(store)
    settings = load_settings(service)
    if settings is None:
        raise EnvoiError(
            "No bounce mailbox is set up yet.",
            "Run `envoi bounces mailbox --host ... --user ... --password-stdin` first.",
        )
    password: str | None
    if args.password_stdin:
        password = _read_password()
    else:
        password = KeyringSecrets().get_password(
            KEYRING_SERVICE, f"{settings.user}@{settings.host}"
        )
    if password is None:
        raise EnvoiError(
            "The bounce mailbox password is not in the keyring.",
            "Run `envoi bounces mailbox ... --password-stdin` to store it.",
        )
    report = fetch_once(settings, password, service, limit=args.limit)
    data = {
        "fetched": report.fetched,
        "processed": report.processed,
        "unmatched": report.unmatched,
        "ignored": report.ignored,
        "duplicates": report.duplicates,
    }
    if args.json:
        print(json.dumps(data))
    else:
        print(", ".join(f"{k}: {v}" for k, v in data.items()))
    return 0
