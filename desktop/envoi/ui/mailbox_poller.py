"""The bounce mailbox, read in the background while the window is open.

`poll_forever` runs as a task on the qasync loop; its blocking IMAP calls (a fetch, an IDLE
wait of up to the polling interval) run in daemon threads, so quitting never waits for them:
a fetch cut short leaves its message unmoved, and the next run skips what is already stored.
Each check that stored something publishes a ``Finished(MAILBOX_TASK)`` event; the window
passes an ``EventBridge`` (ui/bridge.py), so the Bounces area shows new bounces at once.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from envoi.bounces.mailbox import (
    FetchReport,
    load_settings,
    mailbox_keyring,
    poll_forever,
    secret_name,
)
from envoi.bounces.service import BounceService
from envoi.errors import EnvoiError
from envoi.events import Finished, Listener
from envoi.store.engine import Store
from envoi.store.secrets import SecretStore
from envoi.ui.i18n import translate_core

log = logging.getLogger(__name__)
T = TypeVar("T")
MAILBOX_TASK = "bounce-mailbox"


class DaemonThreads(Executor):
    """One daemon thread per call: nothing to join when the application quits."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="envoi-mailbox", daemon=True).start()
        return future


async def poll_mailbox(
    service: BounceService,
    show_status: Callable[[str], None],
    secrets: SecretStore | None = None,
    executor: Executor | None = None,
    events: Listener | None = None,
) -> None:
    """Poll the configured mailbox until cancelled; return at once if there is none, or if
    its password is not in the keyring (the Bounces area's button says why). ``events``
    hears of every check that stored new messages."""
    loop = asyncio.get_running_loop()
    settings = await loop.run_in_executor(executor, load_settings, service)
    if settings is None:
        return
    store = secrets or mailbox_keyring()
    user = secret_name(settings.host, settings.user)
    try:
        password = await loop.run_in_executor(executor, store.get, user)
    except EnvoiError as exc:
        log.info("bounce mailbox not polled: %s", exc.user_message)
        return
    if not password:
        log.info("bounce mailbox not polled: no password in the keyring for %s", user)
        return

    def on_report(report: FetchReport) -> None:
        if report.fetched:
            text = QCoreApplication.translate(
                "MailboxPoller", "Bounce mailbox: {0} read, {1} processed, {2} kept for review"
            ).format(report.fetched, report.processed + report.ignored, report.unmatched)
            show_status(text)
            if events is not None and report.fetched > report.duplicates:
                events(Finished(MAILBOX_TASK, text))

    def on_error(exc: EnvoiError) -> None:
        show_status(
            QCoreApplication.translate("MailboxPoller", "Bounce mailbox: {0} {1}")
            .format(translate_core(exc.user_message), translate_core(exc.hint))
            .strip()
        )

    await poll_forever(settings, password, service, on_report, on_error, executor)


def start_mailbox_polling(
    store: Store,
    show_status: Callable[[str], None],
    secrets: SecretStore | None = None,
    events: Listener | None = None,
    service: BounceService | None = None,
) -> asyncio.Task[None]:
    """The polling task on the running loop; cancel it on quit. ``service``: the window's
    (app.py hands it down); tests may leave it out."""
    bounces = service or BounceService(store)
    task = asyncio.ensure_future(
        poll_mailbox(bounces, show_status, secrets, DaemonThreads(), events)
    )

    def done(t: asyncio.Task[None]) -> None:
        if t.cancelled() or t.exception() is None:
            return
        exc = t.exception()
        log.error("bounce mailbox polling stopped", exc_info=exc)
        show_status(
            QCoreApplication.translate(
                "MailboxPoller", "Bounce mailbox polling stopped: {0}"
            ).format(exc)
        )

    task.add_done_callback(done)
    return task
