"""`envoi profiles ...` and `envoi campaigns ...`: the same checks and messages as the window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import signal
import sys
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from envoi.cli.terminal import ProgressBar, choose_processes, preflight_ok
from envoi.errors import InvalidInputError
from envoi.relay.client.campaigns import relay_links
from envoi.relay.client.send import before_send
from envoi.sending.campaigns import CampaignData, CampaignRecord, CampaignService
from envoi.sending.engine import EngineOptions, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import PRESETS, ProfileData, ProfileService, run_test
from envoi.sending.recovery import recover
from envoi.sending.runner import build_engine
from envoi.sending.secrets import MemorySecretStore, default_secret_store
from envoi.store.engine import Store

EXIT_PAUSED = 3


def _print_json(data: Any) -> None:
    from envoi.cli.common import print_json

    print_json(data)


def register(sub: Any) -> None:
    _register_profiles(sub)
    _register_campaigns(sub)


# -- profiles ------------------------------------------------------------------------------


def _register_profiles(sub: Any) -> None:
    parser = sub.add_parser("profiles", help="SMTP profiles: where and how fast to send")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an SMTP profile")
    add.add_argument("name")
    add.add_argument("--preset", choices=sorted(PRESETS), help="start from a provider's values")
    add.add_argument("--host")
    add.add_argument("--port", type=int)
    add.add_argument("--security", choices=["starttls", "tls", "none"])
    add.add_argument("--username", default="")
    add.add_argument("--password-prompt", action="store_true", help="ask for the password")
    add.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    add.add_argument("--helo", default="")
    add.add_argument("--ca-file", default="", help="extra CA certificate to trust (PEM)")
    for flag, kind in (("--per-second", float), ("--per-minute", int), ("--per-hour", int),
                       ("--per-day", int)):  # fmt: skip
        add.add_argument(flag, type=kind)
    add.add_argument("--connections", type=int)
    add.add_argument("--per-connection", type=int, help="messages per connection")
    add.add_argument(
        "--max-bounce-percent",
        type=float,
        help="pause a send when bounces exceed this share (default 5)",
    )
    add.add_argument(
        "--max-complaint-percent",
        type=float,
        help="pause a send when spam complaints exceed this share (default 0.1)",
    )
    add.add_argument("--rates-min-sent", type=int,
                     help="check those shares once this many were sent (default 200)")  # fmt: skip
    add.set_defaults(handler=_profiles_add)

    test = actions.add_parser("test", help="connect, start TLS and log in")
    test.add_argument("name")
    test.set_defaults(handler=_profiles_test)

    lst = actions.add_parser("list", help="list the profiles")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_profiles_list)


def _profiles_add(args: argparse.Namespace, store: Store) -> int:
    base = PRESETS[args.preset] if args.preset else ProfileData(args.name, args.host or "")
    changes: dict[str, Any] = {"name": args.name}
    for field in ("host", "port", "security", "per_second", "per_minute", "per_hour",
                  "per_day", "connections", "per_connection"):  # fmt: skip
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    changes.update(username=args.username, helo_name=args.helo, ca_file=args.ca_file)
    if args.max_bounce_percent is not None:
        changes["max_bounce_rate"] = args.max_bounce_percent / 100
    if args.max_complaint_percent is not None:
        changes["max_complaint_rate"] = args.max_complaint_percent / 100
    if args.rates_min_sent is not None:
        changes["rates_min_sent"] = args.rates_min_sent
    data = replace(base, **changes)
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif args.password_prompt:
        password = getpass.getpass(f"Password for {data.username or data.name}: ")
    secrets = default_secret_store()
    service = ProfileService(store, secrets)
    if password and isinstance(secrets, MemorySecretStore):
        print(
            "warning: this computer has no password keyring; the password is not stored. "
            "Set ENVOI_SMTP_PASSWORD when sending.",
            file=sys.stderr,
        )
    if data.security == "none":
        print("warning: security 'none' sends your password and messages unencrypted.",
              file=sys.stderr)  # fmt: skip
    record = service.add(data, password)
    print(f"Profile '{record.data.name}' added (id {record.id}).")
    return 0


def _profiles_test(args: argparse.Namespace, store: Store) -> int:
    service = ProfileService(store, default_secret_store())
    print(run_test(service, service.get(args.name), None))
    return 0


def _profiles_list(args: argparse.Namespace, store: Store) -> int:
    records = ProfileService(store, default_secret_store()).all()
    if args.json:
        _print_json([{"id": r.id, **asdict(r.data), "tested_at": r.tested_at} for r in records])
        return 0
    for r in records:
        d = r.data
        limits = ", ".join(
            f"{v}/{k.removeprefix('per_')}"
            for k, v in (("per_second", d.per_second), ("per_minute", d.per_minute),
                         ("per_hour", d.per_hour), ("per_day", d.per_day)) if v
        ) or "no limits"  # fmt: skip
        print(f"{r.id}\t{d.name}\t{d.host}:{d.port} {d.security}\t{limits}")
    return 0


# -- campaigns -----------------------------------------------------------------------------


def _register_campaigns(sub: Any) -> None:
    parser = sub.add_parser("campaigns", help="create, send and follow campaigns")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="create a campaign and freeze its audience")
    create.add_argument("name")
    create.add_argument("--from", dest="from_email", required=True)
    create.add_argument("--from-name", default="")
    create.add_argument("--reply-to", default="")
    create.add_argument("--subject", default="", help="(the template's subject otherwise)")
    body = create.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", help="text body with {{ first_name }}-style merge fields")
    body.add_argument("--body-file", type=Path)
    body.add_argument("--template", help="a template of the library (`envoi templates list`)")
    create.add_argument("--list", dest="lists", action="append", default=[])
    create.add_argument("--segment", dest="segments", action="append", default=[])
    create.add_argument("--profile", required=True)
    create.add_argument("--at", help="schedule: YYYY-MM-DD HH:MM")
    create.add_argument("--tz", default="", help="time zone of --at (default: local)")
    create.add_argument("--retry-hours", type=float, default=48.0)
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=_campaigns_create)

    for name, help_text, handler in (
        ("send", "send a campaign now, with a progress bar", _campaigns_send),
        ("resume", "resume a paused campaign", _campaigns_resume),
    ):
        p = actions.add_parser(name, help=help_text)
        p.add_argument("campaign")
        p.add_argument("--connections", type=int)
        p.add_argument(
            "--no-wait",
            action="store_true",
            help="leave deferred deliveries to `send-due` instead of waiting",
        )
        p.add_argument("--json", action="store_true", help="print the final counts as JSON")
        p.add_argument("--yes", action="store_true", help="send despite preflight warnings")
        p.add_argument("--processes", type=int, default=None,
                       help="build messages in N extra processes (multi-core)")  # fmt: skip
        if name == "resume":
            p.add_argument("--resend-unknown", action="store_true",
                           help="send again the deliveries whose outcome is unknown")  # fmt: skip
        p.set_defaults(handler=handler)

    for name, help_text, handler in (
        ("pause", "pause a campaign (a running send stops within a second)", _campaigns_pause),
        ("cancel", "cancel a campaign", _campaigns_cancel),
    ):
        p = actions.add_parser(name, help=help_text)
        p.add_argument("campaign")
        p.set_defaults(handler=handler)

    status = actions.add_parser("status", help="delivery counts by state")
    status.add_argument("campaign")
    status.add_argument("--json", action="store_true")
    status.add_argument("--unknown", action="store_true", help="list unknown deliveries")
    status.add_argument("--failures", action="store_true",
                        help="list failed deliveries with the reply explained")  # fmt: skip
    status.set_defaults(handler=_campaigns_status)

    lst = actions.add_parser("list", help="list campaigns")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_campaigns_list)

    due = actions.add_parser("send-due", help="send scheduled campaigns that are due (cron)")
    due.set_defaults(handler=_campaigns_send_due)
    from envoi.cli.trial import register_actions

    register_actions(actions)


def _schedule(at: str | None, tz: str) -> datetime | None:
    if not at:
        return None
    try:
        local = datetime.fromisoformat(at)
    except ValueError as exc:
        raise InvalidInputError(f"'{at}' is not a date and time.", "Use YYYY-MM-DD HH:MM.") from exc
    try:
        zone = ZoneInfo(tz) if tz else None
    except ZoneInfoNotFoundError as exc:
        raise InvalidInputError(f"Unknown time zone '{tz}'.", "Use e.g. Europe/Paris.") from exc
    aware = local.replace(tzinfo=zone) if zone else local.astimezone()
    return aware.astimezone(UTC).replace(tzinfo=None)


def _summary(record: CampaignRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "status": record.status,
        "reason": record.pause_reason,
        "total": record.total,
        "counts": record.counts,
        "scheduled_at": record.scheduled_at,
    }


def _campaigns_create(args: argparse.Namespace, store: Store) -> int:
    profile = ProfileService(store, default_secret_store()).get(args.profile)
    body = args.body or ""
    if args.body_file is not None:
        body = args.body_file.read_text(encoding="utf-8")
    if args.template:
        from envoi.templates.library import TemplateService

        TemplateService(store).get(args.template)  # a clear error now rather than at send
    elif not args.subject:
        raise InvalidInputError("The campaign needs a subject.", "Give --subject.")
    data = CampaignData(
        args.name, args.from_email, args.subject, body, from_name=args.from_name,
        reply_to=args.reply_to, profile_id=profile.id, lists=args.lists,
        segments=args.segments, scheduled_at=_schedule(args.at, args.tz), timezone=args.tz,
        template=args.template or "",
        retry_hours=args.retry_hours,
    )  # fmt: skip
    record = CampaignService(store).create(data)
    if args.json:
        _print_json(_summary(record))
    else:
        print(f"Campaign '{record.name}' created (id {record.id}): {record.total} recipients.")
    return 0


def _run(args: argparse.Namespace, store: Store, *, resume: bool) -> int:
    for r in recover(store):
        print(f"recovered: campaign {r.name} paused; {r.unknown} unknown deliveries",
              file=sys.stderr)  # fmt: skip
    service = CampaignService(store)
    # With a relay: its unsubscribes first, then the campaign's links registered there.
    relay_issues = before_send(store, default_secret_store(), service.get(args.campaign).id)
    if not preflight_ok(store, args, ProfileService(store, default_secret_store()), relay_issues):
        return 2
    if resume and getattr(args, "resend_unknown", False):
        print(f"{service.release_unknown(args.campaign)} unknown deliveries will be sent again.")
    profiles = ProfileService(store, default_secret_store())
    options = None
    if args.connections or args.no_wait:
        profile = profiles.get(service.get(args.campaign).profile_id or 0)
        options = EngineOptions(
            connections=args.connections or profile.data.connections,
            per_connection=profile.data.per_connection,
            wait_for_deferred=not args.no_wait,
        )
    bar = ProgressBar()
    engine = build_engine(store, args.campaign, profiles, LimiterPool(),
                          options=options, on_stats=bar,
                          processes=choose_processes(args, service),
                          wrap_links=relay_links)  # fmt: skip

    async def main() -> SendStats:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
                loop.add_signal_handler(sig, engine.pause, "Interrupted from the terminal.")
        return await engine.run(resume=resume)

    try:
        stats = asyncio.run(main())
    finally:
        bar.close()
    record = service.get(engine.campaign_id)
    if args.json:
        _print_json(_summary(record))
    else:
        print(f"Campaign '{record.name}': {record.status}. " + ", ".join(
            f"{k} {v}" for k, v in record.counts.items() if v))  # fmt: skip
        if record.pause_reason:
            print(record.pause_reason)
    return 0 if stats.status in ("completed", "scheduled") else EXIT_PAUSED


def _campaigns_send(args: argparse.Namespace, store: Store) -> int:
    return _run(args, store, resume=False)


def _campaigns_resume(args: argparse.Namespace, store: Store) -> int:
    return _run(args, store, resume=True)


def _campaigns_pause(args: argparse.Namespace, store: Store) -> int:
    record = CampaignService(store).pause(args.campaign)
    print(f"Campaign '{record.name}' paused.")
    return 0


def _campaigns_cancel(args: argparse.Namespace, store: Store) -> int:
    record = CampaignService(store).cancel(args.campaign)
    print(f"Campaign '{record.name}' cancelled.")
    return 0


def _campaigns_status(args: argparse.Namespace, store: Store) -> int:
    recover(store)
    service = CampaignService(store)
    record = service.get(args.campaign)
    data = _summary(record)
    if args.unknown:
        data["unknown"] = service.deliveries(record.id, "unknown")
    if args.failures:
        data["failures"] = service.deliveries(record.id, "failed")
    if args.json:
        _print_json(data)
        return 0
    print(f"{record.name}: {record.status} ({record.total} recipients)")
    for state, n in record.counts.items():
        print(f"  {state:<9}{n}")
    if record.pause_reason:
        print(record.pause_reason)
    for row in data.get("unknown", []):
        print(f"  unknown: {row['email']}")
    for row in data.get("failures", []):
        print(f"  failed: {row['email']}: {row['smtp_code']} {row['smtp_reply']}")
        print(f"          {row['explanation']}")
    return 0


def _campaigns_list(args: argparse.Namespace, store: Store) -> int:
    recover(store)
    records = CampaignService(store).all()
    if args.json:
        _print_json([_summary(r) for r in records])
        return 0
    for r in records:
        print(f"{r.id}\t{r.name}\t{r.status}\t{r.counts.get('sent', 0)}/{r.total} sent")
    return 0


def _campaigns_send_due(args: argparse.Namespace, store: Store) -> int:
    recover(store)
    worst = 0
    for record in CampaignService(store).due():
        # Scheduled by someone who saw the warnings: only errors stop a cron send.
        ns = argparse.Namespace(campaign=str(record.id), connections=None, no_wait=True,
                                json=False, yes=True)  # fmt: skip
        worst = max(worst, _run(ns, store, resume=False))
    return worst
