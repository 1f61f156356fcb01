"""Add or edit one contact: address, names, status, typed custom fields, tags, lists, consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from envoi.contacts.records import Consent, ContactChanges, ContactRecord, FieldInfo
from envoi.errors import EnvoiError, InvalidInputError
from envoi.ui.context import UiContext
from envoi.ui.i18n import error_text
from envoi.ui.models.contacts_model import status_choices
from envoi.ui.widgets.error_dialog import show_crash
from envoi.ui.widgets.locale_format import editor_date_time_format, to_qdatetime


@dataclass(frozen=True, slots=True)
class EditorData:
    record: ContactRecord | None
    fields: list[FieldInfo]
    lists: list[str]
    tags: list[str]


class ContactEditorDialog(QDialog):
    contact_saved = Signal(int)
    data_loaded = Signal()

    def __init__(self, context: UiContext, contact_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._contact_id = contact_id
        self._field_editors: dict[str, tuple[str, QWidget]] = {}
        self._original_status = ""
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Contact"))
        self.setMinimumWidth(460)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.status = QComboBox()
        for title, key in status_choices():
            self.status.addItem(title, key)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. vip, newsletter"))

        form = QFormLayout()
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Tags"), self.tags)

        self.fields_box = QGroupBox(self.tr("Custom fields"))
        self.fields_form = QFormLayout(self.fields_box)
        self.lists = QListWidget()
        self.lists.setMaximumHeight(110)
        lists_box = QGroupBox(self.tr("Lists"))
        QVBoxLayout(lists_box).addWidget(self.lists)

        consent_box = QGroupBox(self.tr("Consent"))
        consent_form = QFormLayout(consent_box)
        self.consent_source = QLineEdit()
        self.consent_source.setPlaceholderText(self.tr("Where, e.g. signup form"))
        self.consent_method = QLineEdit()
        self.consent_method.setPlaceholderText(self.tr("How, e.g. double opt-in"))
        self.consent_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.consent_at.setCalendarPopup(True)
        self.consent_at.setDisplayFormat(editor_date_time_format())
        consent_form.addRow(self.tr("Source"), self.consent_source)
        consent_form.addRow(self.tr("Method"), self.consent_method)
        consent_form.addRow(self.tr("Given on"), self.consent_at)

        self.message = QLabel()
        self.message.setObjectName("ValidationMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields_box)
        row = QHBoxLayout()
        row.addWidget(lists_box)
        row.addWidget(consent_box)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._load()

    # ---- loading ---------------------------------------------------------------------------

    def _load(self) -> None:
        contacts = self._context.services.contacts
        contact_id = self._contact_id

        def load() -> EditorData:
            record = contacts.get(contact_id) if contact_id is not None else None
            return EditorData(
                record,
                contacts.fields(),
                [i.name for i in contacts.lists()],
                [t.name for t in contacts.tags()],
            )

        self._context.workers.submit(load, self._on_worker_loaded, self._on_worker_failed)

    def _on_worker_loaded(self, data: EditorData) -> None:
        record = data.record
        for info in data.fields:
            editor = self._field_editor(info.type)
            self._field_editors[info.name] = (info.type, editor)
            self.fields_form.addRow(info.label or info.name, editor)
        self.fields_box.setVisible(bool(data.fields))
        chosen = set(record.lists) if record else set()
        for name in data.lists:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.lists.addItem(item)
        if record is not None:
            self.setWindowTitle(self.tr("Contact: {email}").format(email=record.email))
            self.email.setText(record.email)
            self.first_name.setText(record.first_name)
            self.last_name.setText(record.last_name)
            self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
            self._original_status = record.status
            self.tags.setText(", ".join(record.tags))
            self.consent_source.setText(record.consent.source)
            self.consent_method.setText(record.consent.method)
            if record.consent.at is not None:
                self.consent_at.setDateTime(to_qdatetime(record.consent.at))
            for name, value in record.fields.items():
                if name in self._field_editors:
                    self._set_field(name, value)
        else:
            self.status.setEnabled(False)  # a new contact starts subscribed
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.data_loaded.emit()

    def _field_editor(self, kind: str) -> QWidget:
        if kind == "boolean":
            box = QCheckBox()
            box.setTristate(True)
            box.setCheckState(Qt.CheckState.PartiallyChecked)
            box.setToolTip(self.tr("Grey: not known"))
            return box
        edit = QLineEdit()
        if kind == "date":
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif kind == "number":
            edit.setPlaceholderText(self.tr("A number"))
        return edit

    def _set_field(self, name: str, value: Any) -> None:
        _kind, editor = self._field_editors[name]
        if isinstance(editor, QCheckBox):
            state = Qt.CheckState.PartiallyChecked
            if value is True:
                state = Qt.CheckState.Checked
            elif value is False:
                state = Qt.CheckState.Unchecked
            editor.setCheckState(state)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def _field_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, (_kind, editor) in self._field_editors.items():
            if isinstance(editor, QCheckBox):
                state = editor.checkState()
                values[name] = (
                    None
                    if state == Qt.CheckState.PartiallyChecked
                    else state == Qt.CheckState.Checked
                )
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip() or None
        return values

    # ---- saving ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_buttons_accepted(self) -> None:
        email = self.email.text().strip()
        if not email:
            self.show_message(self.tr("Enter an email address."))
            self.email.setFocus()
            return
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        lists = tuple(
            self.lists.item(i).text()
            for i in range(self.lists.count())
            if self.lists.item(i).checkState() == Qt.CheckState.Checked
        )
        at: datetime = self.consent_at.dateTime().toPython()  # type: ignore[assignment]
        consent = Consent(
            self.consent_source.text().strip(), self.consent_method.text().strip(), at
        )
        fields = self._field_values()
        contacts = self._context.services.contacts
        contact_id = self._contact_id
        first, last = self.first_name.text(), self.last_name.text()
        chosen_status = self.status.currentData()
        # Only a real change of status goes to the service (it guards re-subscription).
        status = chosen_status if chosen_status != self._original_status else None

        def save() -> int:
            if contact_id is None:
                record = contacts.add(
                    email,
                    first,
                    last,
                    {k: v for k, v in fields.items() if v is not None},
                    tags,
                    lists,
                    consent,
                )
            else:
                changes = ContactChanges(
                    email=email,
                    first_name=first,
                    last_name=last,
                    status=status,
                    fields=fields,
                    consent=consent,
                    tags=tags,
                    lists=lists,
                )
                record = contacts.update(contact_id, changes)
            return int(record.id)

        self.buttons.setEnabled(False)
        self.show_message("")
        self._context.workers.submit(save, self._on_worker_saved, self._on_worker_failed)

    def _on_worker_saved(self, contact_id: int) -> None:
        self.buttons.setEnabled(True)
        self.contact_saved.emit(contact_id)
        self.accept()

    def _on_worker_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, EnvoiError):
            text = error_text(exc)
            self.show_message(text)
            if isinstance(exc, InvalidInputError) and "address" in exc.user_message.lower():
                self.email.setFocus()
        else:
            show_crash(self, exc)
