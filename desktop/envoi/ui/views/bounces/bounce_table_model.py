"""Bounce records as a table (rows are frozen BounceRow results, never live ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from envoi.bounces.service import BounceRow
from envoi.store.clock import utc_to_local
from envoi.ui.views.bounces.reason_labels import reason_label, reason_labels
from envoi.ui.widgets.locale_format import short_date_time

_Index = QModelIndex | QPersistentModelIndex

COLUMN_COUNT = 8
REASON_COLUMN = 4
DIAGNOSTIC_COLUMN = 7


def received_text(received_at: datetime) -> str:
    """When a returned message came in, as the user's clock and language write it (also
    the review queue's date)."""
    return short_date_time(utc_to_local(received_at))


class BounceTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[BounceRow] = []
        self._reasons = reason_labels()

    def set_rows(self, rows: Sequence[BounceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reasons = reason_labels()  # again: they follow the language installed now
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Address"),
            self.tr("Campaign"),
            self.tr("Type"),
            self.tr("Reason"),
            self.tr("Status"),
            self.tr("Action"),
            self.tr("Diagnostic"),
        )

    def row_at(self, row: int) -> BounceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DIAGNOSTIC_COLUMN:
            return r.diagnostic
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REASON_COLUMN:
            return r.reason  # the code the CLI, the filters and the reports use
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return received_text(r.received_at)
        if column == 1:
            return r.address or self.tr("(hidden by the report)")
        if column == 2:
            return f"#{r.campaign_id}" if r.campaign_id is not None else ""
        if column == 3:
            return self._kind_text(r)
        if column == REASON_COLUMN:
            return reason_label(r.reason, self._reasons)
        if column == 5:
            return r.status or r.smtp_reply_code or ""
        if column == 6:
            return self._action_text(r.action)
        # All of it on one line: the view elides what does not fit, the tooltip and the
        # detail pane show it whole (the receiver's words are often at the end).
        return " ".join(r.diagnostic.split())

    def _kind_text(self, r: BounceRow) -> str:
        if r.kind == "bounce":
            return self.tr("Hard bounce") if r.hard else self.tr("Soft bounce")
        if r.kind == "feedback":
            return self.tr("Complaint")
        return r.kind

    def _action_text(self, action: str) -> str:
        """What the bounce policy did (envoi.bounces.service.apply_policy)."""
        return {
            "none": self.tr("No action"),
            "counted": self.tr("Counted"),
            "suppressed": self.tr("Suppressed"),
            "unsubscribed": self.tr("Unsubscribed"),
            "complained": self.tr("Marked as complaint"),
        }.get(action, action)
