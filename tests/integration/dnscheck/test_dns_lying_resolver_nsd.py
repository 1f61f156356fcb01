"""A resolver that answers "does not exist" for every name, gmail.com included: NSD serving
an empty root zone. The sender check says the resolver is not answering correctly instead
of red results, no blocklist shows "pass", and the window, the command line and preflight
all see the same saved finding."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from dns_test_servers import NsdServer, free_port
from PySide6.QtCore import QSettings

from envoi.cli import main
from envoi.dnscheck.blocklists import IP_LISTS, check_blocklists
from envoi.dnscheck.resolver import DnsPythonResolver, ResolverSettings
from envoi.dnscheck.results import CheckRequest, SmtpTarget
from envoi.dnscheck.runner import run_checks, saved_nameserver, sender_check_of
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.context import UiContext
from envoi.ui.views.sendercheck.sender_check_view import SenderCheckView

# Only the root zone, with nothing delegated: every other name is NXDOMAIN, authoritatively.
EMPTY_ROOT = (
    "$ORIGIN .\n$TTL 60\n"
    "@ IN SOA ns.root-servers.invalid. hostmaster.invalid. 1 3600 600 86400 60\n"
    "@ IN NS ns.root-servers.invalid.\n"
)


@pytest.fixture(scope="module")
def liar(
    nsd_factory: type[NsdServer], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[NsdServer]:
    server = nsd_factory(tmp_path_factory.mktemp("nsd-nx"), free_port())
    server.start({".": EMPTY_ROOT})
    yield server
    server.stop()


@pytest.fixture
def resolver(liar: NsdServer) -> DnsPythonResolver:
    return DnsPythonResolver(ResolverSettings(liar.address, timeout=2.0))


async def test_nsd_really_answers_nxdomain_for_everything(resolver: DnsPythonResolver) -> None:
    for name in ("gmail.com", "shop.example", "2.0.0.127.zen.spamhaus.org"):
        assert (await resolver.query(name, "A")).status == "nxdomain"


async def test_sender_check_says_the_resolver_lies(resolver: DnsPythonResolver) -> None:
    request = CheckRequest("shop.example", "s1", SmtpTarget("mail.shop.example"))
    report = await run_checks(request, resolver, timeout=2.0)
    assert [c.id for c in report.checks] == ["resolver"]
    assert "not answering correctly" in report.checks[0].message
    assert report.counts()["fail"] == report.counts()["pass"] == 0


async def test_no_blocklist_passes_through_it(resolver: DnsPythonResolver) -> None:
    results = await check_blocklists(resolver, "shop.example", ("192.0.2.10",), IP_LISTS)
    assert results and {c.status for c in results} == {"error"}
    assert all("test entry" in c.message for c in results)


def test_command_line_and_preflight_read_the_same_finding(
    liar: NsdServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.integration.sending.conftest import add_audience

    from envoi.cli.common import open_store
    from envoi.sending.campaigns import CampaignData, CampaignService
    from envoi.sending.preflight import preflight
    from envoi.sending.profiles import ProfileData, ProfileService
    from envoi.sending.secrets import MemorySecretStore

    code = main(["dns", "check", "shop.example", "--nameserver", liar.address, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 3  # nothing failed; something could not be checked
    assert [c["id"] for c in data["checks"]] == ["resolver"]
    store = open_store(None)
    try:
        add_audience(store, 2)
        profiles = ProfileService(store, MemorySecretStore())
        profile = profiles.add(ProfileData("own", "smtp.shop.example"))
        first = CampaignService(store).create(CampaignData(
            "first", "news@shop.example", "Hi", "Reply STOP to unsubscribe",
            profile_id=profile.id, lists=["all"],
        ))  # fmt: skip
        issues = {i.code: i for i in preflight(store, first.id, profiles).issues}
    finally:
        store.dispose()
    assert "sender_not_checked" not in issues
    assert "not answering correctly" in issues["sender_resolver"].message


@pytest.fixture
def context(sqlite_store: Store, tmp_path: Path) -> Iterator[UiContext]:
    from envoi.ui.app import build_services

    workers = WorkerBridge()
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    yield UiContext(build_services(sqlite_store), workers, settings)
    workers.shutdown()


def test_window_chooses_the_resolver_and_says_it_lies(
    qtbot, context: UiContext, liar: NsdServer
) -> None:  # type: ignore[no-untyped-def]
    view = SenderCheckView(context, timeout=2.0)
    qtbot.addWidget(view)
    view.show()
    assert view.nameserver() is None  # the system's resolver until one is chosen
    view.domain_edit.setText("shop.example")
    view.resolver_box.setEditText(liar.address)
    with qtbot.waitSignal(view.check_finished, timeout=15_000) as blocker:
        view.check_button.click()
    assert [c.id for c in blocker.args[0].checks] == ["resolver"]
    assert "DNS resolver is not answering correctly" in view.summary_label.text()
    statuses = {view.tree.topLevelItem(i).text(1) for i in range(view.tree.topLevelItemCount())}
    assert statuses == {"could not check"}  # never red, never "pass"
    store = context.services.store
    assert saved_nameserver(store) == liar.address  # remembered, for the CLI too
    assert sender_check_of(store, "news@shop.example") is not None
    again = SenderCheckView(context)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.nameserver() == liar.address, timeout=5_000)
    again.resolver_box.setCurrentIndex(0)
    assert again.nameserver() is None


def test_window_refuses_a_bad_server_address(qtbot, context: UiContext) -> None:  # type: ignore[no-untyped-def]
    view = SenderCheckView(context, timeout=2.0)
    qtbot.addWidget(view)
    view.domain_edit.setText("shop.example")
    view.resolver_box.setEditText("not-an-address")
    with qtbot.assertNotEmitted(view.check_finished, wait=200):
        assert view.start_check() is False
    assert "is not a name server address" in view.summary_label.text()
