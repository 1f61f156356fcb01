"""The Templates area: the library, the editor and a live preview on a real contact.

Typing restarts a short timer; when it fires (PREVIEW_DELAY_MS, so the preview follows
typing within ~300 ms) the template is compiled and rendered for the chosen contact on
the GUI thread, under a tight time limit so that a runaway template cannot freeze the
window. A syntax or render error marks its line in the editor. "Check content" runs the
content checks on the preview and the whole-audience pass in a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import MessageSettings, Recipient
from envoi.sending.runner import sender_links
from envoi.templates.audience import AudienceReport, check_audience, load_audience
from envoi.templates.checks import check_content
from envoi.templates.library import (
    TemplateDraft,
    load_sender,
    parse_file,
    samples_for_locale,
)
from envoi.templates.limits import RenderLimits
from envoi.templates.merge import SAMPLE_CONTACT, Campaign, MergeDict, build_context
from envoi.templates.merge import contact_values as make_contact
from envoi.templates.render import CampaignTemplate, RenderedContent, TemplateProblem
from envoi.ui.context import UiContext
from envoi.ui.i18n import translate_core
from envoi.ui.views.settings.sender_dialog import SenderDialog, about_sender
from envoi.ui.views.templates.code_editor import CodeEditor
from envoi.ui.views.templates.content_issues import issue_text, severity_label
from envoi.ui.views.templates.preview_pane import PreviewPane

PREVIEW_DELAY_MS = 250
PREVIEW_LIMITS = RenderLimits(seconds=0.3)
# A new template's page; {greeting} and {unsubscribe} are written in the window's language.
BLANK_HTML = (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    "<style>\np {{ font-family: Helvetica, Arial, sans-serif; }}\n</style>\n</head>\n<body>\n"
    "<p>{greeting}</p>\n\n"
    "<p>{{{{ sender.postal_address }}}}<br>"
    '<a href="{{{{ unsubscribe_url }}}}">{unsubscribe}</a></p>\n</body>\n</html>\n'
)


class TemplatesView(QWidget):
    status_message = Signal(str)
    preview_rendered = Signal()
    preview_failed = Signal(object)  # TemplateProblem
    check_finished = Signal(object)  # AudienceReport

    def __init__(
        self, context: UiContext, *, use_web_engine: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._store = context.services.store
        self._library = context.services.templates
        self._compiled: CampaignTemplate | None = None
        self._unsubscribe = ""  # the unsubscribe link of the last preview
        self._content: RenderedContent | None = None

        self.library_list = QListWidget()
        self.library_list.currentItemChanged.connect(self._on_library_list_current_changed)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.samples_button = QPushButton(self.tr("Add samples"))
        for button in (self.new_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
        self.new_button.clicked.connect(self.new_item)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.samples_button.clicked.connect(self._on_samples_button_clicked)
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(QLabel(self.tr("Template library")))
        left_column.addWidget(self.library_list, 1)
        left_column.addLayout(buttons)
        left_column.addLayout(files)
        left_column.addWidget(self.samples_button)
        left.setMaximumWidth(230)

        self.name_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.preheader_edit = QLineEdit()
        self.html_editor = CodeEditor()
        self.text_editor = CodeEditor()
        self.text_editor.setPlaceholderText(
            self.tr("Leave empty: the plain-text part is written from the HTML.")
        )
        self.editor_tabs = QTabWidget()
        self.editor_tabs.addTab(self.html_editor, self.tr("HTML"))
        self.editor_tabs.addTab(self.text_editor, self.tr("Plain text"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.tr("Preheader"), self.preheader_edit)
        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.addLayout(form)
        middle_column.addWidget(self.editor_tabs, 1)
        middle_column.addWidget(self.error_label)
        middle_column.addWidget(self.save_button)

        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Contact address (empty: a sample contact)"))
        self.contact_edit.editingFinished.connect(self.schedule_preview)
        self.preview = PreviewPane(use_web_engine=use_web_engine)
        self.check_button = QPushButton(self.tr("Check content"))
        self.check_button.clicked.connect(self.check)
        self.check_output = QPlainTextEdit()
        self.check_output.setReadOnly(True)
        self.check_output.setMaximumHeight(160)
        # Shown when a finding is about the sender's identity (the postal address...).
        self.sender_button = QPushButton(self.tr("Sender settings…"))
        self.sender_button.hide()
        self.sender_button.clicked.connect(self._on_sender_button_clicked)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.contact_edit)
        right_column.addWidget(self.preview, 1)
        right_column.addWidget(self.check_button)
        right_column.addWidget(self.check_output)
        right_column.addWidget(self.sender_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([190, 560, 650])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for editor in (self.html_editor, self.text_editor):
            editor.textChanged.connect(self.schedule_preview)
        for line in (self.subject_edit, self.preheader_edit):
            line.textChanged.connect(self.schedule_preview)

        self.reload_library()
        if self.library_list.count():
            self.library_list.setCurrentRow(0)
        else:
            self.new_item()

    # ---- library -----------------------------------------------------------------------

    def reload_library(self, select: str | None = None) -> None:
        self.library_list.blockSignals(True)
        self.library_list.clear()
        for record in self._library.list():
            self.library_list.addItem(QListWidgetItem(record.name))
        self.library_list.blockSignals(False)
        if select is not None:
            for row in range(self.library_list.count()):
                item = self.library_list.item(row)
                if item is not None and item.text() == select:
                    self.library_list.setCurrentRow(row)

    def load_draft(self, draft: TemplateDraft) -> None:
        self.name_edit.setText(draft.name)
        self.subject_edit.setText(draft.subject)
        self.preheader_edit.setText(draft.preheader)
        self.html_editor.setPlainText(draft.html)
        self.text_editor.setPlainText(draft.text)
        self.refresh_preview()

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            self.name_edit.text(),
            self.subject_edit.text(),
            self.html_editor.toPlainText(),
            self.text_editor.toPlainText(),
            self.preheader_edit.text(),
        )

    def new_item(self) -> None:
        self.library_list.clearSelection()
        html = BLANK_HTML.format(
            greeting=self.tr("Hello {{ contact.first_name | default('there', true) }},"),
            unsubscribe=self.tr("Unsubscribe"),
        )
        subject = self.tr("News from {{ sender.name }}")
        self.load_draft(TemplateDraft(self.tr("New template"), subject, html))

    def save(self) -> None:
        try:
            record = self._library.save(self.draft())
        except EnvoiError as exc:
            self.status_message.emit(translate_core(exc.user_message))
            return
        self.reload_library(select=record.name)
        self.status_message.emit(self.tr("Template “{name}” saved.").format(name=record.name))

    def import_path(self, path: Path) -> None:
        try:
            record = self._library.save(parse_file(path))
        except EnvoiError as exc:
            self.status_message.emit(translate_core(exc.user_message))
            return
        self.reload_library(select=record.name)

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a template"), "", self.tr("Templates (*.html *.htm *.json)")
        )
        if name:
            self.import_path(Path(name))

    def export_path(self, path: Path) -> None:
        from envoi.templates.library import write_file

        try:
            write_file(self.draft(), path)
        except (EnvoiError, OSError) as exc:
            self.status_message.emit(str(exc))

    def _on_export_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the template"), f"{self.name_edit.text()}.html",
            self.tr("HTML (*.html);;Everything, with the text body (*.json)"),
        )  # fmt: skip
        if name:
            self.export_path(Path(name))

    def _on_library_list_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        record = self._library.get(item.text())
        self.load_draft(TemplateDraft(record.name, record.subject, record.html, record.text,
                                      record.preheader))  # fmt: skip

    def _on_copy_button_clicked(self) -> None:
        draft = self.draft()
        name = self.tr("{name} (copy)").format(name=draft.name)
        self.name_edit.setText(name)
        self.save()

    def _on_delete_button_clicked(self) -> None:
        item = self.library_list.currentItem()
        if item is not None:
            self._library.delete(item.text())
            self.reload_library()

    def _on_samples_button_clicked(self) -> None:
        # The samples of the window's language (i18n made it QLocale's default).
        added = self._library.install_samples(samples_for_locale(QLocale().name()))
        self.reload_library(select=added[0].name if added else None)

    # ---- preview -----------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self._timer.start()

    def _contact(self) -> MergeDict:
        email = self.contact_edit.text().strip()
        if not email:
            return SAMPLE_CONTACT
        record = self._context.services.contacts.find(email)
        if record is None:
            self.status_message.emit(
                self.tr("No contact {email}: showing a sample.").format(email=email)
            )
            return SAMPLE_CONTACT
        return make_contact(record.email, record.first_name, record.last_name, record.fields,
                            record.tags, record.lists)  # fmt: skip

    def refresh_preview(self) -> None:
        self._timer.stop()
        draft = self.draft()
        sender = load_sender(self._store)
        contact = self._contact()
        try:
            # The links a send gives (the mailto the bounce poller reads, or the HTTPS
            # page), never a placeholder; a preview names no contact, so no token.
            recipient = Recipient(email=contact["email"], name=contact["full_name"])
            links = sender_links(self._store, sender, b"", from_email=sender.email)(recipient)
            self._unsubscribe = links.unsubscribe_url
            compiled = CampaignTemplate(draft.source, PREVIEW_LIMITS)
            content = compiled.render(
                build_context(contact, Campaign(draft.name), sender, links.unsubscribe_url)
            )
            raw = MessageSkeleton(
                MessageSettings(sender.email, sender.name), html=bool(content.html)
            ).build(
                replace(recipient, unsubscribe_url=links.unsubscribe_url,
                        list_unsubscribe=links.list_unsubscribe, one_click=links.one_click),
                content,
            )  # fmt: skip
        except TemplateProblem as exc:
            self._show_problem(exc)
            return
        except EnvoiError as exc:  # a header with a line break, a bad address...
            self.error_label.setText(translate_core(exc.user_message))
            self.preview_failed.emit(exc)
            return
        self._compiled, self._content = compiled, content
        self.html_editor.set_error_line(None)
        self.text_editor.set_error_line(None)
        self.error_label.clear()
        headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace").replace("\r\n", "\n")
        self.preview.show_message(content.html, content.text, headers)
        self.preview_rendered.emit()

    def _show_problem(self, problem: TemplateProblem) -> None:
        editor = {"html": self.html_editor, "text": self.text_editor}.get(problem.part)
        self.html_editor.set_error_line(problem.line if editor is self.html_editor else None)
        self.text_editor.set_error_line(problem.line if editor is self.text_editor else None)
        self.error_label.setText(translate_core(problem.user_message))
        self.preview_failed.emit(problem)

    # ---- checks ------------------------------------------------------------------------

    def check(self) -> None:
        self.refresh_preview()
        compiled, content = self._compiled, self._content
        if compiled is None or content is None:
            return
        sender = load_sender(self._store)
        report = check_content(
            content, unsubscribe_url=self._unsubscribe, postal_address=sender.postal_address
        )
        has_address = bool(sender.postal_address.strip())
        lines = [
            f"[{severity_label(issue.severity)}] "
            + issue_text(issue, report, postal_address_set=has_address)
            for issue in report.issues
        ]
        self.sender_button.setVisible(any(about_sender(i.code) for i in report.issues))
        lines.append(self.tr("%Ln link(s)", "", len(report.links)))
        lines += [f"  {link.text or '—'} → {link.href}" for link in report.links]
        self.check_output.setPlainText("\n".join(lines))
        store = self._store
        campaign = Campaign(self.name_edit.text())
        self.check_button.setEnabled(False)
        self._context.workers.submit(
            lambda: check_audience(compiled, load_audience(store), campaign, sender),
            self._on_audience_checked,
            self._on_audience_failed,
        )

    def _on_sender_button_clicked(self) -> SenderDialog:
        """Settings > Sender; saving it checks the content again."""
        dialog = SenderDialog(self._store, self._context.workers, self)
        dialog.identity_saved.connect(lambda _identity: self.check())
        dialog.open()
        return dialog

    def _on_audience_checked(self, report: AudienceReport) -> None:
        self.check_button.setEnabled(True)
        seconds = QLocale().toString(report.seconds, "f", 1)
        line = self.tr("Audience: %Ln contact(s) checked in {seconds} s", "", report.contacts)
        lines = [line.format(seconds=seconds)]
        for missing in report.missing:
            note = self.tr(" (handled by the template)") if missing.handled else ""
            line = self.tr("%Ln without “{field}”{note}: {examples}", "", missing.count)
            examples = ", ".join(missing.examples[:3])
            lines.append(line.format(field=missing.field, note=note, examples=examples))
        for failure in report.failures:
            message = self.tr("%Ln contact(s) fail: {message}", "", failure.count)
            lines.append(message.format(message=failure.message))
        self.check_output.appendPlainText("\n".join(lines))
        self.check_finished.emit(report)

    def _on_audience_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.check_output.appendPlainText(str(exc))
