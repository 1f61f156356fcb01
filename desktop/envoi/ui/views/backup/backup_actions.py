"""File > Back up database…: one .envoi file, made in the background while Envoi keeps working.

The copy (``envoi.store.backup.back_up``) runs on a worker thread behind a window-modal
progress dialog that can cancel it; the status bar then names the file and its size.
``restore_database`` (File > Restore from backup…) is in ``restore_actions``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from envoi.events import CancelToken, Progress
from envoi.store.backup import (
    BACKUP_SUFFIX,
    BackupCancelled,
    BackupResult,
    back_up,
    default_backup_name,
    human_size,
    sqlite_file,
)
from envoi.ui.bridge import EventBridge
from envoi.ui.context import UiContext
from envoi.ui.views.backup.restore_actions import restore_database, show_status
from envoi.ui.widgets.error_dialog import show_error

__all__ = ["BackupTask", "back_up_database", "restore_database"]

FOLDER_KEY = "backup/last_folder"
PROGRESS_STEPS = 1000


def backup_folder(settings: QSettings) -> Path:
    """The folder of the last backup, else the user's Documents folder."""
    last = settings.value(FOLDER_KEY)
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class BackupTask(QObject):
    """One backup: the progress dialog, the worker job, the outcome."""

    succeeded = Signal(object)  # BackupResult
    failed = Signal(object)  # the exception, already shown (or a cancel)

    def __init__(self, parent: QWidget, context: UiContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._cancel = CancelToken()
        self._bridge = EventBridge(self)
        self.dialog: QProgressDialog | None = None
        self._bridge.progressed.connect(self._on_bridge_progressed)

    def choose_target(self) -> Path | None:
        folder = backup_folder(self._context.settings)
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Back up database"),
            str(folder / default_backup_name()),
            self.tr("Envoi backups (*.envoi)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == BACKUP_SUFFIX else path.with_name(path.name + BACKUP_SUFFIX)

    def start(self, target: Path) -> None:
        source = sqlite_file(self._context.services.store.engine, "backup")
        self._context.settings.setValue(FOLDER_KEY, str(target.parent))
        # Made now, not earlier: it shows itself after a moment, and must not pop up over
        # the file dialog; a backup that takes less never shows it.
        self.dialog = QProgressDialog(
            self.tr("Backing up the database…"), self.tr("Cancel"), 0, PROGRESS_STEPS, self._parent
        )
        self.dialog.setWindowTitle(self.tr("Back up database"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.cancel)
        bridge, cancel = self._bridge, self._cancel

        def job() -> BackupResult:
            return back_up(
                source,
                target,
                progress=lambda done, total: bridge(Progress("backup", done, total)),
                cancel=cancel,
            )

        self._context.workers.submit(job, self._on_job_done, self._on_job_failed)

    def _on_bridge_progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0 and self.dialog is not None:
            self.dialog.setValue(min(PROGRESS_STEPS - 1, done * PROGRESS_STEPS // total))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _on_job_done(self, result: BackupResult) -> None:
        self._close_dialog()
        show_status(
            self._parent,
            self.tr("Database backed up to {file} ({size}).").format(
                file=str(result.path), size=human_size(result.size)
            ),
        )
        self.succeeded.emit(result)

    def _on_job_failed(self, exc: BaseException) -> None:
        self._close_dialog()
        if isinstance(exc, BackupCancelled):
            show_status(self._parent, self.tr("Backup stopped; no file was written."))
        else:
            show_error(self._parent, exc, self.tr("Back up database"))
        self.failed.emit(exc)


def back_up_database(
    parent: QWidget, context: UiContext, target: Path | None = None
) -> BackupTask | None:
    """Ask where (unless ``target`` is given) and start the backup; None if nothing started."""
    task = BackupTask(parent, context)
    try:
        sqlite_file(context.services.store.engine, "backup")  # a team database: say so first
        chosen = target or task.choose_target()
        if chosen is None:
            task.deleteLater()
            return None
        task.start(chosen)
    except Exception as exc:
        show_error(parent, exc, QCoreApplication.translate("BackupTask", "Back up database"))
        task.deleteLater()
        return None
    return task
