"""Streaming readers for contact files: records with the physical line where each starts.

Both readers yield ``(line, cells)`` one record at a time and never hold the file in
memory. CSV is parsed strictly so that a broken quote is reported instead of silently
swallowing the rest of the file into one value.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO

from envoi.errors import ImportFileError, Text

# A value this long is not a contact field: almost always a quote that is never closed.
FIELD_LIMIT = 1 << 20
csv.field_size_limit(FIELD_LIMIT)

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})


class RowError(Exception):
    """One record cannot be parsed; the reader goes on with the next one."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def unclosed_quote_error(line: int, detail: str = "") -> ImportFileError:
    return ImportFileError(
        Text(
            "A quote opened on line {line:,} is never closed, so the rest of the file cannot be "
            "read.",
            line=line,
        ),
        Text(
            "Open the file in a spreadsheet or text editor, fix the quote on that line and save "
            "it again as CSV. Nothing was imported."
        ),
        detail,
    )


class CsvRecords:
    """CSV records from an open text stream, with start lines and bytes consumed.

    A quote left open (the parser reaches the end of the file, or a 1 MiB value, inside
    it) is fatal: everything after it would be read wrongly. Any other quoting fault costs
    only its own record, reported as a RowError.
    """

    def __init__(self, raw: BinaryIO, encoding: str, delimiter: str) -> None:
        self._raw = raw
        self._text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        self._reader = csv.reader(self._text, delimiter=delimiter, strict=True)

    @property
    def bytes_read(self) -> int:
        return self._raw.tell()

    def __iter__(self) -> Iterator[tuple[int, list[str]] | RowError]:
        reader = self._reader
        start = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                message = str(exc)
                if "unexpected end of data" in message or "field larger than" in message:
                    raise unclosed_quote_error(start, message) from None
                yield RowError(start, Text("a quote in this row is not closed properly"))
                start = reader.line_num + 1
                continue
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    Text("The file's text encoding changes part-way through."),
                    Text(
                        "Save the file again as 'CSV UTF-8' and import it again. Nothing was "
                        "imported."
                    ),
                    str(exc),
                ) from None
            yield start, row
            start = reader.line_num + 1

    def close(self) -> None:
        self._text.close()


def open_csv(path: Path, encoding: str, delimiter: str) -> CsvRecords:
    return CsvRecords(open(path, "rb"), encoding, delimiter)


def cell_text(value: Any) -> str:
    """An Excel cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip() if isinstance(value, str) else str(value)


def damaged_workbook(detail: str) -> ImportFileError:
    return ImportFileError(
        Text("The Excel file is damaged or incomplete, so Envoi cannot read it."),
        Text("Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV."),
        detail,
    )


class XlsxRecords:
    """Rows of the first non-empty worksheet, read with openpyxl in read-only (streaming) mode.

    A sheet row's number is its "line"; ``total_rows`` comes from the sheet's dimension
    record, which is what progress can be measured against.
    """

    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook

        try:
            self._wb = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise damaged_workbook(f"{type(exc).__name__}: {exc}") from None
        except Exception as exc:  # openpyxl raises its own types for broken parts
            raise damaged_workbook(f"{type(exc).__name__}: {exc}") from None
        sheets = self._wb.worksheets
        self._ws = next((ws for ws in sheets if (ws.max_row or 0) > 0), sheets[0])
        self.total_rows = int(self._ws.max_row or 0)
        self.rows_done = 0

    def __iter__(self) -> Iterator[tuple[int, list[str]] | RowError]:
        try:
            for number, values in enumerate(self._ws.iter_rows(values_only=True), start=1):
                self.rows_done = number
                yield number, [cell_text(v) for v in values]
        except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
            raise damaged_workbook(f"{type(exc).__name__}: {exc}") from None
        except ImportFileError:
            raise
        except Exception as exc:  # a broken sheet XML surfaces as a parser error
            if type(exc).__module__.startswith(("xml", "lxml", "openpyxl", "zipfile")):
                raise damaged_workbook(f"{type(exc).__name__}: {exc}") from None
            raise

    def close(self) -> None:
        self._wb.close()
