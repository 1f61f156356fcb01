"""A combo of (label, value) choices with an "any" first entry, for filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceCombo(QComboBox):
    choice_changed = Signal(object)

    def __init__(self, any_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._any_label = any_label
        # Long list or tag names must not widen the window: show ~10 characters (or the whole
        # "any" label, in any language), the full names in the popup.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(max(10, len(any_label)))
        self.addItem(any_label, None)
        self.currentIndexChanged.connect(self._on_self_index_changed)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._any_label, None)
        for label, value in choices:
            self.addItem(label, value)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if self.value() != current:
            self.choice_changed.emit(self.value())

    def value(self) -> Any:
        return self.currentData()

    def _on_self_index_changed(self, _index: int) -> None:
        self.choice_changed.emit(self.value())
