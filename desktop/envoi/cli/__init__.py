"""The command line: `envoi` opens the window; `envoi AREA ACTION ...` works headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from envoi import __version__
from envoi.cli.common import open_store, report_error
from envoi.errors import EnvoiError
from envoi.store.engine import Store

# Each area adds its sub-commands; a handler gets (args, store) and returns an exit code.
Handler = Callable[[argparse.Namespace, Store], int]


def _registrars() -> list[Callable[[Any], None]]:
    from envoi.cli import abtests as abtests_commands
    from envoi.cli import backup as backup_commands
    from envoi.cli import bounces as bounces_commands
    from envoi.cli import campaigns as sending_commands
    from envoi.cli import contacts as contacts_commands
    from envoi.cli import dns as dnscheck_commands
    from envoi.cli import lists as list_commands
    from envoi.cli import monitor as monitor_commands
    from envoi.cli import relay as relay_commands
    from envoi.cli import reports as reports_commands
    from envoi.cli import segments as segments_commands
    from envoi.cli import templates as templates_commands

    return [
        contacts_commands.register,
        list_commands.register,
        segments_commands.register,
        dnscheck_commands.register,
        bounces_commands.register,
        templates_commands.register,
        sending_commands.register,
        backup_commands.register,
        relay_commands.register,
        reports_commands.register,
        monitor_commands.register,
        abtests_commands.register,
    ]


def _opens_window(argv: Sequence[str]) -> bool:
    """Only options, no AREA and no --help: the window (or --selftest) is wanted, and the
    areas' sub-commands need not be imported (they cost ~1 s of start-up)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in ("-h", "--help") or not token.startswith("-"):
            return False
        i += 2 if token == "--db" else 1
    return True


def build_parser(areas: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="envoi",
        description="Envoi: email campaigns from your own computer. "
        "Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"envoi {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database address (default: ENVOI_DB, else the local file in your data folder); "
        "e.g. postgresql://user:password@host/envoi",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="start offscreen, open and migrate the database, build the main window, exit",
    )
    sub = parser.add_subparsers(dest="area", metavar="AREA")
    for register in _registrars() if areas else ():
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(areas=not _opens_window(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    # A command that runs without Envoi's database (the relay's init and serve, on a server).
    standalone: Callable[[argparse.Namespace], int] | None = getattr(args, "standalone", None)
    try:
        if standalone is not None:
            return standalone(args)
        if handler is None:
            if args.area:
                parser.parse_args([*(argv or sys.argv[1:]), "--help"])
            from envoi.ui.app import run_gui

            return run_gui(db_url=args.db, selftest=args.selftest)
        store = open_store(args.db)
        try:
            return handler(args, store)
        finally:
            store.dispose()
    except EnvoiError as exc:
        report_error(exc)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
