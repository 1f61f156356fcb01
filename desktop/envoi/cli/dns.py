"""`envoi dns check DOMAIN ...`, `envoi dns keygen DOMAIN ...`, `envoi dns last DOMAIN`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal

from envoi.cli.common import print_json
from envoi.dnscheck.dkim_keys import (
    FileDkimKeyStore,
    generate_key,
    key_type,
    load_private_key,
    public_record,
)
from envoi.dnscheck.resolver import DnsPythonResolver
from envoi.dnscheck.results import GROUPS, CheckRequest, SmtpTarget
from envoi.dnscheck.runner import (
    CheckReport,
    check_and_save,
    last_report,
    resolver_settings,
    save_nameserver,
    saved_nameserver,
)
from envoi.errors import InvalidInputError, NotFoundError
from envoi.store.engine import Store

_MARKS = {"pass": "ok  ", "warn": "WARN", "fail": "FAIL", "error": "?   "}


def register(sub: Any) -> None:
    dns = sub.add_parser("dns", help="check that a sending domain is ready (SPF, DKIM, DMARC...)")
    actions = dns.add_subparsers(dest="action", metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="run every sender check on a domain",
        epilog="Exit status: 0 all checked and nothing failed, 1 something failed, "
        "3 nothing failed but some checks could not run.",
    )
    check.add_argument("domain", help="the From domain, e.g. example.com")
    check.add_argument("--selector", help="the DKIM selector (else common ones are tried)")
    check.add_argument(
        "--smtp-host", metavar="H[:PORT]", help="the SMTP server Envoi sends through"
    )
    check.add_argument("--profile", help="take the SMTP server from this sending profile")
    check.add_argument("--nameserver", metavar="IP[:PORT]", help="ask this DNS server")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.add_argument("--timeout", type=float, default=3.0, help="seconds per DNS/SMTP query")
    check.add_argument("--mail-from-domain", help="the Return-Path domain (default: DOMAIN)")
    check.add_argument("--dkim-domain", help="the DKIM d= domain (default: DOMAIN)")
    check.add_argument("--reply-to-domain", help="the Reply-To domain, if different")
    check.add_argument("--provider", help="SMTP provider preset for the suggested SPF record")
    check.add_argument("--dkim-key", type=Path, help="private key file to match (default: Envoi's)")
    check.add_argument("--smtp-ca-file", help="extra CA certificates to trust for the SMTP check")
    check.add_argument("--ip-blocklists", help="comma-separated DNSBL zones for addresses")
    check.add_argument("--domain-blocklists", help="comma-separated DNSBL zones for the domain")
    check.set_defaults(handler=cmd_check)
    keygen = actions.add_parser("keygen", help="create a DKIM key pair and show its DNS record")
    keygen.add_argument("domain")
    keygen.add_argument("--selector", required=True)
    keygen.add_argument("--type", choices=("rsa", "ed25519"), default="rsa", dest="key_type")
    keygen.add_argument("--json", action="store_true")
    keygen.set_defaults(handler=cmd_keygen)
    resolver = actions.add_parser("resolver", help="show or choose the DNS server checks ask")
    choice = resolver.add_mutually_exclusive_group()
    choice.add_argument("--set", metavar="IP[:PORT]", help="ask this server from now on")
    choice.add_argument("--system", action="store_true", help="use the system's resolver")
    resolver.set_defaults(handler=cmd_resolver)
    last = actions.add_parser("last", help="show the last saved check of a domain")
    last.add_argument("domain")
    last.add_argument("--json", action="store_true")
    last.set_defaults(handler=cmd_last)


def _zones(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else tuple(z.strip() for z in text.split(",") if z.strip())


def smtp_from_profile(store: Store, name: str) -> SmtpTarget:
    """The server of a sending profile (host, port, TLS mode, extra CA)."""
    from envoi.sending.profiles import ProfileService
    from envoi.sending.secrets import MemorySecretStore

    # Reading a profile never touches its password: an empty secret store is enough.
    data = ProfileService(store, MemorySecretStore()).get(name).data
    tls: Literal["starttls", "implicit"] = "implicit" if data.security == "tls" else "starttls"
    return SmtpTarget(data.host.lower(), data.port, tls, data.ca_file or None)


def request_from_args(args: argparse.Namespace, store: Store | None = None) -> CheckRequest:
    domain = args.domain.strip().rstrip(".").lower()
    if not domain or "." not in domain or "@" in domain:
        raise InvalidInputError(
            f"'{args.domain}' is not a domain.", "Give a domain like example.com."
        )
    smtp = SmtpTarget.parse(args.smtp_host, args.smtp_ca_file) if args.smtp_host else None
    if args.profile and store is not None:
        if smtp is not None:
            raise InvalidInputError("Give --smtp-host or --profile, not both.", "")
        smtp = smtp_from_profile(store, args.profile)
    signing = (args.dkim_domain or domain).lower()
    key: bytes | None = None
    if args.dkim_key is not None:
        try:
            key = args.dkim_key.read_bytes()
        except OSError as exc:
            raise InvalidInputError("The DKIM key file cannot be read.", "", str(exc)) from exc
    elif args.selector:
        key = FileDkimKeyStore().load(signing, args.selector)
    return CheckRequest(
        domain=domain,
        selector=args.selector,
        smtp=smtp,
        mail_from_domain=args.mail_from_domain,
        dkim_domain=args.dkim_domain,
        reply_to_domain=args.reply_to_domain,
        provider=args.provider,
        ip_blocklists=_zones(args.ip_blocklists),
        domain_blocklists=_zones(args.domain_blocklists),
        dkim_private_key=key,
    )


def print_report(report: CheckReport) -> None:
    print(f"Sender check of {report.domain} ({report.checked_at:%Y-%m-%d %H:%M} UTC)")
    for group in GROUPS:
        rows = [c for c in report.checks if c.group == group]
        if not rows:
            continue
        print(f"\n{group.upper()}")
        for c in rows:
            print(f"  {_MARKS[c.status]} {c.message}")
            if c.fix and c.status != "pass":
                print(f"       fix: {c.fix}")
            if c.record and c.status != "pass":
                print(f"       record: {c.record}")
    counts = report.counts()
    print(
        f"\n{counts['pass']} pass, {counts['warn']} warn, {counts['fail']} fail, "
        f"{counts['error']} could not check"
    )


def cmd_check(args: argparse.Namespace, store: Store) -> int:
    request = request_from_args(args, store)
    resolver = DnsPythonResolver(resolver_settings(store, args.nameserver, args.timeout))
    report = check_and_save(store, request, resolver, timeout=args.timeout)
    if args.json:
        print_json(report.as_json())
    else:
        print_report(report)
    counts = report.counts()
    return 1 if counts["fail"] else 3 if counts["error"] else 0


def cmd_keygen(args: argparse.Namespace, store: Store) -> int:
    """A second run for the same selector shows the key's record again (the record was
    lost, a script runs twice) rather than replacing a key that may already sign."""
    keys = FileDkimKeyStore()
    key = keys.load(args.domain, args.selector)
    if key is None:
        key = generate_key(args.key_type)
        path = keys.save(args.domain, args.selector, key)
    else:
        path = keys.path(args.domain, args.selector)
        if key_type(load_private_key(key)) != args.key_type:
            raise InvalidInputError(
                f"A {key_type(load_private_key(key))} key for selector '{args.selector}' of "
                f"{args.domain} already exists.",
                "Choose a new selector for the new key: a second key under the same "
                "selector would break the signatures already sent.",
            )
        print(f"The key of selector '{args.selector}' already exists: its record follows.",
              file=sys.stderr)  # fmt: skip
    name = f"{args.selector.lower()}._domainkey.{args.domain.lower().rstrip('.')}"
    record = public_record(key)
    if args.json:
        print_json({"name": name, "type": "TXT", "record": record, "private_key": str(path)})
    else:
        print(f"Private key kept in {path} (readable by you only).")
        print(f"Publish this TXT record at {name}:\n{record}")
    return 0


def cmd_last(args: argparse.Namespace, store: Store) -> int:
    report = last_report(store, args.domain)
    if report is None:
        raise NotFoundError(
            f"{args.domain} has not been checked yet.", f"Run: envoi dns check {args.domain}"
        )
    if args.json:
        print_json({**report.as_json(), "checked_at": report.checked_at.isoformat()})
    else:
        print_report(report)
    return 0


def cmd_resolver(args: argparse.Namespace, store: Store) -> int:
    if args.set or args.system:
        save_nameserver(store, None if args.system else args.set)
    current = saved_nameserver(store)
    print(f"DNS server for checks: {current or 'the system resolver'}")
    return 0
