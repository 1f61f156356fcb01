"""Add an SMTP profile: server, security, login, limits, provider presets, Test connection.

The password goes to the system keyring (or, without one, stays in memory for this session,
as the dialog says). "Test connection" connects, starts TLS and logs in off the GUI thread
and answers in plain words.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.sending.profiles import (
    PRESETS,
    SERVER_FIELDS,
    ProfileData,
    ProfileRecord,
    ProfileService,
)
from envoi.sending.transport import SmtpTransport
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import QT_TRANSLATE_NOOP, error_text

_SECURITY = (
    ("starttls", QT_TRANSLATE_NOOP("ProfileDialog", "STARTTLS (port 587)")),
    ("tls", QT_TRANSLATE_NOOP("ProfileDialog", "TLS (port 465)")),
    ("none", QT_TRANSLATE_NOOP("ProfileDialog", "None (unencrypted: not recommended)")),
)


def _same_server(a: ProfileData, b: ProfileData) -> bool:
    """Same server and login: a test of one holds for the other (limits may differ)."""
    return all(getattr(a, f) == getattr(b, f) for f in SERVER_FIELDS)


def _limit(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText("—")  # 0: no limit
    return box


def _percent(value: float, decimals: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(10**-decimals, 100)
    box.setSingleStep(10**-decimals)
    box.setSuffix(" %")
    box.setValue(value * 100)
    return box


class ProfileDialog(QDialog):
    profile_saved = Signal(object)  # ProfileRecord
    test_finished = Signal(bool, str)  # ok, plain-language answer

    def __init__(
        self,
        service: ProfileService,
        workers: WorkerBridge,
        parent: QWidget | None = None,
        record: ProfileRecord | None = None,
    ) -> None:
        """``record``: edit that profile (its stored password is kept unless a new one is
        typed); else add a new one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("SMTP profile"))
        self._service = service
        self._workers = workers
        self._record = record
        self._tested: tuple[ProfileData, str] | None = None  # the last passed test's settings

        self.preset = QComboBox()
        self.preset.addItem(self.tr("Custom server"), "")
        for key, data in PRESETS.items():
            self.preset.addItem(data.name, key)
        self.name = QLineEdit()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for value, label in _SECURITY:
            self.security.addItem(self.tr(label), value)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.per_second = QDoubleSpinBox()
        self.per_second.setRange(0, 10000)
        self.per_second.setSpecialValueText("—")
        self.per_minute, self.per_hour, self.per_day = (
            _limit(1_000_000), _limit(10_000_000), _limit(100_000_000),
        )  # fmt: skip
        self.connections = QSpinBox()
        self.connections.setRange(1, 64)
        self.connections.setValue(4)
        # Advanced: how long a connection lives, and when returned mail pauses a send.
        defaults = ProfileData("", "")
        self.advanced = QCheckBox(self.tr("Show advanced settings"))
        self.per_connection = QSpinBox()
        self.per_connection.setRange(1, 100_000)
        self.per_connection.setValue(defaults.per_connection)
        self.max_bounce = _percent(defaults.max_bounce_rate, 1)
        self.max_complaint = _percent(defaults.max_complaint_rate, 2)
        self.helo = QLineEdit()
        self.helo.setPlaceholderText(self.tr("this computer's name"))
        self.rates_min_sent = QSpinBox()
        self.rates_min_sent.setRange(1, 1_000_000)
        self.rates_min_sent.setValue(defaults.rates_min_sent)
        self.advanced_box = QGroupBox(self.tr("Advanced"))
        advanced = QFormLayout(self.advanced_box)
        advanced.addRow(self.tr("HELO name"), self.helo)
        advanced.addRow(self.tr("Messages per connection"), self.per_connection)
        advanced.addRow(self.tr("Pause when bounces exceed"), self.max_bounce)
        advanced.addRow(self.tr("Pause when complaints exceed"), self.max_complaint)
        advanced.addRow(self.tr("…once this many messages were sent"), self.rates_min_sent)
        self.advanced_box.setVisible(False)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        if not service.keeps_passwords:
            self.keyring_note.setText(
                self.tr(
                    "This computer has no password keyring: the password is kept only until "
                    "Envoi closes, never written to disk."
                )
            )
        self.security_note = QLabel()
        self.security_note.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))

        form = QFormLayout()
        form.addRow(self.tr("Provider"), self.preset)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Messages per second"), self.per_second)
        form.addRow(self.tr("per minute"), self.per_minute)
        form.addRow(self.tr("per hour"), self.per_hour)
        form.addRow(self.tr("per day"), self.per_day)
        form.addRow(self.tr("Connections"), self.connections)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        layout.addWidget(self.advanced_box)
        layout.addWidget(self.security_note)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)

        self.advanced.toggled.connect(self.advanced_box.setVisible)
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        if record is not None:
            self._fill(record.data)
            self.password.setPlaceholderText(self.tr("unchanged"))

    def data(self) -> ProfileData:
        def opt(box: QSpinBox) -> int | None:
            return box.value() or None

        return ProfileData(
            name=self.name.text().strip(),
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text().strip(),
            helo_name=self.helo.text().strip(),
            per_second=self.per_second.value() or None,
            per_minute=opt(self.per_minute),
            per_hour=opt(self.per_hour),
            per_day=opt(self.per_day),
            connections=self.connections.value(),
            per_connection=self.per_connection.value(),
            max_bounce_rate=self.max_bounce.value() / 100,
            max_complaint_rate=self.max_complaint.value() / 100,
            rates_min_sent=self.rates_min_sent.value(),
        )

    def _fill(self, d: ProfileData) -> None:
        self.name.setText(d.name)
        self._fill_server(d)
        self.username.setText(d.username)
        self.helo.setText(d.helo_name)
        self.max_bounce.setValue(d.max_bounce_rate * 100)
        self.max_complaint.setValue(d.max_complaint_rate * 100)
        self.rates_min_sent.setValue(d.rates_min_sent)

    def _fill_server(self, d: ProfileData) -> None:
        """The server, its security, the sending limits and the connections of ``d``."""
        self.host.setText(d.host)
        self.port.setValue(d.port)
        self.security.setCurrentIndex(self.security.findData(d.security))
        self.per_second.setValue(d.per_second or 0)
        self.per_minute.setValue(d.per_minute or 0)
        self.per_hour.setValue(d.per_hour or 0)
        self.per_day.setValue(d.per_day or 0)
        self.connections.setValue(d.connections)
        self.per_connection.setValue(d.per_connection)

    def _on_preset_changed(self, _index: int) -> None:
        key = self.preset.currentData()
        if not key:
            return
        preset = PRESETS[str(key)]
        self.name.setText(self.name.text() or preset.name)
        self._fill_server(preset)  # the login and the returned-mail thresholds stay

    def _on_security_changed(self, _index: int) -> None:
        unsafe = self.security.currentData() == "none"
        self.security_note.setText(
            self.tr("Without encryption, your password and messages cross the network in clear.")
            if unsafe
            else ""
        )

    def _on_test_clicked(self) -> None:
        self.answer.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        data, password = self.data(), self.password.text()
        service, editing = self._service, self._record

        if data.username:
            done = self.tr("Connected to {0}:{1}, logged in as {2}.").format(
                data.host, data.port, data.username
            )
        else:
            done = self.tr("Connected to {0}:{1}.").format(data.host, data.port)

        async def attempt() -> str:
            # In the worker: the keyring may be slow to answer, and may refuse (shown).
            if editing is not None and not password:
                # Editing: test with the stored password (looked up by the stored name).
                stored = replace(data, name=editing.data.name)
                settings = service.server_settings(ProfileRecord(0, stored, None))
            else:
                settings = service.server_settings(ProfileRecord(0, data, None), password)
            connection = await SmtpTransport(settings).connect()
            await connection.close()
            return done

        self._workers.submit(
            lambda: asyncio.run(attempt()), self._on_test_passed, self._on_test_failed
        )

    def _on_test_passed(self, text: str) -> None:
        data, password = self.data(), self.password.text()
        self._tested = (data, password)
        self.test_button.setEnabled(True)
        self.answer.setText(text)
        record = self._record
        if record is not None and not password and _same_server(record.data, data):
            # The saved profile itself passed: recorded now, even if the dialog is then
            # cancelled (preflight stops saying it was never tested).
            service = self._service
            self._workers.submit(lambda: service.mark_tested(record.id), self._on_workers_recorded)
            return
        self.test_finished.emit(True, text)

    def _on_workers_recorded(self, record: ProfileRecord) -> None:
        self._record = record
        self.test_finished.emit(True, self.answer.text())

    def _on_test_failed(self, exc: BaseException) -> None:
        self._tested = None
        self.test_button.setEnabled(True)
        text = error_text(exc) if isinstance(exc, EnvoiError) else str(exc)
        self.answer.setText(text)
        self.test_finished.emit(False, text)

    def _on_save_clicked(self) -> None:
        try:
            data = self.data()
            password = self.password.text() or None
            if self._record is not None:
                record = self._service.update(self._record.id, data, password)
            else:
                record = self._service.add(data, password)
            tested = self._tested
            if (
                tested is not None
                and tested[1] == self.password.text()
                and _same_server(tested[0], data)
            ):
                # Tested with this server and login: preflight need not ask again.
                record = self._service.mark_tested(record.id)
        except EnvoiError as exc:
            self.answer.setText(error_text(exc))
            return
        self.profile_saved.emit(record)
        self.accept()
