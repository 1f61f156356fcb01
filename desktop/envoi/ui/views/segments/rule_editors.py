"""Editors of a rule tree: a condition row (field, operator, value) and an AND/OR group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from envoi.segments.rules import DAY_OPS, NO_VALUE_OPS, Condition, Group, Node
from envoi.segments.service import FieldChoice
from envoi.ui.models.contacts_model import status_choices
from envoi.ui.views.segments.rule_words import describe, field_title, op_title
from envoi.ui.widgets.locale_format import editor_date_format

MAX_NESTING = 2  # the root group and groups inside it, and groups inside those


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What the value editors offer: fields, and the known tag and list names."""

    fields: Sequence[FieldChoice]
    tags: Sequence[str] = ()
    lists: Sequence[str] = ()

    def choice(self, field: str) -> FieldChoice | None:
        return next((c for c in self.fields if c.field == field), None)

    def labels(self) -> dict[str, str]:
        """``custom:<name>`` -> the custom field's label (built-in fields are translated)."""
        return {c.field: c.label for c in self.fields if c.custom}

    def date_fields(self) -> frozenset[str]:
        return frozenset(c.field for c in self.fields if c.kind == "date")

    def describe(self, node: Node) -> str:
        """The rules in words, in the window's language."""
        return describe(node, self.labels(), self.date_fields())


class ConditionEditor(QFrame):
    rule_changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self.field_combo = QComboBox()
        labels = vocabulary.labels()
        for choice in vocabulary.fields:
            self.field_combo.addItem(field_title(choice.field, labels), choice.field)
        self.op_combo = QComboBox()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("value"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(editor_date_format())
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 100_000)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(self.tr(" days"))
        self.choice_combo = QComboBox()
        self.choice_combo.setEditable(True)
        self.none_label = QLabel()
        self.value_stack = QStackedWidget()
        for widget in (
            self.text_edit,
            self.date_edit,
            self.days_spin,
            self.choice_combo,
            self.none_label,
        ):
            self.value_stack.addWidget(widget)
        self.value_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        remove = QPushButton("✕")
        remove.setToolTip(self.tr("Remove this condition"))
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field_combo, 2)
        layout.addWidget(self.op_combo, 2)
        layout.addWidget(self.value_stack, 3)
        layout.addWidget(remove)

        self.field_combo.currentIndexChanged.connect(self._on_field_combo_index_changed)
        self.op_combo.currentIndexChanged.connect(self._on_op_combo_index_changed)
        self.text_edit.textChanged.connect(self._on_value_changed)
        self.date_edit.dateChanged.connect(self._on_value_changed)
        self.days_spin.valueChanged.connect(self._on_value_changed)
        self.choice_combo.currentTextChanged.connect(self._on_value_changed)
        self._on_field_combo_index_changed()

    # ---- state -------------------------------------------------------------------------

    def field(self) -> str:
        return str(self.field_combo.currentData())

    def op(self) -> str:
        return str(self.op_combo.currentData())

    def value(self) -> str | int | None:
        op = self.op()
        if op in NO_VALUE_OPS:
            return None
        if op in DAY_OPS:
            return self.days_spin.value()
        widget = self.value_stack.currentWidget()
        if widget is self.date_edit:
            return self.date_edit.date().toString("yyyy-MM-dd")
        if widget is self.choice_combo:
            data = self.choice_combo.currentData()
            text = self.choice_combo.currentText().strip()
            index = self.choice_combo.findText(text)
            if index >= 0 and self.choice_combo.itemData(index) is not None:
                return str(self.choice_combo.itemData(index))
            return str(data) if data is not None and not text else text
        return self.text_edit.text()

    def condition(self) -> Condition:
        return Condition(self.field(), self.op(), self.value())

    def set_condition(self, cond: Condition) -> None:
        self.blockSignals(True)
        index = self.field_combo.findData(cond.field)
        if index >= 0:
            self.field_combo.setCurrentIndex(index)
        index = self.op_combo.findData(cond.op)
        if index >= 0:
            self.op_combo.setCurrentIndex(index)
        value = cond.value
        if value is not None:
            if cond.op in DAY_OPS:
                self.days_spin.setValue(int(value))
            elif self.value_stack.currentWidget() is self.date_edit:
                self.date_edit.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
            elif self.value_stack.currentWidget() is self.choice_combo:
                found = self.choice_combo.findData(str(value))
                if found >= 0:
                    self.choice_combo.setCurrentIndex(found)
                else:
                    self.choice_combo.setEditText(str(value))
            else:
                self.text_edit.setText(str(value))
        self.blockSignals(False)

    # ---- reactions -----------------------------------------------------------------------

    def _on_field_combo_index_changed(self, _index: int = 0) -> None:
        choice = self._vocabulary.choice(self.field())
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        for op in choice.operators if choice else ():
            self.op_combo.addItem(op_title(op), op)
        self.op_combo.blockSignals(False)
        self.choice_combo.blockSignals(True)
        self.choice_combo.clear()
        kind = choice.kind if choice else "text"
        self.choice_combo.setEditable(kind != "status")  # a tag or list name may be typed
        if kind == "status":
            for title, status in status_choices():
                self.choice_combo.addItem(title, status)
        elif kind == "tag":
            self.choice_combo.addItems(list(self._vocabulary.tags))
        elif kind == "list":
            self.choice_combo.addItems(list(self._vocabulary.lists))
        self.choice_combo.blockSignals(False)
        self._on_op_combo_index_changed()

    def _on_op_combo_index_changed(self, _index: int = 0) -> None:
        choice = self._vocabulary.choice(self.field())
        kind = choice.kind if choice else "text"
        op = self.op()
        if op in NO_VALUE_OPS:
            widget: QWidget = self.none_label
        elif op in DAY_OPS:
            widget = self.days_spin
        elif kind == "date":
            widget = self.date_edit
        elif kind in ("status", "tag", "list"):
            widget = self.choice_combo
        else:
            widget = self.text_edit
            self.text_edit.setPlaceholderText(
                self.tr("a number") if kind == "number" else self.tr("value")
            )
        self.value_stack.setCurrentWidget(widget)
        self.rule_changed.emit()

    def _on_value_changed(self, *_args: object) -> None:
        self.rule_changed.emit()


