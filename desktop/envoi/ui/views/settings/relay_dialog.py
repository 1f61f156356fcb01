"""Settings > Relay: the address of Envoi Relay and its token (kept in the keyring),
a Test button, Sync now, and when the last sync ran.

With a relay, every message gets a one-click unsubscribe address and a preference page;
without one, Envoi works as before (an unsubscribe mail to the bounce mailbox).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.relay.client.connection import RelayConnection, RelayService
from envoi.relay.client.sync import SyncResult, sync
from envoi.sending.secrets import default_secret_store
from envoi.store.engine import Store
from envoi.store.secrets import SecretStore
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import error_text

EXAMPLE_URL = "https://relay.example.com"  # an address: the same in every language


class RelayDialog(QDialog):
    connection_loaded = Signal(object)  # RelayConnection | None
    connection_tested = Signal(object)  # RelayConnection
    synced = Signal(object)  # SyncResult
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        workers: WorkerBridge,
        parent: QWidget | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RelayDialog")
        self.setWindowTitle(self.tr("Relay"))
        self.setMinimumWidth(540)
        self._store = store
        self._workers = workers
        self._service = RelayService(store, secrets or default_secret_store())

        intro = QLabel(
            self.tr(
                "Envoi Relay is a small web service you run on a server with a public "
                "address. It gives every message a one-click unsubscribe link and a "
                "preference page, and can count clicks and opens. Without a relay, Envoi "
                "asks for unsubscribes by mail."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("the content of the relay's api-token file"))
        self.last_sync = QLabel(self.tr("never"))
        self.last_sync.setObjectName("RelayLastSync")
        self.status = QLabel()
        self.status.setObjectName("RelayStatus")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test and save"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.sync_button.clicked.connect(self._on_sync_clicked)

        form = QFormLayout()
        form.addRow(self.tr("Relay address"), self.url)
        form.addRow(self.tr("Token"), self.token)
        form.addRow(self.tr("Last sync"), self.last_sync)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.sync_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._busy(True)
        self._workers.submit(self._service.connection, self._on_workers_loaded, self._on_failed)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.sync_button.setEnabled(not busy and bool(self.url.text().strip()))

    def _show(self, connection: RelayConnection | None) -> None:
        if connection is None:
            self.last_sync.setText(self.tr("never"))
            return
        self.url.setText(connection.url)
        when = connection.last_sync
        self.last_sync.setText(when.strftime("%Y-%m-%d %H:%M UTC") if when else self.tr("never"))
        if connection.last_error:
            self.status.setText(connection.last_error)

    def _on_workers_loaded(self, connection: RelayConnection | None) -> None:
        self._show(connection)
        self._busy(False)
        self.connection_loaded.emit(connection)

    def _on_test_clicked(self) -> None:
        url, token, service = self.url.text(), self.token.text(), self._service
        if not token.strip():
            token = service.token() or ""
        if not token.strip():
            self.status.setText(self.tr("Paste the relay's token first."))
            return
        self._busy(True)
        self.status.setText(self.tr("Testing…"))
        self._workers.submit(lambda: service.connect(url, token), self._on_workers_tested,
                             self._on_failed)  # fmt: skip

    def _on_workers_tested(self, connection: RelayConnection) -> None:
        self.token.clear()
        self._show(connection)
        self.status.setText(
            self.tr("Connected. Recipients' links start with {0}.").format(connection.public_url)
        )
        self._busy(False)
        self.connection_tested.emit(connection)

    def _on_sync_clicked(self) -> None:
        store, service = self._store, self._service
        self._busy(True)
        self.status.setText(self.tr("Syncing…"))
        self._workers.submit(lambda: sync(store, service), self._on_workers_synced,
                             self._on_failed)  # fmt: skip

    def _on_workers_synced(self, result: SyncResult) -> None:
        self._show(self._service.connection())
        self.status.setText(
            self.tr("{0} unsubscribes, {1} clicks and {2} opens received.").format(
                result.unsubscribed, result.clicks, result.opens
            )
        )
        self._busy(False)
        self.synced.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, EnvoiError):
            raise exc
        text = error_text(exc)
        self.status.setText(text)
        self.failed.emit(text)


def open_relay_settings(store: Store, workers: WorkerBridge, parent: QWidget) -> RelayDialog:
    dialog = RelayDialog(store, workers, parent)
    dialog.open()
    return dialog
