"""The mapping preview: what was detected, the first rows, a combo per column to fix it."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from envoi.contacts.importing.column_mapping import (
    CUSTOM,
    IGNORE,
    ColumnMapping,
    field_name,
    guess_type,
    suggest_mapping,
)
from envoi.contacts.importing.sniffing import FileSniff
from envoi.ui.context import UiContext
from envoi.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from envoi.ui.views.imports.import_wizard import FilePage

# Shown through self.tr(), hence the context of the page's class.
TARGET_TITLES = {
    "email": QT_TRANSLATE_NOOP("MappingPage", "Email address"),
    "first_name": QT_TRANSLATE_NOOP("MappingPage", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MappingPage", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("MappingPage", "Full name (split)"),
    "tags": QT_TRANSLATE_NOOP("MappingPage", "Tags"),
    "status": QT_TRANSLATE_NOOP("MappingPage", "Status"),
    "attributes": QT_TRANSLATE_NOOP("MappingPage", "Attributes (JSON)"),
}
TYPE_TITLES = {
    "text": QT_TRANSLATE_NOOP("MappingPage", "text"),
    "number": QT_TRANSLATE_NOOP("MappingPage", "number"),
    "date": QT_TRANSLATE_NOOP("MappingPage", "date"),
    "boolean": QT_TRANSLATE_NOOP("MappingPage", "yes/no"),
}
DELIMITER_TITLES = {
    ",": QT_TRANSLATE_NOOP("MappingPage", "comma"),
    ";": QT_TRANSLATE_NOOP("MappingPage", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("MappingPage", "tab"),
    "|": QT_TRANSLATE_NOOP("MappingPage", "vertical bar"),
}
NO_LIST = "__none__"


def _choice(target: str, field_type: str = "") -> str:
    """A combo item's data: target and type in one string (Qt variants flatten tuples)."""
    return f"{target}\t{field_type}"


def _unchoice(data: object) -> tuple[str, str]:
    target, _, field_type = str(data).partition("\t")
    return target, field_type


