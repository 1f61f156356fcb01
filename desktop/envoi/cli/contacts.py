"""`envoi contacts ...`: every contact action of the window, headless."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from typing import Any

from envoi.cli.common import print_json
from envoi.contacts.query import ContactQueries, ContactQuery
from envoi.contacts.records import Consent, ContactChanges, ContactRecord
from envoi.contacts.service import ContactService
from envoi.errors import InvalidInputError, NotFoundError
from envoi.store.engine import Store
from envoi.store.kinds import ContactStatus


def _fields(pairs: list[str] | None) -> dict[str, str]:
    result: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInputError(f"“{pair}” is not NAME=VALUE.", "Write --field city=Lyon.")
        result[name.strip()] = value
    return result


def _record_json(record: ContactRecord) -> dict[str, Any]:
    data = asdict(record)
    data["fields"] = dict(record.fields)
    return data


def _print_record(record: ContactRecord) -> None:
    print(f"{record.email}  ({record.status})")
    name = f"{record.first_name} {record.last_name}".strip()
    if name:
        print(f"  name:    {name}")
    if record.lists:
        print(f"  lists:   {', '.join(record.lists)}")
    if record.tags:
        print(f"  tags:    {', '.join(record.tags)}")
    for key, value in sorted(record.fields.items()):
        print(f"  {key}: {value}")
    if record.consent.source or record.consent.method:
        print(f"  consent: {record.consent.source} {record.consent.method} {record.consent.at}")


def _ids(service: ContactService, emails: list[str]) -> list[int]:
    return [service.require(e).id for e in emails]


def _add(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    record = service.add(
        args.email,
        first_name=args.first or "",
        last_name=args.last or "",
        fields=_fields(args.field),
        tags=args.tag or (),
        lists=args.list or (),
        consent=Consent(args.consent_source or "", args.consent_method or ""),
    )
    if args.json:
        print_json(_record_json(record))
    else:
        print(f"added {record.email}")
    return 0


def _show(args: argparse.Namespace, store: Store) -> int:
    record = ContactService(store).require(args.email)
    if args.json:
        print_json(_record_json(record))
    else:
        _print_record(record)
    return 0


def _list(args: argparse.Namespace, store: Store) -> int:
    query = ContactQuery(search=args.search or "", status=args.status, sort=args.sort)
    service = ContactService(store)
    if args.list:
        match = [x for x in service.lists() if x.name == args.list]
        if not match:
            raise NotFoundError(f"There is no list named “{args.list}”.")
        query = replace(query, list_id=match[0].id)
    if args.tag:
        tags = [t for t in service.tags() if t.name == args.tag.strip().lower()]
        if not tags:
            raise NotFoundError(f"There is no tag named “{args.tag}”.")
        query = replace(query, tag_id=tags[0].id)
    from envoi.segments.service import SegmentService

    segments = SegmentService(store)
    if args.segment:
        query = replace(query, segment_id=segments.get(args.segment).id)
    queries = ContactQueries(store, segments.saved_where)
    total = queries.count(query)
    rows = queries.page(query, args.offset, args.limit)
    if args.json:
        print_json({"total": total, "contacts": [asdict(r) for r in rows]})
        return 0
    for row in rows:
        name = f"{row.first_name} {row.last_name}".strip()
        print(f"{row.email}\t{name}\t{row.status}")
    print(f"{len(rows)} shown of {total}")
    return 0


def _edit(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    record = service.require(args.email)
    consent = None
    if args.consent_source is not None or args.consent_method is not None:
        consent = Consent(
            args.consent_source if args.consent_source is not None else record.consent.source,
            args.consent_method if args.consent_method is not None else record.consent.method,
            record.consent.at,
        )
    changes = ContactChanges(
        email=args.new_email,
        first_name=args.first,
        last_name=args.last,
        status=args.status,
        fields=_fields(args.field) if args.field else None,
        consent=consent,
    )
    updated = service.update(record.id, changes)
    print(f"updated {updated.email}")
    return 0


def _delete(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    removed = service.delete(_ids(service, args.emails))
    print(f"deleted {removed} contact(s)")
    return 0


def _status(status: str) -> Any:
    def handler(args: argparse.Namespace, store: Store) -> int:
        service = ContactService(store)
        for email in args.emails:
            service.set_status_by_email(email, status, source="command line")
        print(f"{len(args.emails)} address(es) {status} and suppressed")
        return 0

    return handler


def _tag(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    ids = _ids(service, args.emails)
    for name in args.tag:
        if args.remove:
            service.untag(ids, name)
        else:
            service.tag(ids, name)
    return 0


def _lists(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    ids = _ids(service, args.emails)
    if args.action == "add":
        service.add_to_list(ids, args.list)
    elif args.action == "remove":
        service.remove_from_list(ids, args.list)
    else:
        if not args.to:
            raise InvalidInputError("Moving needs a destination.", "Add --to LIST.")
        service.move_to_list(ids, args.list, args.to)
    return 0


def _erase(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    record = service.require(args.email)
    service.erase(record.id)
    print(f"erased {args.email}; a hash stays on the suppression list")
    return 0


def _export_data(args: argparse.Namespace, store: Store) -> int:
    service = ContactService(store)
    record = service.require(args.email)
    if args.output:
        service.export_contact_file(record.id, args.output)
        print(f"wrote {args.output}")
    else:
        print_json(service.export_contact_json(record.id))
    return 0


def register(sub: Any) -> None:
    contacts = sub.add_parser("contacts", help="add, edit, tag, import and export contacts")
    actions = contacts.add_subparsers(dest="action", metavar="ACTION")

    add = actions.add_parser("add", help="add one contact")
    add.add_argument("email")
    add.add_argument("--first", help="first name")
    add.add_argument("--last", help="last name")
    add.add_argument("--field", action="append", metavar="NAME=VALUE", help="custom field")
    add.add_argument("--tag", action="append")
    add.add_argument("--list", action="append")
    add.add_argument("--consent-source", help="where consent was given (e.g. 'shop counter')")
    add.add_argument("--consent-method", help="how (e.g. 'double opt-in')")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    show = actions.add_parser("show", help="one contact's details")
    show.add_argument("email")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    lst = actions.add_parser("list", help="list contacts")
    lst.add_argument("--search")
    lst.add_argument("--status", choices=[s.value for s in ContactStatus])
    lst.add_argument("--list")
    lst.add_argument("--tag")
    lst.add_argument("--segment")
    lst.add_argument(
        "--sort",
        default="email",
        choices=["email", "first_name", "last_name", "status", "created_at"],
    )
    lst.add_argument("--offset", type=int, default=0)
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    edit = actions.add_parser("edit", help="change a contact")
    edit.add_argument("email")
    edit.add_argument("--email", dest="new_email", metavar="NEW_EMAIL")
    edit.add_argument("--first")
    edit.add_argument("--last")
    edit.add_argument("--status", choices=["unsubscribed", "bounced", "complained"])
    edit.add_argument("--field", action="append", metavar="NAME=VALUE")
    edit.add_argument("--consent-source")
    edit.add_argument("--consent-method")
    edit.set_defaults(handler=_edit)

    delete = actions.add_parser("delete", help="delete contacts (suppression entries stay)")
    delete.add_argument("emails", nargs="+")
    delete.set_defaults(handler=_delete)

    for status in ("unsubscribe", "bounced", "complained"):
        value = {"unsubscribe": "unsubscribed"}.get(status, status)
        p = actions.add_parser(status, help=f"mark as {value} (suppressed for good)")
        p.add_argument("emails", nargs="+")
        p.set_defaults(handler=_status(value))

    tag = actions.add_parser("tag", help="tag (or --remove a tag from) contacts")
    tag.add_argument("emails", nargs="+")
    tag.add_argument("--tag", action="append", required=True)
    tag.add_argument("--remove", action="store_true")
    tag.set_defaults(handler=_tag)

    lists = actions.add_parser("lists", help="add to, remove from or move between lists")
    lists.add_argument("action", choices=["add", "remove", "move"])
    lists.add_argument("emails", nargs="+")
    lists.add_argument("--list", required=True, help="the list (the source when moving)")
    lists.add_argument("--to", help="destination list when moving")
    lists.set_defaults(handler=_lists)

    erase = actions.add_parser("erase", help="erase a person's data (GDPR); keeps a hash")
    erase.add_argument("email")
    erase.set_defaults(handler=_erase)

    data = actions.add_parser("export-data", help="one person's data as JSON (GDPR access)")
    data.add_argument("email")
    data.add_argument("-o", "--output")
    data.set_defaults(handler=_export_data)

    try:
        from envoi.cli import imports as import_commands
    except ImportError:  # the importer is optional while it is being built
        return
    import_commands.register(actions)
