"""A campaign being sent: progress bar, counts, rate and its chart, ETA, pause/resume/cancel,
and the failures with the server's reply explained in plain words.

The rate and the time left show only while sending. Resume of a paused campaign whose
inputs (campaign, template, profile, sender) are those of its last passed preflight
resumes at once; otherwise preflight runs again, and says so while it runs. A campaign that
ended with most deliveries refused shows "Failed" in red with the reason, and "Retry failed
recipients" queues them again under the rule `envoi.sending.retry` states.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from envoi.relay.client.send import before_send
from envoi.sending.campaigns import CampaignService
from envoi.sending.engine import SendStats
from envoi.sending.engine_state import eta_seconds
from envoi.sending.explain import explain_reply  # noqa: F401  (imported before any thread)
from envoi.sending.preflight import PreflightReport, preflight
from envoi.sending.preflight_memo import passed_unchanged, remember_passed
from envoi.sending.profiles import ProfileService
from envoi.sending.retry import RetryResult, retry_failed
from envoi.sending.secrets import default_secret_store
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import QT_TRANSLATE_NOOP, translate_core
from envoi.ui.models.rows_model import RowsModel
from envoi.ui.views.campaigns.reply_explanations import translated
from envoi.ui.views.campaigns.retry_actions import retry_question, retry_summary
from envoi.ui.views.campaigns.send_runner import EngineFactory, SendRunner
from envoi.ui.views.campaigns.trial_actions import TrialActions
from envoi.ui.views.settings.sender_dialog import SenderDialog, about_sender

_STATES = ("sent", "deferred", "failed", "unknown", "skipped", "queued")
FAILED_STYLE = "QProgressBar::chunk { background-color: #c62828; }"
FAILED_COLOUR = "color: #c62828"
Index = QModelIndex | QPersistentModelIndex


class RateChart(QWidget):
    """Messages per second over the last two minutes (one sample per stats update)."""

    def __init__(self) -> None:
        super().__init__()
        self.samples: deque[float] = deque(maxlen=480)
        self.setMinimumHeight(70)

    def add(self, rate: float) -> None:
        self.samples.append(rate)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if len(self.samples) >= 2:
            top = max(max(self.samples), 1.0)
            w, h = self.width() - 1, self.height() - 1
            points = list(self.samples)
            # The curve spans the width from a minute of samples on, then scrolls.
            step = w / max(len(points) - 1, 240)
            painter.setPen(QPen(QColor("#0b6e4f"), 2))
            for i in range(1, len(points)):
                x0, x1 = (i - 1) * step, i * step
                y0, y1 = h - points[i - 1] / top * h, h - points[i] / top * h
                painter.drawLine(int(x0), int(y0), int(x1), int(y1))
        painter.end()


class FailuresModel(RowsModel[dict[str, Any]]):
    HEADERS = (
        QT_TRANSLATE_NOOP("FailuresModel", "Address"),
        QT_TRANSLATE_NOOP("FailuresModel", "Reply"),
        QT_TRANSLATE_NOOP("FailuresModel", "What it means"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row["email"]
        if index.column() == 1:
            return f"{row['smtp_code'] or ''} {row['smtp_reply']}".strip()
        return translated(str(row.get("explanation", "")))


def _ignore(_result: object) -> None:
    """A background write whose result nobody reads (its errors still reach the window)."""


def eta_text(stats: SendStats) -> str:
    """About how long the rest takes at the current rate, in words ("" when unknown)."""
    seconds = eta_seconds(stats)
    if seconds is None:
        return ""
    if seconds < 60:
        return QCoreApplication.translate("CampaignProgressView", "less than a minute left")
    minutes = (seconds + 30) // 60
    if minutes < 60:
        return QCoreApplication.translate("CampaignProgressView", "about {0} min left").format(
            QLocale().toString(minutes)
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("CampaignProgressView", "about {0} h {1} min left").format(
        QLocale().toString(hours), f"{minutes:02d}"
    )


class CampaignProgressView(QWidget):
    def __init__(
        self,
        store: Store,
        campaign_id: int,
        workers: WorkerBridge,
        make_engine: EngineFactory,
        profiles: ProfileService,
        campaigns: CampaignService | None = None,
    ) -> None:
        super().__init__()
        self._profiles = profiles
        # The window's (the Campaigns area hands it down); a view opened alone builds one.
        self._campaigns = campaigns or CampaignService(store)
        self._resume = False
        self._store = store
        self._campaign_id = campaign_id
        self._workers = workers
        self.runner = SendRunner(make_engine, self)
        self.runner.stats_changed.connect(self._on_runner_stats_changed)
        self.runner.run_finished.connect(self._on_runner_run_finished)

        self.title = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.counts: dict[str, QLabel] = {s: QLabel("0") for s in _STATES}
        self.rate = QLabel()
        self.eta = QLabel()
        self.chart = RateChart()
        self.send_button = QPushButton(self.tr("Send"))
        self.preflight = QLabel()  # what to fix before sending (errors) or to confirm
        self.preflight.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Send anyway"))
        self.confirm_button.hide()
        self.sender_button = QPushButton(self.tr("Sender settings…"))
        self.sender_button.setToolTip(self.tr("Company, postal address, From and Reply-To"))
        self.sender_button.hide()
        self.retry_button = QPushButton(self.tr("Retry failed recipients"))
        self.retry_button.hide()
        self.retry_box: QMessageBox | None = None
        self.sender_dialog: SenderDialog | None = None
        self._failed_count = 0
        self._status = ""
        self.pause_button = QPushButton(self.tr("Pause"))
        self.cancel_button = QPushButton(self.tr("Cancel campaign"))
        self.trial = TrialActions(store, campaign_id, profiles, workers)
        self.failures = FailuresModel()
        self.failures_table = QTableView()
        self.failures_table.setModel(self.failures)
        header = self.failures_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 200)
        self.failures_table.setWordWrap(True)

        grid = QGridLayout()
        labels = {
            "sent": self.tr("Sent"), "deferred": self.tr("Deferred (will retry)"),
            "failed": self.tr("Failed"), "unknown": self.tr("Unknown outcome"),
            "skipped": self.tr("Skipped"), "queued": self.tr("Waiting"),
        }  # fmt: skip
        for i, state in enumerate(_STATES):
            grid.addWidget(QLabel(labels[state]), i // 3, (i % 3) * 2)
            grid.addWidget(self.counts[state], i // 3, (i % 3) * 2 + 1)
        buttons = QHBoxLayout()
        for button in (
            self.send_button, self.confirm_button, self.pause_button, self.cancel_button,
            self.retry_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        speed = QHBoxLayout()
        speed.addWidget(self.rate)
        speed.addWidget(self.eta)
        speed.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(grid)
        layout.addLayout(speed)
        layout.addWidget(self.chart)
        layout.addLayout(buttons)
        layout.addWidget(self.preflight)
        layout.addWidget(self.sender_button)
        layout.addWidget(self.trial)
        layout.addWidget(QLabel(self.tr("Failures")))
        layout.addWidget(self.failures_table, 1)

        self.send_button.clicked.connect(self._on_send_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.sender_button.clicked.connect(self._on_sender_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        # Failures come from the database, a few times a minute while sending.
        self._failures_timer = QTimer(self)
        self._failures_timer.setInterval(2000)
        self._failures_timer.timeout.connect(self.refresh)
        self.refresh()

    # -- reading the database --------------------------------------------------------

    def refresh(self) -> None:
        service = self._campaigns

        def load() -> tuple[Any, list[dict[str, Any]]]:
            return service.get(self._campaign_id), service.deliveries(
                self._campaign_id, "failed", limit=500
            )

        self._workers.submit(load, self._on_workers_loaded)

    def _on_workers_loaded(self, loaded: tuple[Any, list[dict[str, Any]]]) -> None:
        record, failures = loaded
        self.title.setText(f"<b>{record.name}</b>")
        self.failures.set_rows(failures)
        self.failures_table.resizeRowsToContents()
        if not self.runner.running:
            self._show_counts(record.counts)
            self._show_status(record.status, record.pause_reason)
        self._failed_count = int(record.counts.get("failed", 0))
        self._show_retry()

    def _show_counts(self, counts: dict[str, int]) -> None:
        total = sum(counts.values()) or 1
        done = sum(counts.get(s, 0) for s in ("sent", "failed", "unknown", "skipped"))
        self.bar.setValue(int(100 * done / total))
        for state, label in self.counts.items():
            label.setText(QLocale().toString(counts.get(state, 0)))

    def _show_status(self, status: str, reason: str) -> None:
        names = {
            "draft": self.tr("Ready to send"), "scheduled": self.tr("Scheduled"),
            "running": self.tr("Sending…"), "paused": self.tr("Paused"),
            "cancelled": self.tr("Cancelled"), "completed": self.tr("Completed"),
            "failed": self.tr("Failed"),
        }  # fmt: skip
        self._status = status
        text = names.get(status, status)
        self.status.setText(f"{text}. {reason}".strip() if reason else text)
        failed = status == "failed"
        self.status.setStyleSheet(FAILED_COLOUR if failed else "")
        self.bar.setStyleSheet(FAILED_STYLE if failed else "")
        self.send_button.setText(self.tr("Resume") if status == "paused" else self.tr("Send"))
        self.send_button.setEnabled(status in ("draft", "scheduled", "paused"))
        self.pause_button.setEnabled(status == "running")
        self.cancel_button.setEnabled(status not in ("completed", "cancelled", "failed"))
        # The rate and the time left mean something only while messages go out.
        sending = status == "running"
        self.rate.setVisible(sending)
        self.eta.setVisible(sending)
        if not sending:
            self.rate.clear()
            self.eta.clear()
        self._show_retry()

    def _show_retry(self) -> None:
        self.retry_button.setVisible(
            self._failed_count > 0 and self._status not in ("running", "cancelled", "")
        )

    # -- the run ----------------------------------------------------------------------

    def _on_send_clicked(self) -> None:
        """Preflight first: errors block, warnings wait for "Send anyway". A paused campaign
        whose inputs are those of its last passed preflight resumes at once."""
        self._resume = self.send_button.text() == self.tr("Resume")
        self.send_button.setEnabled(False)
        self.confirm_button.hide()
        self.sender_button.hide()
        self.status.setText(
            self.tr("Resuming…") if self._resume else self.tr("Checking the campaign…")
        )
        store, campaign_id, profiles = self._store, self._campaign_id, self._profiles
        resume = self._resume

        def check() -> PreflightReport | None:
            # With a relay: its unsubscribes first, then the campaign registered there
            # (a resume too: someone may have left since the pause).
            relay = before_send(store, default_secret_store(), campaign_id)
            if resume and passed_unchanged(store, campaign_id, profiles):
                return PreflightReport(relay) if relay else None
            found = preflight(store, campaign_id, profiles)
            return PreflightReport((*relay, *found.issues)) if relay else found

        self._workers.submit(check, self._on_workers_preflighted, self._on_workers_check_failed)

    def _on_workers_check_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.status.setText(self.tr("The check before sending failed: {0}").format(exc))

    def _on_workers_preflighted(self, report: PreflightReport | None) -> None:
        if report is None:  # resuming, nothing changed since the last passed preflight
            self.preflight.clear()
            self._start()
            return
        marks = {"error": "⛔", "info": "ℹ"}  # an info (which DKIM keys sign) asks nothing
        lines = []
        for issue in report.issues:
            text = f"{translate_core(issue.message)} {translate_core(issue.hint)}".strip()
            lines.append(f"{marks.get(issue.severity, '⚠')} {text}")
        self.preflight.setText("\n".join(lines))
        self.sender_button.setVisible(any(about_sender(i.code) for i in report.issues))
        if report.blocking:
            self.send_button.setEnabled(True)
            self.status.setText(self.tr("Not sent: fix what the check found below."))
            return
        if report.warnings:
            self.status.setText(self.tr("Check the warnings below, then send."))
            self.confirm_button.show()
            return
        self._start_checked()

    def _on_sender_clicked(self) -> SenderDialog:
        self.sender_dialog = SenderDialog(self._store, self._workers, self)
        self.sender_dialog.open()
        return self.sender_dialog

    def start_scheduled(self) -> None:
        """Start a scheduled send (its preflight ran in the scheduler; warnings were seen
        by whoever scheduled it)."""
        if not self.runner.running:
            self._resume = False
            self._start()

    def _on_confirm_clicked(self) -> None:
        self._start_checked()

    def _start_checked(self) -> None:
        """Preflight passed (or its warnings were accepted): remember the inputs it saw,
        so that a later Resume need not run it again."""
        store, campaign_id, profiles = self._store, self._campaign_id, self._profiles
        self._workers.submit(lambda: remember_passed(store, campaign_id, profiles), _ignore)
        self._start()

    def _start(self) -> None:
        self.confirm_button.hide()
        self._show_status("running", "")
        self.runner.start(resume=self._resume)
        self._failures_timer.start()

    def _on_pause_clicked(self) -> None:
        self.runner.pause()

    def _on_cancel_clicked(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            return
        service = self._campaigns
        self._workers.submit(lambda: service.cancel(self._campaign_id), lambda _r: self.refresh())

    def _on_runner_stats_changed(self, stats: SendStats) -> None:
        self._show_counts(stats.counts)
        if not self.runner.running or stats.status != "running":
            return  # a late update of a run that has stopped: no rate, no time left
        rate = QLocale().toString(stats.rate, "f", 1 if stats.rate < 10 else 0)
        self.rate.setText(self.tr("{0} messages/s").format(rate))
        self.eta.setText(eta_text(stats))
        self.chart.add(stats.rate)

    def _on_runner_run_finished(self, result: object) -> None:
        self._failures_timer.stop()
        if isinstance(result, SendStats):
            self._show_counts(result.counts)
            self._show_status(result.status, result.reason)
        else:
            self.status.setText(self.tr("Sending stopped on an error: {0}").format(result))
        self.refresh()

    # -- retry failed recipients ---------------------------------------------------------

    def _on_retry_clicked(self) -> QMessageBox:
        """Ask first, stating the rule; addresses refused as non-existent only if ticked."""
        self.retry_box = retry_question(self, self._failed_count)
        self.retry_box.finished.connect(self._on_retry_box_finished)
        self.retry_box.open()
        return self.retry_box

    def _on_retry_box_finished(self, result: int) -> None:
        box, self.retry_box = self.retry_box, None
        if box is None or result != QMessageBox.StandardButton.Ok.value:
            return
        include_hard = bool(box.checkBox() and box.checkBox().isChecked())
        store, campaign_id = self._store, self._campaign_id
        self.retry_button.setEnabled(False)
        self._workers.submit(
            lambda: retry_failed(store, campaign_id, include_hard=include_hard),
            self._on_workers_retried,
            self._on_workers_retry_failed,
        )

    def _on_workers_retried(self, result: RetryResult) -> None:
        self.retry_button.setEnabled(True)
        self.preflight.setText(retry_summary(result))
        self.refresh()

    def _on_workers_retry_failed(self, exc: BaseException) -> None:
        self.retry_button.setEnabled(True)
        self.preflight.setText(str(exc))

    def close_run(self, wait: float = 10.0) -> None:
        """The window is closing: pause the run (the database keeps where it was)."""
        self._failures_timer.stop()
        if self.runner.running:
            # Stored as the reason shown next to Resume (the database's words, not the UI's).
            self.runner.pause("Envoi was closed while sending; resume to continue.")
            self.runner.wait(wait)
