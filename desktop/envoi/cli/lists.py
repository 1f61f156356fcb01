"""`envoi lists ...`, `envoi tags`, `envoi fields ...` and `envoi suppression ...`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from envoi.cli.common import print_json
from envoi.contacts.service import ContactService
from envoi.contacts.suppression import SuppressionService
from envoi.store.engine import Store


def _lists(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    if args.action == "create":
        service.create_list(args.name, args.description or "")
        print(f"created list {args.name}")
    elif args.action == "delete":
        service.delete_list(args.name)
        print(f"deleted list {args.name} (its contacts stay)")
    else:
        items = service.lists()
        if args.json:
            print_json([asdict(i) for i in items])
        for item in [] if args.json else items:
            print(f"{item.name}\t{item.member_count}")
    return 0


def _tags(args: argparse.Namespace, store: Store) -> int:
    items = ContactService(store).tags()
    if args.json:
        print_json([asdict(i) for i in items])
    else:
        for item in items:
            print(f"{item.name}\t{item.contact_count}")
    return 0


def _fields(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    if args.action == "add":
        info = service.define_field(args.label, args.type)
        print(f"field {info.name} ({info.type})")
    else:
        for info in service.fields():
            print(f"{info.name}\t{info.type}\t{info.label}")
    return 0


def _suppression(args: argparse.Namespace, store: Store) -> int:
    service = SuppressionService(store)
    if args.action == "add":
        for value in args.values:
            if "@" in value.lstrip("@"):
                service.add_address(value, source="command line")
            else:
                service.add_domain(value, source="command line")
        print(f"suppressed {len(args.values)} entr{'y' if len(args.values) == 1 else 'ies'}")
    elif args.action == "remove":
        for value in args.values:
            service.remove(int(value))
    elif args.action == "check":
        for value in args.values:
            reason = service.check(value)
            print(f"{value}\t{reason or 'not suppressed'}")
    else:
        entries = service.entries(0, args.limit)
        if args.json:
            print_json([asdict(e) for e in entries])
        else:
            for e in entries:
                print(f"{e.id}\t{e.kind}\t{e.value}\t{e.reason}\t{e.created_at}")
            print(f"{len(entries)} shown of {service.count()}")
    return 0


def register(sub: Any) -> None:
    lists = sub.add_parser("lists", help="contact lists")
    lists.add_argument("action", choices=["list", "create", "delete"], nargs="?", default="list")
    lists.add_argument("name", nargs="?")
    lists.add_argument("--description")
    lists.add_argument("--json", action="store_true")
    lists.set_defaults(handler=_lists)

    tags = sub.add_parser("tags", help="tags and how many contacts carry each")
    tags.add_argument("--json", action="store_true")
    tags.set_defaults(handler=_tags)

    fields = sub.add_parser("fields", help="custom contact fields")
    fields.add_argument("action", choices=["list", "add"], nargs="?", default="list")
    fields.add_argument("label", nargs="?")
    fields.add_argument("--type", default="text", choices=["text", "number", "date", "boolean"])
    fields.set_defaults(handler=_fields)

    supp = sub.add_parser("suppression", help="the global suppression list")
    supp.add_argument(
        "action", choices=["list", "add", "remove", "check"], nargs="?", default="list"
    )
    supp.add_argument("values", nargs="*", help="addresses or domains (ids for remove)")
    supp.add_argument("--limit", type=int, default=100)
    supp.add_argument("--json", action="store_true")
    supp.set_defaults(handler=_suppression)
