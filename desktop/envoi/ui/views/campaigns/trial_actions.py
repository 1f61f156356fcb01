"""Before the real send: Test send (the first recipient's message to your own addresses)
and Dry run (the messages written as .eml files). Neither touches the delivery rows."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.sending.profiles import ProfileService
from envoi.sending.transport import Reply, ReplyKind
from envoi.sending.trial import dry_run, test_send
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import error_text

DRY_RUN_LIMIT = 20  # messages written by a dry run: the first recipients'


class TrialActions(QWidget):
    trial_finished = Signal(bool, str)  # ok, what happened in plain words

    def __init__(
        self, store: Store, campaign_id: int, profiles: ProfileService, workers: WorkerBridge
    ) -> None:
        super().__init__()
        self._store = store
        self._campaign_id = campaign_id
        self._profiles = profiles
        self._workers = workers
        self.test_button = QPushButton(self.tr("Test send…"))
        self.test_button.setToolTip(
            self.tr("Send the message of the first recipient to your own addresses.")
        )
        self.dry_button = QPushButton(self.tr("Dry run…"))
        self.dry_button.setToolTip(
            self.tr("Write the first messages as .eml files, exactly as they would go.")
        )
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.dry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.answer)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.dry_button.clicked.connect(self._on_dry_clicked)

    def _on_test_clicked(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Test send"), self.tr("Your addresses (separated by commas):")
        )
        if ok and text.strip():
            self.send_test([a for a in re.split(r"[,;\s]+", text) if a])

    def _on_dry_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dry run: write the messages in"))
        if folder:
            self.write_dry_run(Path(folder))

    def _busy(self, text: str) -> None:
        self.answer.setText(text)
        self.test_button.setEnabled(False)
        self.dry_button.setEnabled(False)

    def _done(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.dry_button.setEnabled(True)
        self.answer.setText(text)
        self.trial_finished.emit(ok, text)

    def send_test(self, addresses: list[str]) -> None:
        self._busy(self.tr("Sending the test…"))
        store, campaign_id, profiles = self._store, self._campaign_id, self._profiles
        self._workers.submit(
            lambda: asyncio.run(test_send(store, campaign_id, profiles, addresses)),
            self._on_workers_tested,
            self._on_workers_failed,
        )

    def _on_workers_tested(self, replies: list[tuple[str, Reply]]) -> None:
        lines = []
        for address, reply in replies:
            said = f"{reply.code or ''} {reply.text}".strip()
            if reply.kind is ReplyKind.SENT:
                lines.append(self.tr("{0}: accepted by the server ({1}).").format(address, said))
            else:
                lines.append(self.tr("{0}: not accepted: {1}").format(address, said))
        self._done(all(r.kind is ReplyKind.SENT for _, r in replies), "\n".join(lines))

    def write_dry_run(self, folder: Path) -> None:
        self._busy(self.tr("Writing the messages…"))
        store, campaign_id = self._store, self._campaign_id
        self._workers.submit(
            lambda: dry_run(store, campaign_id, folder, DRY_RUN_LIMIT),
            self._on_workers_written,
            self._on_workers_failed,
        )

    def _on_workers_written(self, paths: list[Path]) -> None:
        folder = str(paths[0].parent) if paths else ""
        text = self.tr("Messages written: {0}, in {1}. Nothing was sent.")
        self._done(True, text.format(QLocale().toString(len(paths)), folder))

    def _on_workers_failed(self, exc: BaseException) -> None:
        if isinstance(exc, EnvoiError):
            self._done(False, error_text(exc))
        else:
            self._done(False, str(exc))
