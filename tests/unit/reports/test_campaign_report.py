"""A campaign's report from hand-built rows, on both databases: every figure exact, an
untracked campaign says "no tracking" (None), and the providers come from MX records."""

from __future__ import annotations

import asyncio
import json

import pytest

from envoi.dnscheck.resolver import MemoryResolver
from envoi.relay.client import connection
from envoi.reports import tracking
from envoi.reports.campaign import CampaignNotFound, Engagement, ReasonCount, Unsubscribes
from envoi.reports.providers import Provider, provider_of_mx
from envoi.reports.service import Reports
from envoi.store.engine import Store
from envoi.store.report_models import MxProvider
from tests.support import report_rows as rows


def test_the_settings_keys_are_the_relay_clients() -> None:
    assert (tracking.TRACKING_SETTING, tracking.LINKS_SETTING) == (
        connection.TRACKING_SETTING, connection.LINKS_SETTING)  # fmt: skip


def test_untracked_campaign_counts_deliveries_and_returns_and_says_no_tracking(
    store: Store,
) -> None:
    cid = rows.campaign(store)
    rows.returned(
        store, cid,
        ("bounce", "a3@gmail.com", "userunknown", True, None),
        ("bounce", "a3@gmail.com", "userunknown", True, None),  # the same address twice
        ("bounce", "b3@hotmail.fr", "mailboxfull", False, None),
        ("feedback", "a1@gmail.com", "feedback", None, "abuse"),
        ("feedback", "b1@hotmail.fr", "feedback", None, "opt-out"),
    )  # fmt: skip
    r = Reports(store).campaign(cid)
    assert (r.audience, r.attempted, r.accepted, r.deferred_then_delivered) == (10, 8, 6, 2)
    assert (r.deferred, r.failed, r.skipped, r.pending, r.unknown) == (1, 1, 1, 1, 0)
    assert (r.bounced, r.hard_bounced, r.soft_bounced, r.complaints) == (2, 1, 1, 1)
    assert set(r.bounce_reasons) == {ReasonCount("userunknown", True, 1),
                                     ReasonCount("mailboxfull", False, 1)}  # fmt: skip
    assert r.unsubscribes == Unsubscribes(mailed=1)
    assert (r.opens, r.clicks, r.links, r.click_rate, r.open_rate) == (None, None, (), None, None)
    assert r.bounce_rate == pytest.approx(2 / 8) and r.acceptance_rate == pytest.approx(6 / 8)
    assert r.complaint_rate == pytest.approx(1 / 6)
    # Timeline: hour 0 has four deliveries, hour 1 two, hour 2 the two bounce records.
    assert len(r.timeline) == 48 and r.timeline[0].at == rows.START
    assert [(p.delivered, p.bounces) for p in r.timeline[:3]] == [(4, 0), (2, 0), (0, 3)]
    assert sum(p.delivered for p in r.timeline) == r.accepted
    data = r.to_json()
    assert data["opens"] is None and data["rates"]["click_rate"] is None
    json.dumps(data)  # all plain values


def test_tracked_campaign_counts_humans_and_machines_apart(store: Store) -> None:
    cid = rows.campaign(store)
    rows.track(store, cid)
    rows.events(
        store, cid,
        ("open", 1, "human", 0, 30, ""), ("open", 1, "human", 0, 90, ""),
        ("open", 2, "human", 0, 31, ""), ("open", 3, "machine", 0, 1, ""),
        ("click", 1, "human", 1, 32, ""), ("click", 1, "human", 1, 33, ""),
        ("click", 1, "human", 2, 34, ""), ("click", 3, "machine", 1, 1, ""),
        ("click", 3, "machine", 3, 1, ""),
        ("unsubscribe", 4, "", 0, 40, "one-click"), ("unsubscribe", 4, "", 0, 41, "one-click"),
        ("unsubscribe", 5, "", 0, 42, "page"),
    )  # fmt: skip
    other = rows.campaign(store, "Other")
    rows.events(store, other, ("click", 9, "human", 1, 5, ""))  # another campaign's: not counted
    r = Reports(store).campaign(cid)
    assert r.opens == Engagement(human=3, machine=1, unique_human=2, unique_machine=1)
    assert r.clicks == Engagement(human=3, machine=2, unique_human=1, unique_machine=1)
    assert r.unsubscribes == Unsubscribes(mailed=0, one_click=1, page=1)
    assert r.open_rate == pytest.approx(2 / 6) and r.click_rate == pytest.approx(1 / 6)
    assert r.click_to_open == pytest.approx(1 / 2)
    links = {link.number: link for link in r.links}
    assert (links[1].url, links[1].human, links[1].machine, links[1].unique_human) == (
        "https://shop.fr/sale", 2, 1, 1)  # fmt: skip
    assert (links[2].human, links[3].hidden, links[3].machine) == (1, True, 1)
    assert [(p.opens, p.clicks) for p in r.timeline[:2]] == [(2, 3), (1, 0)]


