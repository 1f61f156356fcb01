"""Errors told to the user: expected ones (EnvoiError) and our bugs (the crash dialog)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from envoi.errors import EnvoiError
from envoi.ui.i18n import translate_core

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """An EnvoiError as message + hint + collapsed detail; anything else as a crash."""
    if not isinstance(exc, EnvoiError):
        show_crash(parent, exc)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "Envoi"))
    box.setText(translate_core(exc.user_message))
    if exc.hint:
        box.setInformativeText(translate_core(exc.hint))
    if exc.detail:
        box.setDetailedText(exc.detail)
    box.exec()


def show_crash(parent: QWidget | None, exc: BaseException, log_path: Path | None = None) -> None:
    """One of our bugs: logged with its traceback, and told plainly."""
    text = "".join(traceback.format_exception(exc))
    log.error("unexpected error\n%s", text)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Envoi: unexpected problem"))
    box.setText(
        QCoreApplication.translate(
            "ErrorDialog", "Envoi hit an unexpected problem. Your data is safe in the database."
        )
    )
    hint = QCoreApplication.translate(
        "ErrorDialog", "You can keep working; if it happens again, send the log to support."
    )
    if log_path is not None:
        hint += "\n" + QCoreApplication.translate("ErrorDialog", "Log file: {path}").format(
            path=str(log_path)
        )
    box.setInformativeText(hint)
    box.setDetailedText(text)
    box.exec()
