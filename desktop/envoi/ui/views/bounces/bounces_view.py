"""The Bounces area: a table of bounce records with filters and search, the selected
record in full below it (status, reply, the whole diagnostic), the raw message on demand,
the review queue of returned messages that matched nobody, and a chart of bounces over
time by reason.

Reads run in the worker pool (the database may be a remote PostgreSQL); a new search while
one is running is simply answered by the latest reply. New bounces stored by the background
mailbox poller reload the area by themselves (``UiContext.mailbox_events``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from envoi.bounces.mailbox import (
    FetchReport,
    fetch_once,
    load_settings,
    mailbox_keyring,
    secret_name,
)
from envoi.bounces.reasons import REASONS
from envoi.bounces.service import BounceRow, BounceService
from envoi.errors import EnvoiError
from envoi.reports.returned import BounceDay
from envoi.ui.context import UiContext
from envoi.ui.i18n import error_text
from envoi.ui.views.bounces.bounce_chart import BounceChart
from envoi.ui.views.bounces.bounce_table_model import BounceTableModel
from envoi.ui.views.bounces.raw_message_dialog import RawMessageDialog
from envoi.ui.views.bounces.reason_labels import reason_label, reason_labels
from envoi.ui.views.bounces.review_dialog import ReviewDialog
from envoi.ui.widgets.locale_format import number

_KINDS = (
    ("", QT_TRANSLATE_NOOP("BouncesView", "All types")),
    ("bounce", QT_TRANSLATE_NOOP("BouncesView", "Bounces")),
    ("feedback", QT_TRANSLATE_NOOP("BouncesView", "Complaints and opt-outs")),
)
_NOT_BOUNCE_REASONS = {"vacation", "delivered"}


class BouncesView(QWidget):
    status_message = Signal(str)
    rows_loaded = Signal(int)
    imported = Signal()
    chart_loaded = Signal()

    def __init__(self, ctx: UiContext, service: BounceService | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._service = service or ctx.services.bounces
        self._reports = ctx.services.reports
        self._queue = ctx.services.review
        self._generation = 0
        self._keep_selected: int | None = None  # the record to select again after a reload

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search address or diagnostic…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.kind = QComboBox()
        for value, title in _KINDS:
            self.kind.addItem(self.tr(str(title)), value)
        self.reason = QComboBox()
        # Some reasons read long (in French most of all): the list opens wider than the box.
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason.setMinimumContentsLength(18)
        self.reason.addItem(self.tr("All reasons"), "")
        labels = reason_labels()
        for reason in sorted(REASONS - _NOT_BOUNCE_REASONS, key=lambda r: labels.get(r, r)):
            self.reason.addItem(reason_label(reason, labels), reason)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.import_button = QPushButton(self.tr("Import messages…"))
        self.import_button.setToolTip(self.tr("Process returned messages saved as .eml files"))
        self.fetch_button = QPushButton(self.tr("Check mailbox"))
        self.fetch_button.setToolTip(self.tr("Read the bounce mailbox now"))
        self.raw_button = QPushButton(self.tr("Show message…"))
        self.raw_button.setEnabled(False)
        self.count_label = QLabel()
        self.review_label = QLabel()
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setToolTip(
            self.tr("Assign returned messages that matched nobody to a contact, or ignore them")
        )
        self.review_button.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.reason)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.raw_button)

        self.model = BounceTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for column, width in enumerate((125, 180, 75, 130, 170, 55, 135)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a bounce to read it in full."))
        self.chart = BounceChart()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        records = QSplitter(Qt.Orientation.Vertical)
        records.addWidget(self.table)
        records.addWidget(self.detail)
        records.setStretchFactor(0, 4)
        records.setStretchFactor(1, 1)
        layout.addWidget(records, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addStretch(1)
        counts.addWidget(self.review_label)
        counts.addWidget(self.review_button)
        counts.addWidget(self.import_button)
        counts.addWidget(self.fetch_button)
        layout.addLayout(counts)
        layout.addWidget(QLabel(self.tr("Bounces over the last 30 days, by reason")))
        layout.addWidget(self.chart)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.kind.currentIndexChanged.connect(self._on_filter_changed)
        self.reason.currentIndexChanged.connect(self._on_filter_changed)
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.raw_button.clicked.connect(self._on_raw_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.fetch_button.clicked.connect(self._on_fetch_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.review_button.clicked.connect(self._on_review_clicked)
        ctx.mailbox_events.finished.connect(self._on_mailbox_events_finished)
        self.reload()

    # ---- hooks the main window calls ----------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        search = self.search.text()
        kind = self.kind.currentData() or None
        reason = self.reason.currentData() or None
        service = self._service
        self._ctx.workers.submit(
            lambda: service.rows(search=search, kind=kind, reason=reason, limit=1000),
            lambda rows: self._on_rows_loaded(generation, rows),
        )
        self._ctx.workers.submit(lambda: self._reports.bounce_days(30), self._on_counts_loaded)
        self._ctx.workers.submit(self._queue.count, self._on_unmatched_counted)

    def _on_rows_loaded(self, generation: int, rows: list[BounceRow]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        keep = self._keep_selected
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%Ln record(s)", "", len(rows)))
        self.raw_button.setEnabled(False)
        self._show_detail(None)
        found = next((i for i, r in enumerate(rows) if r.id == keep), None)
        if found is not None:
            self.table.selectRow(found)  # a reload (new bounces) keeps the line being read
        self.rows_loaded.emit(len(rows))

    def _on_unmatched_counted(self, count: int) -> None:
        self.review_label.setText(
            self.tr("%Ln returned message(s) could not be matched and wait for review", "", count)
            if count
            else ""
        )
        self.review_button.setVisible(count > 0)

    # ---- the selected record in full ------------------------------------------------------

    def _show_detail(self, row: BounceRow | None) -> None:
        if row is None:
            self.detail.clear()
            return
        reply = " ".join(p for p in (row.smtp_reply_code, row.status) if p)
        lines = [
            self.tr("Address: {0}").format(row.address or self.tr("(hidden by the report)")),
            self.tr("Reason: {0}").format(reason_label(row.reason, reason_labels())),
            self.tr("Status: {0}").format(reply or self.tr("none given")),
        ]
        if row.campaign_id is not None:
            lines.append(self.tr("Campaign: #{0}").format(row.campaign_id))
        lines.append(self.tr("Diagnostic: {0}").format(row.diagnostic or self.tr("none given")))
        self.detail.setPlainText("\n".join(lines))

    # ---- the review queue -----------------------------------------------------------------

    def open_review(self) -> ReviewDialog:
        dialog = ReviewDialog(self._queue, self._ctx.workers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reviewed.connect(self._on_review_reviewed)
        dialog.show()
        return dialog

    def _on_review_clicked(self) -> None:
        self.open_review()

    def _on_review_reviewed(self) -> None:
        self.reload()

    def _on_mailbox_events_finished(self, _message: str) -> None:
        self.reload()

    def _on_counts_loaded(self, counts: list[BounceDay]) -> None:
        self.chart.set_counts(counts)
        self.chart_loaded.emit()

    # ---- importing and fetching -----------------------------------------------------------

    def import_files(self, paths: list[str]) -> None:
        """Process .eml files in the worker pool, then show what happened and reload."""
        service = self._service

        def work() -> tuple[int, int, int]:
            processed = unmatched = duplicates = 0
            for path in paths:
                out = service.process(Path(path).read_bytes(), source=f"file:{Path(path).name}")
                duplicates += out.duplicate
                unmatched += out.state == "unmatched"
                processed += out.state in ("processed", "ignored")
            return processed, unmatched, duplicates

        self._ctx.workers.submit(work, self._on_import_done, self._on_job_error)

    def check_mailbox(self) -> None:
        service = self._service
        no_password = EnvoiError(
            self.tr("The bounce mailbox password is not in the keyring."),
            self.tr("Run `envoi bounces mailbox ... --password-stdin` to store it."),
        )

        def work() -> FetchReport | None:
            settings = load_settings(service)
            if settings is None:
                return None
            password = mailbox_keyring().get(secret_name(settings.host, settings.user))
            if password is None:
                raise no_password
            return fetch_once(settings, password, service)

        self.fetch_button.setEnabled(False)
        self._ctx.workers.submit(work, self._on_fetch_done, self._on_job_error)

    def _on_import_done(self, counts: tuple[int, int, int]) -> None:
        text = self.tr("Imported: {0} processed, {1} kept for review, {2} already known")
        self.status_message.emit(text.format(*map(number, counts)))
        self.imported.emit()
        self.reload()

    def _on_fetch_done(self, report: FetchReport | None) -> None:
        self.fetch_button.setEnabled(True)
        if report is None:
            self.status_message.emit(
                self.tr("No bounce mailbox is set up yet (envoi bounces mailbox --help).")
            )
            return
        text = self.tr("Mailbox: {0} read, {1} processed, {2} kept for review")
        counts = (report.fetched, report.processed + report.ignored, report.unmatched)
        self.status_message.emit(text.format(*map(number, counts)))
        self.reload()

    def _on_job_error(self, exc: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        if isinstance(exc, EnvoiError):
            self.status_message.emit(error_text(exc))
        elif isinstance(exc, OSError):
            self.status_message.emit(self.tr("Cannot read the file: {0}").format(exc))
        else:
            self._ctx.workers.job_failed.emit(exc)  # a bug: the window's crash dialog

    # ---- raw message --------------------------------------------------------------------

    def selected_row(self) -> BounceRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def show_raw(self, row: BounceRow) -> RawMessageDialog:
        dialog = RawMessageDialog(self._service.raw_message(row.message_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ---- slots --------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_filter_changed(self, _index: int) -> None:
        self.reload()

    def _on_refresh_clicked(self) -> None:
        self.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        self.raw_button.setEnabled(row is not None)
        self._keep_selected = row.id if row is not None else None
        self._show_detail(row)

    def _on_raw_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_raw(row)

    def _on_import_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Returned messages"),
            "",
            self.tr("E-mail messages (*.eml);;All files (*)"),
        )
        if paths:
            self.import_files(paths)

    def _on_fetch_clicked(self) -> None:
        self.check_mailbox()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.show_raw(row)
