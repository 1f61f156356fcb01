"""Table pieces the Reports area's tables share: cells shown as text and sorted by a
number, and a read-only sortable table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class SortItem(QTableWidgetItem):
    """A cell shown as text, sorted by a number (a rate, a count), or by its text when it
    has no number."""

    def __init__(self, text: str, key: float | None = None) -> None:
        super().__init__(text)
        if key is not None:
            self.setData(Qt.ItemDataRole.UserRole, key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return self.text().casefold() < other.text().casefold()


def make_table(headers: tuple[object, ...], tr: Callable[[str], str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([tr(str(h)) for h in headers])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSortingEnabled(True)
    # Rows stay in the order given (most recipients, newest first) until a header is clicked.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return table


def write_csv(table: QTableWidget, path: str) -> int:
    """The table as shown (its headers, then its rows in their current order) to a CSV
    file in UTF-8 with a BOM (spreadsheets read the accents); returns the rows written."""
    import csv

    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        headers = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
        writer.writerow([h.text() if h is not None else "" for h in headers])
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(table.columnCount())]
            writer.writerow([cell.text() if cell is not None else "" for cell in cells])
    return table.rowCount()
