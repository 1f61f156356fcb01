"""File > Restore from backup…: check the file, confirm with the facts, replace, restart.

The chosen file is copied beside the database and fully checked on a worker thread before
anything else happens (``envoi.store.restore.prepare_restore``); the confirmation then shows
what is replaced with what. After the swap Envoi restarts itself rather than reopening the
database in place: every view, the scheduler and the bounce poller hold the services built
at start-up, and a fresh process opens (and, for an older backup, migrates with its safety
copy) the restored file exactly as at any start-up. The restart runs the same program with
the same arguments (``envoi.ui.widgets.restart.restart_command``, shared with the
language change).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from envoi.events import Progress
from envoi.store.backup import DatabaseSummary, human_size, sqlite_file
from envoi.store.restore import (
    RestorePlan,
    RestoreResult,
    apply_restore,
    campaigns_sending,
    discard,
    prepare_restore,
    refuse_while_sending,
)
from envoi.ui.bridge import EventBridge
from envoi.ui.context import UiContext
from envoi.ui.widgets.error_dialog import show_error
from envoi.ui.widgets.restart import restart_command

Confirm = Callable[[RestorePlan], bool]
Restart = Callable[[], None]
PROGRESS_STEPS = 1000


def restart_envoi() -> None:
    """Start a new Envoi on the restored database and quit this one."""
    program, arguments = restart_command()
    QProcess.startDetached(program, arguments)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.closeAllWindows()  # the window saves its geometry as on any quit
        app.quit()


class RestoreTask(QObject):
    """One restore: check (worker) -> confirm -> replace (worker) -> restart."""

    restored = Signal(object)  # RestoreResult
    stopped = Signal(object)  # the reason: an exception (already shown) or None (declined)

    def __init__(
        self, parent: QWidget, context: UiContext, confirm: Confirm | None, restart: Restart
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._confirm = confirm or self.ask_confirmation
        self._restart = restart
        self._bridge = EventBridge(self)
        self.dialog: QProgressDialog | None = None
        self._bridge.progressed.connect(self._on_bridge_progressed)

    def choose_backup(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Restore from backup"),
            "",
            self.tr("Envoi backups (*.envoi);;All files (*)"),
        )
        return Path(name) if name else None

    def start(self, backup: Path, live: Path) -> None:
        bridge = self._bridge
        # Made now, not earlier: it shows itself after a moment, and must not pop up over
        # the file dialog.
        self.dialog = QProgressDialog(
            self.tr("Checking the backup…"), "", 0, PROGRESS_STEPS, self._parent
        )
        self.dialog.setWindowTitle(self.tr("Restore from backup"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setCancelButton(None)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

        def job() -> RestorePlan:
            return prepare_restore(
                backup, live, lambda done, total: bridge(Progress("restore", done, total))
            )

        self._context.workers.submit(job, self._on_prepare_done, self._on_failed)

    def _on_bridge_progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0 and self.dialog is not None:
            self.dialog.setValue(min(PROGRESS_STEPS - 1, done * PROGRESS_STEPS // total))

    def describe(self, summary: DatabaseSummary | None) -> str:
        if summary is None:
            return self.tr("no data yet")
        when = f"{summary.made_at:%Y-%m-%d %H:%M}" if summary.made_at else "?"
        return self.tr(
            "{contacts} contacts, {lists} lists, {campaigns} campaigns, "
            "{templates} templates ({size}, {when})"
        ).format(
            contacts=summary.count("contacts"),
            lists=summary.count("lists"),
            campaigns=summary.count("campaigns"),
            templates=summary.count("templates"),
            size=human_size(summary.size),
            when=when,
        )

    def ask_confirmation(self, plan: RestorePlan) -> bool:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from backup"))
        box.setText(self.tr("Replace the current database with this backup?"))
        lines = [
            self.tr("Now: {summary}").format(summary=self.describe(plan.current)),
            self.tr("Backup {file}: {summary}").format(
                file=plan.backup.name, summary=self.describe(plan.incoming)
            ),
            "",
            self.tr(
                "The current database is kept beside it as {name}. Envoi then restarts."
            ).format(name=f"{plan.live.name}.before-restore-…"),
        ]
        if plan.migrates:
            lines.append(
                self.tr(
                    "This backup was made by an older Envoi: it is brought up to date "
                    "when Envoi opens it."
                )
            )
        box.setInformativeText("\n".join(lines))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _on_prepare_done(self, plan: RestorePlan) -> None:
        self._close_dialog()
        if not self._confirm(plan):
            discard(plan)
            show_status(self._parent, self.tr("Nothing was restored."))
            self.stopped.emit(None)
            return
        services = self._context.services
        # apply_restore needs the file to itself: close our connections first. If something
        # else still holds it, it refuses and the engines simply reconnect to the old file.
        services.close()
        services.store.dispose()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Restoring the database…"))
            self.dialog.setRange(0, 0)
            self.dialog.show()

        def job() -> RestoreResult:
            try:
                return apply_restore(plan)
            except BaseException:
                discard(plan)
                raise

        self._context.workers.submit(job, self._on_apply_done, self._on_failed)

    def _on_apply_done(self, result: RestoreResult) -> None:
        self._close_dialog()
        self.restored.emit(result)
        QMessageBox.information(
            self._parent,
            self.tr("Restore from backup"),
            self.tr(
                "The backup is restored. Envoi restarts now to open it.\n"
                "The previous database is kept as {file}."
            ).format(file=str(result.kept) if result.kept else "-"),
        )
        self._restart()

    def _on_failed(self, exc: BaseException) -> None:
        self._close_dialog()
        show_error(self._parent, exc, self.tr("Restore from backup"))
        self.stopped.emit(exc)


def show_status(parent: QWidget, text: str) -> None:
    status = getattr(parent, "show_status", None)
    if callable(status):
        status(text)


def restore_database(
    parent: QWidget,
    context: UiContext,
    backup: Path | None = None,
    confirm: Confirm | None = None,
    restart: Restart = restart_envoi,
) -> RestoreTask | None:
    """Ask for the file (unless ``backup`` is given) and start the restore; None if not."""
    task = RestoreTask(parent, context, confirm, restart)
    try:
        live = sqlite_file(context.services.store.engine, "restore")
        refuse_while_sending(campaigns_sending(live))
        chosen = backup or task.choose_backup()
        if chosen is None:
            task.deleteLater()
            return None
        task.start(chosen, live)
    except Exception as exc:
        show_error(parent, exc, QCoreApplication.translate("RestoreTask", "Restore from backup"))
        task.deleteLater()
        return None
    return task
