"""Envoi Relay, synced in the background while the window is open (started by ui/app.py).

Every few minutes (and once soon after start), when Envoi is connected to a relay, its
events are pulled and applied in a worker thread (``envoi.relay.client.sync``); the status
bar says what came in, or that the relay cannot be reached. Nothing happens without a
relay.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from envoi.errors import EnvoiError
from envoi.relay.client.connection import RelayService
from envoi.relay.client.sync import SyncResult, sync
from envoi.sending.secrets import default_secret_store
from envoi.store.engine import Store
from envoi.ui.i18n import translate_core
from envoi.ui.mailbox_poller import DaemonThreads

log = logging.getLogger(__name__)
INTERVAL = 300.0  # seconds between two syncs
FIRST = 5.0


def sync_once(store: Store) -> SyncResult | None:
    """One sync when a relay is configured with its token here, else None."""
    service = RelayService(store, default_secret_store())
    if service.connection() is None or not service.token():
        return None
    return sync(store, service)


async def sync_forever(
    store: Store, show_status: Callable[[str], None], interval: float = INTERVAL
) -> None:
    loop = asyncio.get_running_loop()
    executor = DaemonThreads()
    await asyncio.sleep(FIRST)
    while True:
        try:
            result = await loop.run_in_executor(executor, sync_once, store)
        except EnvoiError as exc:
            show_status(
                QCoreApplication.translate("RelaySyncer", "Relay: {0}").format(
                    translate_core(exc.user_message)
                )
            )
        except Exception:  # a bug: logged, and the next round tries again
            log.exception("relay sync failed")
        else:
            if result is not None and result.new:
                text = QCoreApplication.translate(
                    "RelaySyncer", "Relay: {0} unsubscribes, {1} clicks, {2} opens received"
                )
                show_status(text.format(result.unsubscribed, result.clicks, result.opens))
        await asyncio.sleep(interval)


def start_relay_sync(store: Store, show_status: Callable[[str], None]) -> asyncio.Task[None]:
    """The sync task on the running loop; cancel it on quit."""
    return asyncio.ensure_future(sync_forever(store, show_status))
