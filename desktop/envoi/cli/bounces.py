"""`envoi bounces ...`: parse returned messages from files, fetch the bounce mailbox."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from envoi.bounces.mailbox import (
    MailboxSettings,
    fetch_once,
    load_settings,
    mailbox_keyring,
    save_settings,
    secret_name,
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

    imp = sub.add_parser("import", help="process returned messages saved as files (.eml)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(handler=_import_files)

    show = sub.add_parser("list", help="the latest bounce records")
    show.add_argument("--kind", choices=["bounce", "feedback"])
    show.add_argument("--reason")
    show.add_argument("--search", default="")
    show.add_argument("--limit", type=int, default=50)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_list_records)

    pol = sub.add_parser("policy", help="show or change what bounces do to contacts")
    pol.add_argument("--soft-limit", type=int, help="soft bounces before suppression")
    pol.add_argument("--soft-window-days", type=int, help="...counted within this many days")
    pol.add_argument("--suppress-hard", choices=["yes", "no"])
    pol.add_argument("--suppress-complaints", choices=["yes", "no"])
    pol.add_argument("--honour-unsubscribe-mail", choices=["yes", "no"])
    pol.set_defaults(handler=_policy)

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
        mailbox_keyring().set(secret_name(args.host, args.user), _read_password())
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
        password = mailbox_keyring().get(secret_name(settings.host, settings.user))
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


def _import_files(args: argparse.Namespace, store: Store) -> int:
    service = BounceService(store)
    failures = 0
    for path in args.files:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            print(f"{path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            failures += 1
            continue
        out = service.process(raw, source=f"file:{Path(path).name}")
        actions = ", ".join(f"{r.address} {r.reason} -> {r.action}" for r in out.records)
        state = "already processed" if out.duplicate else out.state
        print(f"{path}: {out.kind}, {state}" + (f": {actions}" if actions else ""))
    return 1 if failures == len(args.files) else 0


def _list_records(args: argparse.Namespace, store: Store) -> int:
    rows = BounceService(store).rows(
        search=args.search, kind=args.kind, reason=args.reason, limit=args.limit
    )
    for r in rows:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": r.id,
                        "received_at": r.received_at.isoformat(),
                        "kind": r.kind,
                        "address": r.address,
                        "contact_id": r.contact_id,
                        "campaign_id": r.campaign_id,
                        "reason": r.reason,
                        "status": r.status,
                        "smtp_reply_code": r.smtp_reply_code,
                        "hard": r.hard,
                        "action": r.action,
                        "diagnostic": r.diagnostic,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            when = r.received_at.strftime("%Y-%m-%d %H:%M")
            print(f"{when}  {r.kind:8} {r.reason:15} {r.status or '-':8} {r.action:12} {r.address}")
    return 0


def _yes(value: str | None, current: bool) -> bool:
    return current if value is None else value == "yes"


def _policy(args: argparse.Namespace, store: Store) -> int:
    from envoi.bounces.policy import BouncePolicy

    service = BounceService(store)
    old = service.policy()
    new = BouncePolicy(
        suppress_hard=_yes(args.suppress_hard, old.suppress_hard),
        soft_limit=args.soft_limit if args.soft_limit is not None else old.soft_limit,
        soft_window_days=(
            args.soft_window_days if args.soft_window_days is not None else old.soft_window_days
        ),
        suppress_complaints=_yes(args.suppress_complaints, old.suppress_complaints),
        honour_unsubscribe_mail=_yes(args.honour_unsubscribe_mail, old.honour_unsubscribe_mail),
    )
    if new != old:
        service.set_policy(new)
    print(json.dumps(new.to_json()))
    return 0
