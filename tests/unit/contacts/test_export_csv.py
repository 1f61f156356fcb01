"""CSV export: every contact or a selection, streaming, and a file the importer reads back."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from envoi.cli.imports import register
from envoi.contacts.export import export_csv, list_clause
from envoi.contacts.importing import importer
from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.errors import EnvoiError
from envoi.store.engine import Store
from envoi.store.models import Contact


@pytest.fixture(autouse=True)
def _rejects_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reject reports go to the test's folder, not the machine's temp folder."""
    monkeypatch.setattr(importer, "REJECTS_DIR", str(tmp_path))


def _seed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Email", "First Name", "Last Name", "Orders", "Joined", "Tags"])
        out.writerow(["zoe@example.fr", "Zoé", "=HYPERLINK(1)", "3", "2024-03-31", "vip"])
        out.writerow(["ann@example.com", "Ann", "Lee", "0", "2023-01-02", ""])
        out.writerow(["bob@example.com", "Bob", "", "", "", "a; b"])
    found = sniff(path)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    run_import(store, path, ImportOptions(mapping, list_name="Friends")).discard_rejects()


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_all_and_reimport(store: Store, tmp_path: Path) -> None:
    _seed(store, tmp_path)
    out = tmp_path / "out.csv"
    assert export_csv(store, out) == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for accents
    rows = {r["email"]: r for r in _read(out)}
    assert rows["zoe@example.fr"]["first_name"] == "Zoé"
    assert rows["zoe@example.fr"]["last_name"] == "'=HYPERLINK(1)"  # not run as a formula
    assert rows["zoe@example.fr"]["orders"] == "3"
    assert rows["zoe@example.fr"]["joined"] == "2024-03-31"
    assert rows["zoe@example.fr"]["tags"] == "vip"
    assert rows["bob@example.com"]["tags"] == "a, b"
    assert rows["ann@example.com"]["status"] == "subscribed"
    # The export is a file the importer reads back with the same columns.
    found = sniff(out)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    assert mapping.targets[:5] == ("email", "first_name", "last_name", "status", "tags")
    assert mapping.targets[found.headers.index("orders")] == "custom:orders"


def test_export_selection(store: Store, tmp_path: Path) -> None:
    _seed(store, tmp_path)
    with store.engine.connect() as conn:
        ann = conn.execute(
            select(Contact.id).where(Contact.email_key == "ann@example.com")
        ).scalar()
    assert ann is not None
    out = tmp_path / "one.csv"
    assert export_csv(store, out, [ann]) == 1
    assert [r["email"] for r in _read(out)] == ["ann@example.com"]
    assert export_csv(store, out, Contact.domain == "example.com") == 2
    assert export_csv(store, out, list_clause(store, "Friends")) == 3


def _cli(store: Store, argv: list[str]) -> int:
    """The `contacts import/export` commands as the CLI wires them, on the test's store."""
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="action"))
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args, store))
    except EnvoiError as exc:
        print(f"error: {exc.user_message}")
        return 2


def test_cli_import_and_export(store: Store, tmp_path: Path, capsys: Any) -> None:
    src = tmp_path / "in.csv"
    src.write_text("E-mail,Name\nann@example.com,Ann Lee\nnope,Nobody\nann@example.com,Again\n")
    rejects = tmp_path / "rejects.csv"
    argv = ["import", str(src), "--list", "L", "--json", "--rejects", str(rejects)]
    assert _cli(store, argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["rows_read"], data["added"], data["rejected"]) == (3, 1, 1)
    assert data["skipped_duplicates_in_file"] == 1
    assert data["mapping"] == {"E-mail": "email", "Name": "full_name"}
    assert "nope" in rejects.read_text(encoding="utf-8-sig")
    assert _cli(store, ["export", str(tmp_path / "o.csv"), "--list", "L"]) == 0
    assert "exported 1 contacts" in capsys.readouterr().out
    assert _cli(store, ["import", str(src), "--map", "Name=ignore"]) == 0
    assert "skipped as duplicate:     2" in capsys.readouterr().out
    assert _cli(store, ["export", str(tmp_path / "o.csv"), "--list", "X"]) == 2
    assert "no list called" in capsys.readouterr().out
    assert _cli(store, ["import", str(src), "--map", "Nope=email"]) == 2
    assert "no column called" in capsys.readouterr().out
