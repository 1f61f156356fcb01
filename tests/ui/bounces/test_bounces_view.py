"""The Bounces area: records in the table, filters and search, raw message, chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from envoi.bounces.service import BounceService
from envoi.contacts.service import ContactService
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.context import UiContext
from envoi.ui.views.bounces.bounces_view import BouncesView
from tests.support.french import french

TIMEOUT = 5000


def dsn(rcpt: str, status: str, diag: str) -> bytes:
    return f"""From: MAILER-DAEMON@mx.example.org
To: news@shop.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diag}

--B--
""".encode()


ARF = b"""From: fbl@isp.example
To: abuse@shop.example
Subject: FW: News
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Gen/1.0
Version: 1
Original-Rcpt-To: <cara@isp.example>

--F--
"""


@pytest.fixture
def ctx(sqlite_store: Store, tmp_path: Path) -> Iterator[UiContext]:
    for email in ("ann@example.com", "dan@example.com", "cara@isp.example"):
        ContactService(sqlite_store).add(email)
    service = BounceService(sqlite_store)
    service.process(dsn("ann@example.com", "5.1.1", "550 5.1.1 User unknown"))
    service.process(dsn("dan@example.com", "4.2.2", "452 4.2.2 Mailbox full"))
    service.process(ARF)
    yield from ui_context(sqlite_store, tmp_path)


def ui_context(store: Store, tmp_path: Path) -> Iterator[UiContext]:
    """The window's context over ``store``, closed when the test is done."""
    from envoi.ui.app import build_services

    services = build_services(store)
    workers = WorkerBridge()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    yield UiContext(services=services, workers=workers, settings=settings)
    workers.shutdown()
    services.close()


def test_table_filters_search_raw_message_and_chart(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    view = BouncesView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.chart.total() == 3, timeout=TIMEOUT)
    assert set(view.chart.reasons()) == {"userunknown", "mailboxfull", "feedback"}
    texts = {view.model.index(r, 1).data() for r in range(3)}
    assert texts == {"ann@example.com", "dan@example.com", "cara@isp.example"}
    kinds = {view.model.index(r, 3).data() for r in range(3)}
    assert kinds == {"Hard bounce", "Soft bounce", "Complaint"}

    with qtbot.waitSignal(view.rows_loaded, timeout=TIMEOUT) as blocker:
        view.kind.setCurrentIndex(view.kind.findData("feedback"))
    assert blocker.args == [1]
    reason = view.model.index(0, 4)
    assert reason.data() == "Complaint or opt-out"  # a readable label; the code in the tip
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == "feedback"
    view.kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)

    with qtbot.waitSignal(view.rows_loaded, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(view.search, "dan@")
    assert blocker.args == [1]
    assert view.model.index(0, 5).data() == "4.2.2"

    view.table.selectRow(0)
    assert view.raw_button.isEnabled()
    row = view.selected_row()
    assert row is not None
    dialog = view.show_raw(row)
    assert "Final-Recipient: rfc822; dan@example.com" in dialog.text.toPlainText()
    dialog.close()


def test_empty_chart_says_so(qtbot, sqlite_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from envoi.ui.app import build_services

    services = build_services(sqlite_store)
    workers = WorkerBridge()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = BouncesView(UiContext(services=services, workers=workers, settings=settings))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.chart_loaded, timeout=TIMEOUT):
        pass
    assert view.chart.total() == 0
    view.resize(700, 400)
    view.show()
    image = view.chart.grab()  # paints the "no bounces" text without error
    assert not image.isNull()
    workers.shutdown()
    services.close()


def test_import_files_and_check_mailbox_without_settings(
    qtbot,
    ctx: UiContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    view = BouncesView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
    eml = tmp_path / "new.eml"
    eml.write_bytes(dsn("newcomer@example.com", "5.1.1", "550 5.1.1 No such user"))
    messages: list[str] = []
    view.status_message.connect(messages.append)
    with qtbot.waitSignal(view.imported, timeout=TIMEOUT):
        view.import_files([str(eml), str(eml)])
    assert "1 kept for review, 1 already known" in messages[-1]
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.review_label.text().startswith("1 "), timeout=TIMEOUT)

    with qtbot.waitSignal(view.status_message, timeout=TIMEOUT) as blocker:
        view.check_mailbox()
    assert "No bounce mailbox is set up yet" in blocker.args[0]
    assert view.fetch_button.isEnabled()


def test_main_window_has_the_bounces_area(qtbot, ctx: UiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from envoi.ui.app import build_window

    window = build_window(ctx.services, tmp_path / "window.ini")
    qtbot.addWidget(window)
    assert "bounces" in window.area_keys()
    page = window.show_area("bounces")
    assert isinstance(page, BouncesView)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    window.close()


def test_every_bounce_reason_has_a_label() -> None:
    from envoi.bounces.reasons import REASONS
    from envoi.ui.views.bounces.reason_labels import reason_label, reason_labels

    labels = reason_labels()
    assert set(labels) == REASONS
    assert len(set(labels.values())) == len(labels)  # two reasons never read the same
    assert reason_label("a-new-reason") == "a-new-reason"


def test_french_labels_reasons_counts_and_dates(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    with french("bounces"):
        view = BouncesView(ctx)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
        assert view.refresh_button.text() == "Actualiser"
        assert view.kind.itemText(view.kind.findData("feedback")) == "Plaintes et désinscriptions"
        assert view.reason.itemText(view.reason.findData("mailboxfull")) == "Boîte pleine"
        assert view.count_label.text() == "3 enregistrements"
        header = view.model.headerData(4, Qt.Orientation.Horizontal)
        assert header == "Motif"
        kinds = {view.model.index(r, 3).data() for r in range(3)}
        assert kinds == {"Rebond définitif", "Rebond temporaire", "Plainte"}
        reasons = {view.model.index(r, 4).data() for r in range(3)}
        assert reasons == {"Adresse inconnue", "Boîte pleine", "Plainte ou désinscription"}
        # received today: the date as French writes it, day/month/year
        assert view.model.index(0, 0).data().startswith(QDate.currentDate().toString("dd/MM/yyyy"))


def test_chart_groups_reasons_past_the_legend_as_other(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from envoi.reports.returned import BounceDay
    from envoi.ui.views.bounces.bounce_chart import BounceChart
    from envoi.ui.widgets.bar_chart import LEGEND_LINES, OTHER

    today = date.today()
    reasons = ["userunknown", "mailboxfull", "blocked", "expired", "filtered", "rejected",
               "suspend", "speeding", "norelaying", "onhold"]  # fmt: skip
    counts = [BounceDay(today, reason, 20 - i) for i, reason in enumerate(reasons)]
    chart = BounceChart()
    qtbot.addWidget(chart)
    chart.set_counts(counts)
    shown = chart.reasons()
    assert len(shown) == LEGEND_LINES
    assert shown[:-1] == reasons[: LEGEND_LINES - 1] and shown[-1] == OTHER
    assert chart.total() == sum(c.count for c in counts)  # nothing lost in the grouping
    chart.set_counts(counts[:LEGEND_LINES])  # eight fit: no "other" line
    assert chart.reasons() == reasons[:LEGEND_LINES]
    with french("bounces"):
        chart.set_counts(counts)
        chart.resize(700, 200)
        assert not chart.grab().isNull()  # draws the legend's "other" line without error
        assert chart.tr("Other reasons") == "Autres motifs"
