"""New campaign: sender, content (a template or a text), audience, profile, optional schedule.

Creating it freezes the audience (lists and segments, minus suppression, each address once)
in the worker pool; the dialog closes when the rows are written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError, InvalidInputError
from envoi.sending.campaigns import CampaignData, CampaignRecord, CampaignService
from envoi.sending.profiles import ProfileService
from envoi.store.engine import Store
from envoi.templates.identity import SenderIdentity, load_identity
from envoi.ui.bridge import WorkerBridge
from envoi.ui.context import Services
from envoi.ui.i18n import error_text
from envoi.ui.widgets.locale_format import editor_date_time_format

Choices = tuple[list[str], list[str], list[tuple[int, str]], list[str], SenderIdentity]


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).text()
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class NewCampaignDialog(QDialog):
    campaign_created = Signal(object)  # CampaignRecord
    choices_loaded = Signal()

    def __init__(
        self,
        store: Store,
        profiles: ProfileService,
        workers: WorkerBridge,
        parent: QWidget | None = None,
        *,
        services: Services | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self._store = store
        self._profiles = profiles
        self._workers = workers
        # The window's services (app.py builds them once); a dialog opened alone (tests,
        # screenshots) builds its own over ``store``.
        self._services = services

        self.name = QLineEdit()
        self.from_name = QLineEdit()
        self.from_email = QLineEdit()
        self.reply_to = QLineEdit()
        self.subject = QLineEdit()
        self.template = QComboBox()
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Hello {{ first_name }}, …"))
        self.lists = QListWidget()
        self.segments = QListWidget()
        self.profile = QComboBox()
        self.scheduled = QCheckBox(self.tr("Send later"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(editor_date_time_format())
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText(
            self.tr("time zone, e.g. Europe/Paris (default: this computer's)")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From name"), self.from_name)
        form.addRow(self.tr("From address"), self.from_email)
        form.addRow(self.tr("Reply-To"), self.reply_to)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Lists"), self.lists)
        form.addRow(self.tr("Segments"), self.segments)
        form.addRow(self.tr("SMTP profile"), self.profile)
        form.addRow(self.scheduled, self.when)
        form.addRow("", self.timezone)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)
        self._workers.submit(self._load_choices, self._on_workers_choices)

    def _load_choices(self) -> Choices:
        # Through the services, never the ORM tables (rows stay in envoi.store).
        from envoi.contacts.service import ContactService
        from envoi.segments.service import SegmentService
        from envoi.templates.library import TemplateService

        s = self._services
        contacts = s.contacts if s else ContactService(self._store)
        saved = s.segments if s else SegmentService(self._store)
        library = s.templates if s else TemplateService(self._store)
        lists = [x.name for x in contacts.lists()]
        segments = [x.name for x in saved.list()]
        profiles = [(p.id, p.data.name) for p in self._profiles.all()]
        templates = [t.name for t in library.list()]
        return lists, segments, profiles, templates, load_identity(self._store)

    def _on_workers_choices(self, choices: Choices) -> None:
        lists, segments, profiles, templates, identity = choices
        # The sender's defaults (Settings > Sender), unless already typed.
        for field, value in ((self.from_name, identity.from_name),
                             (self.from_email, identity.from_email),
                             (self.reply_to, identity.reply_to)):  # fmt: skip
            if not field.text():
                field.setText(value)
        for names, widget in ((lists, self.lists), (segments, self.segments)):
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
        for pid, name in profiles:
            self.profile.addItem(name, pid)
        self.template.addItem(self.tr("(the text below)"), "")
        for name in templates:
            self.template.addItem(name, name)
        self.choices_loaded.emit()

    def _schedule(self) -> tuple[datetime | None, str]:
        if not self.scheduled.isChecked():
            return None, ""
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        tz = self.timezone.text().strip()
        try:
            aware = local.replace(tzinfo=ZoneInfo(tz)) if tz else local.astimezone()
        except ZoneInfoNotFoundError as exc:
            raise InvalidInputError(f"Unknown time zone '{tz}'.", "Use e.g. Europe/Paris.") from exc
        return aware.astimezone(UTC).replace(tzinfo=None), tz

    def data(self) -> CampaignData:
        when, tz = self._schedule()
        return CampaignData(
            name=self.name.text().strip(),
            from_email=self.from_email.text().strip(),
            subject=self.subject.text(),
            body_text=self.body.toPlainText(),
            from_name=self.from_name.text().strip(),
            reply_to=self.reply_to.text().strip(),
            template=str(self.template.currentData() or ""),
            profile_id=self.profile.currentData(),
            lists=_checked(self.lists),
            segments=_checked(self.segments),
            scheduled_at=when,
            timezone=tz,
        )

    def _on_create_clicked(self) -> None:
        try:
            data = self.data()
        except EnvoiError as exc:
            self._on_workers_failed(exc)
            return
        if not data.template and not data.subject.strip():
            self.error.setText(self.tr("Give a subject, or choose a template."))
            return
        self.buttons.setEnabled(False)
        service = self._services.campaigns if self._services else CampaignService(self._store)
        self._workers.submit(lambda: service.create(data), self._on_workers_created,
                             self._on_workers_failed)  # fmt: skip

    def _on_workers_created(self, record: CampaignRecord) -> None:
        self.campaign_created.emit(record)
        self.accept()

    def _on_workers_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, EnvoiError):
            self.error.setText(error_text(exc))
        else:
            raise exc

    def values(self) -> dict[str, Any]:
        """For tests and logs: what the dialog would create."""
        d = self.data()
        return {"name": d.name, "lists": list(d.lists), "profile_id": d.profile_id}
