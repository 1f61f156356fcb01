"""`envoi reports ...`: a campaign's report, its recipients per mailbox provider, alerts."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from envoi.cli.common import print_json
from envoi.errors import EnvoiError
from envoi.reports.alerts import Alert, AlertRules
from envoi.reports.campaign import CampaignReport, Engagement
from envoi.reports.providers import ProviderRow
from envoi.reports.service import Reports
from envoi.store.engine import Store

NO_TRACKING = "no tracking"


def register(subparsers: Any) -> None:
    area = subparsers.add_parser("reports", help="what happened to a campaign, per provider")
    sub = area.add_subparsers(dest="action", metavar="ACTION")
    campaign = sub.add_parser("campaign", help="a campaign's report")
    campaign.add_argument("name", metavar="NAME")
    campaign.add_argument("--json", action="store_true")
    campaign.set_defaults(handler=_campaign)

    providers = sub.add_parser(
        "providers",
        help="a campaign's recipients per mailbox provider (found from MX records, kept)",
    )
    providers.add_argument("name", metavar="NAME")
    providers.add_argument("--json", action="store_true")
    providers.add_argument(
        "--no-lookup", action="store_true", help="use only the domains already looked up"
    )
    providers.add_argument("--refresh", action="store_true", help="ask DNS again for every domain")
    providers.add_argument("--nameserver", metavar="IP[:PORT]", help="ask this DNS server")
    providers.add_argument("--timeout", type=float, default=3.0, help="seconds per DNS query")
    providers.set_defaults(handler=_providers)

    comp = sub.add_parser("compare", help="the last campaigns side by side, with the change")
    comp.add_argument("--last", type=int, default=10, metavar="N")
    comp.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    comp.add_argument("--list", dest="list_name", metavar="NAME", help="campaigns sent to it")
    comp.add_argument("--template", metavar="NAME")
    comp.add_argument("--json", action="store_true")
    comp.set_defaults(handler=_compare)

    lists = sub.add_parser(
        "lists", help="list health: contacts by status, joins, unsubscribes, bounces per week"
    )
    lists.add_argument("--weeks", type=int, default=12)
    lists.add_argument("--json", action="store_true")
    lists.set_defaults(handler=_lists)

    alerts = sub.add_parser(
        "alerts",
        help="open alerts: bounce, complaint and unsubscribe rates, providers deferring",
        epilog="Exit status: 0 no open alert (acknowledged ones aside), 1 some.",
    )
    alerts.add_argument("--json", action="store_true")
    alerts.add_argument(
        "--acknowledge", nargs="+", metavar="KEY", help="mark alerts as seen (their keys)"
    )
    alerts.add_argument(
        "--set", nargs="+", metavar="RULE=VALUE", dest="set_rules",
        help="change a rule's threshold, e.g. bounce_rate=0.03 (see --rules)",
    )  # fmt: skip
    alerts.add_argument("--rules", action="store_true", help="show the rules' thresholds")
    alerts.set_defaults(handler=_alerts)


def _percent(value: float | None, untracked: bool = False) -> str:
    if untracked:
        return NO_TRACKING
    return "-" if value is None else f"{value * 100:.1f}%"


def _engagement(e: Engagement | None) -> str:
    if e is None:
        return NO_TRACKING
    unique = "" if e.unique_human is None else f", {e.unique_human} people"
    return f"{e.human} by people{unique}, {e.machine} by machines (total {e.total})"


def print_campaign(r: CampaignReport) -> None:
    print(f"Campaign {r.name} ({r.status})")
    u = r.unsubscribes
    lines = [
        ("Audience", r.audience),
        ("Sent (tried)", r.attempted),
        ("Accepted by the server", f"{r.accepted} ({_percent(r.acceptance_rate)})"),
        ("  after a deferral", r.deferred_then_delivered),
        ("Still deferred", r.deferred),
        ("Failed", r.failed),
        ("Skipped (suppressed)", r.skipped),
        ("Not sent yet", r.pending),
        ("Unknown (crash)", r.unknown),
        ("Bounced", f"{r.bounced} ({_percent(r.bounce_rate)}): {r.hard_bounced} hard, "
                    f"{r.soft_bounced} soft"),
        ("Complaints", f"{r.complaints} ({_percent(r.complaint_rate)})"),
        ("Unsubscribes", f"{u.total}: {u.mailed} by mail, {u.one_click} one-click, "
                         f"{u.page} on the page"),
        ("Opens", _engagement(r.opens)),
        ("Clicks", _engagement(r.clicks)),
        ("Open rate", _percent(r.open_rate, r.opens is None)),
        ("Click rate", _percent(r.click_rate, r.clicks is None)),
        ("Click-to-open", _percent(r.click_to_open, r.clicks is None or r.opens is None)),
    ]  # fmt: skip
    for label, value in lines:
        print(f"  {label + ':':26} {value}")
    if r.bounce_reasons:
        print("Bounces by reason:")
        for reason in r.bounce_reasons:
            print(f"  {reason.reason:16} {'hard' if reason.hard else 'soft':5} {reason.addresses}")
    if r.links:
        print("Clicks per link (people / machines):")
        for link in r.links:
            name = "(hidden trap link)" if link.hidden else link.url
            print(f"  {link.number:3}  {link.human:6} / {link.machine:<6} {name}")


def _campaign(args: argparse.Namespace, store: Store) -> int:
    reports = Reports(store)
    report = reports.campaign(reports.campaign_id(args.name))
    if args.json:
        print_json(report.to_json())
    else:
        print_campaign(report)
    return 0


def print_providers(rows: list[ProviderRow]) -> None:
    print(f"{'Provider':26} {'Recipients':>10} {'Accepted':>9} {'Deferred':>9} "
          f"{'Bounced':>8} {'Complaints':>10}")  # fmt: skip
    for r in rows:
        print(
            f"{r.name:26} {r.recipients:10} {_percent(r.acceptance_rate):>9} "
            f"{_percent(r.deferral_rate):>9} {_percent(r.bounce_rate):>8} "
            f"{_percent(r.complaint_rate):>10}"
        )


def _providers(args: argparse.Namespace, store: Store) -> int:
    reports = Reports(store)
    campaign_id = reports.campaign_id(args.name)
    if not args.no_lookup:
        from envoi.dnscheck.resolver import DnsPythonResolver
        from envoi.dnscheck.runner import resolver_settings

        resolver = DnsPythonResolver(resolver_settings(store, args.nameserver, args.timeout))
        asyncio.run(reports.look_up_providers(campaign_id, resolver, refresh=args.refresh))
    rows = reports.providers(campaign_id)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        print_providers(rows)
    return 0


class BadRule(EnvoiError):
    code = "reports.bad_rule"


def _changed_rules(rules: AlertRules, assignments: list[str]) -> AlertRules:
    data = rules.to_json()
    for item in assignments:
        name, _, value = item.partition("=")
        if name not in data:
            raise BadRule(
                f"No alert rule called {name!r}.", hint="See: envoi reports alerts --rules"
            )
        try:
            data[name] = float(value)
        except ValueError:
            raise BadRule(f"{name} needs a number, not {value!r}.") from None
    return AlertRules.from_json(data)


def _alerts(args: argparse.Namespace, store: Store) -> int:
    reports = Reports(store)
    if args.set_rules:
        reports.set_alert_rules(_changed_rules(reports.alert_rules(), args.set_rules))
    if args.rules or args.set_rules:
        rules = reports.alert_rules().to_json()
        if args.json:
            print_json(rules)
        else:
            for name, value in rules.items():
                print(f"{name:24} {value}")
        return 0
    if args.acknowledge:
        reports.acknowledge_alerts(list(args.acknowledge))
    alerts = reports.alerts()
    print_alerts(alerts, args.json)
    return 1 if any(not a.acknowledged for a in alerts) else 0


def print_alerts(alerts: Sequence[Alert], as_json: bool) -> None:
    """Open alerts as JSON or one line each (`reports alerts`, `monitor status`)."""
    if as_json:
        print_json([a.to_json() for a in alerts])
        return
    for a in alerts:
        seen = " (acknowledged)" if a.acknowledged else ""
        print(f"{a.severity:8} {a.text}{seen}  [{a.key}]")
    if not alerts:
        print("No open alert.")


def _change(value: float | None) -> str:
    return "" if value is None else f" ({value * 100:+.1f})"


def _compare(args: argparse.Namespace, store: Store) -> int:
    since = datetime.combine(args.since, time()) if args.since else None
    rows = Reports(store).compare(
        args.last, since=since, list_name=args.list_name, template=args.template
    )
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    print(f"{'Campaign':24} {'Started':16} {'Audience':>8}  {'Accepted':16} {'Bounced':16} "
          f"{'Opened':16} {'Clicked':16}")  # fmt: skip
    for r in rows:
        when = r.started_at.strftime("%Y-%m-%d %H:%M") if r.started_at else "-"
        cells = [
            _percent(r.rates[name]) + _change(r.change[name])
            for name in ("acceptance_rate", "bounce_rate", "open_rate", "click_rate")
        ]
        print(f"{r.name[:24]:24} {when:16} {r.audience:8}  " + " ".join(f"{c:16}" for c in cells))
    return 0


def _lists(args: argparse.Namespace, store: Store) -> int:
    health = Reports(store).list_health(max(1, args.weeks))
    if args.json:
        print_json(health.to_json())
        return 0
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(health.by_status.items()))
    print(f"Contacts: {health.contacts} ({statuses or 'none'})")
    for label, share in (("90", health.no_engagement_90), ("180", health.no_engagement_180)):
        print(f"Subscribed with no open or click in {label} days: "
              f"{_percent(share, health.no_engagement_90 is None)}")  # fmt: skip
    print(f"{'Week of':12} {'Joined':>8} {'Unsubscribed':>13} {'Bounced':>8} {'Complained':>11}")
    for w in health.weeks:
        print(f"{w.week.isoformat():12} {w.joined:8} {w.unsubscribed:13} {w.bounced:8} "
              f"{w.complained:11}")  # fmt: skip
    return 0
