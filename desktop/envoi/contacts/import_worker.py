"""The database side of an import, on its own thread.

Reading and validating rows is Python work; inserting them is mostly SQLite's or the
PostgreSQL server's. The sqlite3 and psycopg drivers release the GIL while the database
works, so with the writes on a second thread the two overlap instead of taking turns.
The queue between them holds at most two batches, so memory stays flat: the reader
waits when the database is behind.

The worker owns its connection from start to end (connections are not shared across
threads) and the whole import is one transaction on it: it commits only when told that
the file was read to the end, and rolls back on anything else.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from envoi.contacts.import_rows import ContactValues, RowPlan
from envoi.contacts.import_writer import BatchCounts, ImportWriter
from envoi.store.engine import Store

_POLL = 0.2  # seconds between checks that the other side is still alive


@dataclass(frozen=True, slots=True)
class WriterSettings:
    policy: str
    list_name: str | None
    consent_source: str
    consent_method: str
    expected_rows: int  # a guess from the file size, to choose the bulk-load path


@dataclass(frozen=True, slots=True)
class _Finish:
    attribute_values: dict[str, Any]


class _Abort:
    pass


_ABORT = _Abort()
Message = dict[str, ContactValues] | _Finish | _Abort


class WorkerFailed(Exception):
    """The writer thread died; the cause is chained."""


class ImportWorker:
    """Start with ``start(plan)``; ``send`` batches; end with ``finish`` or ``abort``."""

    def __init__(self, store: Store, settings: WriterSettings) -> None:
        self._store = store
        self._settings = settings
        self._inbox: queue.Queue[Message] = queue.Queue(maxsize=2)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, name="envoi-import-db", daemon=True)
        self._plan: RowPlan | None = None
        self._error: BaseException | None = None
        self.counts = BatchCounts()

    # -- the reader's side -------------------------------------------------------------------

    def start(self, plan: RowPlan) -> RowPlan:
        """Open the transaction and create the custom fields; returns the plan with the
        types the fields really have (an existing field keeps its type)."""
        self._plan = plan
        self._thread.start()
        while not self._ready.wait(_POLL):
            if not self._thread.is_alive():
                break
        self._raise_if_failed()
        assert self._plan is not None
        return self._plan

    def send(self, batch: dict[str, ContactValues]) -> None:
        self._put(batch)

    def finish(self, attribute_values: dict[str, Any]) -> BatchCounts:
        """Commit: every batch is written, then the transaction ends."""
        self._put(_Finish(attribute_values))
        self._thread.join()
        self._raise_if_failed()
        return self.counts

    def abort(self) -> None:
        """Roll back and wait for the thread to end; safe to call at any time."""
        if not self._thread.is_alive():
            return
        while self._thread.is_alive():
            try:
                self._inbox.put(_ABORT, timeout=_POLL)
                break
            except queue.Full:
                continue
        self._thread.join()

    def _put(self, message: Message) -> None:
        while True:
            self._raise_if_failed()
            try:
                self._inbox.put(message, timeout=_POLL)
                return
            except queue.Full:
                if not self._thread.is_alive():
                    self._raise_if_failed()
                    raise WorkerFailed("the database writer stopped") from None

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    # -- the worker thread ---------------------------------------------------------------------

    def _main(self) -> None:
        try:
            self._write_all()
        except _Aborted:
            pass
        except BaseException as exc:  # handed to the reader, which re-raises it
            self._error = exc
            self._drain()

    def _drain(self) -> None:
        """Unblock a reader waiting on a full queue after a failure."""
        try:
            while True:
                self._inbox.get_nowait()
        except queue.Empty:
            pass

    def _write_all(self) -> None:
        settings = self._settings
        plan = self._plan
        assert plan is not None
        with self._store.engine.connect() as conn, conn.begin():
            writer = ImportWriter(
                conn,
                policy=settings.policy,
                list_name=settings.list_name,
                consent_source=settings.consent_source,
                consent_method=settings.consent_method,
            )
            types = writer.ensure_fields([(c.name, c.label, c.type) for c in plan.custom])
            plan = plan.with_types(types)
            writer.use_plan(plan)
            writer.defer_indexes(settings.expected_rows)
            self._plan = plan
            self._ready.set()
            while True:
                message = self._inbox.get()
                if isinstance(message, _Abort):
                    raise _Aborted  # leaves the transaction block: rollback
                if isinstance(message, _Finish):
                    new = {k: v for k, v in message.attribute_values.items() if k not in types}
                    if new:
                        writer.ensure_attribute_fields(new)
                    writer.finish()
                    return  # leaves the transaction block: commit
                _add(self.counts, writer.write(message))


class _Aborted(Exception):
    pass


def _add(total: BatchCounts, counts: BatchCounts) -> None:
    total.added += counts.added
    total.updated += counts.updated
    total.duplicates_in_file += counts.duplicates_in_file
    total.duplicates_in_db += counts.duplicates_in_db
    total.suppressed += counts.suppressed


__all__: Sequence[str] = ("ImportWorker", "WorkerFailed", "WriterSettings")
