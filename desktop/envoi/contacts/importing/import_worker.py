"""The database side of an import: one connection, one transaction, batches in between.

It runs on the caller's thread. A writer thread beside the file reader was tried and
measured: the drivers' executemany takes Python's GIL back after every row, so the two
threads only took turns (same wall time, ~8% more CPU); feeding SQLite one JSON array per
batch through json_each avoided that but cost ~40% more CPU in SQLite. Neither paid. What
pays is a second process for the reading (``import_stream``): no shared GIL.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from envoi.contacts.importing.import_rows import RowPlan
from envoi.contacts.importing.import_stream import RowBatch
from envoi.contacts.importing.import_writer import BatchCounts, ImportWriter
from envoi.store.engine import Store


@dataclass(frozen=True, slots=True)
class WriterSettings:
    policy: str
    list_name: str | None
    consent_source: str
    consent_method: str
    expected_rows: int  # a guess from the file size, to choose the bulk-load path


class ImportWorker:
    """``start(plan)``, ``send`` batches, then ``finish`` (commit) or ``abort`` (rollback).

    Nothing is committed before ``finish``: a cancel or an error at any point leaves the
    database as it was.
    """

    def __init__(self, store: Store, settings: WriterSettings) -> None:
        self._store = store
        self._settings = settings
        self._stack = ExitStack()
        self._writer: ImportWriter | None = None
        self._types: dict[str, str] = {}
        self.counts = BatchCounts()

    def start(self, plan: RowPlan) -> RowPlan:
        """Open the transaction and create the custom fields; returns the plan with the
        types the fields really have (an existing field keeps its type)."""
        settings = self._settings
        conn = self._stack.enter_context(self._store.engine.connect())
        self._stack.enter_context(conn.begin())
        if conn.dialect.name == "sqlite":
            # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so
            # without this the bulk path's DROP INDEX would commit on its own and a cancel
            # could not bring the index back. IMMEDIATE takes the write lock now rather than
            # half-way through the file.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        writer = ImportWriter(
            conn,
            policy=settings.policy,
            list_name=settings.list_name,
            consent_source=settings.consent_source,
            consent_method=settings.consent_method,
        )
        self._types = writer.ensure_fields([(c.name, c.label, c.type) for c in plan.custom])
        plan = plan.with_types(self._types)
        writer.use_plan(plan)
        writer.defer_indexes(settings.expected_rows)
        self._writer = writer
        return plan

    @property
    def full_rows(self) -> bool:
        assert self._writer is not None, "start() first"
        return self._writer.full_rows

    @property
    def fresh_table(self) -> bool:
        assert self._writer is not None, "start() first"
        return self._writer.fresh_table

    def fixed_params(self) -> tuple[Any, ...]:
        assert self._writer is not None, "start() first"
        return self._writer.fixed_params()

    def send(self, batch: RowBatch) -> None:
        assert self._writer is not None, "start() first"
        counts = self._writer.write(batch)
        total = self.counts
        total.added += counts.added
        total.updated += counts.updated
        total.duplicates_in_file += counts.duplicates_in_file
        total.duplicates_in_db += counts.duplicates_in_db
        total.suppressed += counts.suppressed

    def finish(self, attribute_values: dict[str, Any]) -> BatchCounts:
        """Create the fields found in `attributes` JSON, rebuild indexes, commit."""
        assert self._writer is not None, "start() first"
        new = {k: v for k, v in attribute_values.items() if k not in self._types}
        if new:
            self._writer.ensure_attribute_fields(new)
        self._writer.finish()
        self._stack.close()  # leaving conn.begin() without an error commits
        return self.counts

    def abort(self) -> None:
        """Roll back; safe to call at any time, also after ``finish``."""
        self._stack.__exit__(RuntimeError, RuntimeError("import aborted"), None)
