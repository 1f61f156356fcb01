"""Settings > Sender: the company, its postal address, the default From and Reply-To, the
logo, and the address the bounce poller reads (envoi.templates.identity).

Every warning about the sender's identity (preflight, the templates' checks) offers a button
that opens this page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.store.engine import Store
from envoi.templates.identity import SenderIdentity, load_identity, save_identity
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import error_text

# Preflight and content-check codes about the sender's identity: their warning opens this page.
SENDER_ISSUE_CODES = frozenset(
    {
        "no_postal_address",
        "no_sender_identity",
        "no_sender_name",
        "no_company",
        "no_reply_address",
        "no_bounce_address",
        "sender_identity",
    }
)


def about_sender(code: str) -> bool:
    """Whether a finding with this code is fixed on the Sender page."""
    return code in SENDER_ISSUE_CODES or code.startswith("sender_identity")


class SenderDialog(QDialog):
    identity_loaded = Signal(object)  # SenderIdentity
    identity_saved = Signal(object)  # SenderIdentity

    def __init__(self, store: Store, workers: WorkerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SenderDialog")
        self.setWindowTitle(self.tr("Sender"))
        self.setMinimumWidth(520)
        self._store = store
        self._workers = workers

        intro = QLabel(
            self.tr(
                "Who your messages are from. Templates show the company, the postal address "
                "(the law in many countries asks for it in every marketing message) and the "
                "logo; new campaigns start from this From and Reply-To."
            )
        )
        intro.setWordWrap(True)
        self.company = QLineEdit()
        self.postal_address = QLineEdit()
        self.postal_address.setPlaceholderText(self.tr("12 Market Street, 69001 Lyon, France"))
        self.from_name = QLineEdit()
        self.from_email = QLineEdit()
        self.from_email.setPlaceholderText(self.tr("news@example.com"))
        self.reply_to = QLineEdit()
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("https://example.com/logo.png"))
        self.bounce_address = QLineEdit()
        self.bounce_address.setPlaceholderText(self.tr("the mailbox Envoi reads for returns"))
        bounce_note = QLabel(
            self.tr(
                "Unsubscribe requests by mail go to this address: use the mailbox the Bounces "
                "area reads. Empty: that mailbox's user name when it is an address, else the "
                "campaign's Reply-To, else its From address."
            )
        )
        bounce_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("SenderError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Postal address"), self.postal_address)
        form.addRow(self.tr("From name"), self.from_name)
        form.addRow(self.tr("From address"), self.from_email)
        form.addRow(self.tr("Reply-To"), self.reply_to)
        form.addRow(self.tr("Logo address"), self.logo)
        form.addRow(self.tr("Address for returned mail"), self.bounce_address)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(bounce_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        self._workers.submit(lambda: (load_identity(store), _mailbox_user(store)),
                             self._on_workers_loaded)  # fmt: skip

    def identity(self) -> SenderIdentity:
        return SenderIdentity(
            company=self.company.text(),
            postal_address=self.postal_address.text(),
            from_name=self.from_name.text(),
            from_email=self.from_email.text(),
            reply_to=self.reply_to.text(),
            logo=self.logo.text(),
            bounce_address=self.bounce_address.text(),
        )

    def _on_workers_loaded(self, loaded: tuple[SenderIdentity, str]) -> None:
        identity, mailbox_user = loaded
        if mailbox_user:  # what an empty field means
            self.bounce_address.setPlaceholderText(mailbox_user)
        self.company.setText(identity.company)
        self.postal_address.setText(identity.postal_address)
        self.from_name.setText(identity.from_name)
        self.from_email.setText(identity.from_email)
        self.reply_to.setText(identity.reply_to)
        self.logo.setText(identity.logo)
        self.bounce_address.setText(identity.bounce_address)
        self.buttons.setEnabled(True)
        self.identity_loaded.emit(identity)

    def _on_save_clicked(self) -> None:
        identity, store = self.identity(), self._store
        self.buttons.setEnabled(False)
        self._workers.submit(
            lambda: save_identity(store, identity), self._on_workers_saved, self._on_workers_failed
        )

    def _on_workers_saved(self, identity: SenderIdentity) -> None:
        self.identity_saved.emit(identity)
        self.accept()

    def _on_workers_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, EnvoiError):
            raise exc
        self.error.setText(error_text(exc))


def _mailbox_user(store: Store) -> str:
    """What an empty address for returns means on the send path (the bounce mailbox's user
    name when it is an address), "" when nothing stands in."""
    from envoi.sending.runner import unsubscribe_mailbox
    from envoi.templates.merge import Sender

    return unsubscribe_mailbox(store, Sender("", ""), "", "")


def open_sender_settings(store: Store, workers: WorkerBridge, parent: QWidget) -> SenderDialog:
    dialog = SenderDialog(store, workers, parent)
    dialog.open()
    return dialog
