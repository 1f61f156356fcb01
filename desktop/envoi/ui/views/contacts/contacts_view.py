"""The Contacts area: search, filters, the paged table, and actions on a selection."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from envoi.contacts.query import ContactQuery
from envoi.ui.context import UiContext
from envoi.ui.models.contacts_model import ContactsModel, status_choices
from envoi.ui.views.contacts.contact_actions import ContactActions
from envoi.ui.widgets.choice_combo import ChoiceCombo
from envoi.ui.widgets.error_dialog import show_error
from envoi.ui.widgets.search_box import SearchBox

ROW_HEIGHT = 24


class ContactsView(QWidget):
    status_message = Signal(str)
    filters_loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        services = context.services
        self.model = ContactsModel(services.queries, context.workers, ContactQuery(), self)
        self.model.total_counted.connect(self._on_model_total_counted)
        self.model.load_failed.connect(self._on_model_load_failed)

        self.search = SearchBox()
        self.search.search_changed.connect(self._on_search_search_changed)
        self.status_filter = ChoiceCombo(self.tr("Any status"))
        self.status_filter.set_choices(status_choices())
        self.list_filter = ChoiceCombo(self.tr("All lists"))
        self.tag_filter = ChoiceCombo(self.tr("Any tag"))
        self.segment_filter = ChoiceCombo(self.tr("No segment"))
        for combo in (self.status_filter, self.list_filter, self.tag_filter, self.segment_filter):
            combo.choice_changed.connect(self._on_filter_choice_changed)

        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.clicked.connect(self.new_item)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("Actions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.actions_button)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for combo in (self.status_filter, self.list_filter, self.tag_filter, self.segment_filter):
            filters.addWidget(combo)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        # Fixed row heights: Qt then never measures a million rows.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((280, 150, 150, 110)):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)

        self.count_label = QLabel(self.tr("Counting…"))
        self.count_label.setObjectName("ContactCount")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.contact_actions = ContactActions(
            self, context, self.selected_ids, self.selected_count, self._after_change
        )
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.activated.connect(self.contact_actions.delete_selected)
        enter_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter_key.activated.connect(self.contact_actions.edit_selected)
        self.actions_button.setMenu(self.contact_actions.menu(self))
        self._shown_once = False
        self.reload_filters()

    def showEvent(self, event: QShowEvent) -> None:
        # Lists, tags and segments may have changed in another area meanwhile.
        if self._shown_once:
            self.reload_filters()
        self._shown_once = True
        super().showEvent(event)

    # ---- hooks called by the main window -------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item(self) -> None:
        self.contact_actions.new_contact()

    def import_file(self) -> None:
        from envoi.ui.views.imports.import_wizard import ImportWizardDialog

        wizard = ImportWizardDialog(self._context, self)
        wizard.import_finished.connect(self._after_change)
        wizard.open()

    def export_csv(self) -> None:
        self.contact_actions.export_csv(self.model.query)

    def shutdown(self) -> None:
        """The window closes: a running import is cancelled (it rolls back), not awaited."""
        from envoi.ui.views.imports.import_wizard import ImportWizardDialog

        for wizard in self.findChildren(ImportWizardDialog):
            wizard.progress_page.cancel()

    # ---- selection -----------------------------------------------------------------------

    def _selected_ranges(self) -> list[tuple[int, int]]:
        """(first, last) row pairs; never one index per row (a select-all of 1M rows)."""
        selection = self.table.selectionModel().selection()
        return [(selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.size())]

    def selected_count(self) -> int:
        return sum(last - first + 1 for first, last in self._selected_ranges())

    def selected_rows(self) -> list[int]:
        return sorted(
            {row for first, last in self._selected_ranges() for row in range(first, last + 1)}
        )

    def selected_ids(self) -> Callable[[], list[int]]:
        """A function, to run in a worker, giving the ids of the selected contacts."""
        if self.model.rowCount() and self.selected_count() >= self.model.rowCount():
            # Everything the filters show: one query, not thousands of pages.
            queries, query = self._context.services.queries, self.model.query
            return lambda: queries.ids(query)
        return self.model.ids_for_rows(self.selected_rows())

    def _after_change(self) -> None:
        self.table.clearSelection()
        self.model.refresh()
        self.reload_filters()

    # ---- filters -------------------------------------------------------------------------

    def reload_filters(self) -> None:
        services = self._context.services

        def load() -> dict[str, list[tuple[str, Any]]]:
            lists = [(i.name, i.id) for i in services.contacts.lists()]
            tags = [(i.name, i.id) for i in services.contacts.tags()]
            segments = [(s.name, s.id) for s in services.segments.list()]
            return {"lists": lists, "tags": tags, "segments": segments}

        self._context.workers.submit(
            load, self._on_worker_filters_loaded, self._on_model_load_failed
        )

    def _on_worker_filters_loaded(self, choices: dict[str, list[tuple[str, Any]]]) -> None:
        self.list_filter.set_choices(choices["lists"])
        self.tag_filter.set_choices(choices["tags"])
        self.segment_filter.set_choices(choices["segments"])
        self.filters_loaded.emit()

    def choice_names(self, kind: str) -> list[str]:
        combo = {"lists": self.list_filter, "tags": self.tag_filter}[kind]
        return [combo.itemText(i) for i in range(1, combo.count())]

    def current_query(self) -> ContactQuery:
        return dataclasses.replace(
            self.model.query,
            search=self.search.text().strip(),
            status=self.status_filter.value(),
            list_id=self.list_filter.value(),
            tag_id=self.tag_filter.value(),
            segment_id=self.segment_filter.value(),
        )

    def _apply_filters(self) -> None:
        query = self.current_query()
        if query != self.model.query:
            self.count_label.setText(self.tr("Counting…"))
            self.model.set_query(query)

    def _on_search_search_changed(self, _text: str) -> None:
        self._apply_filters()

    def _on_filter_choice_changed(self, _value: object) -> None:
        self._apply_filters()

    # ---- model and table events ----------------------------------------------------------

    def _on_model_total_counted(self, total: int) -> None:
        number = QLocale().toString(total)
        if total == 0:
            text = self.tr("No contacts")
        elif total == 1:
            text = self.tr("1 contact")
        else:
            text = self.tr("{count} contacts").format(count=number)
        self.count_label.setText(text)

    def _on_model_load_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            show_error(self, exc)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if isinstance(contact_id, int):
            self.contact_actions.edit_contact(contact_id)

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        self.contact_actions.menu(self).exec(self.table.viewport().mapToGlobal(pos))
