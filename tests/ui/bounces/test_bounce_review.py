"""The Bounces area, issue 14 point 13: the right enhanced status and the whole diagnostic
of a record, the review queue of returned messages that matched nobody (assign, ignore,
raw), and new bounces from the background poller shown without pressing Refresh."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from envoi.bounces.service import BounceService
from envoi.contacts.service import ContactService
from envoi.store.engine import Store
from envoi.ui.context import UiContext
from envoi.ui.views.bounces.bounce_table_model import DIAGNOSTIC_COLUMN
from envoi.ui.views.bounces.bounces_view import BouncesView
from tests.ui.bounces.test_bounces_view import dsn, ui_context

TIMEOUT = 10_000
# Amazon SES wraps the receiver's "550 5.2.2 Mailbox Full" in its own "5.1.0" prefix.
SES_MAILBOX_FULL = "maildir/bsd/lhost-amazonses-03.eml"


@pytest.fixture
def ctx(sqlite_store: Store, tmp_path: Path) -> Iterator[UiContext]:
    yield from ui_context(sqlite_store, tmp_path)


def _view(qtbot, ctx: UiContext) -> BouncesView:  # type: ignore[no-untyped-def]
    view = BouncesView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.count_label.text() != "", timeout=TIMEOUT)  # rows loaded
    return view


def test_mailbox_full_shows_5_2_2_and_the_whole_diagnostic(
    qtbot, ctx: UiContext, corpus: Path
) -> None:  # type: ignore[no-untyped-def]
    ContactService(ctx.services.store).add("kijitora@example.jp")
    raw = (corpus / "bounces" / "emails" / SES_MAILBOX_FULL).read_bytes()
    BounceService(ctx.services.store).process(raw)
    view = _view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=TIMEOUT)
    assert view.model.index(0, 5).data() == "5.2.2"
    cell = view.model.index(0, DIAGNOSTIC_COLUMN)
    assert cell.data().endswith("Mailbox Full' (delivery attempts: 0)")  # not cut at its start
    assert "Mailbox Full" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.table.selectRow(0)
    detail = view.detail.toPlainText()
    assert "Status: 550 5.2.2" in detail
    assert "Mailbox Full' (delivery attempts: 0)" in detail


def test_review_queue_assigns_ignores_and_opens_raw(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    store = ctx.services.store
    cara = ContactService(store).add("cara@shop-customer.example")
    service = BounceService(store)
    service.process(dsn("cara.fwd@elsewhere.example", "5.1.1", "550 5.1.1 No such user"))
    service.process(dsn("nobody@elsewhere.example", "5.1.1", "550 5.1.1 No such user"))
    view = _view(qtbot, ctx)
    qtbot.waitUntil(view.review_button.isVisible, timeout=TIMEOUT)
    assert view.review_label.text().startswith("2 returned message")

    dialog = view.open_review()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT)
    assert not dialog.assign_button.isEnabled()  # nothing selected yet
    row = next(
        i for i in range(2) if dialog.table.item(i, 2).text() == "cara.fwd@elsewhere.example"
    )
    dialog.select_row(row)
    assert dialog.assign_button.isEnabled() and dialog.raw_button.isEnabled()
    assert "No such user" in dialog.detail.toPlainText()
    raw = dialog.show_raw()
    assert raw is not None and "cara.fwd@elsewhere.example" in raw.text.toPlainText()
    raw.close()

    with qtbot.waitSignal(dialog.reviewed, timeout=TIMEOUT):
        assert dialog.assign_selected("cara@shop-customer.example")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    assert ContactService(store).get(cara.id).status == "bounced"
    qtbot.waitUntil(lambda: view.review_label.text().startswith("1 returned"), timeout=TIMEOUT)

    dialog.select_row(0)
    with qtbot.waitSignal(dialog.reviewed, timeout=TIMEOUT):
        assert dialog.ignore_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not view.review_button.isVisible(), timeout=TIMEOUT)
    assert view.review_label.text() == ""


def test_assigning_to_an_unknown_address_says_so(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    BounceService(ctx.services.store).process(dsn("x@elsewhere.example", "5.1.1", "550 5.1.1 no"))
    view = _view(qtbot, ctx)
    dialog = view.open_review()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    dialog.select_row(0)
    dialog.assign_selected("nobody@example.com")
    qtbot.waitUntil(
        lambda: "No contact has the address" in dialog.message_label.text(), timeout=TIMEOUT
    )
    assert dialog.table.rowCount() == 1


def test_new_bounces_from_the_poller_appear_without_refresh(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    """The real road: Dovecot holds a new bounce, the background poller stores it and
    publishes through the EventBridge, the view reloads by itself."""
    from tests.integration.bounces.dovecot import DovecotServer, available
    from tests.integration.bounces.test_mailbox import bounce, settings_for

    if not available():
        if os.environ.get("CI"):
            pytest.fail("dovecot not found; .ci/run should install apt dovecot-imapd")
        pytest.skip("dovecot (apt dovecot-imapd) is not installed")
    from envoi.bounces.mailbox import save_settings
    from envoi.ui.mailbox_poller import DaemonThreads, poll_mailbox

    store = ctx.services.store
    ContactService(store).add("ann@example.com")
    view = _view(qtbot, ctx)
    assert view.model.rowCount() == 0
    server = DovecotServer()
    server.start()
    loop = asyncio.new_event_loop()
    try:
        save_settings(BounceService(store), settings_for(server))

        class Secrets:
            def get(self, name: str) -> str | None:
                return server.password

            def set(self, name: str, secret: str) -> None:
                pass

            def delete(self, name: str) -> None:
                pass

        task = loop.create_task(
            poll_mailbox(  # as the window runs it: IMAP waits in daemon threads
                BounceService(store),
                lambda _t: None,
                Secrets(),
                DaemonThreads(),
                events=ctx.mailbox_events,
            )
        )

        def run() -> None:
            with contextlib.suppress(asyncio.CancelledError):  # the test's end
                loop.run_until_complete(task)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        server.deliver(bounce("ann@example.com"), "1.test")
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20_000)
        assert view.model.row_at(0) is not None
        assert view.model.row_at(0).address == "ann@example.com"  # type: ignore[union-attr]
        loop.call_soon_threadsafe(task.cancel)
        thread.join(10)
    finally:
        server.stop()
        if not loop.is_running():
            loop.close()
