"""The main window: a sidebar of areas, their pages, the menus and the status bar.

Pages are built when first shown (start-up stays light); ``build_all_pages`` builds the rest
(the self-test uses it). A page may offer optional hooks the window calls by name:
``focus_search()``, ``new_item()``, ``import_file()``, ``export_csv()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from envoi import __version__
from envoi.ui.bridge import EventBridge, WorkerBridge
from envoi.ui.context import Area, UiContext


class MainWindow(QMainWindow):
    area_changed = Signal(str)

    def __init__(self, context: UiContext, areas: Sequence[Area]) -> None:
        super().__init__()
        self._context = context
        self._areas = list(areas)
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Envoi"))
        self.setObjectName("MainWindow")

        self._sidebar = QListWidget()
        self._sidebar.setObjectName("Sidebar")
        self._sidebar.setIconSize(QSize(20, 20))
        self._stack = QStackedWidget()
        for area in self._areas:
            item = QListWidgetItem(area.icon(), QCoreApplication.translate("Areas", area.title))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self._sidebar.addItem(item)
            placeholder = QWidget()
            self._stack.addWidget(placeholder)
        # Wide enough for the longest title in the window's language (French runs longer).
        frame = 2 * self._sidebar.frameWidth()
        self._sidebar.setFixedWidth(max(170, self._sidebar.sizeHintForColumn(0) + frame + 12))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar)
        row.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._status = QLabel()
        self.statusBar().addWidget(self._status, 1)
        self._build_menus()
        self._sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self._restore_geometry()
        if self._areas:
            self._sidebar.setCurrentRow(0)

    # ---- areas -------------------------------------------------------------------------

    def workers(self) -> WorkerBridge:
        return self._context.workers

    def mailbox_events(self) -> EventBridge:
        """Where the background bounce poller says it stored new messages."""
        return self._context.mailbox_events

    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def current_area(self) -> str:
        return self._areas[self._stack.currentIndex()].key

    def show_area(self, key: str) -> QWidget:
        index = self.area_keys().index(key)
        self._sidebar.setCurrentRow(index)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use."""
        page = self._pages.get(key)
        if page is None:
            index = self.area_keys().index(key)
            page = self._areas[index].factory(self._context)
            page.setObjectName(f"area-{key}")
            old = self._stack.widget(index)
            self._stack.insertWidget(index, page)
            if old is not None:
                self._stack.removeWidget(old)
                old.deleteLater()
            self._pages[key] = page
            message = getattr(page, "status_message", None)
            if message is not None:
                message.connect(self.show_status)
        return page

    def build_all_pages(self) -> None:
        for key in self.area_keys():
            self.page(key)

    def show_status(self, text: str) -> None:
        self._status.setText(text)

    def show_unexpected_error(self, exc: object) -> None:
        """A worker job failed and nobody handled it: tell the user (EnvoiError or bug)."""
        from envoi.ui.widgets.error_dialog import show_error

        if isinstance(exc, BaseException):
            show_error(self, exc)

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self._areas[row].key
        page = self.page(key)
        self._stack.setCurrentWidget(page)
        self.area_changed.emit(key)

    # ---- menus and shortcuts -----------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import contacts…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_action_triggered)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export CSV…"), self)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up database…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._on_find_action_triggered)
        edit_menu.addAction(self.find_action)
        self.new_action = QAction(self.tr("&New contact…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self._on_new_action_triggered)
        edit_menu.addAction(self.new_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, area in enumerate(self._areas[:9], start=1):
            action = QAction(QCoreApplication.translate("Areas", area.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=area.key: self.show_area(key))
            view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.language_action = QAction(self.tr("&Language…"), self)
        self.language_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.language_action.triggered.connect(self._on_language_action_triggered)
        settings_menu.addAction(self.language_action)
        self.relay_action = QAction(self.tr("&Relay…"), self)
        self.relay_action.triggered.connect(self.open_relay_settings)
        settings_menu.addAction(self.relay_action)
        self.sender_action = QAction(self.tr("&Sender…"), self)
        self.sender_action.triggered.connect(self.open_sender_settings)
        settings_menu.addAction(self.sender_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Envoi"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about)

    def _call_page_hook(self, area: str | None, hook: str) -> bool:
        key = area or self.current_area()
        if key not in self.area_keys():
            return False
        page = self.show_area(key) if area else self.page(key)
        method = getattr(page, hook, None)
        if method is None:
            return False
        method()
        return True

    def _on_import_action_triggered(self) -> None:
        self._call_page_hook("contacts", "import_file")

    def _on_export_action_triggered(self) -> None:
        if not self._call_page_hook(None, "export_csv"):
            self._call_page_hook("contacts", "export_csv")

    def _on_find_action_triggered(self) -> None:
        self._call_page_hook(None, "focus_search")

    def _on_new_action_triggered(self) -> None:
        if not self._call_page_hook(None, "new_item"):
            self._call_page_hook("contacts", "new_item")

    def _on_backup_action_triggered(self) -> None:
        from envoi.ui.views.backup.backup_actions import back_up_database

        back_up_database(self, self._context)

    def _on_restore_action_triggered(self) -> None:
        from envoi.ui.views.backup.backup_actions import restore_database

        restore_database(self, self._context)

    def _on_language_action_triggered(self) -> None:
        from envoi.ui.views.settings.language_dialog import choose_language

        choose_language(self, self._context)

    def open_sender_settings(self) -> QWidget:
        from envoi.ui.views.settings.sender_dialog import open_sender_settings

        return open_sender_settings(self._context.services.store, self._context.workers, self)

    def open_relay_settings(self) -> QWidget:
        from envoi.ui.views.settings.relay_dialog import open_relay_settings

        return open_relay_settings(self._context.services.store, self._context.workers, self)

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Envoi"),
            self.tr(
                "<b>Envoi {version}</b><br>Email campaigns from your own computer: "
                "your contacts stay in your database and mail goes through your own server."
            ).format(version=__version__),
        )

    # ---- geometry ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings: QSettings = self._context.settings
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._context.settings
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.sync()
        for page in self._pages.values():
            close_page = getattr(page, "shutdown", None)
            if close_page is not None:
                close_page()
        super().closeEvent(event)
