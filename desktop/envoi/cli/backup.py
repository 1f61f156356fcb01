"""`envoi backup [FILE]` and `envoi restore FILE [--yes]`: the File menu's backups, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from envoi.store.backup import (
    DatabaseSummary,
    back_up,
    default_backup_name,
    human_size,
    sqlite_file,
)
from envoi.store.engine import Store
from envoi.store.restore import (
    RestorePlan,
    RestoreRefused,
    apply_restore,
    campaigns_sending,
    discard,
    prepare_restore,
    refuse_while_sending,
)


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="copy the database to one .envoi file (safe while Envoi runs)",
        description="Copy the database to one .envoi file, safely while Envoi runs. "
        "A team database on PostgreSQL is backed up with pg_dump by whoever runs the server.",
    )
    backup.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="the backup file or a folder for it (default: 'Envoi backup DATE TIME.envoi' "
        "in the current folder)",
    )
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument("--json", action="store_true", help="print the result as JSON")
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept beside it)",
        description="Replace the database with a .envoi backup. The backup is checked first; "
        "the current database is kept as envoi.sqlite3.before-restore-DATE-TIME.",
    )
    restore.add_argument("file", metavar="FILE", help="the .envoi backup")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--json", action="store_true", help="print the result as JSON")
    restore.set_defaults(handler=_restore)


def summary_json(summary: DatabaseSummary | None) -> dict[str, Any] | None:
    if summary is None:
        return None
    return {
        "file": str(summary.path),
        "size": summary.size,
        "revision": summary.revision,
        "made_at": summary.made_at.isoformat(timespec="seconds") if summary.made_at else None,
        "counts": summary.counts,
    }


def _target(arg: str | None) -> Path:
    if not arg:
        return Path.cwd() / default_backup_name()
    path = Path(arg).expanduser()
    return path / default_backup_name() if path.is_dir() else path


def _backup(args: argparse.Namespace, store: Store) -> int:
    from envoi.cli.common import print_json

    source = sqlite_file(store.engine, "backup")
    target = _target(args.file)
    if target.exists() and not args.force:
        print(f"error: {target} already exists", file=sys.stderr)
        print("hint: choose another name, or add --force to replace it", file=sys.stderr)
        return 2
    show = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rbacking up… {done * 100 // max(total, 1)}%", end="", file=sys.stderr)

    result = back_up(source, target, progress=progress)
    if show:
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "file": str(result.path),
                "size": result.size,
                "seconds": round(result.seconds, 3),
                "summary": summary_json(result.summary),
            }
        )
    else:
        print(f"backed up to {result.path} ({human_size(result.size)})")
    return 0


def describe(label: str, summary: DatabaseSummary | None) -> str:
    if summary is None:
        return f"{label}: (no database yet)"
    when = f"{summary.made_at:%Y-%m-%d %H:%M}" if summary.made_at else "?"
    counts = ", ".join(f"{n} {t}" for t, n in summary.counts.items())
    return f"{label}: {summary.path} ({when}, {human_size(summary.size)}): {counts}"


def _confirm(plan: RestorePlan) -> bool:
    print(describe("replace", plan.current), file=sys.stderr)
    print(describe("with", plan.incoming), file=sys.stderr)
    if not sys.stdin.isatty():
        return False
    answer = input("Restore this backup? The current database is kept beside it. [y/N] ")
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def _restore(args: argparse.Namespace, store: Store) -> int:
    from envoi.cli.common import open_store, print_json

    live = sqlite_file(store.engine, "restore")
    url = store.engine.url.render_as_string(hide_password=False)
    refuse_while_sending(campaigns_sending(live))
    plan = prepare_restore(Path(args.file).expanduser(), live)
    try:
        if not args.yes and not _confirm(plan):
            raise RestoreRefused(
                "Nothing was restored.",
                "Answer y to restore, or add --yes when no one can answer (a script).",
            )
        store.dispose()  # apply_restore needs the database to itself
        result = apply_restore(plan)
    except BaseException:
        discard(plan)
        raise
    # Opened as at start-up: an older backup is migrated now (with its own safety copy).
    open_store(url).dispose()
    if args.json:
        print_json(
            {
                "restored": summary_json(result.incoming),
                "database": str(result.live),
                "kept": str(result.kept) if result.kept else None,
                "migrated": plan.migrates,
            }
        )
    else:
        print(f"restored {result.incoming.path.name} into {result.live}")
        if result.kept:
            print(f"the previous database is kept as {result.kept}")
    return 0
