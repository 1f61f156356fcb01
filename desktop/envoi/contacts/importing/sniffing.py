"""Look at a contact file before importing: kind, encoding, delimiter, header row, a sample.

The rules are general, not per exporter: the delimiter is the one that splits the sample into
the most consistent number of columns; the header is the first record that has that many
columns (exports such as LinkedIn's put notes above it); a first record that already holds an
address means the file has no header at all.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from envoi.contacts.importing.file_readers import (
    XLSX_SUFFIXES,
    XlsxRecords,
    damaged_workbook,
    unclosed_quote_error,
)
from envoi.errors import ImportFileError, Text

HEAD_BYTES = 1 << 20
SAMPLE_ROWS = 20
DELIMITERS = (",", ";", "\t", "|")
# Bytes undefined in Windows-1252: a file holding them is read as Latin-1 instead.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
_LOOKS_LIKE_EMAIL = re.compile(r"^\s*[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}\s*$")


@dataclass(frozen=True, slots=True)
class FileSniff:
    kind: str  # "csv" | "xlsx"
    encoding: str  # Python codec name; "" for xlsx
    delimiter: str  # "" for xlsx
    header_line: int  # 1-based physical line (sheet row) of the header; 0 = no header row
    headers: tuple[str, ...]
    sample_rows: tuple[tuple[str, ...], ...]  # first data rows, padded to len(headers)
    size_bytes: int = 0


def _empty_file() -> ImportFileError:
    return ImportFileError(
        Text("The file is empty."),
        Text("Choose the exported file that holds your contacts; this one has no rows."),
    )


def _not_text(detail: str) -> ImportFileError:
    return ImportFileError(
        Text("This file is not a CSV or Excel (.xlsx) file."),
        Text("Export your contacts as CSV or .xlsx from the other tool and choose that file."),
        detail,
    )


def _decodes_as_utf8(path: Path, head: bytes, size: int) -> bool:
    """UTF-8 validity of the whole file, checked in chunks so that memory stays flat."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=size <= len(head))
        if size > len(head):
            with open(path, "rb") as fh:
                fh.seek(len(head))
                while chunk := fh.read(HEAD_BYTES):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, head: bytes, size: int) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text" export
    if b"\x00" in head:
        raise _not_text("NUL bytes in the first megabyte")
    controls = sum(1 for b in head[:65536] if b < 32 and b not in (9, 10, 13))
    if controls > max(8, len(head[:65536]) // 100):
        raise _not_text(f"{controls} control bytes in the first 64 KiB")
    if _decodes_as_utf8(path, head, size):
        return "utf-8"
    return "latin-1" if _CP1252_HOLES & set(head) else "cp1252"


def _records(text: str, delimiter: str, whole: bool) -> list[tuple[int, list[str]]]:
    """Records of the sample with their start lines; a broken last record of a partial head
    is dropped, while an unclosed quote in a file read whole is the user's problem to fix."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    out: list[tuple[int, list[str]]] = []
    start = 1
    while len(out) < 500:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "unexpected end of data" in str(exc) or "field limit" in str(exc):
                if whole:
                    raise unclosed_quote_error(start, str(exc)) from None
                break
            start = reader.line_num + 1
            continue
        out.append((start, row))
        start = reader.line_num + 1
    return out


def _nonblank(row: list[str]) -> bool:
    return any(cell.strip() for cell in row)


def _score(records: list[tuple[int, list[str]]]) -> tuple[bool, float, int]:
    widths = [len(row) for _, row in records if _nonblank(row)]
    if not widths:
        return (False, 0.0, 0)
    mode, hits = Counter(widths).most_common(1)[0]
    return (mode >= 2, hits / len(widths), mode)


def choose_header(rows: list[tuple[int, list[str]]]) -> tuple[int, int]:
    """(index in ``rows`` of the header, its width); index -1 when the file has no header."""
    candidates = [(i, row) for i, (_, row) in enumerate(rows) if _nonblank(row)]
    if not candidates:
        return -1, 0
    widths = Counter(len(row) for _, row in candidates)
    mode = widths.most_common(1)[0][0]
    chosen, row = candidates[0]
    for i, candidate in candidates:
        filled = sum(1 for cell in candidate if cell.strip())
        if len(candidate) >= mode and filled >= min(2, mode):
            chosen, row = i, candidate
            break
    if any(_LOOKS_LIKE_EMAIL.match(cell) for cell in row):
        return -1, max(len(r) for _, r in candidates)
    return chosen, len(row)


def _clean_headers(raw: list[str], width: int) -> tuple[str, ...]:
    names = [cell.strip().lstrip("\ufeff").strip() for cell in raw]
    names += [""] * (width - len(names))
    return tuple(name or f"Column {i + 1}" for i, name in enumerate(names[:width]))


def _pad(row: list[str], width: int) -> tuple[str, ...]:
    return tuple(row[:width]) + ("",) * (width - len(row))


def _build(
    kind: str,
    encoding: str,
    delimiter: str,
    rows: list[tuple[int, list[str]]],
    size: int,
) -> FileSniff:
    index, width = choose_header(rows)
    if index < 0 and width == 0:
        raise _empty_file()
    if index < 0:
        headers = tuple(f"Column {i + 1}" for i in range(width))
        header_line, data = 0, rows
    else:
        headers = _clean_headers(rows[index][1], width)
        header_line, data = rows[index][0], rows[index + 1 :]
    sample = tuple(_pad(row, len(headers)) for _, row in data if _nonblank(row))[:SAMPLE_ROWS]
    return FileSniff(kind, encoding, delimiter, header_line, headers, sample, size)


def _sniff_xlsx(path: Path, size: int) -> FileSniff:
    records = XlsxRecords(path)
    try:
        rows: list[tuple[int, list[str]]] = []
        for item in records:
            if isinstance(item, tuple):
                rows.append(item)
            if len(rows) >= 200:
                break
    finally:
        records.close()
    return _build("xlsx", "", "", rows, size)


def sniff(path: str | Path) -> FileSniff:
    """Detect how to read ``path``; ImportFileError when it cannot be read at all."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except FileNotFoundError:
        raise ImportFileError(
            Text("The file {name} does not exist.", name=path.name),
            Text("Check the name and the folder."),
        ) from None
    except OSError as exc:
        raise ImportFileError(
            Text("Envoi cannot open {name}.", name=path.name),
            Text("Check that you may read it."),
            str(exc),
        ) from None
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in XLSX_SUFFIXES:
        if not head.startswith(b"PK"):
            if not head.strip():
                raise _empty_file()
            raise damaged_workbook("no ZIP signature at the start of the file")
        return _sniff_xlsx(path, size)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            Text(
                "This is an old Excel (.xls) or password-protected workbook, which Envoi cannot "
                "read."
            ),
            Text(
                "Open it in Excel or LibreOffice, remove the password if any, and save it as "
                ".xlsx or CSV."
            ),
        )
    encoding = detect_encoding(path, head, size)
    whole = size <= len(head)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head, final=whole)
    if not whole:
        # Keep whole lines only: a record cut at the end of the head would skew the counts.
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut > 0 else text
    if not text.strip("\ufeff \t\r\n"):
        raise _empty_file()
    best = max(DELIMITERS, key=lambda d: _score(_records(text, d, whole=False)))
    rows = _records(text, best, whole=whole)
    return _build("csv", encoding, best, rows, size)
