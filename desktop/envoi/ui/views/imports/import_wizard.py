"""The import wizard: file -> mapping preview -> progress -> report.

Nothing is written before the user presses Import on the mapping page; the import itself
runs in a worker thread and is one transaction, so Cancel leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from envoi.contacts.importing.importer import ImportReport
from envoi.contacts.importing.sniffing import FileSniff
from envoi.errors import EnvoiError
from envoi.ui.context import UiContext
from envoi.ui.i18n import error_text
from envoi.ui.views.imports.mapping_page import MappingPage
from envoi.ui.views.imports.run_pages import ProgressPage, ReportPage
from envoi.ui.widgets.error_dialog import show_crash

FILE_PAGE, MAPPING_PAGE, PROGRESS_PAGE, REPORT_PAGE = range(4)


class FilePage(QWizardPage):
    """Choose the file; it is sniffed (encoding, delimiter, header) in a worker."""

    file_sniffed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.sniffed: FileSniff | None = None
        self._pending = ""
        self.setTitle(self.tr("Choose a contact file"))
        self.setSubTitle(
            self.tr(
                "CSV or Excel (.xlsx) exports from Mailchimp, Google Contacts, Outlook, Brevo, "
                "HubSpot, Shopify, listmonk and others are recognised."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path to a .csv or .xlsx file"))
        self.path_edit.editingFinished.connect(self._on_path_edit_editing_finished)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("SniffMessage")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_path(self, path: str) -> None:
        """Take ``path`` and sniff it (also what Browse and typing do)."""
        self.path_edit.setText(path)
        self._sniff(path)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contact files (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def _on_path_edit_editing_finished(self) -> None:
        path = self.path_edit.text().strip()
        if path and path != self._pending:
            self._sniff(path)

    def _sniff(self, path: str) -> None:
        from envoi.contacts.importing.sniffing import sniff

        self._pending = path
        self.sniffed = None
        self.message.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        self._context.workers.submit(
            lambda: sniff(path),
            lambda result: self._on_worker_sniffed(path, result),
            lambda exc: self._on_worker_failed(path, exc),
        )

    def _on_worker_sniffed(self, path: str, result: FileSniff) -> None:
        if path != self._pending:
            return
        self.sniffed = result
        self.message.setText(
            self.tr(
                "%n column(s) found. Press Next to check what each one holds.",
                "",
                len(result.headers),
            )
        )
        self.completeChanged.emit()
        self.file_sniffed.emit()

    def _on_worker_failed(self, path: str, exc: BaseException) -> None:
        if path != self._pending:
            return
        if isinstance(exc, EnvoiError):
            text = error_text(exc, "\n")
            self.message.setText(text)
        else:
            self.message.setText(self.tr("Envoi could not read this file."))
            show_crash(self, exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sniffed is not None

    def path(self) -> Path:
        return Path(self._pending)


class ImportWizardDialog(QWizard):
    import_finished = Signal(object)  # the ImportReport

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 620)
        self.file_page = FilePage(context)
        self.mapping_page = MappingPage(context, self.file_page)
        self.progress_page = ProgressPage(context, self.file_page, self.mapping_page)
        self.report_page = ReportPage()
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PROGRESS_PAGE, self.progress_page)
        self.setPage(REPORT_PAGE, self.report_page)
        self.progress_page.import_done.connect(self._on_progress_page_import_done)
        self.rejected.connect(self.progress_page.cancel)

    def _on_progress_page_import_done(self, report: ImportReport) -> None:
        self.report_page.show_report(report)
        self.next()
        self.import_finished.emit(report)
