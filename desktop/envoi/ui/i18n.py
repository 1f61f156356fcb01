"""The window's language: Envoi's own .qm (resources/translations) and Qt's, for the locale
the user chose in Settings or, by default, the system's."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from envoi.paths import resources_dir


def install_translators(app: QApplication) -> None:
    locale = QLocale.system()
    folder = resources_dir() / "translations"
    ours = QTranslator(app)
    if folder.is_dir() and ours.load(locale, "envoi", "_", str(folder)):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
