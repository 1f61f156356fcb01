"""The Campaigns area: the campaigns with their state, and each one's progress view.

Opening the area recovers what a crash left (running campaigns paused, in-flight
deliveries listed as unknown). A send keeps going while the user looks at another
campaign or area; quitting the app pauses it (the database keeps where it was).
"""

from __future__ import annotations

import functools
import time
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.relay.client.campaigns import relay_links
from envoi.sending.campaigns import CampaignRecord
from envoi.sending.engine import CampaignEngine, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import ProfileRecord
from envoi.sending.recovery import Recovered, recover
from envoi.sending.runner import build_engine
from envoi.ui.context import UiContext
from envoi.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate_core
from envoi.ui.models.rows_model import RowsModel
from envoi.ui.views.campaigns.new_campaign_dialog import NewCampaignDialog
from envoi.ui.views.campaigns.profile_dialog import ProfileDialog
from envoi.ui.views.campaigns.progress_view import CampaignProgressView

Index = QModelIndex | QPersistentModelIndex
LIST_REFRESH_S = 3.0  # while sending, the list's counts are read again at most this often


# A campaign's state as the list shows it (the database keeps the English key).
STATES = {
    "draft": QT_TRANSLATE_NOOP("CampaignsModel", "Draft"),
    "scheduled": QT_TRANSLATE_NOOP("CampaignsModel", "Scheduled"),
    "running": QT_TRANSLATE_NOOP("CampaignsModel", "Sending"),
    "paused": QT_TRANSLATE_NOOP("CampaignsModel", "Paused"),
    "cancelled": QT_TRANSLATE_NOOP("CampaignsModel", "Cancelled"),
    "completed": QT_TRANSLATE_NOOP("CampaignsModel", "Completed"),
    "failed": QT_TRANSLATE_NOOP("CampaignsModel", "Failed"),
}
FAILED_COLOUR = QColor("#c62828")


