"""The Reports area: pick a campaign, see what happened to it (deliveries, returned mail,
unsubscribes, opens and clicks, "no tracking" where it measured nothing), its recipients
per mailbox provider (the view that shows "Microsoft is deferring us") and its first 48
hours in two charts.

Every read runs in the worker pool (the database may be a remote PostgreSQL, a report of
a million deliveries takes a moment): the window stays responsive, and a late answer for
a campaign no longer shown is dropped.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from envoi.errors import EnvoiError
from envoi.reports.alerts import Alert
from envoi.reports.campaign import CampaignReport
from envoi.reports.providers import ProviderRow
from envoi.reports.service import Reports
from envoi.reports.timeline import HourPoint
from envoi.ui.context import UiContext
from envoi.ui.i18n import translate_core
from envoi.ui.views.reports.compare_view import CompareView
from envoi.ui.views.reports.report_format import (
    engagement,
    percent,
    provider_label,
    tracked_percent,
)
from envoi.ui.views.reports.table_cells import SortItem, make_table, write_csv
from envoi.ui.widgets.bar_chart import StackedBarChart
from envoi.ui.widgets.locale_format import number, short_date_time

# Figure key -> its label (translated in the ReportsView context), in display order.
FIGURES = (
    ("audience", QT_TRANSLATE_NOOP("ReportsView", "Audience")),
    ("attempted", QT_TRANSLATE_NOOP("ReportsView", "Sent")),
    ("accepted", QT_TRANSLATE_NOOP("ReportsView", "Accepted by the server")),
    ("deferred_then_delivered", QT_TRANSLATE_NOOP("ReportsView", "Delivered after a deferral")),
    ("deferred", QT_TRANSLATE_NOOP("ReportsView", "Still deferred")),
    ("failed", QT_TRANSLATE_NOOP("ReportsView", "Failed")),
    ("skipped", QT_TRANSLATE_NOOP("ReportsView", "Skipped (suppressed)")),
    ("bounced", QT_TRANSLATE_NOOP("ReportsView", "Bounced")),
    ("complaints", QT_TRANSLATE_NOOP("ReportsView", "Complaints")),
    ("unsubscribes", QT_TRANSLATE_NOOP("ReportsView", "Unsubscribes")),
    ("opens", QT_TRANSLATE_NOOP("ReportsView", "Opens")),
    ("clicks", QT_TRANSLATE_NOOP("ReportsView", "Clicks")),
    ("open_rate", QT_TRANSLATE_NOOP("ReportsView", "Open rate")),
    ("click_rate", QT_TRANSLATE_NOOP("ReportsView", "Click rate")),
    ("click_to_open", QT_TRANSLATE_NOOP("ReportsView", "Click-to-open rate")),
)
RULE_LABELS = {
    "bounce_rate": QT_TRANSLATE_NOOP("ReportsView", "bounce rate"),
    "provider_bounce_rate": QT_TRANSLATE_NOOP("ReportsView", "bounce rate"),
    "complaint_rate": QT_TRANSLATE_NOOP("ReportsView", "complaint rate"),
    "unsubscribe_rate": QT_TRANSLATE_NOOP("ReportsView", "unsubscribe rate"),
    "provider_deferral_rate": QT_TRANSLATE_NOOP("ReportsView", "deferral rate"),
}
PROVIDER_COLUMNS = (
    QT_TRANSLATE_NOOP("ReportsView", "Provider"),
    QT_TRANSLATE_NOOP("ReportsView", "Recipients"),
    QT_TRANSLATE_NOOP("ReportsView", "Accepted"),
    QT_TRANSLATE_NOOP("ReportsView", "Deferred"),
    QT_TRANSLATE_NOOP("ReportsView", "Bounced"),
    QT_TRANSLATE_NOOP("ReportsView", "Complaints"),
)
LINK_COLUMNS = (
    QT_TRANSLATE_NOOP("ReportsView", "Link"),
    QT_TRANSLATE_NOOP("ReportsView", "People"),
    QT_TRANSLATE_NOOP("ReportsView", "Clicks by people"),
    QT_TRANSLATE_NOOP("ReportsView", "Clicks by machines"),
)


class ReportsView(QWidget):
    status_message = Signal(str)
    campaigns_loaded = Signal()
    report_loaded = Signal()
    providers_loaded = Signal()
    alerts_loaded = Signal()

    def __init__(self, ctx: UiContext, reports: Reports | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._reports = reports or ctx.services.reports
        self._shown: int | None = None  # the campaign whose answers are awaited
        self.report: CampaignReport | None = None
        self.providers: list[ProviderRow] = []

        self.campaign = QComboBox()
        self.campaign.setMinimumContentsLength(24)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.lookup_button = QPushButton(self.tr("Find providers"))
        self.lookup_button.setToolTip(
            self.tr("Ask DNS who runs the mailbox of each recipient domain (kept for next time)")
        )
        self.empty_label = QLabel(self.tr("No campaign has been sent yet."))
        self.alert_label = QLabel()
        self.alert_list = QListWidget()
        self.alert_list.setMaximumHeight(90)
        self.alert_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.setToolTip(
            self.tr("Hide the selected alerts while they hold (all when none is selected)")
        )
        self.alerts: list[Alert] = []
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.lookup_button)

        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        for n, (key, title) in enumerate(FIGURES):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"figure-{key}")
            self.figures[key] = value
            row, column = n % 8, (n // 8) * 2
            grid.addWidget(QLabel(self.tr(str(title))), row, column)
            grid.addWidget(value, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        figures = QGroupBox(self.tr("Figures"))
        figures.setLayout(grid)

        self.provider_table = make_table(PROVIDER_COLUMNS, self.tr)
        self.provider_table.setSortingEnabled(True)
        self.link_table = make_table(LINK_COLUMNS, self.tr)
        self.link_table.setSortingEnabled(True)
        tables = QHBoxLayout()
        providers = QVBoxLayout()
        providers.addWidget(QLabel(self.tr("By mailbox provider")))
        providers.addWidget(self.provider_table)
        tables.addLayout(providers, 3)
        links = QVBoxLayout()
        links.addWidget(QLabel(self.tr("Clicks per link")))
        links.addWidget(self.link_table)
        tables.addLayout(links, 2)

        self.delivery_chart = StackedBarChart()
        self.delivery_chart.set_texts(self.tr("Nothing delivered in the first 48 hours"), "")
        self.engagement_chart = StackedBarChart()
        charts = QHBoxLayout()
        for title, chart in (
            (self.tr("Deliveries and bounces per hour (first 48 hours)"), self.delivery_chart),
            (self.tr("Opens and clicks by people per hour"), self.engagement_chart),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(chart)
            charts.addLayout(box)

        outer = QVBoxLayout(self)
        alerts = QHBoxLayout()
        alerts.addWidget(self.alert_label)
        alerts.addWidget(self.alert_list, 1)
        alerts.addWidget(self.acknowledge_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(alerts)
        self.compare = CompareView(self._reports, ctx.workers)
        self.tabs = QTabWidget()
        campaign_page = QWidget()
        self.tabs.addTab(campaign_page, self.tr("Campaign"))
        self.tabs.addTab(self.compare, self.tr("Compare campaigns"))
        outer.addWidget(self.tabs, 1)
        layout = QVBoxLayout(campaign_page)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(figures)
        layout.addLayout(tables, 1)
        layout.addLayout(charts)

        self.campaign.currentIndexChanged.connect(self._on_campaign_changed)
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.lookup_button.clicked.connect(self._on_lookup_clicked)
        self.acknowledge_button.clicked.connect(self._on_acknowledge_clicked)
        self.alert_list.itemDoubleClicked.connect(self._on_alert_double_clicked)
        self.reload_campaigns()

    # ---- hooks the main window calls ----------------------------------------------------

    def export_csv(self) -> None:
        """File > Export CSV: the table in view (providers, or the comparison)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the table"), "report.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.save_csv(path)

    def save_csv(self, path: str) -> int:
        comparing = self.tabs.currentWidget() is self.compare
        table = self.compare.table if comparing else self.provider_table
        written = write_csv(table, path)
        self.status_message.emit(self.tr("%Ln row(s) exported", "", written))
        return written

    # ---- loading ------------------------------------------------------------------------

    def reload_campaigns(self) -> None:
        self._ctx.workers.submit(self._reports.campaigns, self._on_campaigns_loaded)
        self.reload_alerts()
        self.compare.reload()

    def reload_alerts(self) -> None:
        self._ctx.workers.submit(self._reports.alerts, self._on_alerts_loaded, self._on_job_error)

    def _on_alerts_loaded(self, alerts: list[Alert]) -> None:
        self.alerts = [a for a in alerts if not a.acknowledged]
        self.alert_list.clear()
        for alert in self.alerts:
            item = QListWidgetItem(self.alert_text(alert))
            item.setData(Qt.ItemDataRole.UserRole, alert.key)
            if alert.severity == "critical":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.alert_list.addItem(item)
        self.alert_label.setText(self.tr("%Ln open alert(s)", "", len(self.alerts)))
        self.alert_list.setVisible(bool(self.alerts))
        self.acknowledge_button.setVisible(bool(self.alerts))
        self.alerts_loaded.emit()

    def alert_text(self, alert: Alert) -> str:
        rule = self.tr(str(RULE_LABELS[alert.rule]))
        where = alert.campaign
        if alert.provider:
            where = (
                self.tr("%1 at %2")
                .replace("%1", alert.campaign)
                .replace("%2", provider_label(alert.provider))
            )
        return (
            self.tr("%1: %2 %3, over %4")
            .replace("%1", where)
            .replace("%2", rule)
            .replace("%3", percent(alert.value))
            .replace("%4", percent(alert.threshold))
        )

    def _on_acknowledge_clicked(self) -> None:
        chosen = self.alert_list.selectedItems() or [
            self.alert_list.item(i) for i in range(self.alert_list.count())
        ]
        keys = [str(item.data(Qt.ItemDataRole.UserRole)) for item in chosen]
        reports = self._reports
        self._ctx.workers.submit(
            lambda: reports.acknowledge_alerts(keys),
            lambda _none: self.reload_alerts(),
            self._on_job_error,
        )

    def _on_alert_double_clicked(self, item: QListWidgetItem) -> None:
        key = str(item.data(Qt.ItemDataRole.UserRole))
        alert = next((a for a in self.alerts if a.key == key), None)
        if alert is not None:
            self.select_campaign(alert.campaign_id)

    def _on_campaigns_loaded(self, campaigns: list[tuple[int, str]]) -> None:
        keep = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for campaign_id, name in campaigns:
            self.campaign.addItem(name, campaign_id)
        found = self.campaign.findData(keep) if keep is not None else -1
        self.campaign.setCurrentIndex(max(found, 0) if campaigns else -1)
        self.campaign.blockSignals(False)
        self.empty_label.setVisible(not campaigns)
        for button in (self.refresh_button, self.lookup_button):
            button.setEnabled(bool(campaigns))
        self.campaigns_loaded.emit()
        self.load_report()

    def select_campaign(self, campaign_id: int) -> None:
        index = self.campaign.findData(campaign_id)
        if index >= 0:
            self.campaign.setCurrentIndex(index)

    def load_report(self) -> None:
        campaign_id = self.campaign.currentData()
        self._shown = campaign_id
        if campaign_id is None:
            return
        reports = self._reports
        self._ctx.workers.submit(
            lambda: reports.campaign(campaign_id),
            lambda report: self._on_report_loaded(campaign_id, report),
            self._on_job_error,
        )
        self._load_providers(campaign_id)

    def _load_providers(self, campaign_id: int) -> None:
        reports = self._reports
        self._ctx.workers.submit(
            lambda: reports.providers(campaign_id),
            lambda rows: self._on_providers_loaded(campaign_id, rows),
            self._on_job_error,
        )

    def _on_report_loaded(self, campaign_id: int, report: CampaignReport) -> None:
        if campaign_id != self._shown:
            return
        self.report = report
        self._show_figures(report)
        self._show_links(report)
        self._show_charts(report)
        self.report_loaded.emit()

    def _on_providers_loaded(self, campaign_id: int, rows: list[ProviderRow]) -> None:
        if campaign_id != self._shown:
            return
        self.providers = rows
        table = self.provider_table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                SortItem(provider_label(row.provider)),
                SortItem(number(row.recipients), row.recipients),
            ]
            for rate in (row.acceptance_rate, row.deferral_rate, row.bounce_rate,
                         row.complaint_rate):  # fmt: skip
                cells.append(SortItem(percent(rate), -1.0 if rate is None else rate))
            for c, cell in enumerate(cells):
                if c:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, cell)
        table.setSortingEnabled(True)
        self.providers_loaded.emit()

    def _on_job_error(self, exc: BaseException) -> None:
        if isinstance(exc, EnvoiError):
            self.status_message.emit(translate_core(exc.user_message))
        else:
            self._ctx.workers.job_failed.emit(exc)

    # ---- showing ------------------------------------------------------------------------

    def _show_figures(self, r: CampaignReport) -> None:
        u = r.unsubscribes
        values = {
            "audience": number(r.audience),
            "attempted": number(r.attempted),
            "accepted": f"{number(r.accepted)} ({percent(r.acceptance_rate)})",
            "deferred_then_delivered": number(r.deferred_then_delivered),
            "deferred": number(r.deferred),
            "failed": number(r.failed),
            "skipped": number(r.skipped),
            "bounced": self.tr("%1 (%2): %3 hard, %4 soft")
            .replace("%1", number(r.bounced))
            .replace("%2", percent(r.bounce_rate))
            .replace("%3", number(r.hard_bounced))
            .replace("%4", number(r.soft_bounced)),
            "complaints": f"{number(r.complaints)} ({percent(r.complaint_rate)})",
            "unsubscribes": self.tr("%1: %2 by mail, %3 one-click, %4 on the page")
            .replace("%1", number(u.total))
            .replace("%2", number(u.mailed))
            .replace("%3", number(u.one_click))
            .replace("%4", number(u.page)),
            "opens": engagement(r.opens),
            "clicks": engagement(r.clicks),
            "open_rate": tracked_percent(r.open_rate, r.opens is not None),
            "click_rate": tracked_percent(r.click_rate, r.clicks is not None),
            "click_to_open": tracked_percent(
                r.click_to_open, r.opens is not None and r.clicks is not None
            ),
        }
        for key, label in self.figures.items():
            label.setText(values[key])
        if r.started_at is not None:
            self.status_message.emit(
                self.tr("Campaign started %1").replace("%1", short_date_time(r.started_at))
            )

    def _show_links(self, r: CampaignReport) -> None:
        table = self.link_table
        table.setSortingEnabled(False)
        table.setRowCount(len(r.links))
        for row, link in enumerate(r.links):
            name = self.tr("(hidden link: machines only)") if link.hidden else link.url
            people = link.unique_human
            cells = [
                SortItem(name),
                SortItem("–" if people is None else number(people), people or 0),
                SortItem(number(link.human), link.human),
                SortItem(number(link.machine), link.machine),
            ]
            for c, cell in enumerate(cells):
                table.setItem(row, c, cell)
        table.setSortingEnabled(True)

    def _show_charts(self, r: CampaignReport) -> None:
        hours = [p.hour for p in r.timeline]
        labels = {
            "delivered": self.tr("Delivered"),
            "bounces": self.tr("Bounced"),
            "opens": self.tr("Opened"),
            "clicks": self.tr("Clicked"),
        }

        def points(*names: str) -> list[tuple[int, str, int]]:
            return [(p.hour, n, _count(p, n)) for p in r.timeline for n in names if _count(p, n)]

        axis = self.tr("+%1 h")

        def axis_label(hour: int) -> str:
            return axis.replace("%1", str(hour))

        self.delivery_chart.set_data(
            hours, points("delivered", "bounces"), labels.__getitem__, axis_label
        )
        tracked = r.opens is not None or r.clicks is not None
        self.engagement_chart.set_texts(
            self.tr("No opens or clicks in the first 48 hours")
            if tracked
            else self.tr("No tracking: this campaign did not measure opens and clicks"),
            "",
        )
        self.engagement_chart.set_data(
            hours, points("opens", "clicks") if tracked else [], labels.__getitem__, axis_label
        )

    # ---- actions ------------------------------------------------------------------------

    def _on_campaign_changed(self, _index: int) -> None:
        self.load_report()

    def _on_refresh_clicked(self) -> None:
        self.reload_campaigns()

    def _on_lookup_clicked(self) -> None:
        campaign_id = self.campaign.currentData()
        if campaign_id is None:
            return
        from envoi.dnscheck.resolver import DnsPythonResolver
        from envoi.dnscheck.runner import resolver_settings

        store, reports = self._ctx.services.store, self._reports

        def work() -> int:
            resolver = DnsPythonResolver(resolver_settings(store, None, 3.0))
            return asyncio.run(reports.look_up_providers(campaign_id, resolver))

        self.lookup_button.setEnabled(False)
        self.status_message.emit(self.tr("Looking up the recipients' mail servers…"))
        self._ctx.workers.submit(
            work, lambda asked: self._on_lookup_done(campaign_id, asked), self._on_lookup_error
        )

    def _on_lookup_done(self, campaign_id: int, asked: int) -> None:
        self.lookup_button.setEnabled(True)
        self.status_message.emit(self.tr("%Ln domain(s) looked up", "", asked))
        if campaign_id == self._shown:
            self._load_providers(campaign_id)

    def _on_lookup_error(self, exc: BaseException) -> None:
        self.lookup_button.setEnabled(True)
        self._on_job_error(exc)


def _count(point: HourPoint, name: str) -> int:
    return int(getattr(point, name))
