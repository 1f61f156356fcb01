"""Settings > Language. PLACEHOLDER (issue 7): says not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from envoi.ui.context import UiContext


def choose_language(parent: QWidget, context: UiContext) -> None:
    del context
    QMessageBox.information(parent, parent.tr("Language"), parent.tr("Not available yet."))
