"""The import engine against real databases (SQLite and PostgreSQL): dedup, policies,
suppression that sticks, cancel and fatal errors that leave the database as it was."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from envoi.contacts.addresses import address_hash
from envoi.contacts.importing import importer
from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, ImportReport, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.errors import ImportFileError
from envoi.events import CancelToken, Progress
from envoi.store.engine import Store
from envoi.store.models import (
    Contact,
    ContactList,
    ContactTag,
    CustomField,
    ListMember,
    Suppression,
    Tag,
)


@pytest.fixture(autouse=True)
def _rejects_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reject reports go to the test's folder, not the machine's temp folder."""
    monkeypatch.setattr(importer, "REJECTS_DIR", str(tmp_path))


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _import(store: Store, path: Path, **kw: Any) -> ImportReport:
    found = sniff(path)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    on_progress = kw.pop("on_progress", None)
    cancel = kw.pop("cancel", None)
    report = run_import(store, path, ImportOptions(mapping, **kw), on_progress, cancel)
    return report


def _contacts(store: Store) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(Contact.email_key, Contact.email, Contact.first_name, Contact.last_name,
                   Contact.status, Contact.fields, Contact.consent_source)
        )  # fmt: skip
        return {
            r[0]: {"email": r[1], "first": r[2], "last": r[3], "status": r[4], "fields": r[5],
                   "consent": r[6]}
            for r in rows
        }  # fmt: skip


