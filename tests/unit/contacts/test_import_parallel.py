"""A big file is read by a second process: the same contacts, counts and rejects as the
in-process path, and cancel and errors still roll the whole import back."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from envoi.contacts.importing import importer
from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, ImportReport, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.errors import ImportFileError
from envoi.events import CancelToken, Progress
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ContactTag, CustomField, ListMember, Tag


@pytest.fixture(autouse=True)
def _rejects_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "REJECTS_DIR", str(tmp_path))


HEADER = ["Email", "First Name", "Last Name", "Signup Date", "Orders", "VIP", "Tags", "Status"]


def _rows(count: int) -> list[list[str]]:
    rows = [HEADER]
    for i in range(count):
        email = f"p{i}@Example.COM"
        if i % 17 == 3:
            email = "not-an-address"
        elif i % 13 == 5:
            email = f"P{i - 1}@example.com"  # a repeat of the row before, typed differently
        elif i % 29 == 7:
            email = f"Person {i} <q{i}@example.com>"
        orders = "many" if i % 31 == 11 else str(i % 50)
        signup = "" if i % 7 == 0 else f"2024-0{1 + i % 9}-1{i % 10}"
        status = "unsubscribed" if i % 41 == 9 else ""
        tags = "vip, news" if i % 5 == 0 else ""
        rows.append([email, f"F{i % 3}", "", signup, orders, "yes" if i % 2 else "no", tags,
                     status])  # fmt: skip
    return rows


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _import(store: Store, path: Path, **kw: Any) -> ImportReport:
    found = sniff(path)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    cancel = kw.pop("cancel", None)
    on_progress = kw.pop("on_progress", None)
    return run_import(store, path, ImportOptions(mapping, **kw), on_progress, cancel)


def _snapshot(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        contacts = sorted(
            (r.email_key, r.email, r.first_name, r.last_name, r.status, r.fields)
            for r in conn.execute(
                select(Contact.email_key, Contact.email, Contact.first_name, Contact.last_name,
                       Contact.status, Contact.fields)
            )
        )  # fmt: skip
        tags = sorted(
            conn.execute(
                select(Contact.email_key, Tag.name)
                .join(ContactTag, ContactTag.contact_id == Contact.id)
                .join(Tag, Tag.id == ContactTag.tag_id)
            ).all()
        )
        members = conn.execute(select(func.count()).select_from(ListMember)).scalar_one()
        fields = sorted(conn.execute(select(CustomField.name, CustomField.type)).all())
    return {"contacts": contacts, "tags": tags, "members": members, "fields": fields}


def _report(report: ImportReport) -> dict[str, Any]:
    found = report.as_dict()
    for key in ("seconds", "rejects_file"):
        found.pop(key)
    found["rejects_csv"] = Path(report.rejects_path or "").read_text(encoding="utf-8-sig")
    return found


def _clear(store: Store) -> None:
    with store.engine.begin() as conn:
        for model in (ContactTag, ListMember, Tag, ContactList, Contact, CustomField):
            conn.execute(model.__table__.delete())  # type: ignore[attr-defined]
        conn.exec_driver_sql("DELETE FROM suppressions")


@pytest.mark.parametrize("policy", ["skip", "update"])
def test_reader_process_gives_what_the_single_process_gives(
    store: Store, tmp_path: Path, policy: str
) -> None:
    path = _csv(tmp_path / "mixed.csv", _rows(700))
    again = _csv(tmp_path / "again.csv", _rows(900))  # 700 known, 200 new
    results = []
    for parallel in (False, True):
        _clear(store)
        first = _import(store, path, list_name="L", batch_size=50, parallel=parallel)
        second = _import(store, again, list_name="L", batch_size=64, parallel=parallel,
                         policy=policy)  # fmt: skip
        results.append((_report(first), _report(second), _snapshot(store)))
    single, multi = results
    assert multi == single
    first, second, snapshot = multi
    assert first["rejected"] > 0 and first["skipped_duplicates_in_file"] > 0
    assert first["suppressed"] == 0 and first["added"] > 600
    if policy == "update":
        assert second["updated"] > 0
    else:
        assert second["skipped_duplicates_in_database"] > 0
    assert snapshot["tags"] and snapshot["members"] > first["added"]


def test_cancel_stops_the_reader_process_and_rolls_back(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path / "big.csv", _rows(3000))
    token = CancelToken()
    seen: list[Progress] = []

    def progress(event: Progress) -> None:
        seen.append(event)
        if len(seen) == 2:
            token.cancel()

    report = _import(store, path, list_name="L", batch_size=100, parallel=True,
                     cancel=token, on_progress=progress)  # fmt: skip
    assert report.cancelled and report.added == 0
    for model in (Contact, ContactList, Tag, ContactTag, CustomField):
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(model)).scalar_one() == 0
    assert seen[0].total == path.stat().st_size and 0 < seen[0].done <= seen[0].total


def test_a_fatal_file_error_in_the_reader_process_reaches_the_caller(
    store: Store, tmp_path: Path
) -> None:
    text = "email,name\n" + "".join(f"c{i}@example.com,C\n" for i in range(500))
    path = tmp_path / "quote.csv"
    path.write_text(text + 'b@example.com,"Bob\n' + "d@example.com,D\n")
    with pytest.raises(ImportFileError, match="line 502 is never closed"):
        _import(store, path, batch_size=100, parallel=True)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Contact)).scalar_one() == 0


def test_rejects_keep_their_lines_and_order(sqlite_store: Store, tmp_path: Path) -> None:
    rows = [["email"]] + [["bad" if i % 3 == 0 else f"a{i}@example.com"] for i in range(300)]
    path = _csv(tmp_path / "bad.csv", rows)
    report = _import(sqlite_store, path, batch_size=20, parallel=True, keep_rejects=5)
    assert report.rejected == 100 and report.added == 200
    assert [r.line for r in report.rejects] == [2, 5, 8, 11, 14]
    lines = Path(report.rejects_path or "").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 101 and lines[-1].startswith("299,bad,")


def test_the_file_is_read_here_when_no_process_can_start(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from envoi.contacts.importing import import_stream

    monkeypatch.setattr(import_stream.sys, "executable", str(tmp_path / "no-such-python"))
    path = _csv(tmp_path / "some.csv", _rows(200))
    report = _import(sqlite_store, path, batch_size=30, parallel=True)
    assert report.added > 150 and report.rejected > 0


@pytest.mark.parametrize("mask", [7, (1 << 26) - 1])
def test_into_an_empty_table_only_possible_repeats_are_looked_up(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mask: int
) -> None:
    """A tiny bitmap flags nearly every address as possibly seen (all looked up), the real
    one almost none: the counts are the same, and exact."""
    from envoi.contacts.importing import import_stream

    monkeypatch.setattr(import_stream, "_SEEN_MASK", mask)
    rows = [["email"]] + [[f"a{i}@example.com"] for i in range(400)]
    rows += [[f"A{i}@EXAMPLE.com"] for i in range(0, 400, 7)]  # 58 repeats, batches later
    path = _csv(tmp_path / "repeats.csv", rows)
    report = _import(sqlite_store, path, batch_size=25, parallel=False)
    assert (report.added, report.duplicates_in_file) == (400, 58)
    again = _import(sqlite_store, path, batch_size=25, parallel=False)  # not empty now
    assert (again.added, again.duplicates_in_db, again.duplicates_in_file) == (0, 400, 58)


@pytest.mark.parametrize("source", ["", "from O'Brien's 'list'", "odd\x00source"])
def test_consent_and_stamps_are_stored_as_given(store: Store, tmp_path: Path, source: str) -> None:
    if "\x00" in source and store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL text cannot hold NUL (SQLite's case takes bound parameters)")
    path = _csv(tmp_path / "it's.csv", [["email", "tags"], ["a@example.com", ""],
                                         ["b@example.com", "x"]])  # fmt: skip
    report = _import(store, path, consent_source=source, parallel=False)
    assert report.added == 2
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(Contact.consent_source, Contact.consent_method, Contact.consent_at,
                   Contact.created_at, Contact.updated_at)
        ).all()  # fmt: skip
    expected = source or "import: it's.csv"
    for consent, method, at, created, updated in rows:
        assert (consent, method) == (expected, "import")
        assert at == created == updated and at is not None


def test_index_rebuild_leaves_the_connection_settings_as_they_were(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from envoi.contacts.importing import import_writer

    def settings() -> tuple[int, int]:
        with sqlite_store.engine.connect() as conn:
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
            return int(cache), int(conn.exec_driver_sql("PRAGMA threads").scalar_one())

    before = settings()
    monkeypatch.setattr(import_writer, "BULK_ROWS", 1)
    path = _csv(tmp_path / "bulk.csv", _rows(300))
    assert _import(sqlite_store, path, batch_size=40).added > 200
    assert settings() == before
