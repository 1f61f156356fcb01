"""What can be done to the selected contacts. Every change runs in a worker thread."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from envoi.contacts.query import ContactQuery
from envoi.ui.context import UiContext
from envoi.ui.widgets.error_dialog import show_error

IdsResolver = Callable[[], Callable[[], list[int]]]


class ContactActions(QObject):
    """Actions of the contacts area; ``selection()`` gives a worker-side id resolver."""

    def __init__(
        self,
        view: QWidget,
        context: UiContext,
        selection: IdsResolver,
        selection_size: Callable[[], int],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._context = context
        self._selection = selection
        self._selection_size = selection_size
        self._changed = changed

    @property
    def _contacts(self) -> Any:
        return self._context.services.contacts

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        entries: list[tuple[str, Callable[[], None]] | None] = [
            (self.tr("Edit…"), self.edit_selected),
            None,
            (self.tr("Add tag…"), self.tag_selected),
            (self.tr("Remove tag…"), self.untag_selected),
            (self.tr("Add to list…"), self.add_selected_to_list),
            (self.tr("Move to list…"), self.move_selected_to_list),
            (self.tr("Unsubscribe"), self.unsubscribe_selected),
            None,
            (self.tr("Export contact data (JSON)…"), self.export_selected_json),
            None,
            (self.tr("Delete…"), self.delete_selected),
            (self.tr("Erase personal data (GDPR)…"), self.erase_selected),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            action = QAction(entry[0], menu)
            action.triggered.connect(entry[1])
            menu.addAction(action)
        return menu

    # ---- helpers ---------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[list[int]], Any],
        done_message: Callable[[int], str],
        *,
        refresh: bool = True,
    ) -> None:
        """Resolve the selection and apply ``work`` to it off the GUI thread; then show
        ``done_message(count)`` in the status bar."""
        resolve = self._selection()

        def job() -> Any:
            ids = resolve()
            return len(ids), work(ids)

        def done(result: Any) -> None:
            count = result[0]
            message = done_message(count)
            status = getattr(self._view, "status_message", None)
            if status is not None:
                status.emit(message)
            if refresh:
                self._changed()

        self._context.workers.submit(job, done, lambda exc: show_error(self._view, exc))

    def _has_selection(self) -> bool:
        if not self._selection_size():
            QMessageBox.information(
                self._view, self.tr("Contacts"), self.tr("Select one or more contacts first.")
            )
            return False
        return True

    def _names(self, kind: str) -> list[str]:
        """Known list or tag names, as the view's filters already hold them."""
        names: Callable[[str], list[str]] | None = getattr(self._view, "choice_names", None)
        return names(kind) if names is not None else []

    def _ask_name(self, title: str, label: str, choices: list[str]) -> str | None:
        if choices:
            name, ok = QInputDialog.getItem(self._view, title, label, choices, 0, True)
        else:
            name, ok = QInputDialog.getText(self._view, title, label, QLineEdit.EchoMode.Normal)
        name = name.strip()
        return name if ok and name else None

    # ---- single contact --------------------------------------------------------------------

    def new_contact(self) -> None:
        from envoi.ui.views.contacts.contact_editor_dialog import ContactEditorDialog

        dialog = ContactEditorDialog(self._context, None, self._view)
        dialog.contact_saved.connect(lambda _id: self._changed())
        dialog.open()

    def edit_contact(self, contact_id: int) -> None:
        from envoi.ui.views.contacts.contact_editor_dialog import ContactEditorDialog

        dialog = ContactEditorDialog(self._context, contact_id, self._view)
        dialog.contact_saved.connect(lambda _id: self._changed())
        dialog.open()

    def edit_selected(self) -> None:
        if not self._has_selection():
            return
        resolve = self._selection()
        self._context.workers.submit(
            resolve,
            lambda ids: self.edit_contact(ids[0]) if ids else None,
            lambda exc: show_error(self._view, exc),
        )

    # ---- bulk ------------------------------------------------------------------------------

    def tag_selected(self) -> None:
        if not self._has_selection():
            return
        names = self._names("tags")
        name = self._ask_name(self.tr("Add tag"), self.tr("Tag:"), names)
        if name:
            self._run(
                lambda ids: self._contacts.tag(ids, name),
                lambda n: self.tr("Tagged %Ln contact(s).", "", n),
            )

    def untag_selected(self) -> None:
        if not self._has_selection():
            return
        names = self._names("tags")
        name = self._ask_name(self.tr("Remove tag"), self.tr("Tag:"), names)
        if name:
            self._run(
                lambda ids: self._contacts.untag(ids, name),
                lambda n: self.tr("Removed the tag from %Ln contact(s).", "", n),
            )

    def add_selected_to_list(self) -> None:
        if not self._has_selection():
            return
        names = self._names("lists")
        name = self._ask_name(self.tr("Add to list"), self.tr("List:"), names)
        if name:
            self._run(
                lambda ids: self._contacts.add_to_list(ids, name),
                lambda n: self.tr("Added %Ln contact(s) to the list.", "", n),
            )

    def move_selected_to_list(self) -> None:
        if not self._has_selection():
            return
        names = self._names("lists")
        if not names:
            QMessageBox.information(
                self._view, self.tr("Move to list"), self.tr("There are no lists yet.")
            )
            return
        source = self._ask_name(self.tr("Move to list"), self.tr("From list:"), names)
        if not source:
            return
        target = self._ask_name(self.tr("Move to list"), self.tr("To list:"), names)
        if target:
            self._run(
                lambda ids: self._contacts.move_to_list(ids, source, target),
                lambda n: self.tr("Moved %Ln contact(s).", "", n),
            )

    def unsubscribe_selected(self) -> None:
        if not self._has_selection():
            return
        self._run(
            lambda ids: self._contacts.set_status(ids, "unsubscribed", "manual"),
            lambda n: self.tr("Unsubscribed %Ln contact(s).", "", n),
        )

    def delete_selected(self) -> None:
        count = self._selection_size()
        if not self._has_selection():
            return
        answer = QMessageBox.question(
            self._view,
            self.tr("Delete contacts"),
            self.tr("Delete %Ln contact(s)? Their suppression entries are kept.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self._contacts.delete, lambda n: self.tr("Deleted %Ln contact(s).", "", n))

    def erase_selected(self) -> None:
        count = self._selection_size()
        if not self._has_selection():
            return
        word = self.tr("ERASE")
        typed, ok = QInputDialog.getText(
            self._view,
            self.tr("Erase personal data"),
            self.tr(
                "This permanently erases the data of %Ln contact(s). Only a hash of each address "
                "is kept so that they are never mailed again. This cannot be undone.\n\n"
                "Type {word} to confirm:",
                "",
                count,
            ).replace("{word}", word),
        )
        if not ok:
            return
        if typed.strip() != word:
            QMessageBox.information(
                self._view, self.tr("Erase personal data"), self.tr("Nothing was erased.")
            )
            return

        def erase(ids: list[int]) -> None:
            for contact_id in ids:
                self._contacts.erase(contact_id)

        self._run(erase, lambda n: self.tr("Erased %Ln contact(s).", "", n))

    # ---- exports ---------------------------------------------------------------------------

    def export_selected_json(self) -> None:
        if not self._has_selection():
            return
        path, _ = QFileDialog.getSaveFileName(
            self._view, self.tr("Export contact data"), "contact.json", self.tr("JSON (*.json)")
        )
        if not path:
            return

        def export(ids: list[int]) -> None:
            data = [self._contacts.export_contact_json(i) for i in ids]
            payload: Any = data[0] if len(data) == 1 else data
            Path(path).write_text(json.dumps(payload, ensure_ascii=False, indent=2), "utf-8")

        self._run(
            export, lambda n: self.tr("Exported the data of %Ln contact(s).", "", n), refresh=False
        )

    def export_csv(self, query: ContactQuery) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._view, self.tr("Export contacts"), "contacts.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return
        from envoi.contacts.export import export_csv

        services = self._context.services
        # The rows the table shows (search and filters), with every custom field.
        clause = services.queries.where(query)

        def export() -> int:
            return export_csv(services.store, path, clause)

        def done(count: int) -> None:
            status = getattr(self._view, "status_message", None)
            if status is not None:
                status.emit(self.tr("Exported %Ln contact(s).", "", count))

        self._context.workers.submit(export, done, lambda exc: show_error(self._view, exc))
