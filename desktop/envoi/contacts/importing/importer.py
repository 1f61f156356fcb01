"""Import a contact file: stream it, validate and de-duplicate every row, write in batches.

The whole import is one database transaction: a cancel or a fatal error leaves the
database exactly as it was. Bad rows never abort it; each is reported with the physical
line where its record starts, the value at fault and the reason. All rejects stream to a
CSV file as they happen and only the first few stay in memory, so memory stays flat
whatever the file size.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from envoi.contacts.importing.column_mapping import ColumnMapping
from envoi.contacts.importing.import_rows import RowPlan, compile_plan
from envoi.contacts.importing.import_stream import (
    PARALLEL_ROWS,
    ChunkSource,
    StreamSpec,
    parallel_available,
)
from envoi.contacts.importing.import_worker import ImportWorker, WriterSettings
from envoi.contacts.importing.import_writer import BatchCounts
from envoi.contacts.importing.sniffing import FileSniff, sniff
from envoi.errors import ImportFileError, Text
from envoi.events import CancelToken, Progress
from envoi.store.engine import Store

TASK = "import"
POLICIES = ("skip", "update")
REJECTS_DIR: str | None = None  # where reject reports go; None: the system's temp folder


@dataclass(frozen=True, slots=True)
class ImportOptions:
    mapping: ColumnMapping
    list_name: str | None = None
    policy: str = "skip"  # "skip": leave existing contacts as they are; "update": fill them in
    consent_source: str = ""  # "" means "import: <file name>"
    consent_method: str = "import"
    batch_size: int = 5000
    keep_rejects: int = 1000  # how many rejected rows the report holds in memory
    # Read the file in a second process, beside the database writes; None: for big files.
    parallel: bool | None = None


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int
    value: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_name: str
    rows_read: int
    added: int
    updated: int
    duplicates_in_file: int
    duplicates_in_db: int  # skipped because they are already contacts (policy "skip")
    rejected: int
    suppressed: int
    cancelled: bool
    rejects: tuple[RejectedRow, ...]  # the first ``keep_rejects`` of them
    rejects_path: str | None = None  # every reject, as CSV (line, value, reason)
    seconds: float = 0.0

    def save_rejects(self, dest: str | Path) -> int:
        """Copy the full reject report to ``dest``; returns the number of rows in it."""
        if self.rejects_path is None or not Path(self.rejects_path).exists():
            with open(dest, "w", newline="", encoding="utf-8-sig") as fh:
                _reject_writer(fh)
            return 0
        shutil.copyfile(self.rejects_path, dest)
        return self.rejected

    def discard_rejects(self) -> None:
        """Remove the temporary reject file once nobody needs it any more."""
        if self.rejects_path is not None:
            Path(self.rejects_path).unlink(missing_ok=True)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "rows_read": self.rows_read,
            "added": self.added,
            "updated": self.updated,
            "skipped_duplicates_in_file": self.duplicates_in_file,
            "skipped_duplicates_in_database": self.duplicates_in_db,
            "rejected": self.rejected,
            "suppressed": self.suppressed,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
            "rejects": [
                {"line": r.line, "value": r.value, "reason": r.reason} for r in self.rejects
            ],
            "rejects_file": self.rejects_path,
        }


class _Cancelled(Exception):
    pass


def _reject_writer(fh: TextIO) -> Any:
    writer = csv.writer(fh)
    writer.writerow(["line", "value", "reason"])
    return writer


@dataclass(slots=True)
class _Tally:
    rows_read: int = 0
    with_address: int = 0
    rejected: int = 0
    duplicates_in_batches: int = 0
    counts: BatchCounts = field(default_factory=BatchCounts)
    kept: list[RejectedRow] = field(default_factory=list)


def no_email_column() -> ImportFileError:
    return ImportFileError(
        Text("No column looks like an email address; choose one in the mapping."),
        Text(
            "In the preview, set the column that holds the addresses to “Email” (on the command "
            "line: --map 'COLUMN=email')."
        ),
    )


def run_import(
    store: Store,
    path: str | Path,
    options: ImportOptions,
    on_progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    sniffed: FileSniff | None = None,
) -> ImportReport:
    """Import ``path`` into ``store`` as ``options`` say; see the module docstring."""
    path = Path(path)
    started = time.monotonic()
    if options.policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}, not {options.policy!r}")
    sniffed = sniffed or sniff(path)
    mapping = options.mapping
    if len(mapping.targets) != len(sniffed.headers):
        raise ValueError("the mapping has one target per column of the file")
    if mapping.email_index is None:
        raise no_email_column()
    plan = compile_plan(mapping, sniffed.headers, sniffed.sample_rows)
    consent_source = (options.consent_source or f"import: {path.name}")[:200]
    tally = _Tally()
    fd, rejects_name = tempfile.mkstemp(prefix="envoi-rejects-", suffix=".csv", dir=REJECTS_DIR)
    cancelled = False
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as rejects_fh:
            reject_out = _reject_writer(rejects_fh)

            def reject(line: int, value: str, reason: str) -> None:
                tally.rejected += 1
                reject_out.writerow([line, value, reason])
                if len(tally.kept) < options.keep_rejects:
                    tally.kept.append(RejectedRow(line, value, reason))

            try:
                _run(store, path, sniffed, plan, options, consent_source, tally, reject,
                     on_progress, cancel)  # fmt: skip
            except _Cancelled:
                cancelled = True
    except BaseException:
        Path(rejects_name).unlink(missing_ok=True)
        raise
    counts = tally.counts
    if cancelled:
        counts = BatchCounts()  # rolled back: nothing was written
    return ImportReport(
        file_name=path.name,
        rows_read=tally.rows_read,
        added=counts.added,
        updated=counts.updated,
        duplicates_in_file=counts.duplicates_in_file,
        duplicates_in_db=counts.duplicates_in_db,
        rejected=tally.rejected,
        suppressed=counts.suppressed,
        cancelled=cancelled,
        rejects=tuple(tally.kept),
        rejects_path=rejects_name,
        seconds=time.monotonic() - started,
    )


def _run(
    store: Store,
    path: Path,
    sniffed: FileSniff,
    plan: RowPlan,
    options: ImportOptions,
    consent_source: str,
    tally: _Tally,
    reject: Callable[[int, str, str], None],
    on_progress: Callable[[Progress], None] | None,
    cancel: CancelToken | None,
) -> None:
    expected_rows = (sniffed.size_bytes or 0) // 80  # a contact line is about 80 bytes
    worker = ImportWorker(
        store,
        WriterSettings(
            policy=options.policy,
            list_name=(options.list_name or "").strip() or None,
            consent_source=consent_source,
            consent_method=options.consent_method,
            expected_rows=expected_rows,
        ),
    )
    parallel = options.parallel
    if parallel is None:
        parallel = expected_rows >= PARALLEL_ROWS and parallel_available()
    try:
        plan = worker.start(plan)
        spec = StreamSpec(
            path=str(path),
            kind=sniffed.kind,
            encoding=sniffed.encoding,
            delimiter=sniffed.delimiter,
            size_bytes=sniffed.size_bytes,
            header_line=sniffed.header_line,
            plan=plan.portable() if parallel else plan,
            batch_size=options.batch_size,
            full_rows=worker.full_rows,
            fixed=worker.fixed_params(),
            fresh_table=worker.fresh_table,
        )
        attributes_seen: dict[str, Any] = {}
        done = total = 0
        with ChunkSource(spec, parallel) as source:
            for chunk in source:
                tally.rows_read += chunk.rows_read
                tally.with_address += chunk.with_address
                tally.duplicates_in_batches += chunk.duplicates
                for line, value, reason in chunk.rejects:
                    reject(line, value, reason)
                for key, value in chunk.attributes.items():
                    attributes_seen.setdefault(key, value)
                if len(chunk.batch):
                    worker.send(chunk.batch)
                if cancel is not None and cancel.cancelled:
                    raise _Cancelled
                done, total = chunk.done, chunk.total
                if on_progress is not None:
                    on_progress(Progress(TASK, done, total, f"{tally.rows_read:,} rows"))
        if tally.rows_read and not tally.with_address:
            raise ImportFileError(
                Text(
                    "There are no addresses to import: the column “{column}” is empty in all "
                    "{rows_read:,} rows.",
                    column=sniffed.headers[plan.email],
                    rows_read=tally.rows_read,
                ),
                Text(
                    "Choose the column that holds the email addresses, or export the file again "
                    "with the addresses (LinkedIn leaves them out unless people share them). "
                    "Nothing was imported."
                ),
            )
        if on_progress is not None:
            # Index rebuild and commit come next and can take seconds on a big file.
            message = f"{tally.rows_read:,} rows read, saving"
            on_progress(Progress(TASK, done, total, message))
        tally.counts = worker.finish(attributes_seen)
        tally.counts.duplicates_in_file += tally.duplicates_in_batches
    except BaseException:
        worker.abort()  # rolls the transaction back
        raise