class MappingPage(QWizardPage):
    def __init__(self, context: UiContext, file_page: FilePage, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._file_page = file_page
        self.mapping: ColumnMapping | None = None
        self._sniffed: FileSniff | None = None
        self._combos: list[QComboBox] = []
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr("Envoi guessed what each column holds. Fix any guess before importing.")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

        self.detected = QLabel()
        self.detected.setObjectName("DetectedFormat")
        self.detected.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("MappingPreview")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(200)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setWordWrap(True)

        self.list_combo = QComboBox()
        self.list_combo.setEditable(True)
        self.list_combo.setToolTip(self.tr("Type a new name to create a list"))
        self.skip_radio = QRadioButton(self.tr("Keep them as they are (skip)"))
        self.update_radio = QRadioButton(self.tr("Fill in their fields from the file (update)"))
        self.skip_radio.setChecked(True)
        self._policy = QButtonGroup(self)
        self._policy.addButton(self.skip_radio)
        self._policy.addButton(self.update_radio)
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.skip_radio)
        policy_row.addWidget(self.update_radio)
        policy_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Add to list"), self.list_combo)
        form.addRow(self.tr("Contacts already in Envoi"), policy_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(form)

    # ---- filling -----------------------------------------------------------------------

    def initializePage(self) -> None:
        sniffed = self._file_page.sniffed
        assert sniffed is not None
        self._sniffed = sniffed
        self.mapping = suggest_mapping(sniffed.headers, sniffed.sample_rows)
        self.detected.setText(self._describe(sniffed))
        self._fill_table(sniffed)
        self._load_lists()
        self._sync()

    def _describe(self, sniffed: FileSniff) -> str:
        if sniffed.kind == "xlsx":
            kind = self.tr("Excel workbook")
        else:
            delimiter = DELIMITER_TITLES.get(sniffed.delimiter, repr(sniffed.delimiter))
            kind = self.tr("CSV, {encoding}, separated by {delimiter}").format(
                encoding=sniffed.encoding.upper(), delimiter=self.tr(delimiter)
            )
        header = (
            self.tr("header on line {line}").format(line=sniffed.header_line)
            if sniffed.header_line
            else self.tr("no header row")
        )
        return self.tr(
            "Detected: {kind}; {header}; %n column(s).", "", len(sniffed.headers)
        ).format(kind=kind, header=header)

    def _fill_table(self, sniffed: FileSniff) -> None:
        assert self.mapping is not None
        rows = sniffed.sample_rows[:12]
        self.table.clear()
        self.table.setColumnCount(len(sniffed.headers))
        self.table.setRowCount(len(rows) + 1)
        self.table.setHorizontalHeaderLabels(list(sniffed.headers))
        self._combos = []
        for column in range(len(sniffed.headers)):
            combo = QComboBox()
            combo.setObjectName(f"target-{column}")
            self._fill_combo(combo, column)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._on_combo_index_changed(c))
            self.table.setCellWidget(0, column, combo)
            self._combos.append(combo)
            for r, values in enumerate(rows, start=1):
                value = values[column] if column < len(values) else ""
                self.table.setItem(r, column, QTableWidgetItem(value))

    def _custom_name(self, column: int) -> str:
        assert self.mapping is not None and self._sniffed is not None
        target = self.mapping.targets[column]
        if target.startswith(CUSTOM):
            return target[len(CUSTOM) :]
        return field_name(self._sniffed.headers[column])

    def _fill_combo(self, combo: QComboBox, column: int) -> None:
        combo.blockSignals(True)
        combo.clear()
        for key, title in TARGET_TITLES.items():
            combo.addItem(self.tr(title), _choice(key))
        name = self._custom_name(column)
        for kind, title in TYPE_TITLES.items():
            combo.addItem(
                self.tr("Field “{name}” ({type})").format(name=name, type=self.tr(title)),
                _choice(CUSTOM + name, kind),
            )
        combo.addItem(self.tr("Ignore this column"), _choice(IGNORE))
        combo.blockSignals(False)

    def _sync(self) -> None:
        """Show the mapping in the combos (a change can move the email to another column)."""
        assert self.mapping is not None
        for column, combo in enumerate(self._combos):
            wanted = (self.mapping.targets[column], self.mapping.types[column])
            combo.blockSignals(True)
            for i in range(combo.count()):
                key, kind = _unchoice(combo.itemData(i))
                if key == wanted[0] and (not key.startswith(CUSTOM) or kind == wanted[1]):
                    combo.setCurrentIndex(i)
                    break
            combo.blockSignals(False)
        if self.mapping.email_index is None:
            self.warning.setText(
                self.tr("No column holds the email address: choose “Email address” for one.")
            )
        else:
            self.warning.setText("")
        self.completeChanged.emit()

    def set_target(self, column: int, target: str, field_type: str = "") -> None:
        """Map ``column`` to ``target`` (what picking in a combo does)."""
        assert self.mapping is not None and self._sniffed is not None
        if target.startswith(CUSTOM) and not field_type:
            values = [r[column] for r in self._sniffed.sample_rows if column < len(r)]
            field_type = guess_type(self._sniffed.headers[column], values)
        mapping = self.mapping.with_target(column, target, field_type or "text")
        labels = list(mapping.labels)
        labels[column] = self._sniffed.headers[column].strip() if target.startswith(CUSTOM) else ""
        self.mapping = dataclasses.replace(mapping, labels=tuple(labels))
        self._sync()

    def _on_combo_index_changed(self, column: int) -> None:
        key, kind = _unchoice(self._combos[column].currentData())
        self.set_target(column, key, kind)

    def _load_lists(self) -> None:
        contacts = self._context.services.contacts
        self.list_combo.clear()
        self.list_combo.addItem(self.tr("(no list)"), NO_LIST)
        self._context.workers.submit(
            lambda: [i.name for i in contacts.lists()], self._on_worker_lists_loaded
        )

    def _on_worker_lists_loaded(self, names: list[str]) -> None:
        for name in names:
            self.list_combo.addItem(name, name)

    # ---- results -----------------------------------------------------------------------

    def list_name(self) -> str | None:
        text = self.list_combo.currentText().strip()
        if not text or text == self.list_combo.itemText(0):
            return None
        return text

    def policy(self) -> str:
        return "update" if self.update_radio.isChecked() else "skip"

    def isComplete(self) -> bool:
        return self.mapping is not None and self.mapping.email_index is not None
