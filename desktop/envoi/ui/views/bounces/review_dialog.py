"""Review returned messages that matched no contact: assign one to a contact, ignore it, or
read it raw. Reads and changes run in the worker pool; ``reviewed`` tells the Bounces area
to reload its table and its "wait for review" count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from envoi.bounces.review import ReviewItem, ReviewQueue
from envoi.errors import EnvoiError
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import error_text
from envoi.ui.views.bounces.bounce_table_model import received_text
from envoi.ui.views.bounces.raw_message_dialog import RawMessageDialog
from envoi.ui.views.bounces.reason_labels import reason_label, reason_labels


class ReviewDialog(QDialog):
    items_loaded = Signal(int)
    reviewed = Signal()

    def __init__(
        self, queue: ReviewQueue, workers: WorkerBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned messages to review"))
        self.resize(900, 560)
        self._queue = queue
        self._workers = workers
        self._items: list[ReviewItem] = []

        intro = QLabel(
            self.tr(
                "These returned messages could not be tied to a contact. Assign one to the "
                "contact it is about (its bounce then counts for that contact), or ignore it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Address"),
                self.tr("Status"),
                self.tr("Reason"),
                self.tr("Subject"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)

        self.assign_button = QPushButton(self.tr("Assign to contact…"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.raw_button = QPushButton(self.tr("Show message…"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.assign_button, self.ignore_button, self.raw_button):
            actions.addWidget(button)
        actions.addWidget(self.message_label, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(close)

        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_raw_clicked)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.ignore_button.clicked.connect(self._on_ignore_clicked)
        self.raw_button.clicked.connect(self._on_raw_clicked)
        self._enable(None)
        self.reload()

    # ---- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        self._workers.submit(self._queue.items, self._on_items_loaded, self._on_job_failed)

    def _on_items_loaded(self, items: list[ReviewItem]) -> None:
        self._items = items
        labels = reason_labels()
        kinds = {
            "bounce": self.tr("Bounce"),
            "feedback": self.tr("Complaint"),
            "other": self.tr("Not understood"),
        }
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                received_text(item.received_at),
                kinds.get(item.kind, item.kind),
                ", ".join(item.addresses),
                item.status,
                reason_label(item.reason, labels) if item.reason else "",
                item.subject,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        for column in range(self.table.columnCount() - 1):  # the subject takes the rest
            self.table.resizeColumnToContents(column)
        self._enable(None)
        self.detail.clear()
        self.items_loaded.emit(len(items))

    # ---- the selected message -------------------------------------------------------------

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _enable(self, item: ReviewItem | None) -> None:
        self.assign_button.setEnabled(item is not None and item.assignable)
        self.ignore_button.setEnabled(item is not None)
        self.raw_button.setEnabled(item is not None)

    def _on_table_selection_changed(self) -> None:
        item = self.selected()
        self._enable(item)
        if item is None:
            self.detail.clear()
            return
        lines = [self.tr("Subject: {0}").format(item.subject)]
        if item.source:
            lines.append(self.tr("Source: {0}").format(item.source))
        if item.diagnostic:
            lines.append(self.tr("Diagnostic: {0}").format(item.diagnostic))
        if item.error:
            lines.append(self.tr("Could not read: {0}").format(item.error))
        if not item.assignable:
            lines.append(self.tr("Envoi found no failed recipient in it: open it, then ignore it."))
        self.detail.setPlainText("\n".join(lines))

    # ---- actions --------------------------------------------------------------------------

    def assign_selected(self, email: str) -> bool:
        item = self.selected()
        if item is None or not email.strip():
            return False
        queue, message_id = self._queue, item.message_id
        self._workers.submit(
            lambda: queue.assign(message_id, email), self._on_changed, self._on_job_failed
        )
        return True

    def ignore_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        queue, message_id = self._queue, item.message_id
        self._workers.submit(
            lambda: queue.dismiss(message_id), self._on_changed, self._on_job_failed
        )
        return True

    def show_raw(self) -> RawMessageDialog | None:
        item = self.selected()
        if item is None:
            return None
        try:
            raw = self._queue.raw(item.message_id)
        except EnvoiError as exc:
            self.message_label.setText(error_text(exc))
            return None
        dialog = RawMessageDialog(raw, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_changed(self, _result: object) -> None:
        self.message_label.clear()
        self.reviewed.emit()
        self.reload()

    def _on_job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, EnvoiError):
            self.message_label.setText(error_text(exc))
        else:
            self._workers.job_failed.emit(exc)  # a bug: the window's crash dialog

    def _on_assign_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        email, ok = QInputDialog.getText(
            self,
            self.tr("Assign to a contact"),
            self.tr("Address of the contact this message is about:"),
            text=item.addresses[0] if item.addresses else "",
        )
        if ok:
            self.assign_selected(email)

    def _on_ignore_clicked(self) -> None:
        self.ignore_selected()

    def _on_raw_clicked(self, *_args: object) -> None:
        self.show_raw()
