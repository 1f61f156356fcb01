"""The Sender check view: runs the checks off the GUI thread, groups the results with
status icons, shows the fix and a copyable record, remembers the last check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem

from envoi.dnscheck.dkim_keys import FileDkimKeyStore, generate_key, public_record
from envoi.dnscheck.resolver import WELL_KNOWN_NAMES, MemoryResolver
from envoi.dnscheck.results import CheckResult
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.context import UiContext
from envoi.ui.views.sendercheck.sender_check_view import SenderCheckView
from tests.support.french import french

KEY = generate_key("ed25519")


def _resolver() -> MemoryResolver:
    r = MemoryResolver()
    # shop.test: no SPF, a DKIM key, a DMARC record without reports, an MX.
    r.add("shop.test", "MX", "10 mx.shop.test")
    r.add("mx.shop.test", "A", "192.0.2.10")
    r.add("s1._domainkey.shop.test", "TXT", public_record(KEY))
    r.add("_dmarc.shop.test", "TXT", "v=DMARC1; p=none")
    for name in WELL_KNOWN_NAMES:  # the Internet is there: the resolver is believed
        r.add(name, "A", "192.0.2.80")
    return r


@pytest.fixture
def context(sqlite_store: Store, tmp_path: Path) -> Iterator[UiContext]:
    from envoi.ui.app import build_services

    services = build_services(sqlite_store)
    workers = WorkerBridge()
    yield UiContext(
        services, workers, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    workers.shutdown()


@pytest.fixture
def view(qtbot, context: UiContext, tmp_path: Path) -> SenderCheckView:  # type: ignore[no-untyped-def]
    resolver = _resolver()
    keys = FileDkimKeyStore(tmp_path / "dkim")
    widget = SenderCheckView(context, lambda _store: resolver, keys, timeout=0.5)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _groups(view: SenderCheckView) -> dict[str, QTreeWidgetItem]:
    return {
        view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i)
        for i in range(view.tree.topLevelItemCount())
    }


def _child(group: QTreeWidgetItem, check_id: str) -> QTreeWidgetItem:
    for i in range(group.childCount()):
        check = group.child(i).data(0, 256)
        if isinstance(check, CheckResult) and check.id == check_id:
            return group.child(i)
    raise AssertionError(check_id)


def test_check_groups_results_and_copies_the_record(qtbot, view: SenderCheckView) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.domain_edit, "Shop.test")
    qtbot.keyClicks(view.selector_edit, "s1")
    with qtbot.waitSignal(view.check_finished, timeout=10_000) as blocker:
        view.check_button.click()
    report = blocker.args[0]
    assert report.domain == "shop.test"
    groups = _groups(view)
    assert {"SPF", "DKIM", "DMARC", "Domain and MX", "Bulk-sender readiness"} <= set(groups)
    assert groups["SPF"].text(1) == "fail"
    assert groups["DKIM"].text(1) == "pass"
    assert groups["DMARC"].text(1) == "warning"
    assert groups["SPF"].isExpanded() and not groups["DKIM"].isExpanded()
    view.tree.setCurrentItem(_child(groups["SPF"], "spf-record"))
    assert view.record_edit.toPlainText() == "v=spf1 mx ~all"
    assert "Publish this TXT record" in view.fix_label.text()
    assert view.copy_button.isEnabled()
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == "v=spf1 mx ~all"
    view.tree.setCurrentItem(groups["SPF"])  # a group line has no record
    assert not view.copy_button.isEnabled()
    counts = report.counts()
    assert f"{counts['fail']} fail" in view.summary_label.text()
    assert counts["fail"] >= 1


def test_bad_domain_is_refused_without_running(qtbot, view: SenderCheckView) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.domain_edit, "not a domain")
    with qtbot.assertNotEmitted(view.check_finished, wait=200):
        assert view.start_check() is False
    assert "is not a domain" in view.summary_label.text()


def test_last_check_is_shown_again(
    qtbot, context: UiContext, view: SenderCheckView, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.domain_edit, "shop.test")
    with qtbot.waitSignal(view.check_finished, timeout=10_000):
        view.check_button.click()
    again = SenderCheckView(context, lambda _store: _resolver(), FileDkimKeyStore(tmp_path / "k"))
    qtbot.addWidget(again)
    again.domain_edit.setText("shop.test")
    again.domain_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: again.tree.topLevelItemCount() > 0, timeout=5_000)
    assert "shop.test, checked" in again.summary_label.text()


def test_generate_dkim_key_shows_the_record(view: SenderCheckView, tmp_path: Path) -> None:
    view.domain_edit.setText("shop.test")
    view.selector_edit.setText("envoi2")
    view.keygen_button.click()
    record = view.record_edit.toPlainText()
    assert record.startswith("v=DKIM1; k=rsa; p=")
    stored = FileDkimKeyStore(tmp_path / "dkim").load("shop.test", "envoi2")
    assert stored is not None and public_record(stored) == record
    assert "envoi2._domainkey.shop.test" in view.fix_label.text()


def test_french_labels_statuses_and_summary(qtbot, context: UiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with french("sendercheck"):
        view = SenderCheckView(context, lambda _store: _resolver(), FileDkimKeyStore(tmp_path))
        qtbot.addWidget(view)
        assert view.check_button.text() == "Vérifier"
        view.domain_edit.setText("shop.test")
        with qtbot.waitSignal(view.check_finished, timeout=10_000) as blocker:
            view.check_button.click()
        groups = _groups(view)
        assert groups["Domaine et MX"].text(1) in {"réussi", "avertissement", "échec"}
        assert groups["SPF"].text(1) == "échec"
        fails = blocker.args[0].counts()["fail"]
        summary = view.summary_label.text()
        assert summary.startswith("shop.test, vérifié le ")
        assert f"{fails} échec(s)" in summary
        # the date as French writes it: day/month/year
        assert QDate.currentDate().toString("dd/MM/yyyy") in summary


def test_first_campaign_preflight_lists_the_check_run_in_the_window(
    qtbot, context: UiContext, view: SenderCheckView
) -> None:  # type: ignore[no-untyped-def]
    """One road: what the window's check saved is what preflight reads, for the very
    first campaign (the issue's campaign did not see a check run two minutes earlier)."""
    from envoi.sending.campaigns import CampaignData, CampaignService
    from envoi.sending.preflight import preflight
    from envoi.sending.profiles import ProfileData, ProfileService
    from envoi.sending.secrets import MemorySecretStore
    from tests.integration.sending.conftest import add_audience

    view.domain_edit.setText("shop.test")
    with qtbot.waitSignal(view.check_finished, timeout=10_000) as blocker:
        view.check_button.click()
    failed = {c.id for c in blocker.args[0].checks if c.status == "fail"}
    assert "spf-record" in failed
    store = context.services.store
    add_audience(store, 2)
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData("own", "smtp.shop.test"))
    first = CampaignService(store).create(CampaignData(
        "first", "News@Shop.Test", "Hi", "Reply STOP to unsubscribe", profile_id=profile.id,
        lists=["all"],
    ))  # fmt: skip
    codes = {i.code for i in preflight(store, first.id, profiles).issues}
    assert "sender_not_checked" not in codes
    assert {f"sender_{id}" for id in failed} <= codes
    # And in the campaign's window: Send runs preflight, which lists the check's failure.
    from envoi.ui.views.campaigns.progress_view import CampaignProgressView

    spf = next(c for c in blocker.args[0].checks if c.id == "spf-record")
    page = CampaignProgressView(store, first.id, context.workers, lambda _s: None, profiles)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(page)
    page.show()
    page.send_button.click()
    qtbot.waitUntil(lambda: spf.message in page.preflight.text(), timeout=10_000)
    assert "has never been checked" not in page.preflight.text()
