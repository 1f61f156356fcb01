"""`envoi contacts import FILE` and `envoi contacts export OUT.csv`, headless."""

from __future__ import annotations

import argparse
from typing import Any

from envoi.cli.terminal import ProgressBar
from envoi.contacts.export import export_csv, list_clause
from envoi.contacts.importing.column_mapping import (
    CUSTOM,
    IGNORE,
    TARGETS,
    ColumnMapping,
    mapping_from_names,
    suggest_mapping,
)
from envoi.contacts.importing.importer import ImportOptions, ImportReport, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.errors import InvalidInputError
from envoi.events import Throttle
from envoi.store.engine import Store


def _apply_overrides(mapping: ColumnMapping, headers: tuple[str, ...], pairs: list[str]) -> Any:
    wanted: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.rpartition("=")
        target = target.strip().lower()
        if not sep or not column.strip():
            raise InvalidInputError(
                f"“{pair}” is not COLUMN=TARGET.", "Write --map 'E-mail=email'."
            )
        if target not in (*TARGETS, IGNORE) and not target.startswith(CUSTOM):
            choices = ", ".join((*TARGETS, IGNORE, "custom:NAME"))
            raise InvalidInputError(f"“{target}” is not a target.", f"Use one of: {choices}.")
        wanted[column] = target
    try:
        found = mapping_from_names(headers, wanted)
    except KeyError as exc:
        raise InvalidInputError(
            f"The file has no column called “{exc.args[0]}”.",
            "Its columns are: " + ", ".join(headers) + ".",
        ) from None
    for index, target in found.items():
        mapping = mapping.with_target(index, target)
    return mapping


def _print_summary(report: ImportReport) -> None:
    state = "cancelled, nothing was written" if report.cancelled else "done"
    print(f"Import of {report.file_name}: {state}")
    print(f"  rows read:                {report.rows_read:,}")
    print(f"  added:                    {report.added:,}")
    print(f"  updated:                  {report.updated:,}")
    skipped = report.duplicates_in_file + report.duplicates_in_db
    print(
        f"  skipped as duplicate:     {skipped:,} "
        f"({report.duplicates_in_file:,} in the file, {report.duplicates_in_db:,} already contacts)"
    )
    print(f"  rejected:                 {report.rejected:,}")
    print(f"  suppressed (not added):   {report.suppressed:,}")
    for reject in report.rejects[:10]:
        print(f"    line {reject.line}: {reject.value!r}: {reject.reason}")
    if report.rejected > 10:
        print(f"    ... and {report.rejected - 10:,} more (save them all with --rejects FILE.csv)")


def _import(args: argparse.Namespace, store: Store) -> int:
    from envoi.cli.common import print_json

    found = sniff(args.file)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    if args.map:
        mapping = _apply_overrides(mapping, found.headers, args.map)
    options = ImportOptions(
        mapping,
        list_name=args.list,
        policy="update" if args.update else "skip",
        consent_source=args.consent_source or "",
    )
    bar = ProgressBar()
    try:
        report = run_import(store, args.file, options, on_progress=Throttle(bar), sniffed=found)
    finally:
        bar.close()
    if args.rejects:
        report.save_rejects(args.rejects)
    report.discard_rejects()
    if args.json:
        data = report.as_dict()
        data["rejects_file"] = args.rejects
        data["mapping"] = dict(zip(found.headers, mapping.targets, strict=True))
        print_json(data)
    else:
        _print_summary(report)
        if args.rejects:
            print(f"  all rejected rows saved to {args.rejects}")
    return 1 if report.cancelled else 0


def _export(args: argparse.Namespace, store: Store) -> int:
    from envoi.cli.common import print_json

    selection = list_clause(store, args.list) if args.list else None
    count = export_csv(store, args.out, selection)
    if args.json:
        print_json({"file": args.out, "contacts": count})
    else:
        print(f"exported {count:,} contacts to {args.out}")
    return 0


def register(actions: Any) -> None:
    """Add `import` and `export` to the `contacts` sub-parser ``actions``."""
    imp = actions.add_parser(
        "import",
        help="import contacts from a CSV or Excel (.xlsx) file",
        description="Import contacts. Columns are recognised by name (Mailchimp, Google, "
        "Outlook, Brevo, HubSpot, Shopify, listmonk exports...); fix a guess with --map. "
        "Nothing is written unless the whole import finishes.",
    )
    imp.add_argument("file", help="the .csv or .xlsx file")
    imp.add_argument("--list", metavar="NAME", help="also put the contacts in this list")
    imp.add_argument(
        "--update",
        action="store_true",
        help="fill in names and fields of contacts that already exist (default: skip them); "
        "an unsubscribed, bounced or complained contact is never re-subscribed",
    )
    imp.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=TARGET",
        help="set what a column holds (by header or 1-based number): "
        "email, first_name, last_name, full_name, tags, status, attributes, ignore, custom:NAME",
    )
    imp.add_argument("--consent-source", metavar="TEXT", help="default: 'import: FILE'")
    imp.add_argument("--rejects", metavar="OUT.csv", help="save every rejected row to this file")
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")
    imp.set_defaults(handler=_import)

    exp = actions.add_parser("export", help="export contacts to a CSV file")
    exp.add_argument("out", help="the .csv file to write")
    exp.add_argument("--list", metavar="NAME", help="only the members of this list")
    exp.add_argument("--json", action="store_true", help="print the count as JSON")
    exp.set_defaults(handler=_export)
