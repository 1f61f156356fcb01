"""Settings > Language: the system's language, English or French, applied at the next start.

The choice is saved in ``window.ini`` (``ui/language``); the window's texts are read once at
start-up, so the dialog offers to restart Envoi at once (same program, same arguments) or later.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from envoi.ui.context import UiContext
from envoi.ui.i18n import LANG_ENV, LANGUAGES, SYSTEM, save_language, saved_language
from envoi.ui.widgets.restart import restart_command

# Each language is named in itself, whatever the window's language.
NATIVE_NAMES = {"en": "English", "fr": "Français"}


class LanguageDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._initial = saved_language(settings)
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox()
        self.combo.addItem(self.tr("System language"), SYSTEM)
        for language in LANGUAGES:
            self.combo.addItem(NATIVE_NAMES[language], language)
        self.combo.setCurrentIndex(max(self.combo.findData(self._initial), 0))
        note = QLabel(self.tr("Envoi shows the new language when it starts again."))
        note.setWordWrap(True)
        self.env_note = QLabel()
        self.env_note.setObjectName("LanguageEnvNote")
        self.env_note.setWordWrap(True)
        forced = os.environ.get(LANG_ENV, "").strip()
        if forced:
            self.env_note.setText(
                self.tr(
                    "The environment variable {name} is set to “{value}”: it wins over this choice."
                ).format(name=LANG_ENV, value=forced)
            )
        self.env_note.setVisible(bool(forced))
        form = QFormLayout()
        form.addRow(self.tr("Language of the window:"), self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.env_note)
        layout.addWidget(buttons)

    def selected_language(self) -> str:
        return str(self.combo.currentData())

    def changed(self) -> bool:
        return self.selected_language() != self._initial

    def accept(self) -> None:
        save_language(self._settings, self.selected_language())
        super().accept()


def restart_box(parent: QWidget | None) -> tuple[QMessageBox, QAbstractButton]:
    """The question "restart now?" and its "Restart now" button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("LanguageDialog", "Language"))
    box.setText(
        QCoreApplication.translate(
            "LanguageDialog", "The new language is saved. Restart Envoi now to use it?"
        )
    )
    restart = box.addButton(
        QCoreApplication.translate("LanguageDialog", "Restart now"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    later = box.addButton(
        QCoreApplication.translate("LanguageDialog", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restart)
    box.setEscapeButton(later)
    return box, restart


def restart_application(parent: QWidget | None) -> bool:
    """Start a new Envoi, then quit this one (its window saves its state on close)."""
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    if not started:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LanguageDialog", "Language"),
            QCoreApplication.translate(
                "LanguageDialog", "Envoi could not restart itself. Close it and open it again."
            ),
        )
        return False
    if parent is not None:
        parent.window().close()
    QCoreApplication.quit()
    return True


def choose_language(parent: QWidget, context: UiContext) -> None:
    dialog = LanguageDialog(context.settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
        return
    box, restart = restart_box(parent)
    box.exec()
    if box.clickedButton() is restart:
        restart_application(parent)
