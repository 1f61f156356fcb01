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


def _actions(parser: argparse.ArgumentParser, handler: Any) -> Any:
    """Sub-commands like every other area's; without one, the area lists (the old form)."""
    parser.set_defaults(handler=handler, json=False)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.default = "list"
    return actions


def register(sub: Any) -> None:
    lists = sub.add_parser("lists", help="contact lists")
    lists.add_argument("--json", action="store_true", help="print as JSON (no action: list)")
    actions = _actions(lists, _lists)
    show = actions.add_parser("list", help="the lists and how many contacts each holds")
    show.add_argument("--json", action="store_true", help="print as JSON")
    create = actions.add_parser("create", help="create a list")
    create.add_argument("name", help="the list's name")
    create.add_argument("--description", help="what the list is for")
    delete = actions.add_parser("delete", help="delete a list (its contacts stay)")
    delete.add_argument("name", help="the list's name")

    tags = sub.add_parser("tags", help="tags and how many contacts carry each")
    tags.add_argument("--json", action="store_true", help="print as JSON")
    tags.set_defaults(handler=_tags)

    fields = sub.add_parser("fields", help="custom contact fields")
    actions = _actions(fields, _fields)
    actions.add_parser("list", help="the custom fields and their types")
    add = actions.add_parser("add", help="define a custom field")
    add.add_argument("label", help="the field's label (its name is derived from it)")
    add.add_argument("--type", default="text", choices=["text", "number", "date", "boolean"],
                     help="the field's type (default text)")  # fmt: skip

    supp = sub.add_parser("suppression", help="the global suppression list")
    supp.add_argument("--limit", type=int, default=100, help="(no action) show at most this many")
    supp.add_argument("--json", action="store_true", help="(no action) print as JSON")
    actions = _actions(supp, _suppression)
    show = actions.add_parser("list", help="the entries, newest first")
    show.add_argument("--limit", type=int, default=100, help="show at most this many")
    show.add_argument("--json", action="store_true", help="print as JSON")
    for name, help_text, values in (
        ("add", "never mail these addresses or domains", "addresses or domains"),
        ("remove", "take entries off the list", "entry ids (see `suppression list`)"),
        ("check", "say whether each address is suppressed, and why", "addresses"),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("values", nargs="+", help=values)
