"""File > Back up database / Restore from backup. PLACEHOLDER (issue 7): says not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from envoi.ui.context import UiContext


def back_up_database(parent: QWidget, context: UiContext) -> None:
    del context
    QMessageBox.information(parent, parent.tr("Back up"), parent.tr("Not available yet."))


def restore_database(parent: QWidget, context: UiContext) -> None:
    del context
    QMessageBox.information(parent, parent.tr("Restore"), parent.tr("Not available yet."))
