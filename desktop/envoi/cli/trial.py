"""`envoi campaigns dry-run|test-send`: try a campaign without sending it to its audience."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from envoi.sending.profiles import ProfileService
from envoi.sending.trial import dry_run, test_send
from envoi.store.engine import Store


def register_actions(actions: Any) -> None:
    dry = actions.add_parser("dry-run", help="write the messages as .eml files, send nothing")
    dry.add_argument("campaign")
    dry.add_argument("--out", type=Path, required=True)
    dry.add_argument("--limit", type=int, default=20)
    dry.set_defaults(handler=_dry_run)

    test = actions.add_parser("test-send", help="send the message to your own addresses")
    test.add_argument("campaign")
    test.add_argument("--to", action="append", default=[], required=True)
    test.set_defaults(handler=_test_send)


def _dry_run(args: argparse.Namespace, store: Store) -> int:
    paths = dry_run(store, args.campaign, args.out, args.limit)
    print(f"{len(paths)} messages written to {args.out}")
    return 0


def _test_send(args: argparse.Namespace, store: Store) -> int:
    from envoi.sending.secrets import default_secret_store

    profiles = ProfileService(store, default_secret_store())
    replies = asyncio.run(test_send(store, args.campaign, profiles, args.to))
    worst = 0
    for address, reply in replies:
        print(f"{address}: {reply.kind.value} {reply.code or ''} {reply.text}".rstrip())
        worst = max(worst, 0 if reply.kind.value == "sent" else 1)
    return worst
