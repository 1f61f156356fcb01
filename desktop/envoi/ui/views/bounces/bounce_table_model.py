"""Bounce records as a table (rows are frozen BounceRow results, never live ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from envoi.bounces.service import BounceRow

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Date", "Address", "Campaign", "Type", "Reason", "Status", "Action", "Diagnostic")
_KIND_TITLES = {"bounce": "Bounce", "feedback": "Complaint"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BounceTableModel", text)


class BounceTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[BounceRow] = []

    def set_rows(self, rows: Sequence[BounceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BounceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return r.diagnostic
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return r.received_at.strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return r.address or _tr("(hidden by the report)")
        if column == 2:
            return f"#{r.campaign_id}" if r.campaign_id is not None else ""
        if column == 3:
            kind = _tr(_KIND_TITLES.get(r.kind, r.kind))
            if r.kind == "bounce":
                kind = _tr("Hard bounce") if r.hard else _tr("Soft bounce")
            return kind
        if column == 4:
            return r.reason
        if column == 5:
            return r.status or r.smtp_reply_code or ""
        if column == 6:
            return r.action
        return " ".join(r.diagnostic.split())[:300]