def _count(store: Store, model: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


HEADER = ["Email", "First Name", "Last Name", "Signup Date", "Orders", "VIP", "Tags"]


def test_typed_fields_tags_list_and_consent(store: Store, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "shop.csv",
        [
            HEADER,
            ["Ann@Example.COM", " Ann ", "Lee", "2024-03-31", "3", "yes", "vip, Newsletter"],
            ["bob@example.com", "Bob", "", "31/12/2023", "0", "no", ""],
        ],
    )
    report = _import(store, path, list_name="Customers")
    assert (report.added, report.rejected) == (2, 0)
    people = _contacts(store)
    ann = people["ann@example.com"]
    assert ann["email"] == "Ann@example.com"  # as given, domain lower-cased
    assert (ann["first"], ann["last"], ann["status"]) == ("Ann", "Lee", "subscribed")
    assert ann["fields"] == {"signup_date": "2024-03-31", "orders": 3, "vip": True}
    assert people["bob@example.com"]["fields"]["signup_date"] == "2023-12-31"
    assert ann["consent"] == "import: shop.csv"
    with store.engine.connect() as conn:
        types = {n: t for n, t in conn.execute(select(CustomField.name, CustomField.type))}
        tags = sorted(conn.execute(select(Tag.name)).scalars())
        members = conn.execute(
            select(func.count()).select_from(ListMember).join(ContactList)
            .where(ContactList.name == "Customers")
        ).scalar()  # fmt: skip
    assert types == {"signup_date": "date", "orders": "number", "vip": "boolean"}
    assert tags == ["newsletter", "vip"]
    assert _count(store, ContactTag) == 2
    assert members == 2


def test_duplicates_within_file_across_batches(store: Store, tmp_path: Path) -> None:
    rows = [["email", "name"]] + [[f"p{i}@example.com", f"P {i}"] for i in range(30)]
    rows += [["P3@EXAMPLE.com", "again"], ["p29@example.com", "same batch"], ["p3@example.com", ""]]
    path = _csv(tmp_path / "dups.csv", rows)
    found = sniff(path)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    report = run_import(store, path, ImportOptions(mapping, batch_size=7))
    assert (report.rows_read, report.added, report.duplicates_in_file) == (33, 30, 3)
    assert _count(store, Contact) == 30
    assert _contacts(store)["p3@example.com"]["first"] == "P"  # the first one wins


def test_policy_skip_and_update(store: Store, tmp_path: Path) -> None:
    first = _csv(tmp_path / "a.csv", [HEADER, ["ann@example.com", "Ann", "", "", "1", "", ""]])
    _import(store, first)
    second = _csv(
        tmp_path / "b.csv",
        [HEADER, ["ANN@example.com", "Annie", "Lee", "2024-01-02", "", "", "x"],
         ["new@example.com", "New", "", "", "", "", ""]],
    )  # fmt: skip
    skipped = _import(store, second)
    assert (skipped.added, skipped.duplicates_in_db, skipped.updated) == (1, 1, 0)
    assert _contacts(store)["ann@example.com"]["first"] == "Ann"  # untouched
    updated = _import(store, second, policy="update")
    assert (updated.added, updated.updated, updated.duplicates_in_db) == (0, 2, 0)
    ann = _contacts(store)["ann@example.com"]
    assert (ann["first"], ann["last"]) == ("Annie", "Lee")
    assert ann["fields"] == {"orders": 1, "signup_date": "2024-01-02"}  # merged, not replaced


def test_import_never_resubscribes(store: Store, tmp_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            insert(Contact),
            [
                {"email": f"{s}@example.com", "email_key": f"{s}@example.com",
                 "domain": "example.com", "status": s, "fields": {}}
                for s in ("unsubscribed", "bounced", "complained")
            ],
        )  # fmt: skip
        conn.execute(
            insert(Suppression),
            [
                {"kind": "address", "value": "manual@example.com", "reason": "manual"},
                {"kind": "domain", "value": "blocked.example", "reason": "manual"},
                {"kind": "hash", "value": address_hash("erased@example.com"), "reason": "erased"},
            ],
        )
    rows = [["email", "first name", "status"]]
    rows += [[f"{s}@example.com", "Back", "subscribed"] for s in ("unsubscribed", "bounced")]
    rows += [["complained@example.com", "Back", ""], ["manual@example.com", "M", "active"],
             ["x@blocked.example", "D", ""], ["Erased@example.com", "E", ""],
             ["fine@example.com", "F", ""]]  # fmt: skip
    path = _csv(tmp_path / "comeback.csv", rows)
    for policy in ("skip", "update"):
        report = _import(store, path, policy=policy)
        assert report.suppressed == 6
        people = _contacts(store)
        for status in ("unsubscribed", "bounced", "complained"):
            assert people[f"{status}@example.com"]["status"] == status
            assert people[f"{status}@example.com"]["first"] == ""
        assert not {"manual@example.com", "x@blocked.example", "erased@example.com"} & set(people)
    assert set(_contacts(store)) == {
        "unsubscribed@example.com", "bounced@example.com", "complained@example.com",
        "fine@example.com",
    }  # fmt: skip


def test_status_column_only_ever_suppresses(store: Store, tmp_path: Path) -> None:
    _import(store, _csv(tmp_path / "a.csv", [["email"], ["ann@example.com"]]))
    rows = [
        ["email", "status"],
        ["ann@example.com", "unsubscribed"],
        ["bob@example.com", "cleaned"],
    ]
    report = _import(store, _csv(tmp_path / "b.csv", rows), policy="update")
    assert (report.added, report.updated) == (1, 1)
    people = _contacts(store)
    assert people["ann@example.com"]["status"] == "unsubscribed"
    assert people["bob@example.com"]["status"] == "bounced"
    with store.engine.connect() as conn:
        entries = {(v, r) for v, r in conn.execute(select(Suppression.value, Suppression.reason))}
    assert entries == {("ann@example.com", "unsubscribed"), ("bob@example.com", "bounced")}


def test_cancel_rolls_everything_back(store: Store, tmp_path: Path) -> None:
    rows = [["email", "tags"]] + [[f"p{i}@example.com", "t"] for i in range(40)]
    path = _csv(tmp_path / "big.csv", rows)
    found = sniff(path)
    token = CancelToken()
    seen: list[Progress] = []

    def progress(event: Progress) -> None:
        seen.append(event)
        if len(seen) == 2:
            token.cancel()

    options = ImportOptions(suggest_mapping(found.headers, found.sample_rows), list_name="L",
                            batch_size=10)  # fmt: skip
    report = run_import(store, path, options, progress, token)
    assert report.cancelled
    assert report.added == 0
    for model in (Contact, ContactList, Tag, ContactTag, CustomField):
        assert _count(store, model) == 0
    assert seen[0].total == path.stat().st_size and 0 < seen[0].done <= seen[0].total


def test_unclosed_quote_is_fatal_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    text = (
        "email,name\na@example.com,Ann\n"
        + 'b@example.com,"Bob\n'
        + "".join(f"c{i}@example.com,C\n" for i in range(20))
    )
    path = tmp_path / "quote.csv"
    path.write_text(text)
    with pytest.raises(ImportFileError, match="line 3 is never closed"):
        _import(store, path)
    big = tmp_path / "big-quote.csv"
    big.write_text(text + "".join(f"d{i}@example.com,D\n" for i in range(60000)))
    found = sniff(big)  # the sample does not reach the end: only the import can tell
    mapping = suggest_mapping(found.headers, found.sample_rows)
    with pytest.raises(ImportFileError, match="line 3 is never closed"):
        run_import(store, big, ImportOptions(mapping, batch_size=1000))
    assert _count(store, Contact) == 0


def test_truncated_csv_keeps_good_rows(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    path.write_text("email,first,last,city\na@example.com,A,B,Paris\nb@example.com,Bo")
    report = _import(store, path)
    assert (report.rows_read, report.added, report.rejected) == (2, 1, 1)
    assert report.rejects[0].line == 3
    assert "cut short" in report.rejects[0].reason
    # Where short rows are the file's habit, a short last row is just another one.
    path.write_text("email,first,last,city\na@example.com,A\nb@example.com,Bo")
    assert _import(store, path).rejected == 0


def test_stray_quote_rejects_only_its_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "stray.csv"
    path.write_text('email,name\na@example.com,"Ann" Lee\nb@example.com,Bob\n')
    report = _import(store, path)
    assert (report.added, report.rejected) == (1, 1)
    assert report.rejects[0].line == 2


def test_no_email_column(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path / "names.csv", [["First Name", "City"], ["Ann", "Paris"]])
    with pytest.raises(ImportFileError, match="No column looks like an email address"):
        _import(store, path)


def test_bad_typed_value_rejects_the_row(store: Store, tmp_path: Path) -> None:
    # The type is guessed from the first rows (the preview); a later misfit is reported.
    rows = [["email", "Signup Date"]] + [[f"p{i}@example.com", f"2024-01-{i + 1:02}"]
                                          for i in range(25)]  # fmt: skip
    rows.append(["late@example.com", "someday"])
    report = _import(store, _csv(tmp_path / "dates.csv", rows))
    assert (report.added, report.rejected) == (25, 1)
    assert report.rejects[0].value == "someday"
    assert "not a date" in report.rejects[0].reason


def test_ten_thousand_invalid_rows(store: Store, tmp_path: Path) -> None:
    rows = [["email", "name"]]
    rows += [[f"broken-{i}.example.com", "X"] if i % 100 else [f"ok{i}@example.com", "Y"]
             for i in range(10_100)]  # fmt: skip
    path = _csv(tmp_path / "junk.csv", rows)
    report = _import(store, path)
    assert report.rows_read == 10_100
    assert report.added == 101
    assert report.rejected == 9_999
    assert len(report.rejects) == 1000  # in memory: the first ones only
    saved = tmp_path / "rejects.csv"
    assert report.save_rejects(saved) == 9_999
    with open(saved, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["line", "value", "reason"]
    assert len(lines) == 10_000
    assert lines[1][:2] == ["3", "broken-1.example.com"]
    report.discard_rejects()
    assert report.rejects_path is not None and not Path(report.rejects_path).exists()


def test_full_name_and_listmonk_attributes(store: Store, tmp_path: Path) -> None:
    rows = [["email", "name", "attributes"],
            ["a@example.com", "Jean de la Fontaine", '{"age": 40, "city": "Paris", "vip": true}'],
            ["b@example.com", "Lovelace, Ada", ""]]  # fmt: skip
    report = _import(store, _csv(tmp_path / "lm.csv", rows))
    assert report.added == 2
    people = _contacts(store)
    assert (people["a@example.com"]["first"], people["a@example.com"]["last"]) == (
        "Jean", "de la Fontaine",
    )  # fmt: skip
    assert (people["b@example.com"]["first"], people["b@example.com"]["last"]) == (
        "Ada",
        "Lovelace",
    )
    assert people["a@example.com"]["fields"] == {"age": 40, "city": "Paris", "vip": True}
    with store.engine.connect() as conn:
        types = {n: t for n, t in conn.execute(select(CustomField.name, CustomField.type))}
    assert types == {"age": "number", "city": "text", "vip": "boolean"}


def test_empty_cells_are_left_out_of_fields(store: Store, tmp_path: Path) -> None:
    rows = [["email", "City", "Orders", "VIP"], ["a@example.com", "Paris", "2", "yes"],
            ["b@example.com", "", "N/A", ""], ["c@example.com", "Lyon", "", "no"]]  # fmt: skip
    report = _import(store, _csv(tmp_path / "gaps.csv", rows))
    assert report.added == 3
    people = _contacts(store)
    assert people["a@example.com"]["fields"] == {"city": "Paris", "orders": 2, "vip": True}
    assert people["b@example.com"]["fields"] == {}
    assert people["c@example.com"]["fields"] == {"city": "Lyon", "vip": False}


def test_display_name_form_of_an_address(store: Store, tmp_path: Path) -> None:
    rows = [["E-mail Address", "First Name"], ["Ada Lovelace <Ada@Example.com>", "Ada"],
            ["<not an address>", "X"]]  # fmt: skip
    report = _import(store, _csv(tmp_path / "outlook.csv", rows))
    assert (report.added, report.rejected) == (1, 1)
    assert _contacts(store)["ada@example.com"]["email"] == "Ada@example.com"


def test_repeats_of_existing_contacts_across_batches(store: Store, tmp_path: Path) -> None:
    rows = [["email", "name"]] + [[f"p{i}@example.com", f"P{i}"] for i in range(12)]
    path = _csv(tmp_path / "base.csv", rows)
    _import(store, path)
    again = _csv(
        tmp_path / "again.csv", [*rows, ["P1@example.com", "Later"], ["p2@example.com", ""]]
    )
    found = sniff(again)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    for policy in ("skip", "update"):
        report = run_import(store, again, ImportOptions(mapping, policy=policy, batch_size=5))
        assert report.duplicates_in_file == 2
        assert report.duplicates_in_db + report.updated == 12
    assert _contacts(store)["p1@example.com"]["first"] == "P1"  # the first row wins


def test_bulk_path_keeps_the_indexes(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import into SQLite rebuilds the secondary indexes at the end; a cancelled one
    leaves them as they were."""
    from sqlalchemy import inspect

    from envoi.contacts.importing import import_writer

    def index_names() -> set[str]:
        return {ix["name"] or "" for ix in inspect(sqlite_store.engine).get_indexes("contacts")}

    before = index_names()
    assert "ix_contacts_domain" in before
    monkeypatch.setattr(import_writer, "BULK_ROWS", 1)
    rows = [["email", "first name", "last name"]]
    rows += [[f"p{i}@example.com", "A", "B"] for i in range(30)]
    path = _csv(tmp_path / "bulk.csv", rows)
    token = CancelToken()
    token.cancel()
    found = sniff(path)
    options = ImportOptions(suggest_mapping(found.headers, found.sample_rows), batch_size=10)
    assert run_import(sqlite_store, path, options, cancel=token).cancelled
    assert index_names() == before
    assert run_import(sqlite_store, path, options).added == 30
    assert index_names() == before
