"""`envoi relay init|serve` (on the relay's server) and `envoi relay connect|status|sync|
public-lists|disconnect` (in Envoi)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from envoi.cli.common import print_json
from envoi.errors import EnvoiError, InvalidInputError
from envoi.store.engine import Store


class RelayNotInstalled(EnvoiError):
    """The relay's web framework (the `relay` extra) is not installed."""


def register(sub: Any) -> None:
    relay = sub.add_parser("relay", help="Envoi Relay: one-click unsubscribe, clicks, opens")
    actions = relay.add_subparsers(dest="action", metavar="ACTION")

    init = actions.add_parser("init", help="(on the relay's server) create its secret files")
    init.add_argument("--dir", help="folder for the secrets (default: ENVOI_RELAY_DIR or data)")
    init.add_argument("--force", action="store_true", help="replace existing secrets")
    init.add_argument("--print-token", action="store_true", help="print the API token only")
    init.set_defaults(standalone=cmd_init)

    serve = actions.add_parser("serve", help="(on the relay's server) run the relay")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8025)
    serve.add_argument("--db", dest="relay_db", metavar="URL",
                       help="the relay's database (default: relay.sqlite3 in --dir)")  # fmt: skip
    serve.add_argument("--public-url", default="", help="https address recipients see")
    serve.add_argument("--dir", help="the folder of `envoi relay init`")
    serve.add_argument("--retention-days", type=float, default=30.0,
                       help="keep acknowledged events this long (default 30)")  # fmt: skip
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="proxies trusted for X-Forwarded-For (Caddy here)")  # fmt: skip
    serve.add_argument("--no-access-log", action="store_true")
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM)")
    serve.add_argument("--tls-key", help="... and this key (else put Caddy in front)")
    serve.add_argument("--smtp-url", default="",
                       help="for sign-up mail: smtp://user:pass@host:587")  # fmt: skip
    serve.add_argument("--smtp-from", default="", help="their From address")
    serve.set_defaults(standalone=cmd_serve)

    connect = actions.add_parser("connect", help="connect Envoi to a relay")
    connect.add_argument("url", help="the relay's address, e.g. https://relay.example.com")
    connect.add_argument("--token-stdin", action="store_true", required=True,
                         help="read the API token from standard input")  # fmt: skip
    connect.set_defaults(handler=cmd_connect)

    status = actions.add_parser("status", help="the relay Envoi uses, and whether it answers")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_status)

    sync = actions.add_parser("sync", help="pull unsubscribes, clicks and opens from the relay")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=cmd_sync)

    lists = actions.add_parser("public-lists", help="lists shown on the preference page")
    lists.add_argument("names", nargs="*", help="list names (none: show the current ones)")
    lists.add_argument("--none", action="store_true", help="show no list on the page")
    lists.set_defaults(handler=cmd_public_lists)

    track = actions.add_parser("track", help="what a campaign measures: clicks, opens")
    track.add_argument("campaign", help="campaign name or id")
    track.add_argument("--clicks", action="store_true", help="rewrite links per recipient")
    track.add_argument("--opens", action="store_true", help="add an open pixel")
    track.add_argument("--anonymous", action="store_true", help="counts only, no per-contact rows")
    track.add_argument("--off", action="store_true", help="measure nothing (the default)")
    track.set_defaults(handler=cmd_track)

    disconnect = actions.add_parser("disconnect", help="forget the relay and its token")
    disconnect.set_defaults(handler=cmd_disconnect)


def _service(store: Store) -> Any:
    from envoi.relay.client.connection import RelayService
    from envoi.sending.secrets import default_secret_store

    return RelayService(store, default_secret_store())


