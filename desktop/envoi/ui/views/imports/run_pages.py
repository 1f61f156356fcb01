"""The import running (progress by bytes, Cancel) and its report (counts, rejected rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from envoi.contacts.importing.importer import ImportOptions, ImportReport
from envoi.events import CancelToken, Throttle
from envoi.ui.bridge import EventBridge
from envoi.ui.context import UiContext
from envoi.ui.widgets.error_dialog import show_error

if TYPE_CHECKING:
    from envoi.ui.views.imports.import_wizard import FilePage
    from envoi.ui.views.imports.mapping_page import MappingPage

PROGRESS_STEPS = 1000


class ProgressPage(QWizardPage):
    import_done = Signal(object)  # ImportReport

    def __init__(
        self,
        context: UiContext,
        file_page: FilePage,
        mapping_page: MappingPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._file_page = file_page
        self._mapping_page = mapping_page
        self._token: CancelToken | None = None
        self._running = False
        self.setTitle(self.tr("Importing"))
        self.setCommitPage(True)  # no way back once rows are being written
        self.bar = QProgressBar()
        self.bar.setRange(0, PROGRESS_STEPS)
        self.label = QLabel(self.tr("Starting…"))
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.bridge = EventBridge(self)
        self.bridge.progressed.connect(self._on_bridge_progressed)

    def initializePage(self) -> None:
        from envoi.contacts.importing.importer import run_import

        mapping = self._mapping_page.mapping
        sniffed = self._file_page.sniffed
        assert mapping is not None and sniffed is not None
        options = ImportOptions(
            mapping=mapping,
            list_name=self._mapping_page.list_name(),
            policy=self._mapping_page.policy(),
        )
        store = self._context.services.store
        path = self._file_page.path()
        token = self._token = CancelToken()
        listener = Throttle(self.bridge, 0.1)
        self._running = True
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self.label.setText(self.tr("Reading {name}…").format(name=path.name))
        self._context.workers.submit(
            lambda: run_import(store, path, options, listener, token, sniffed),
            self._on_worker_finished,
            self._on_worker_failed,
        )

    def cancel(self) -> None:
        if self._token is not None and self._running:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling… nothing will be kept."))

    def running(self) -> bool:
        return self._running

    def _on_bridge_progressed(self, done: int, total: int, _message: str) -> None:
        # The importer's own message is English: the page says it in the window's language.
        if total <= 0:
            return
        self.bar.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
        if done < total:
            percent = QLocale().toString(done * 100 // total)
            self.label.setText(self.tr("{percent}% of the file read…").format(percent=percent))
        else:
            self.label.setText(self.tr("File read; saving the contacts…"))

    def _on_worker_finished(self, report: ImportReport) -> None:
        self._running = False
        self.completeChanged.emit()
        self.bar.setValue(PROGRESS_STEPS)
        self.cancel_button.setEnabled(False)
        self.import_done.emit(report)

    def _on_worker_failed(self, exc: BaseException) -> None:
        self._running = False
        self.completeChanged.emit()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("The import stopped; nothing was written."))
        show_error(self, exc)

    def isComplete(self) -> bool:
        return not self._running


class ReportPage(QWizardPage):
    rejects_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: ImportReport | None = None
        self.setTitle(self.tr("Import report"))
        self.summary = QLabel()
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        self.counts = QFormLayout()
        self.rejects = QTableWidget(0, 3)
        self.rejects.setObjectName("RejectedRows")
        self.rejects.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Value"), self.tr("Reason")]
        )
        self.rejects.verticalHeader().setVisible(False)
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.rejects.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.save_button = QPushButton(self.tr("Save rejected rows as CSV…"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.counts)
        layout.addWidget(self.rejects, 1)
        layout.addWidget(self.save_button)

    @property
    def report(self) -> ImportReport | None:
        return self._report

    def show_report(self, report: ImportReport) -> None:
        self._report = report
        if report.cancelled:
            self.summary.setText(
                self.tr("The import was cancelled: the database is as it was before.")
            )
        else:
            self.summary.setText(
                self.tr("{name} was imported in {seconds} s.").format(
                    name=report.file_name, seconds=QLocale().toString(report.seconds, "f", 1)
                )
            )
        while self.counts.rowCount():
            self.counts.removeRow(0)
        for key, title, value in (
            ("rows_read", self.tr("Rows read"), report.rows_read),
            ("added", self.tr("Added"), report.added),
            ("updated", self.tr("Updated"), report.updated),
            (
                "duplicates_in_file",
                self.tr("Skipped: twice in the file"),
                report.duplicates_in_file,
            ),
            ("duplicates_in_db", self.tr("Skipped: already contacts"), report.duplicates_in_db),
            ("suppressed", self.tr("Suppressed (never re-added)"), report.suppressed),
            ("rejected", self.tr("Rejected"), report.rejected),
        ):
            label = QLabel(QLocale().toString(value))
            label.setObjectName(f"count-{key}")
            self.counts.addRow(title, label)
        self.rejects.setRowCount(len(report.rejects))
        for row, reject in enumerate(report.rejects):
            self.rejects.setItem(row, 0, QTableWidgetItem(str(reject.line)))
            self.rejects.setItem(row, 1, QTableWidgetItem(reject.value))
            self.rejects.setItem(row, 2, QTableWidgetItem(reject.reason))
        self.rejects.setVisible(report.rejected > 0)
        self.save_button.setEnabled(report.rejected > 0)
        if report.rejected > len(report.rejects):
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "The first %Ln rejected rows are shown; save them all as CSV.",
                    "",
                    len(report.rejects),
                )
            )

    def save_rejects(self, path: str) -> int:
        assert self._report is not None
        count = self._report.save_rejects(path)
        self.rejects_saved.emit(path)
        return count

    def _on_save_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), "rejected-rows.csv", self.tr("CSV (*.csv)")
        )
        if path:
            try:
                self.save_rejects(path)
            except OSError as exc:
                from envoi.errors import EnvoiError

                show_error(self, EnvoiError(self.tr("The file could not be saved."), "", str(exc)))
