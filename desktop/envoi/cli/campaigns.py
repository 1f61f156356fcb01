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
from envoi.relay.client.connection import TrackingChoice, load_connection, set_tracking
from envoi.relay.client.send import before_send
from envoi.sending.campaigns import CampaignData, CampaignRecord, CampaignService
from envoi.sending.engine import EngineOptions, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import PRESETS, ProfileData, ProfileService, run_test
from envoi.sending.recovery import recover
from envoi.sending.retry import retry_failed
from envoi.sending.runner import build_engine
from envoi.sending.secrets import MemorySecretStore, default_secret_store
from envoi.store.engine import Store
from envoi.templates.identity import load_identity

EXIT_PAUSED = 3
EXIT_FAILED = 4  # the run got to the end, most deliveries refused


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
    add.add_argument("name", help="a short name for the profile")
    add.add_argument("--preset", choices=sorted(PRESETS), help="start from a provider's values")
    _profile_options(add)
    add.set_defaults(handler=_profiles_add)

    edit = actions.add_parser("edit", help="change an SMTP profile (only the options given)")
    edit.add_argument("name", help="the profile to change")
    edit.add_argument("--name", dest="new_name", help="rename the profile")
    _profile_options(edit)
    edit.set_defaults(handler=_profiles_edit)

    remove = actions.add_parser("delete", help="delete an SMTP profile and its password")
    remove.add_argument("name", help="the profile to delete")
    remove.add_argument("--yes", action="store_true",
                        help="delete even if draft or paused campaigns use it")  # fmt: skip
    remove.set_defaults(handler=_profiles_delete)

    test = actions.add_parser("test", help="connect, start TLS and log in (recorded)")
    test.add_argument("name", help="the profile to test")
    test.set_defaults(handler=_profiles_test)

    lst = actions.add_parser("list", help="list the profiles")
    lst.add_argument("--json", action="store_true", help="print as JSON")
    lst.set_defaults(handler=_profiles_list)


def _profile_options(parser: argparse.ArgumentParser) -> None:
    """The options `profiles add` and `profiles edit` share (edit: None keeps the value)."""
    parser.add_argument("--host", help="the SMTP server's name")
    parser.add_argument("--port", type=int, help="587 (STARTTLS) or 465 (TLS) usually")
    parser.add_argument("--security", choices=["starttls", "tls", "none"])
    parser.add_argument("--username", help="the login (empty: none)")
    parser.add_argument("--password-prompt", action="store_true", help="ask for the password")
    parser.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    parser.add_argument("--helo", help="the name given in HELO (default: this computer's)")
    parser.add_argument("--ca-file", help="extra CA certificate to trust (PEM)")
    for flag, kind in (("--per-second", float), ("--per-minute", int), ("--per-hour", int),
                       ("--per-day", int)):  # fmt: skip
        parser.add_argument(flag, type=kind, help=f"most messages {flag[2:].replace('-', ' ')}")
    parser.add_argument("--connections", type=int, help="connections at once")
    parser.add_argument("--per-connection", type=int, help="messages per connection")
    parser.add_argument(
        "--max-bounce-percent",
        type=float,
        help="pause a send when bounces exceed this share (default 5)",
    )
    parser.add_argument(
        "--max-complaint-percent",
        type=float,
        help="pause a send when spam complaints exceed this share (default 0.1)",
    )
    parser.add_argument(
        "--rates-min-sent", type=int, help="check those shares once this many were sent (200)"
    )


