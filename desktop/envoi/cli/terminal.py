"""Terminal helpers of `envoi campaigns send|resume`: progress bar, preflight prompt."""

from __future__ import annotations

import argparse
import os
import sys

from envoi.sending.campaigns import CampaignService
from envoi.sending.engine_state import SendStats, eta_seconds
from envoi.sending.preflight import preflight
from envoi.sending.profiles import ProfileService
from envoi.store.engine import Store


class ProgressBar:
    """A one-line terminal progress bar on stderr (plain lines when not a terminal)."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = ""

    def __call__(self, stats: SendStats) -> None:
        c, total = stats.counts, max(stats.total, 1)
        width = 30
        filled = int(width * stats.done / total)
        line = (
            f"[{'#' * filled}{'.' * (width - filled)}] {stats.done}/{stats.total} "
            f"sent {c.get('sent', 0)} deferred {c.get('deferred', 0)} failed "
            f"{c.get('failed', 0)} unknown {c.get('unknown', 0)} {stats.rate:.0f}/s"
        )
        left = eta_seconds(stats)
        if left is not None:
            line += f" ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
        if self._tty:
            sys.stderr.write("\r" + line)
            sys.stderr.flush()
        self._last = line

    def close(self) -> None:
        if self._tty:
            sys.stderr.write("\n")
        elif self._last:
            print(self._last, file=sys.stderr)


def choose_processes(args: argparse.Namespace, service: CampaignService) -> int:
    """Worker processes for building messages: worth their start-up (about a second) only
    for a large campaign on a machine with cores to spare."""
    chosen = getattr(args, "processes", None)
    if chosen is not None:
        return max(0, int(chosen))
    counts = service.get(args.campaign).counts
    cores = os.cpu_count() or 1
    return min(2, cores - 1) if counts["queued"] + counts["deferred"] >= 2000 else 0


def preflight_ok(store: Store, args: argparse.Namespace, profiles: ProfileService) -> bool:
    """Errors block; warnings need --yes (or a yes at the terminal)."""
    report = preflight(store, args.campaign, profiles)
    for issue in report.issues:
        print(f"{issue.severity}: {issue.message}", file=sys.stderr)
        if issue.hint:
            print(f"  hint: {issue.hint}", file=sys.stderr)
    if report.blocking:
        return False
    if report.warnings and not getattr(args, "yes", True):
        if not sys.stdin.isatty():
            print("Not sent: confirm the warnings above with --yes.", file=sys.stderr)
            return False
        return input("Send anyway? [y/N] ").strip().lower() in ("y", "yes")
    return True
