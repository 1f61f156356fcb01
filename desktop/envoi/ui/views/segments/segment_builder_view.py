"""The Segments area: saved segments, the rule editor and a live count.

Each change of the rules restarts a 300 ms timer; when it fires, the count runs in a worker.
A newer change makes older counts stale: their results are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.segments.rules import Condition, Group
from envoi.segments.service import SegmentInfo
from envoi.ui.context import UiContext
from envoi.ui.i18n import error_text
from envoi.ui.views.segments.rule_editors import GroupEditor, Vocabulary
from envoi.ui.widgets.error_dialog import show_error

COUNT_DELAY_MS = 300


@dataclass(frozen=True, slots=True)
class BuilderData:
    vocabulary: Vocabulary
    segments: list[SegmentInfo]


class SegmentBuilderView(QWidget):
    status_message = Signal(str)
    count_updated = Signal(int)
    segments_loaded = Signal()
    segment_saved = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self._current_id: int | None = None
        self.editor: GroupEditor | None = None
        self._vocabulary = Vocabulary(())
        self.last_count: int | None = None

        self.segment_list = QListWidget()
        self.segment_list.setObjectName("SavedSegments")
        self.segment_list.currentItemChanged.connect(self._on_segment_list_current_changed)
        new_button = QPushButton(self.tr("New"))
        new_button.clicked.connect(self.new_segment)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        left = QWidget()
        left.setMaximumWidth(280)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Saved segments")))
        left_layout.addWidget(self.segment_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Segment name, e.g. Paris customers"))
        self.save_button = QPushButton(self.tr("Save segment"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.count_label = QLabel()
        self.count_label.setObjectName("LiveCount")
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.count_label.setFont(font)
        self.description_label = QLabel()
        self.description_label.setObjectName("RulesInWords")
        self.description_label.setWordWrap(True)
        self.description_label.setStyleSheet("color: #555555;")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.rules_scroll = QScrollArea()
        self.rules_scroll.setWidgetResizable(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name")))
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.save_button)
        right_layout.addLayout(name_row)
        right_layout.addWidget(self.rules_scroll, 1)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(self.description_label)
        right_layout.addWidget(self.problem_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.count_label.setText(self.tr("Loading fields…"))
        self.reload()

    # ---- loading -------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        services = self._context.services

        def load() -> BuilderData:
            vocabulary = Vocabulary(
                services.segments.field_choices(),
                tuple(t.name for t in services.contacts.tags()),
                tuple(i.name for i in services.contacts.lists()),
            )
            return BuilderData(vocabulary, services.segments.list())

        self._context.workers.submit(
            load, lambda data: self._on_worker_loaded(data, select), self._on_worker_failed
        )

    def _on_worker_loaded(self, data: BuilderData, select: str | None) -> None:
        self._vocabulary = data.vocabulary
        self.segment_list.blockSignals(True)
        self.segment_list.clear()
        for info in data.segments:
            item = QListWidgetItem(info.name)
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(data.vocabulary.describe(info.rules))
            self.segment_list.addItem(item)
        self.segment_list.blockSignals(False)
        if self.editor is None:
            self._make_editor(Group("all", (Condition("status", "equals", "subscribed"),)))
        if select is not None:
            for row in range(self.segment_list.count()):
                if self.segment_list.item(row).text() == select:
                    self.segment_list.blockSignals(True)
                    self.segment_list.setCurrentRow(row)
                    self.segment_list.blockSignals(False)
        self.segments_loaded.emit()

    def _make_editor(self, group: Group) -> None:
        editor = GroupEditor(self._vocabulary)
        editor.set_group(group)
        editor.rule_changed.connect(self._on_editor_rule_changed)
        holder = QWidget()  # keeps the rules at the top, whatever the height of the area
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addStretch(1)
        self.rules_scroll.setWidget(holder)  # the scroll area deletes the old one
        self.editor = editor
        self.schedule_count()

    # ---- counting ------------------------------------------------------------------------

    def schedule_count(self) -> None:
        self._generation += 1
        self.count_label.setText(self.tr("Counting…"))
        self._timer.start()

    def _on_editor_rule_changed(self) -> None:
        self.schedule_count()

    def _on_timer_timeout(self) -> None:
        if self.editor is None:
            return
        generation, group = self._generation, self.editor.group()
        segments = self._context.services.segments

        def count() -> int:
            return segments.count(group)  # validates first: a bad rule fails here

        self._context.workers.submit(
            count,
            lambda total: self._on_worker_counted(generation, total, group),
            lambda exc: self._on_worker_count_failed(generation, exc),
        )

    def _on_worker_counted(self, generation: int, total: int, group: Group) -> None:
        if generation != self._generation:
            return
        self.last_count = total
        self.description_label.setText(self._vocabulary.describe(group))
        self.problem_label.setText("")
        if total == 0:
            self.count_label.setText(self.tr("No contact matches"))
        elif total == 1:
            self.count_label.setText(self.tr("1 contact matches"))
        else:
            number = QLocale().toString(total)
            self.count_label.setText(self.tr("{count} contacts match").format(count=number))
        self.count_updated.emit(total)

    def _on_worker_count_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, EnvoiError):
            self.count_label.setText(self.tr("Incomplete rules"))
            self.description_label.setText("")
            self.problem_label.setText(error_text(exc))
        else:
            show_error(self, exc)

    # ---- saved segments ------------------------------------------------------------------

    def new_item(self) -> None:
        self.new_segment()

    def new_segment(self) -> None:
        self._current_id = None
        self.segment_list.clearSelection()
        self.segment_list.setCurrentRow(-1)
        self.name_edit.clear()
        self._make_editor(Group("all", (Condition("status", "equals", "subscribed"),)))
        self.name_edit.setFocus()

    def _on_segment_list_current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        info: SegmentInfo = current.data(Qt.ItemDataRole.UserRole)
        self._current_id = info.id
        self.name_edit.setText(info.name)
        self._make_editor(info.rules)

    def save(self) -> None:
        if self.editor is None:
            return
        name = self.name_edit.text().strip()
        if not name:
            self.problem_label.setText(self.tr("Give the segment a name first."))
            self.name_edit.setFocus()
            return
        group = self.editor.group()
        segments = self._context.services.segments
        current = self._current_id

        def save() -> SegmentInfo:
            if current is not None:
                existing = segments.get(current)
                if existing.name != name:
                    segments.rename(current, name)
            return segments.save(name, group)

        self.save_button.setEnabled(False)
        self._context.workers.submit(save, self._on_worker_saved, self._on_worker_failed)

    def _on_worker_saved(self, info: SegmentInfo) -> None:
        self.save_button.setEnabled(True)
        self._current_id = info.id
        self.status_message.emit(self.tr("Segment “{name}” saved.").format(name=info.name))
        self.segment_saved.emit(info.name)
        self.reload(select=info.name)

    def _on_worker_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, EnvoiError):
            self.problem_label.setText(error_text(exc))
        else:
            show_error(self, exc)

    def _selected(self) -> SegmentInfo | None:
        item = self.segment_list.currentItem()
        info = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return info if isinstance(info, SegmentInfo) else None

    def _on_rename_button_clicked(self) -> None:
        info = self._selected()
        if info is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename segment"), self.tr("New name:"), text=info.name
        )
        if not ok or not name.strip():
            return
        segments = self._context.services.segments
        self._context.workers.submit(
            lambda: segments.rename(info.id, name.strip()),
            lambda renamed: self._after_change(renamed.name),
            self._on_worker_failed,
        )

    def _on_delete_button_clicked(self) -> None:
        info = self._selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete segment"),
            self.tr("Delete the segment “{name}”? Its contacts are not touched.").format(
                name=info.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        segments = self._context.services.segments
        self._context.workers.submit(
            lambda: segments.delete(info.id),
            lambda _r: self._after_delete(),
            self._on_worker_failed,
        )

    def _after_change(self, name: str) -> None:
        self.name_edit.setText(name)
        self.reload(select=name)

    def _after_delete(self) -> None:
        self.new_segment()
        self.reload()
