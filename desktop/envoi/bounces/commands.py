"""`envoi bounces ...`: parse returned messages from files, fetch the bounce mailbox."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from envoi.bounces.parse import parse_message
from envoi.store.engine import Store


def register(subparsers: Any) -> None:
    area = subparsers.add_parser("bounces", help="read bounces, complaints and unsubscribe mail")
    sub = area.add_subparsers(dest="action", metavar="ACTION")
    parse = sub.add_parser("parse", help="parse returned messages (.eml files)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--json", action="store_true", help="one JSON object per file and line")
    parse.set_defaults(handler=_parse_files)


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
