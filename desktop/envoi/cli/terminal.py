"""Terminal helpers: the progress bar (sends and imports), the preflight prompt of
`envoi campaigns send|resume`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from envoi.events import Event, Progress
from envoi.sending.campaigns import CampaignService
from envoi.sending.engine_state import SendStats, eta_seconds
from envoi.sending.preflight import PreflightIssue, PreflightReport, preflight
from envoi.sending.profiles import ProfileService
from envoi.store.engine import Store


class ProgressBar:
    """The one terminal progress bar, of sends (`SendStats`) and imports (`Progress`
    events): one line on stderr redrawn in place on a terminal; elsewhere (a file, a pipe)
    only the last line, written at close."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self._stream = stream or sys.stderr
        self._width = width
        self._tty = self._stream.isatty()
        self._last = ""

    def __call__(self, update: Event | SendStats) -> None:
        if isinstance(update, SendStats):
            self.show(update.done, update.total, _send_text(update))
        elif isinstance(update, Progress):
            share = update.done / update.total if update.total else 0.0
            self.show(update.done, update.total, f"{share:4.0%}  {update.message}")

    def show(self, done: int, total: int, text: str) -> None:
        filled = int(self._width * min(done / total if total else 0.0, 1.0))
        line = f"[{'#' * filled}{'.' * (self._width - filled)}] {text}"
        if self._tty:
            # Spaces over the tail of a longer line before.
            self._stream.write("\r" + line.ljust(len(self._last)))
            self._stream.flush()
        self._last = line

    def close(self) -> None:
        if self._tty:
            self._stream.write("\n")
        elif self._last:
            self._stream.write(self._last + "\n")
        self._stream.flush()


def _send_text(stats: SendStats) -> str:
    c = stats.counts
    text = (
        f"{stats.done}/{stats.total} sent {c.get('sent', 0)} deferred {c.get('deferred', 0)} "
        f"failed {c.get('failed', 0)} unknown {c.get('unknown', 0)} {stats.rate:.0f}/s"
    )
    left = eta_seconds(stats)
    if left is not None:
        text += f" ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
    return text


def choose_processes(args: argparse.Namespace, service: CampaignService) -> int:
    """Worker processes for building messages: worth their start-up (about a second) only
    for a large campaign on a machine with cores to spare."""
    chosen = getattr(args, "processes", None)
    if chosen is not None:
        return max(0, int(chosen))
    counts = service.get(args.campaign).counts
    cores = os.cpu_count() or 1
    return min(2, cores - 1) if counts["queued"] + counts["deferred"] >= 2000 else 0


def preflight_ok(
    store: Store,
    args: argparse.Namespace,
    profiles: ProfileService,
    extra: Sequence[PreflightIssue] = (),
) -> bool:
    """Errors block; warnings need --yes (or a yes at the terminal). ``extra``: issues
    found before the preflight (the relay's), judged with it."""
    found = preflight(store, args.campaign, profiles)
    report = PreflightReport((*extra, *found.issues))
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
