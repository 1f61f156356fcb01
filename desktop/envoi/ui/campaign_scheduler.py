"""Scheduled campaigns start on time while the window is open.

The sending ``Scheduler`` runs as a task on the qasync loop and decides when; each due
campaign is then started by the Campaigns area, in the same progress view (and the same
send thread) as a send started by hand, and the status bar says so. Quitting pauses it
there like any other send: the database keeps where it was, and Resume continues.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from envoi.relay.client.send import before_send
from envoi.sending.campaigns import CampaignRecord
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import ProfileService
from envoi.sending.scheduler import Scheduler
from envoi.sending.secrets import default_secret_store
from envoi.store.engine import Store

if TYPE_CHECKING:
    from envoi.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# A campaign scheduled a few seconds ahead from the window is seen within this delay; the
# scheduler sleeps until the next known due time when that comes sooner.
INTERVAL_S = 2.0


def start_campaign_scheduler(
    store: Store,
    window: MainWindow,
    *,
    interval: float = INTERVAL_S,
    profiles: ProfileService | None = None,
) -> asyncio.Task[None]:
    """The scheduler's task on the running loop; cancel it on quit. ``profiles``: the
    window's (app.py hands it down); tests may leave it out."""

    def launch(record: CampaignRecord) -> None:
        page = window.page("campaigns")
        start = getattr(page, "start_scheduled", None)
        if start is None:  # pragma: no cover - the area is always there
            return
        start(record.id)
        window.show_status(
            QCoreApplication.translate(
                "CampaignScheduler", "Scheduled campaign “{0}” started."
            ).format(record.name)
        )

    profiles = profiles or ProfileService(store, default_secret_store())
    # With a relay: its unsubscribes pulled and the campaign registered before the start
    # (an unreachable relay only means the mailto unsubscribe, as the window's Send warns).
    relay = functools.partial(before_send, store, default_secret_store())
    scheduler = Scheduler(store, profiles, LimiterPool(), interval=interval, launch=launch,
                          before_start=relay)  # fmt: skip
    task = asyncio.ensure_future(scheduler.run_forever())

    def done(t: asyncio.Task[None]) -> None:
        if t.cancelled() or t.exception() is None:
            return
        exc = t.exception()
        log.error("campaign scheduler stopped", exc_info=exc)
        window.show_status(
            QCoreApplication.translate(
                "CampaignScheduler", "Scheduled campaigns are no longer started: {0}"
            ).format(exc)
        )

    task.add_done_callback(done)
    return task