def _profile_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The profile fields the options set."""
    changes: dict[str, Any] = {}
    for field in ("host", "port", "security", "per_second", "per_minute", "per_hour",
                  "per_day", "connections", "per_connection", "username", "ca_file",
                  "rates_min_sent"):  # fmt: skip
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if args.helo is not None:
        changes["helo_name"] = args.helo
    if args.max_bounce_percent is not None:
        changes["max_bounce_rate"] = args.max_bounce_percent / 100
    if args.max_complaint_percent is not None:
        changes["max_complaint_rate"] = args.max_complaint_percent / 100
    return changes


def _password(args: argparse.Namespace, data: ProfileData) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if args.password_prompt:
        return getpass.getpass(f"Password for {data.username or data.name}: ")
    return None


def _profiles_add(args: argparse.Namespace, store: Store) -> int:
    base = PRESETS[args.preset] if args.preset else ProfileData(args.name, args.host or "")
    data = replace(base, name=args.name, **_profile_changes(args))
    password = _password(args, data)
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


def _profiles_edit(args: argparse.Namespace, store: Store) -> int:
    service = ProfileService(store, default_secret_store())
    record = service.get(args.name)
    changes = _profile_changes(args)
    if args.new_name:
        changes["name"] = args.new_name
    data = replace(record.data, **changes)
    password = _password(args, data)
    if not changes and password is None:
        print("Nothing to change: give the options to set (see --help).", file=sys.stderr)
        return 2
    updated = service.update(record.id, data, password)
    print(f"Profile '{updated.data.name}' changed.")
    if record.tested_at is not None and updated.tested_at is None:
        print(f"The server or login changed: test it with `envoi profiles test "
              f"{updated.data.name}`.")  # fmt: skip
    return 0


def _profiles_delete(args: argparse.Namespace, store: Store) -> int:
    service = ProfileService(store, default_secret_store())
    users = service.users(args.name)
    if users and not args.yes:
        names = ", ".join(f"'{n}' ({st})" for n, st in users)
        print(f"Not deleted: the campaigns {names} use this profile and would be left "
              "without one. Confirm with --yes.", file=sys.stderr)  # fmt: skip
        return 2
    service.delete(args.name)
    print(f"Profile '{args.name}' deleted.")
    return 0


def _profiles_test(args: argparse.Namespace, store: Store) -> int:
    """A passed test is recorded (`ProfileService.test`): preflight stops asking for one."""
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
    create.add_argument("name", help="the campaign's name")
    create.add_argument(
        "--from", dest="from_email", help="the From address (default: Settings > Sender's)"
    )
    create.add_argument("--from-name", help="the From name (default: the sender's)")
    create.add_argument("--reply-to", help="the Reply-To address (default: the sender's)")
    create.add_argument("--subject", default="", help="(the template's subject otherwise)")
    body = create.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", help="text body with {{ first_name }}-style merge fields")
    body.add_argument("--body-file", type=Path)
    body.add_argument("--template", help="a template of the library (`envoi templates list`)")
    create.add_argument("--list", dest="lists", action="append", default=[],
                        help="a list to send to (repeat for more)")  # fmt: skip
    create.add_argument("--segment", dest="segments", action="append", default=[],
                        help="a segment to send to (repeat for more)")  # fmt: skip
    create.add_argument("--profile", required=True, help="the SMTP profile to send through")
    create.add_argument("--at", help="schedule: YYYY-MM-DD HH:MM")
    create.add_argument("--tz", default="", help="time zone of --at (default: local)")
    create.add_argument("--retry-hours", type=float, default=48.0,
                        help="retry deferred deliveries this long (default 48)")  # fmt: skip
    create.add_argument(
        "--track-clicks",
        action="store_true",
        help="count clicks through the relay (links rewritten per recipient)",
    )
    create.add_argument(
        "--track-opens", action="store_true", help="count opens through the relay (a 1x1 image)"
    )
    create.add_argument(
        "--track-anonymously",
        action="store_true",
        help="with --track-*: counts only, no per-contact rows",
    )
    create.add_argument("--json", action="store_true", help="print the campaign as JSON")
    create.set_defaults(handler=_campaigns_create)

    for name, help_text, handler in (
        ("send", "send a campaign now, with a progress bar", _campaigns_send),
        ("resume", "resume a paused campaign", _campaigns_resume),
    ):
        p = actions.add_parser(name, help=help_text)
        p.add_argument("campaign", help="the campaign's name or id")
        p.add_argument("--connections", type=int, help="connections at once (default: profile's)")
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
        p.add_argument("campaign", help="the campaign's name or id")
        p.set_defaults(handler=handler)

    retry = actions.add_parser("retry-failed", help="queue the failed deliveries again")
    retry.add_argument("campaign", help="the campaign's name or id")
    retry.add_argument("--include-hard", action="store_true",
                       help="also addresses the server said do not exist (their suppression "
                       "by this send is lifted)")  # fmt: skip
    retry.set_defaults(handler=_campaigns_retry_failed)

    status = actions.add_parser("status", help="delivery counts by state")
    status.add_argument("campaign", help="the campaign's name or id")
    status.add_argument("--json", action="store_true", help="print as JSON")
    status.add_argument("--unknown", action="store_true", help="list unknown deliveries")
    status.add_argument("--failures", action="store_true",
                        help="list failed deliveries with the reply explained")  # fmt: skip
    status.set_defaults(handler=_campaigns_status)

    lst = actions.add_parser("list", help="list campaigns")
    lst.add_argument("--json", action="store_true", help="print as JSON")
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
    identity = load_identity(store)  # what --from, --from-name and --reply-to default to
    from_email = args.from_email or identity.from_email
    if not from_email:
        raise InvalidInputError(
            "The campaign needs a From address.",
            "Give --from, or set the sender's (Settings > Sender in the window).",
        )
    from_name = identity.from_name if args.from_name is None else args.from_name
    reply_to = identity.reply_to if args.reply_to is None else args.reply_to
    body = args.body or ""
    if args.body_file is not None:
        body = args.body_file.read_text(encoding="utf-8")
    if args.template:
        from envoi.templates.library import TemplateService

        TemplateService(store).get(args.template)  # a clear error now rather than at send
    elif not args.subject:
        raise InvalidInputError("The campaign needs a subject.", "Give --subject.")
    data = CampaignData(
        args.name, from_email, args.subject, body, from_name=from_name,
        reply_to=reply_to, profile_id=profile.id, lists=args.lists,
        segments=args.segments, scheduled_at=_schedule(args.at, args.tz), timezone=args.tz,
        template=args.template or "",
        retry_hours=args.retry_hours,
    )  # fmt: skip
    record = CampaignService(store).create(data)
    if args.track_clicks or args.track_opens:
        choice = TrackingChoice(args.track_clicks, args.track_opens, args.track_anonymously)
        set_tracking(store, record.id, choice)
        if load_connection(store) is None:
            print(
                "warning: clicks and opens are counted through Envoi Relay; connect one "
                "(`envoi relay connect URL --token-stdin`) before sending.",
                file=sys.stderr,
            )
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
    if stats.status == "failed":
        return EXIT_FAILED
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


RETRY_RULE = (
    "Never queued again: addresses on the suppression list (unsubscribed, complained, "
    "bounced back). Addresses the server said do not exist only with --include-hard."
)


def _campaigns_retry_failed(args: argparse.Namespace, store: Store) -> int:
    result = retry_failed(store, args.campaign, include_hard=args.include_hard)
    name = CampaignService(store).get(args.campaign).name
    print(f"{result.queued} failed deliveries queued again.")
    if result.kept_suppressed:
        print(f"{result.kept_suppressed} kept: on the suppression list.")
    if result.kept_hard:
        print(f"{result.kept_hard} kept: the server said the address does not exist "
              "(--include-hard queues them too).")  # fmt: skip
    print(RETRY_RULE)
    if result.queued:
        print(f"Send them with `envoi campaigns resume {name}`.")
    return 0 if result.queued else 1


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
