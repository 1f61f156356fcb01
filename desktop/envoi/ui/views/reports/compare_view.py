"""Compare campaigns: the last N sent side by side, each rate with its change against the
campaign before it; sortable; filtered by period, list and template. Reads in the worker
pool; a late answer to an older filter is dropped."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.reports.compare import CompareRow
from envoi.reports.service import Reports
from envoi.store.clock import utc_now
from envoi.ui.bridge import WorkerBridge
from envoi.ui.views.reports.report_format import percent
from envoi.ui.views.reports.table_cells import SortItem, make_table
from envoi.ui.widgets.locale_format import number, short_date_time

PERIODS = (
    (0, QT_TRANSLATE_NOOP("CompareView", "Any time")),
    (30, QT_TRANSLATE_NOOP("CompareView", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("CompareView", "Last 90 days")),
    (365, QT_TRANSLATE_NOOP("CompareView", "Last year")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("CompareView", "Campaign"),
    QT_TRANSLATE_NOOP("CompareView", "Started"),
    QT_TRANSLATE_NOOP("CompareView", "Audience"),
    QT_TRANSLATE_NOOP("CompareView", "Accepted"),
    QT_TRANSLATE_NOOP("CompareView", "Bounced"),
    QT_TRANSLATE_NOOP("CompareView", "Complaints"),
    QT_TRANSLATE_NOOP("CompareView", "Unsubscribes"),
    QT_TRANSLATE_NOOP("CompareView", "Opened"),
    QT_TRANSLATE_NOOP("CompareView", "Clicked"),
)
RATE_COLUMNS = ("acceptance_rate", "bounce_rate", "complaint_rate", "unsubscribe_rate",
                "open_rate", "click_rate")  # fmt: skip


def rate_with_change(value: float | None, change: float | None) -> str:
    """ "12.5% (+2.0)": the rate and its change in points against the previous campaign."""
    if value is None:
        return "–"
    if change is None:
        return percent(value)
    points = percent(change).rstrip("%\u202f")
    return f"{percent(value)} ({'+' if change >= 0 else ''}{points})"


class CompareView(QWidget):
    compared = Signal()

    def __init__(self, reports: Reports, workers: WorkerBridge) -> None:
        super().__init__()
        self._reports = reports
        self._workers = workers
        self._generation = 0
        self.rows: list[CompareRow] = []
        self.last = QSpinBox()
        self.last.setRange(1, 200)
        self.last.setValue(10)
        self.period = QComboBox()
        for days, title in PERIODS:
            self.period.addItem(self.tr(str(title)), days)
        self.list_name = QLineEdit()
        self.list_name.setPlaceholderText(self.tr("Any list"))
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("Any template"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Last:")))
        filters.addWidget(self.last)
        filters.addWidget(self.period)
        filters.addWidget(QLabel(self.tr("List:")))
        filters.addWidget(self.list_name, 1)
        filters.addWidget(QLabel(self.tr("Template:")))
        filters.addWidget(self.template, 1)
        self.table = make_table(COLUMNS, self.tr)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        self.last.valueChanged.connect(self._on_filter_changed)
        self.period.currentIndexChanged.connect(self._on_filter_changed)
        self.list_name.textChanged.connect(self._on_filter_changed)
        self.template.textChanged.connect(self._on_filter_changed)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        days = int(self.period.currentData() or 0)
        since = utc_now() - timedelta(days=days) if days else None
        last, reports = self.last.value(), self._reports
        list_name = self.list_name.text().strip() or None
        template = self.template.text().strip() or None
        self._workers.submit(
            lambda: reports.compare(last, since=since, list_name=list_name, template=template),
            lambda rows: self._on_compared(generation, rows),
            self._on_error,
        )

    def _on_filter_changed(self, *_args: object) -> None:
        self._debounce.start()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, EnvoiError):
            self._workers.job_failed.emit(exc)

    def _on_compared(self, generation: int, rows: list[CompareRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            started = row.started_at
            cells = [
                SortItem(row.name),
                SortItem(short_date_time(started) if started else "–",
                         started.timestamp() if started else 0),
                SortItem(number(row.audience), row.audience),
            ]  # fmt: skip
            for name in RATE_COLUMNS:
                value = row.rates[name]
                cells.append(
                    SortItem(rate_with_change(value, row.change[name]),
                             -1.0 if value is None else value)
                )  # fmt: skip
            for c, cell in enumerate(cells):
                if c >= 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, cell)
        table.setSortingEnabled(True)
        self.compared.emit()
