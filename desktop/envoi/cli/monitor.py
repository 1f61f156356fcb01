"""`envoi monitor ...`: check the alert rules once (for the OS scheduler: cron, a systemd
timer, Task Scheduler) and list the open alerts."""

from __future__ import annotations

import argparse
from typing import Any

from envoi.cli.common import print_json
from envoi.cli.reports import print_alerts
from envoi.reports.service import Reports
from envoi.store.engine import Store


def register(subparsers: Any) -> None:
    area = subparsers.add_parser("monitor", help="check the alert rules (for a scheduler)")
    sub = area.add_subparsers(dest="action", metavar="ACTION")
    run = sub.add_parser(
        "run",
        help="check every rule once and print the alerts not told before",
        epilog="Exit status: 0 nothing new, 1 new alerts (each is told once while it stays open).",
    )
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=_run)
    status = sub.add_parser("status", help="the open alerts")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)


def _run(args: argparse.Namespace, store: Store) -> int:
    new = Reports(store).new_alerts()
    if args.json:
        print_json([a.to_json() for a in new])
    else:
        for a in new:
            print(f"{a.severity:8} {a.text}  [{a.key}]")
    return 1 if new else 0


def _status(args: argparse.Namespace, store: Store) -> int:
    print_alerts(Reports(store).alerts(), args.json)
    return 0
