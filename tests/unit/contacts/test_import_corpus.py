"""Every file of the shared contact-export corpus imports with the expected email column and
counts (public_expected.json), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from envoi.contacts.importing import importer
from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.errors import ImportFileError
from envoi.store.engine import Store
from envoi.store.models import Contact

CORPUS_DIR = "contacts-csv"


@pytest.fixture(autouse=True)
def _rejects_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reject reports go to the test's folder, not the machine's temp folder."""
    monkeypatch.setattr(importer, "REJECTS_DIR", str(tmp_path))


def _expected(corpus: Path) -> dict[str, Any]:
    data = json.loads((corpus / CORPUS_DIR / "public_expected.json").read_text())
    return dict(data["files"])


def _names(corpus: Path) -> list[str]:
    try:
        return sorted(_expected(corpus))
    except FileNotFoundError:
        return []


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "corpus_file" in metafunc.fixturenames:
        from tests.conftest import CORPUS

        names = _names(CORPUS) if (CORPUS / CORPUS_DIR).is_dir() else []
        metafunc.parametrize("corpus_file", names or ["(corpus missing)"])


def test_sniff_and_mapping_match_expected(corpus: Path, corpus_file: str) -> None:
    expected = _expected(corpus)[corpus_file]
    found = sniff(corpus / CORPUS_DIR / corpus_file)
    assert found.delimiter == expected["delimiter"]
    assert found.header_line == expected["header_line"]
    assert len(found.headers) == expected["columns"]
    assert found.encoding.startswith("utf-8")
    assert (found.encoding == "utf-8-sig") == expected["encoding"].endswith("BOM")
    mapping = suggest_mapping(found.headers, found.sample_rows)
    email_at = mapping.email_index
    assert email_at is not None
    assert found.headers[email_at] == expected["email_column"]
    for target, key in (("first_name", "first_name_column"), ("last_name", "last_name_column")):
        if expected[key]:
            assert found.headers[mapping.targets.index(target)] == expected[key]
    if expected["full_name_column"] and not expected["first_name_column"]:
        assert found.headers[mapping.targets.index("full_name")] == expected["full_name_column"]
    assert not any("password" in h.lower() and t != "ignore"
                   for h, t in zip(found.headers, mapping.targets, strict=True))  # fmt: skip


def test_import_counts_match_expected(store: Store, corpus: Path, corpus_file: str) -> None:
    expected = _expected(corpus)[corpus_file]
    path = corpus / CORPUS_DIR / corpus_file
    found = sniff(path)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    options = ImportOptions(mapping, list_name="corpus")
    if expected["rows_with_nonempty_email"] == 0:
        with pytest.raises(ImportFileError, match="no addresses"):
            run_import(store, path, options)
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Contact)).scalar() == 0
        return
    report = run_import(store, path, options)
    try:
        assert report.rows_read == expected["data_rows"]
        assert report.added == expected["distinct_valid_emails_case_insensitive"]
        assert report.rejected == expected["data_rows"] - expected["rows_with_valid_looking_email"]
        assert {r.value for r in report.rejects} == set(expected["invalid_nonempty_emails"])
        with store.engine.connect() as conn:
            count = conn.execute(select(func.count()).select_from(Contact)).scalar()
        assert count == report.added
        # Importing the same file again adds nobody; those the file marks as unsubscribed
        # (beehiiv "inactive") now count as suppressed.
        again = run_import(store, path, options)
        assert again.added == 0
        assert again.duplicates_in_db + again.suppressed == report.added
        again.discard_rejects()
    finally:
        report.discard_rejects()


def test_corpus_values_land_in_the_right_fields(store: Store, corpus: Path) -> None:
    path = corpus / CORPUS_DIR / "mailpoet.csv"
    found = sniff(path)
    run_import(store, path, ImportOptions(suggest_mapping(found.headers, found.sample_rows)))
    with store.engine.connect() as conn:
        row = conn.execute(
            select(Contact.first_name, Contact.last_name).where(
                Contact.email_key == "bbb@example.com"
            )
        ).one()
        null_first = conn.execute(
            select(Contact.first_name).where(Contact.email_key == "hhh@example.com")
        ).scalar()
    assert tuple(row) == ("Renée", "Björk")  # trailing space trimmed
    assert null_first == ""  # the literal string "Null" is no name
