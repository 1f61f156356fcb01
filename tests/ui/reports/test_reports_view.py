"""The Reports area: a campaign's figures, its providers (sortable), its links and hours;
"no tracking" where nothing was measured; French."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from envoi.reports.alerts import AlertRules
from envoi.reports.service import Reports
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.report_models import MxProvider
from envoi.store.sending_models import Campaign
from envoi.ui.context import UiContext
from envoi.ui.views.reports.reports_view import ReportsView
from tests.support import report_rows as rows
from tests.support.french import french
from tests.ui.bounces.test_bounces_view import ui_context

TIMEOUT = 5000


@pytest.fixture
def ctx(sqlite_store: Store, tmp_path: Path) -> Iterator[UiContext]:
    untracked = rows.campaign(sqlite_store, "Untracked")
    tracked = rows.campaign(sqlite_store, "Tracked")
    rows.track(sqlite_store, tracked)
    rows.events(
        sqlite_store, tracked,
        ("open", 1, "human", 0, 30, ""), ("open", 2, "human", 0, 31, ""),
        ("click", 1, "human", 1, 32, ""), ("click", 3, "machine", 3, 1, ""),
    )  # fmt: skip
    rows.returned(sqlite_store, untracked, ("bounce", "a3@gmail.com", "userunknown", True, None))
    with sqlite_store.session() as s:
        for domain, provider in (("gmail.com", "google"), ("hotmail.fr", "microsoft"),
                                 ("corp.example", "google")):  # fmt: skip
            s.add(MxProvider(domain=domain, provider=provider, mx="", looked_up_at=utc_now()))
    yield from ui_context(sqlite_store, tmp_path)


def _open(qtbot, ctx: UiContext, name: str) -> ReportsView:  # type: ignore[no-untyped-def]
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.campaign.count() == 2, timeout=TIMEOUT)
    with qtbot.waitSignals([view.report_loaded, view.providers_loaded], timeout=TIMEOUT):
        view.campaign.setCurrentIndex(view.campaign.findText(name))
    qtbot.waitUntil(lambda: view.report is not None and view.report.name == name, timeout=TIMEOUT)
    return view


def test_untracked_campaign_figures_providers_and_chart(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, ctx, "Untracked")
    f = {key: label.text() for key, label in view.figures.items()}
    assert (f["audience"], f["attempted"], f["failed"]) == ("10", "8", "1")
    assert f["accepted"] == "6 (75.0%)"
    assert f["bounced"] == "1 (12.5%): 1 hard, 0 soft"
    assert f["opens"] == f["click_rate"] == f["click_to_open"] == "no tracking"
    assert view.delivery_chart.total() == 6 + 1  # six delivered, one bounce in 48 h
    assert view.engagement_chart.total() == 0 and view.link_table.rowCount() == 0
    table = view.provider_table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[0] == "Gmail / Google Workspace"  # most recipients first
    assert set(names) == {"Gmail / Google Workspace", "Microsoft", "Own domain",
                          "Not looked up yet"}  # fmt: skip
    # Sorted by the deferral rate: Microsoft defers 2 of 3.
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert table.item(0, 0).text() == "Microsoft" and table.item(0, 3).text() == "66.7%"


def test_tracked_campaign_shows_people_and_links(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, ctx, "Tracked")
    f = {key: label.text() for key, label in view.figures.items()}
    assert f["opens"] == "2 people (2 times), 0 by machines"
    assert f["click_rate"] == "16.7%" and f["click_to_open"] == "50.0%"
    assert view.engagement_chart.total() == 3
    links = {view.link_table.item(r, 0).text(): view.link_table.item(r, 3).text()
             for r in range(view.link_table.rowCount())}  # fmt: skip
    assert links["https://shop.fr/sale"] == "0" and links["(hidden link: machines only)"] == "1"


def test_reports_in_french(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    with french("reports"):
        view = _open(qtbot, ctx, "Untracked")
        assert view.figures["opens"].text() == "pas de suivi"
        assert view.figures["accepted"].text() == "6 (75,0\u202f%)"
        assert view.provider_table.horizontalHeaderItem(0).text() == "Fournisseur"
        assert "Propre domaine" in {
            view.provider_table.item(r, 0).text() for r in range(view.provider_table.rowCount())
        }


def test_no_campaign_yet(qtbot, sqlite_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for ctx in ui_context(sqlite_store, tmp_path):
        view = ReportsView(ctx)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.campaigns_loaded, timeout=TIMEOUT):
            pass
        assert not view.empty_label.isHidden() and not view.lookup_button.isEnabled()


def test_alerts_show_and_acknowledge(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    reports = Reports(ctx.services.store)
    reports.set_alert_rules(AlertRules(min_sent=1, provider_min_sent=1, days=100_000))
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.alert_list.count() == 6, timeout=TIMEOUT)
    texts = [view.alert_list.item(i).text() for i in range(view.alert_list.count())]
    assert "Untracked: bounce rate 12.5%, over 5.0%" in texts
    assert "Tracked at Microsoft: deferral rate 66.7%, over 20.0%" in texts
    assert view.alert_label.text() == "6 open alert(s)"
    bold = [view.alert_list.item(i).font().bold() for i in range(6)]
    assert bold.count(True) == 2  # over 5 %: Untracked's bounce rate and Gmail's
    view.alert_list.item(0).setSelected(True)
    with qtbot.waitSignal(view.alerts_loaded, timeout=TIMEOUT):
        view.acknowledge_button.click()
    assert view.alert_list.count() == 5
    with qtbot.waitSignal(view.alerts_loaded, timeout=TIMEOUT):
        view.acknowledge_button.click()  # none selected: all
    assert view.alert_list.count() == 0 and view.alert_list.isHidden()
    assert [a.acknowledged for a in reports.alerts()] == [True] * 6


def test_compare_campaigns_tab(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    store = ctx.services.store
    with store.session() as s:
        tracked = s.scalar(select(Campaign).where(Campaign.name == "Tracked"))
        assert tracked is not None
        tracked.started_at = rows.START + timedelta(days=1)  # the newer one
        tracked.audience = {"lists": ["vip"]}
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    table = view.compare.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=TIMEOUT)
    assert [table.item(r, 0).text() for r in range(2)] == ["Tracked", "Untracked"]
    # Bounced: Tracked has none, 1 of 8 fewer than Untracked sent before it.
    assert table.item(0, 4).text() == "0.0% (-12.5)" and table.item(1, 4).text() == "12.5%"
    assert table.item(0, 7).text() == "33.3%" and table.item(1, 7).text() == "–"
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert table.item(0, 0).text() == "Untracked"
    with qtbot.waitSignal(view.compare.compared, timeout=TIMEOUT):
        view.compare.list_name.setText("vip")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Tracked"


def test_export_csv_of_the_table_in_view(qtbot, ctx: UiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, ctx, "Untracked")
    path = tmp_path / "providers.csv"
    assert view.save_csv(str(path)) == 4
    lines = path.read_text("utf-8-sig").splitlines()
    assert lines[0] == "Provider,Recipients,Accepted,Deferred,Bounced,Complaints"
    assert lines[1] == "Gmail / Google Workspace,4,75.0%,25.0%,25.0%,0.0%"
    view.tabs.setCurrentWidget(view.compare)
    qtbot.waitUntil(lambda: view.compare.table.rowCount() == 2, timeout=TIMEOUT)
    assert view.save_csv(str(path)) == 2
    assert path.read_text("utf-8-sig").splitlines()[0].startswith("Campaign,Started,Audience")