def test_tracked_campaign_with_no_event_says_zero_not_no_tracking(store: Store) -> None:
    cid = rows.campaign(store)
    rows.track(store, cid, anonymous=True)
    r = Reports(store).campaign(cid)
    assert r.opens == Engagement(0, 0, None, None) and r.click_rate is None  # anonymous
    assert [link.number for link in r.links] == [1, 2, 3]


def test_unknown_campaign_is_an_envoi_error(store: Store) -> None:
    with pytest.raises(CampaignNotFound):
        Reports(store).campaign(12345)
    with pytest.raises(CampaignNotFound):
        Reports(store).campaign_id("nope")


@pytest.mark.parametrize(
    ("hosts", "provider"),
    [
        (["aspmx.l.google.com.", "alt1.aspmx.l.google.com"], Provider.GOOGLE),
        (["corp-example.mail.protection.outlook.com"], Provider.MICROSOFT),
        (["mta5.am0.yahoodns.net"], Provider.YAHOO),
        (["mx01.mail.icloud.com"], Provider.APPLE),
        (["smtp-in.orange.fr"], Provider.ORANGE),
        (["mx1.free.fr"], Provider.FREE),
        (["mx2.sfr.fr"], Provider.SFR),
        (["mx1.laposte.net"], Provider.LA_POSTE),
        (["mx00.emig.gmx.net"], Provider.GMX),
        (["mx-ha03.web.de"], Provider.GMX),
        (["mail.notgoogle.com"], Provider.OTHER),
        ([], Provider.NO_MX),
        (["."], Provider.NO_MX),
    ],
)
def test_provider_of_mx(hosts: list[str], provider: Provider) -> None:
    assert provider_of_mx(hosts) == provider


class _CountingResolver(MemoryResolver):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    async def query(self, name: str, rdtype: str):  # type: ignore[no-untyped-def]
        self.asked.append(name)
        return await super().query(name, rdtype)


def test_providers_group_recipients_by_mx_and_cache_the_lookups(store: Store) -> None:
    cid = rows.campaign(store)
    rows.returned(store, cid, ("bounce", "a3@gmail.com", "userunknown", True, None),
              ("feedback", "b1@hotmail.fr", "feedback", None, "abuse"))  # fmt: skip
    resolver = _CountingResolver()
    resolver.add("gmail.com", "MX", "5 gmail-smtp-in.l.google.com.")
    resolver.add("hotmail.fr", "MX", "10 hotmail-fr.olc.protection.outlook.com.")
    resolver.add("corp.example", "MX", "1 aspmx.l.google.com.")
    resolver.add("shop.fr", "MX", "10 mx.shop.fr.")
    resolver.add("tiny.example", "MX", "10 mx.tiny.example.")
    reports = Reports(store)
    assert asyncio.run(reports.look_up_providers(cid, resolver)) == 5
    by = {r.provider: r for r in reports.providers(cid)}
    assert set(by) == {"google", "microsoft", "own", "other"}
    g, m = by["google"], by["microsoft"]
    assert (g.domains, g.recipients, g.attempted, g.accepted, g.deferred, g.failed) == (
        2,
        4,
        4,
        3,
        1,
        1,
    )
    assert (g.bounced, g.complaints, g.bounce_rate) == (1, 0, 0.25)
    assert (m.recipients, m.accepted, m.deferred, m.complaints) == (3, 2, 2, 1)
    assert m.deferral_rate == pytest.approx(2 / 3) and m.complaint_rate == pytest.approx(1 / 2)
    assert (by["own"].recipients, by["other"].recipients, by["other"].attempted) == (1, 2, 0)
    assert sum(r.recipients for r in by.values()) == len(rows.DELIVERIES)
    # Cached: a second look-up asks nothing.
    asked = len(resolver.asked)
    assert asyncio.run(reports.look_up_providers(cid, resolver)) == 0
    assert len(resolver.asked) == asked
    with store.session() as s:
        assert s.get(MxProvider, "corp.example").provider == "google"  # type: ignore[union-attr]


def test_domains_dns_does_not_answer_stay_unknown_and_are_asked_again(store: Store) -> None:
    cid = rows.campaign(store)
    resolver = _CountingResolver()
    resolver.add_timeout("gmail.com", "MX")
    reports = Reports(store)
    asyncio.run(reports.look_up_providers(cid, resolver))
    by = {r.provider: r for r in reports.providers(cid)}
    assert by["unknown"].recipients == 3
    assert asyncio.run(reports.look_up_providers(cid, resolver)) == 1  # gmail.com again