def cmd_init(args: argparse.Namespace) -> int:
    from envoi.relay.server.config import init_secrets, relay_dir

    folder = relay_dir(args.dir)
    made = init_secrets(folder, force=args.force)
    if args.print_token:
        print(made.api_token)
        return 0
    print(f"Relay secrets written to {folder} (mode 0600).")
    print(f"Give Envoi the token in {folder / 'api-token'}:")
    print(f"  envoi relay connect https://YOUR-RELAY --token-stdin < {folder / 'api-token'}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise RelayNotInstalled(
            "The relay's web server is not installed.",
            "Install it with `pip install envoi[relay]`.",
            str(exc),
        ) from None
    from envoi.relay.server.config import relay_dir
    from envoi.relay.server.run import serve

    serve(
        relay_dir(args.dir),
        host=args.host,
        port=args.port,
        db_url=args.relay_db or "",
        public_url=args.public_url,
        retention_days=args.retention_days,
        forwarded_allow_ips=args.forwarded_allow_ips,
        access_log=not args.no_access_log,
        tls=(args.tls_cert, args.tls_key) if args.tls_cert and args.tls_key else None,
        smtp_url=args.smtp_url,
        smtp_from=args.smtp_from,
    )
    return 0


def cmd_connect(args: argparse.Namespace, store: Store) -> int:
    token = sys.stdin.readline().strip()
    if not token:
        raise InvalidInputError("No token on standard input.",
                                "Pipe the relay's api-token file into the command.")  # fmt: skip
    made = _service(store).connect(args.url, token)
    print(f"Connected to the relay at {made.url}; recipients' links start with {made.public_url}.")
    return 0


def cmd_status(args: argparse.Namespace, store: Store) -> int:
    from envoi.relay.client.api import RelayRefused, RelayUnreachable

    service = _service(store)
    connection = service.connection()
    if connection is None:
        if args.json:
            print_json({"connected": False})
        else:
            print("Not connected to a relay (`envoi relay connect URL --token-stdin`).")
        return 1
    report: dict[str, Any] = {"connected": True, **connection.to_json()}
    report["token_here"] = bool(service.token())
    try:
        health = service.api().health()
        report.update(reachable=True, pending_events=health.get("pending_events"),
                      webhooks=health.get("webhooks", {}))  # fmt: skip
    except (RelayUnreachable, RelayRefused, EnvoiError) as exc:
        report.update(reachable=False, error=exc.user_message)
    if args.json:
        print_json(report)
    else:
        print(f"relay:          {connection.url}")
        print(f"public links:   {connection.public_url}")
        print(f"last sync:      {connection.last_sync or 'never'}")
        if report["reachable"]:
            print(f"reachable:      yes, {report['pending_events']} events waiting")
            for provider, url in sorted(report["webhooks"].items()):
                print(f"webhook {provider + ':':<8}{url}")
        else:
            print(f"reachable:      no ({report['error']})")
    return 0 if report["reachable"] else 3


def cmd_sync(args: argparse.Namespace, store: Store) -> int:
    from envoi.relay.client.sync import sync

    result = sync(store, _service(store))
    if args.json:
        print_json(result.to_json())
    else:
        print(f"{result.pulled} events pulled ({result.new} new): "
              f"{result.unsubscribed} unsubscribes, {result.preferences} preference changes, "
              f"{result.clicks} clicks, {result.opens} opens.")  # fmt: skip
    return 0


def cmd_public_lists(args: argparse.Namespace, store: Store) -> int:
    from envoi.contacts.service import ContactService

    service = _service(store)
    if args.none or args.names:
        known = {info.name for info in ContactService(store).lists()}
        missing = [n for n in args.names if n not in known]
        if missing:
            raise InvalidInputError(f"There is no list named “{missing[0]}”.")
        service.set_public_lists([] if args.none else list(args.names))
    for name in service.public_lists():
        print(name)
    return 0


def cmd_track(args: argparse.Namespace, store: Store) -> int:
    from envoi.relay.client.connection import TrackingChoice, set_tracking, tracking_of
    from envoi.sending.campaigns import CampaignService

    campaign = CampaignService(store).get(args.campaign)
    if args.off or args.clicks or args.opens or args.anonymous:
        set_tracking(store, campaign.id, TrackingChoice(args.clicks, args.opens, args.anonymous))
    choice = tracking_of(store, campaign.id)
    measured = [name for name in ("clicks", "opens") if getattr(choice, name)]
    print(f"{campaign.name}: " + (" and ".join(measured) if measured else "nothing measured")
          + (" (anonymous: counts only)" if choice.anonymous and measured else ""))  # fmt: skip
    return 0


def cmd_disconnect(args: argparse.Namespace, store: Store) -> int:
    _service(store).disconnect()
    print("Envoi no longer uses a relay.")
    return 0