class CampaignsModel(RowsModel[CampaignRecord]):
    HEADERS = (
        QT_TRANSLATE_NOOP("CampaignsModel", "Campaign"),
        QT_TRANSLATE_NOOP("CampaignsModel", "State"),
        QT_TRANSLATE_NOOP("CampaignsModel", "Sent"),
        QT_TRANSLATE_NOOP("CampaignsModel", "Recipients"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and r.status == "failed":
            return FAILED_COLOUR
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return r.name
        if column == 1:
            return self.tr(STATES[r.status]) if r.status in STATES else r.status
        return QLocale().toString(r.counts.get("sent", 0) if column == 2 else r.total)


class CampaignsView(QWidget):
    campaigns_loaded = Signal(int)
    profile_deleted = Signal(str)  # its name
    profile_delete_refused = Signal(str)  # the reason

    def __init__(self, ctx: UiContext, limiters: LimiterPool | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._store = ctx.services.store
        self._limiters = limiters or LimiterPool()
        self._profiles = ctx.services.profiles
        self._views: dict[int, CampaignProgressView] = {}
        self._listed_at = 0.0
        self.delete_box: QMessageBox | None = None
        self.delete_refused: QMessageBox | None = None

        self.model = CampaignsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.recovered = QLabel()
        self.recovered.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.profile_button = QPushButton(self.tr("SMTP profiles"))
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Choose a campaign to see its progress or send it."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.profile_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 860])
        self.recovered.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.recovered)
        layout.addWidget(splitter, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.profile_menu = QMenu(self)
        self.profile_button.setMenu(self.profile_menu)
        self.profile_menu.aboutToShow.connect(self._on_profile_menu_about_to_show)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.pause_all)
        self._load(recover_first=True)

    def _load(self, *, recover_first: bool = False) -> None:
        store, campaigns = self._store, self._ctx.services.campaigns

        def load() -> tuple[list[Recovered], list[CampaignRecord]]:
            found = recover(store) if recover_first else []
            return found, campaigns.all()

        self._ctx.workers.submit(load, self._on_workers_loaded)

    def refresh(self) -> None:
        self._load()

    def _on_workers_loaded(self, loaded: tuple[list[Recovered], list[CampaignRecord]]) -> None:
        recovered, rows = loaded
        self.recovered.setVisible(bool(recovered))
        if recovered:
            names = ", ".join(r.name for r in recovered)
            unknown = sum(r.unknown for r in recovered)
            self.recovered.setText(
                self.tr(
                    "Envoi stopped while sending {0}: paused. {1} messages may or may not have "
                    "gone out; they will not be sent again unless you choose to."
                ).format(names, QLocale().toString(unknown))
            )
        self.model.set_rows(rows)
        self.campaigns_loaded.emit(len(rows))

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_campaign(self.model.rows[current.row()].id)

    def open_campaign(self, campaign_id: int) -> CampaignProgressView:
        view = self._views.get(campaign_id)
        if view is None:
            store, profiles, limiters = self._store, self._profiles, self._limiters

            def make_engine(on_stats: Any) -> CampaignEngine:
                return build_engine(store, campaign_id, profiles, limiters, on_stats=on_stats,
                                    wrap_links=relay_links)  # fmt: skip

            view = CampaignProgressView(
                store, campaign_id, self._ctx.workers, make_engine, profiles,
                self._ctx.services.campaigns,
            )  # fmt: skip
            view.runner.run_finished.connect(self._on_view_run_finished)
            view.runner.stats_changed.connect(self._on_view_stats_changed)
            self._views[campaign_id] = view
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        return view

    def start_scheduled(self, campaign_id: int) -> CampaignProgressView:
        """The scheduler found this campaign due (and its preflight passed): send it from
        its progress view, as if the user had clicked Send."""
        view = self.open_campaign(campaign_id)
        view.start_scheduled()
        self.refresh()
        return view

    def _on_view_stats_changed(self, _stats: SendStats) -> None:
        """The list's state and sent count follow a send, a few times a minute."""
        now = time.monotonic()
        if now - self._listed_at >= LIST_REFRESH_S:
            self._listed_at = now
            self.refresh()

    def _on_view_run_finished(self, _result: SendStats | BaseException) -> None:
        self.refresh()

    def _on_new_clicked(self) -> NewCampaignDialog:
        dialog = NewCampaignDialog(
            self._store, self._profiles, self._ctx.workers, self, services=self._ctx.services
        )
        dialog.campaign_created.connect(self._on_dialog_campaign_created)
        dialog.open()
        return dialog

    def _on_dialog_campaign_created(self, record: CampaignRecord) -> None:
        self.refresh()
        self.open_campaign(record.id)

    def _on_profile_menu_about_to_show(self) -> None:
        """New profile, then an edit and a delete entry per profile (a handful of rows)."""
        menu = self.profile_menu
        menu.clear()
        menu.addAction(self.tr("New SMTP profile…"), self.open_profile_dialog)
        records = self._profiles.all()
        if records:
            menu.addSeparator()
        for record in records:
            menu.addAction(
                self.tr("Edit {0}…").format(record.data.name),
                functools.partial(self.open_profile_dialog, record),
            )
        if records:
            menu.addSeparator()
        for record in records:
            menu.addAction(
                self.tr("Delete {0}…").format(record.data.name),
                functools.partial(self.ask_delete_profile, record),
            )

    def open_profile_dialog(self, record: ProfileRecord | None = None) -> ProfileDialog:
        dialog = ProfileDialog(self._profiles, self._ctx.workers, self, record)
        dialog.open()
        return dialog

    def ask_delete_profile(self, record: ProfileRecord) -> QMessageBox:
        """Confirm first, naming the campaigns that use the profile; a scheduled or sending
        one makes the service refuse, and the refusal is shown."""
        users = self._profiles.users(record.id)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete SMTP profile"))
        box.setText(self.tr("Delete the profile {0} and its stored password?").format(
            record.data.name))  # fmt: skip
        if users:
            box.setInformativeText(
                self.tr("These campaigns use it and will have no profile: {0}").format(
                    ", ".join(name for name, _status in users)
                )
            )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(functools.partial(self._on_delete_box_finished, record))
        self.delete_box = box
        box.open()
        return box

    def _on_delete_box_finished(self, record: ProfileRecord, result: int) -> None:
        self.delete_box = None
        if result != QMessageBox.StandardButton.Yes.value:
            return
        profiles = self._profiles
        self._ctx.workers.submit(
            lambda: profiles.delete(record.id),
            lambda _r: self.profile_deleted.emit(record.data.name),
            self._on_workers_delete_failed,
        )

    def _on_workers_delete_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, EnvoiError):
            raise exc
        self.delete_refused = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Profile not deleted"),
            error_text(exc, "\n\n"), QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        self.delete_refused.open()
        self.profile_delete_refused.emit(translate_core(exc.user_message))

    def pause_all(self) -> None:
        for view in self._views.values():
            view.close_run()