class GroupEditor(QFrame):
    """Conditions and sub-groups combined with AND ("all") or OR ("any")."""

    rule_changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, vocabulary: Vocabulary, depth: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._depth = depth
        self.setFrameShape(QFrame.Shape.StyledPanel)
        if depth:
            self.setStyleSheet("GroupEditor { background: palette(alternate-base); }")
        self.match_combo = QComboBox()
        self.match_combo.addItem(self.tr("Contacts matching ALL of these"), "all")
        self.match_combo.addItem(self.tr("Contacts matching ANY of these"), "any")
        self.match_combo.currentIndexChanged.connect(lambda _i: self.rule_changed.emit())
        self.add_condition_button = QPushButton(self.tr("+ Condition"))
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.add_group_button = QPushButton(self.tr("+ Group"))
        self.add_group_button.clicked.connect(lambda: self.add_group())
        self.add_group_button.setVisible(depth < MAX_NESTING)
        header = QHBoxLayout()
        header.addWidget(self.match_combo)
        header.addStretch(1)
        header.addWidget(self.add_condition_button)
        header.addWidget(self.add_group_button)
        if depth:
            remove = QPushButton("✕")
            remove.setToolTip(self.tr("Remove this group"))
            remove.setFixedWidth(28)
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            header.addWidget(remove)
        self.children_layout = QVBoxLayout()
        self.children_layout.setContentsMargins(12 if depth else 0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.children_layout)
        self._children: list[ConditionEditor | GroupEditor] = []

    def children_editors(self) -> list[ConditionEditor | GroupEditor]:
        return list(self._children)

    def add_condition(self, cond: Condition | None = None) -> ConditionEditor:
        editor = ConditionEditor(self._vocabulary)
        if cond is not None:
            editor.set_condition(cond)
        self._adopt(editor)
        return editor

    def add_group(self, group: Group | None = None) -> GroupEditor:
        editor = GroupEditor(self._vocabulary, self._depth + 1)
        if group is not None:
            editor.set_group(group)
        else:
            editor.add_condition()
        self._adopt(editor)
        return editor

    def _adopt(self, editor: ConditionEditor | GroupEditor) -> None:
        editor.rule_changed.connect(self.rule_changed)
        editor.remove_requested.connect(self._on_child_remove_requested)
        self.children_layout.addWidget(editor)
        self._children.append(editor)
        self.rule_changed.emit()

    def _on_child_remove_requested(self, editor: object) -> None:
        if editor in self._children:
            assert isinstance(editor, ConditionEditor | GroupEditor)
            self._children.remove(editor)
            editor.setParent(None)
            editor.deleteLater()
            self.rule_changed.emit()

    def clear(self) -> None:
        for editor in self._children:
            editor.setParent(None)
            editor.deleteLater()
        self._children = []

    def group(self) -> Group:
        children: list[Node] = [
            c.condition() if isinstance(c, ConditionEditor) else c.group() for c in self._children
        ]
        if self.match_combo.currentData() == "any":
            return Group("any", tuple(children))
        return Group("all", tuple(children))

    def set_group(self, group: Group) -> None:
        self.blockSignals(True)
        self.clear()
        self.match_combo.setCurrentIndex(0 if group.match == "all" else 1)
        for child in group.children:
            if isinstance(child, Condition):
                self.add_condition(child)
            elif self._depth < MAX_NESTING:
                self.add_group(child)
        self.blockSignals(False)
        self.rule_changed.emit()
