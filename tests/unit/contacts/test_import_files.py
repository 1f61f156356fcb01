"""Reading the files people have: encodings, delimiters, header rows, Excel, bad files."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from envoi.contacts.importing import importer
from envoi.contacts.importing.column_mapping import suggest_mapping
from envoi.contacts.importing.importer import ImportOptions, run_import
from envoi.contacts.importing.sniffing import sniff
from envoi.errors import ImportFileError
from envoi.store.engine import Store


@pytest.fixture(autouse=True)
def _rejects_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reject reports go to the test's folder, not the machine's temp folder."""
    monkeypatch.setattr(importer, "REJECTS_DIR", str(tmp_path))


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_bom_semicolon_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(
        b"\xef\xbb\xbfE-mail;Pr\xc3\xa9nom;Nom\r\nzoe@example.fr;Zo\xc3\xa9;Durand\r\n"
    )
    found = sniff(path)
    assert (found.encoding, found.delimiter, found.header_line) == ("utf-8-sig", ";", 1)
    assert found.headers == ("E-mail", "Prénom", "Nom")
    assert suggest_mapping(found.headers).targets == ("email", "first_name", "last_name")
    assert found.sample_rows == (("zoe@example.fr", "Zoé", "Durand"),)


def test_windows_1252_file(tmp_path: Path, sqlite_store: Store) -> None:
    text = "Courriel;Prénom;Nom;Ville\r\nhelene@example.fr;Hélène;Lefèvre;Besançon\r\n"
    text += "".join(f"p{i}@example.fr;Zoë;Œuvre;Orléans – €\r\n" for i in range(50))
    path = _write(tmp_path / "excel-fr.csv", text, "cp1252")
    found = sniff(path)
    assert found.encoding == "cp1252"
    assert found.sample_rows[0] == ("helene@example.fr", "Hélène", "Lefèvre", "Besançon")
    mapping = suggest_mapping(found.headers, found.sample_rows)
    report = run_import(sqlite_store, path, ImportOptions(mapping))
    assert (report.rows_read, report.added, report.rejected) == (51, 51, 0)


def test_cp1252_late_in_a_big_file_is_still_seen(tmp_path: Path) -> None:
    # The first megabyte is plain ASCII; the accent that decides the encoding comes after.
    head = "email,name\n" + "".join(f"a{i}@example.com,Ann\n" for i in range(60000))
    path = tmp_path / "late.csv"
    path.write_bytes(head.encode() + "z@example.com,Zoë\n".encode("cp1252"))
    assert path.stat().st_size > 1 << 20
    assert sniff(path).encoding == "cp1252"


@pytest.mark.parametrize(("delimiter", "name"), [(",", "comma"), (";", "semi"), ("\t", "tab")])
def test_delimiters(tmp_path: Path, delimiter: str, name: str) -> None:
    rows = [["Email", "First Name", "Notes"], ["a@example.com", "Ann", "x, y; z"]]
    rows += [[f"b{i}@example.com", "Bob", "one, two"] for i in range(5)]
    lines = [delimiter.join(f'"{c}"' if "," in c or ";" in c else c for c in r) for r in rows]
    path = _write(tmp_path / f"{name}.csv", "\n".join(lines) + "\n")
    found = sniff(path)
    assert found.delimiter == delimiter
    assert found.headers == ("Email", "First Name", "Notes")
    assert found.sample_rows[0][2] == "x, y; z"


def test_header_on_line_4_and_line_numbers(tmp_path: Path, sqlite_store: Store) -> None:
    text = (
        "Notes:\n"
        '"Exported on 2024-01-01, keep it safe"\n'
        "\n"
        "First Name,Last Name,Email Address\n"
        "Ada,Lovelace,ada@example.com\n"
        'Bob,"Multi\nLine",not-an-address\n'
        "Cy,Young,cy@example.com\n"
    )
    path = _write(tmp_path / "linkedin-like.csv", text)
    found = sniff(path)
    assert found.header_line == 4
    mapping = suggest_mapping(found.headers, found.sample_rows)
    report = run_import(sqlite_store, path, ImportOptions(mapping))
    assert (report.rows_read, report.added, report.rejected) == (3, 2, 1)
    assert report.rejects[0].line == 6  # the physical line where the bad record starts
    assert report.rejects[0].value == "not-an-address"


def test_file_without_header_is_recognised(tmp_path: Path, sqlite_store: Store) -> None:
    path = _write(tmp_path / "plain.csv", "ann@example.com\nbob@example.com\n")
    found = sniff(path)
    assert found.header_line == 0
    mapping = suggest_mapping(found.headers, found.sample_rows)
    assert mapping.targets == ("email",)
    assert run_import(sqlite_store, path, ImportOptions(mapping)).added == 2


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_xlsx_import_with_typed_cells(tmp_path: Path, store: Store) -> None:
    path = _xlsx(
        tmp_path / "shop.xlsx",
        [
            ["Customer export"],
            [],
            ["Email", "First Name", "Last Name", "Orders", "Signed up", "VIP"],
            ["ann@example.com", "Ann", "Lee", 3, datetime(2024, 3, 31), True],
            ["bad address", "Bob", "Ray", 1, datetime(2024, 4, 1), False],
            ["cy@example.com", "Cy", "Young", 12.0, date(2023, 1, 2), False],
        ],
    )
    found = sniff(path)
    assert (found.kind, found.header_line) == ("xlsx", 3)
    mapping = suggest_mapping(found.headers, found.sample_rows)
    assert mapping.types[3:] == ("number", "date", "boolean")
    report = run_import(store, path, ImportOptions(mapping))
    assert (report.rows_read, report.added, report.rejected) == (3, 2, 1)
    assert report.rejects[0].line == 5
    from sqlalchemy import select

    from envoi.store.models import Contact

    with store.engine.connect() as conn:
        fields = conn.execute(
            select(Contact.fields).where(Contact.email_key == "cy@example.com")
        ).scalar_one()
    assert fields == {"orders": 12, "signed_up": "2023-01-02", "vip": False}


def test_truncated_xlsx(tmp_path: Path) -> None:
    good = _xlsx(tmp_path / "good.xlsx", [["Email"], ["a@example.com"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFileError, match="damaged or incomplete"):
        sniff(cut)
    assert zipfile.is_zipfile(good)


def test_old_xls_or_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ImportFileError, match=r"old Excel \(.xls\)"):
        sniff(path)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="empty"):
        sniff(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(ImportFileError, match="not a CSV or Excel"):
        sniff(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        sniff(tmp_path / "nope.csv")
