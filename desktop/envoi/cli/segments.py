"""`envoi segments ...`: saved segments and their counts, headless.

envoi segments create "French VIPs" --rule 'country equals France' --rule 'tag has VIP'
envoi segments create "Lapsed" --any --rule 'created_at not_within_last_days 365' ...
envoi segments create "From file" --json-file rules.json
envoi segments count "French VIPs" [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from envoi.cli.common import print_json
from envoi.errors import ConflictError, InvalidInputError, NotFoundError
from envoi.segments.rules import Group, from_json, parse_condition, to_json
from envoi.segments.service import SegmentInfo, SegmentService
from envoi.store.engine import Store


def _info_json(info: SegmentInfo, count: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": info.id,
        "name": info.name,
        "description": info.description,
        "rules": to_json(info.rules),
        "created_at": info.created_at,
        "updated_at": info.updated_at,
    }
    if count is not None:
        data["count"] = count
    return data


def _rules_from_args(args: argparse.Namespace, service: SegmentService) -> Group:
    types = service.field_types()
    if args.json_file:
        if args.rule:
            raise InvalidInputError("Give the rules with --rule or with --json-file, not both.")
        path = Path(args.json_file)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInputError(
                f"The rules file “{path}” cannot be read.",
                'It should hold JSON such as {"match": "all", "children": [...]}.',
                str(exc),
            ) from exc
        return from_json(data, types)
    conditions = tuple(parse_condition(text, types) for text in args.rule or [])
    return Group("any" if args.any else "all", conditions)


def _list(args: argparse.Namespace, store: Store) -> int:
    segments = SegmentService(store).list()
    if args.json:
        print_json([_info_json(info) for info in segments])
        return 0
    for info in segments:
        print(f"{info.name}: {info.description}")
    if not segments:
        print("no segments yet")
    return 0


def _create(args: argparse.Namespace, store: Store) -> int:
    service = SegmentService(store)
    group = _rules_from_args(args, service)
    if not args.replace:
        try:
            service.get(args.name)
        except NotFoundError:
            pass  # the name is free
        else:
            raise ConflictError(
                f"A segment named “{args.name}” already exists.",
                "Add --replace to change its rules, or choose another name.",
            )
    info = service.save(args.name, group)
    count = service.count(info.rules)
    if args.json:
        print_json(_info_json(info, count))
    else:
        print(f"saved {info.name}: {info.description} ({count} contacts)")
    return 0


def _show(args: argparse.Namespace, store: Store) -> int:
    service = SegmentService(store)
    info = service.get(args.name)
    count = service.count(info.rules)
    if args.json:
        print_json(_info_json(info, count))
    else:
        print(info.name)
        print(f"  rules:    {info.description}")
        print(f"  contacts: {count}")
        print(f"  json:     {json.dumps(to_json(info.rules), ensure_ascii=False)}")
    return 0


def _count(args: argparse.Namespace, store: Store) -> int:
    service = SegmentService(store)
    info = service.get(args.name)
    started = time.perf_counter()
    count = service.count(info.rules)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if args.json:
        print_json({"name": info.name, "count": count, "elapsed_ms": round(elapsed_ms, 1)})
    else:
        print(count)
    return 0


def _delete(args: argparse.Namespace, store: Store) -> int:
    service = SegmentService(store)
    name = service.get(args.name).name
    service.delete(name)
    print(f"deleted {name}")
    return 0


def register(sub: Any) -> None:
    parser = sub.add_parser("segments", help="saved segments and their counts")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = actions.add_parser("list", help="the saved segments")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    create = actions.add_parser(
        "create",
        help="save a segment from rules",
        description="Each --rule is 'field operator value', e.g. 'country equals France', "
        "'tag has VIP', 'created_at within_last_days 30', 'orders gt 5', 'vip is_true'. "
        "Fields: email, domain, first_name, last_name, status, created_at, consent_source, "
        "consent_method, consent_at, tag, list, or a custom field's name.",
    )
    create.add_argument("name")
    create.add_argument("--rule", action="append", metavar="'FIELD OP VALUE'")
    create.add_argument("--any", action="store_true", help="match any rule (default: all)")
    create.add_argument("--json-file", metavar="FILE", help="the rule tree as JSON")
    create.add_argument("--replace", action="store_true", help="replace an existing segment")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=_create)

    show = actions.add_parser("show", help="a segment's rules and count")
    show.add_argument("name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    count = actions.add_parser("count", help="how many contacts a segment matches now")
    count.add_argument("name")
    count.add_argument("--json", action="store_true")
    count.set_defaults(handler=_count)

    delete = actions.add_parser("delete", help="delete a saved segment (not its contacts)")
    delete.add_argument("name")
    delete.set_defaults(handler=_delete)
