"""Read a contact file into batches of INSERT parameters, in this process or in a second one.

Reading, validating and normalising rows is about half of a big import's CPU and needs no
database, so a big file is read by a child process (``spawn``: no fork of a process that
holds a database connection or Qt) while this one writes the previous batch: the two
cores overlap. Both paths run the same ``chunks`` generator, so they give the same rows,
the same rejects in the same order and the same counts. The queue between them is bounded
(a few batches), so memory stays flat whatever the file size.
"""

from __future__ import annotations

import json
import marshal
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from envoi.contacts.addresses import Address, InvalidAddress, common_parts, normalize
from envoi.contacts.importing.file_readers import CsvRecords, RowError, XlsxRecords, open_csv
from envoi.contacts.importing.import_rows import RowPlan, RowRejected, row_builder
from envoi.errors import ImportFileError, Text

# Below this, starting the reader (~0.4 s of imports) costs about what it saves: measured
# at 100,000 rows on 2 busy cores, one process took 1.8 s and two 2.5 s.
PARALLEL_ROWS = 100_000
_QUEUE_CHUNKS = 4  # batches in flight between the reader process and the writer
# One bit per hash of an address key (8 MB): with a million addresses about 1.5% of the new
# ones are looked up for nothing, against every one of them without it.
_SEEN_MASK = (1 << 26) - 1


@dataclass(frozen=True, slots=True)
class StreamSpec:
    """What the reader needs, all of it picklable (the plan goes without its converters)."""

    path: str
    kind: str  # "csv" | "xlsx"
    encoding: str
    delimiter: str
    size_bytes: int
    header_line: int
    plan: RowPlan
    batch_size: int
    full_rows: bool  # the writer has a statement for rows with every custom field filled
    fixed: tuple[Any, ...]  # appended to every row: consent source, method, at; created, updated
    # The table was empty when the import took the write lock (SQLite): an address can only
    # be there already if an earlier batch wrote it, and the reader tells which may have.
    fresh_table: bool = False


# Positions in every row the reader sends: plain tuples, since they go straight to the
# DBAPI's executemany and through marshal between the processes (a NamedTuple would cost a
# conversion per row at both ends).
EMAIL, KEY, DOMAIN, FIRST_NAME, LAST_NAME = range(5)


class BatchRow(NamedTuple):
    """One row of a batch, found again by its key (for the rare update of a contact)."""

    sparse: bool  # the row has the `attributes` JSON at item 5, before the custom values
    values: tuple[Any, ...]


@dataclass(slots=True)
class RowBatch:
    """INSERT parameters, unique by address key within the batch.

    ``full`` rows: email, key, domain, first, last, *custom, status, *fixed.
    ``sparse`` rows: the same with the `attributes` JSON (or None) before the custom values,
    which may be None. The database builds the fields JSON from them.
    """

    full: list[tuple[Any, ...]] = field(default_factory=list)
    sparse: list[tuple[Any, ...]] = field(default_factory=list)
    tags: dict[str, list[str]] = field(default_factory=dict)  # key -> tags, tagged rows only
    statuses: dict[str, str] = field(default_factory=dict)  # key -> status if not subscribed
    # With ``fresh_table``: the keys that an earlier batch may have had (a superset, from a
    # bitmap of hashes); the writer looks only these up. None: look every key up.
    maybe_seen: list[str] | None = None

    def __len__(self) -> int:
        return len(self.full) + len(self.sparse)

    def keys(self) -> list[str]:
        return [r[KEY] for r in self.full] + [r[KEY] for r in self.sparse]

    def addresses(self) -> list[Address]:
        return [Address(r[EMAIL], r[KEY], r[DOMAIN]) for part in (self.full, self.sparse)
                for r in part]  # fmt: skip

    def rows_by_key(self) -> dict[str, BatchRow]:
        found = {r[KEY]: BatchRow(False, r) for r in self.full}
        found.update((r[KEY], BatchRow(True, r)) for r in self.sparse)
        return found


@dataclass(slots=True)
class Chunk:
    rows_read: int = 0
    with_address: int = 0
    duplicates: int = 0  # repeats inside this batch
    rejects: list[tuple[int, str, str]] = field(default_factory=list)  # line, value, reason
    batch: RowBatch = field(default_factory=RowBatch)
    done: int = 0  # progress: bytes (CSV) or rows (xlsx) read, of ``total``
    total: int = 0
    attributes: dict[str, Any] = field(default_factory=dict)  # `attributes` keys first seen


def _records(spec: StreamSpec) -> tuple[CsvRecords | XlsxRecords, Callable[[], tuple[int, int]]]:
    path = Path(spec.path)
    if spec.kind == "xlsx":
        xlsx = XlsxRecords(path)
        return xlsx, lambda: (xlsx.rows_done, max(xlsx.total_rows, xlsx.rows_done))
    records = open_csv(path, spec.encoding, spec.delimiter)
    size = spec.size_bytes or path.stat().st_size
    return records, lambda: (records.bytes_read, size)


def _display_form(raw: str) -> Address | None:
    """'Ada Lovelace <ada@example.com>', as Outlook and mail clients write an address."""
    if "<" not in raw:
        return None
    _, inner = parseaddr(raw)
    try:
        return normalize(inner) if inner else None
    except InvalidAddress:
        return None


def _ends_cleanly(spec: StreamSpec) -> bool:
    if spec.kind != "csv" or spec.size_bytes == 0:
        return True
    with open(spec.path, "rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) in (b"\n", b"\r")


def _data_rows(
    records: CsvRecords | XlsxRecords, header_line: int, cut_short: bool, width: int
) -> Iterator[tuple[int, list[str]] | RowError]:
    """Records after the header; the last one is flagged when the file seems to stop inside
    it: no line break at the end and fewer cells than every other row has (exporters that
    drop empty trailing cells make short rows normal, and then nothing is flagged)."""
    pending: tuple[int, list[str]] | None = None
    short_seen = False
    for item in records:
        if isinstance(item, RowError):
            yield item
            continue
        if item[0] <= header_line:
            continue
        if pending is not None:
            short_seen = short_seen or len(pending[1]) < width
            yield pending
        pending = item
    if pending is not None:
        if cut_short and not short_seen and len(pending[1]) < width:
            yield RowError(pending[0], Text("the file ends in the middle of this row (cut short?)"))
        else:
            yield pending


def chunks(spec: StreamSpec) -> Iterator[Chunk]:
    """The file as chunks of at most ``batch_size`` rows (and as many rejects); the last
    chunk may be empty. Raises ImportFileError for a file that cannot be read on."""
    plan = spec.plan if spec.plan.cells or not spec.plan.custom else spec.plan.with_types({})
    records, position = _records(spec)
    try:
        yield from _chunks(spec, plan, records, position)
    finally:
        records.close()


def _chunks(
    spec: StreamSpec,
    plan: RowPlan,
    records: CsvRecords | XlsxRecords,
    position: Callable[[], tuple[int, int]],
) -> Iterator[Chunk]:
    header_line = spec.header_line
    email_at = plan.email
    # Looking one record ahead is only needed when the file may be cut short.
    items: Iterable[tuple[int, list[str]] | RowError] = records
    if not _ends_cleanly(spec):
        items = _data_rows(records, header_line, True, plan.width)
    builder = _ChunkBuilder(spec, plan)
    add = builder.add
    with_address = 0  # rows with something in the address cell (a local: counted per row)
    for item in items:
        if builder.is_full():
            yield builder.finished(with_address, position())
            builder.start()
            with_address = 0
        if isinstance(item, RowError):
            builder.reject(item.line, "", item.reason)
            continue
        line, cells = item
        if line <= header_line:
            continue
        raw = cells[email_at] if email_at < len(cells) else ""
        if not raw or raw.isspace():
            if any(c.strip() for c in cells):  # a blank line is not a row
                builder.reject(line, "", "no email address in this row")
            continue
        with_address += 1
        add(line, cells, raw)
    yield builder.finished(with_address, position())


class _ChunkBuilder:
    """The rows of one chunk, in steps: the address, the repeat check, the row's cells,
    the insert parameters. Kept in one object so that ``_chunks`` reads as the loop it is;
    ``add`` runs once per row of a million, hence the slots and the few attribute reads."""

    __slots__ = (
        "attributes_seen",
        "batch",
        "build_row",
        "chunk",
        "fixed",
        "full_rows",
        "keys",
        "other_rows",
        "seen_bits",
        "size",
    )  # fmt: skip

    def __init__(self, spec: StreamSpec, plan: RowPlan) -> None:
        self.size = spec.batch_size
        self.fixed = spec.fixed
        self.full_rows = spec.full_rows
        self.build_row = row_builder(plan)
        self.attributes_seen: set[str] = set()
        self.seen_bits = bytearray((_SEEN_MASK >> 3) + 1) if spec.fresh_table else None
        self.start()

    def start(self) -> None:
        self.chunk = Chunk()
        self.batch = self.chunk.batch
        self.keys: set[str] = set()
        self.other_rows = 0  # rows read without an address (unreadable, or none in the cell)
        if self.seen_bits is not None:
            self.batch.maybe_seen = []

    def is_full(self) -> bool:
        return len(self.keys) >= self.size or len(self.chunk.rejects) >= self.size

    def finished(self, with_address: int, position: tuple[int, int]) -> Chunk:
        chunk = self.chunk
        chunk.with_address = with_address
        chunk.rows_read = with_address + self.other_rows
        chunk.done, chunk.total = position
        return chunk

    def reject(self, line: int, value: str, reason: str) -> None:
        """A row read without an address."""
        self.other_rows += 1
        self.chunk.rejects.append((line, value, reason))

    def add(self, line: int, cells: list[str], raw: str) -> None:
        """One row with something in its address cell."""
        parts = common_parts(raw) or self._unusual_address(line, raw)
        if parts is None:
            return
        email, key, domain = parts
        keys = self.keys
        if key in keys:
            self.chunk.duplicates += 1
            return
        try:
            first, last, custom, extra, tags, status = self.build_row(cells)
        except RowRejected as exc:
            self.chunk.rejects.append((line, exc.value.strip(), exc.reason))
            return
        keys.add(key)
        batch = self.batch
        seen_bits = self.seen_bits
        if seen_bits is not None:
            # One bit per hash of a key: a key whose bit was set may be in an earlier batch.
            bit = hash(key) & _SEEN_MASK
            mask = 1 << (bit & 7)
            if seen_bits[bit >> 3] & mask:
                batch.maybe_seen.append(key)  # type: ignore[union-attr]  # set by start()
            else:
                seen_bits[bit >> 3] |= mask
        if self.full_rows and not extra and None not in custom:
            batch.full.append((email, key, domain, first, last, *custom, status, *self.fixed))
        else:
            attributes = json.dumps(extra, ensure_ascii=False) if extra else None
            batch.sparse.append(
                (email, key, domain, first, last, attributes, *custom, status, *self.fixed)
            )
            if extra:
                self._note_attributes(extra)
        if tags:
            batch.tags[key] = tags
        if status != "subscribed":
            batch.statuses[key] = status

    def _unusual_address(self, line: int, raw: str) -> tuple[str, str, str] | None:
        """An address the fast path does not take: normalised in full, or in its display
        form; None (and a reject) when it is not an address."""
        try:
            address = normalize(raw)
        except InvalidAddress as exc:
            found = _display_form(raw)
            if found is None:
                self.chunk.rejects.append((line, raw.strip(), str(exc)))
                return None
            address = found
        return address.email, address.key, address.domain

    def _note_attributes(self, extra: dict[str, Any]) -> None:
        for name, value in extra.items():
            if name not in self.attributes_seen:
                self.attributes_seen.add(name)
                self.chunk.attributes[name] = value


# -- the reader process ---------------------------------------------------------------------
# A plain subprocess rather than multiprocessing: "spawn" re-runs the parent's main script
# in the child unless it has an ``if __name__ == "__main__"`` guard, which an import must
# not depend on. The child gets (sys.path, spec) pickled on stdin and sends messages back
# on a private copy of stdout: ("chunk", fields of a Chunk) ..., then ("end", None),
# ("file_error", (message, hint, detail)) or ("crash", traceback). Each is one frame: kind
# (b"M" marshal, b"P" pickle), length, data. marshal (same interpreter at both ends) costs
# a third of pickle's time to write; pickle carries what marshal cannot (PostgreSQL's
# datetime stamps).
_FRAME = struct.Struct("<cQ")

_CHILD_CODE = (
    "import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
    "from envoi.contacts.importing.import_stream import serve; serve()"
)


def parallel_available() -> bool:
    # A frozen (PyInstaller) app has no interpreter to start: read in-process there.
    # With one core the two processes would only take turns.
    if (os.cpu_count() or 1) < 2:
        return False
    return not getattr(sys, "frozen", False) and bool(sys.executable)


def serve() -> None:
    """The reader process: parse the file, send chunks while the next is being parsed."""
    spec = pickle.load(sys.stdin.buffer)
    out_fd = os.dup(1)
    os.dup2(2, 1)  # a stray print must not corrupt the message stream
    out = os.fdopen(out_fd, "wb")
    frames: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUE_CHUNKS)

    def pump() -> None:
        try:
            while (frame := frames.get()) is not None:
                out.write(frame)
                out.flush()
        except OSError:
            os._exit(1)  # the parent has gone: nobody to read for

    thread = threading.Thread(target=pump, name="envoi-import-pump", daemon=True)
    thread.start()

    def send(message: tuple[str, Any]) -> None:
        try:
            data, kind = marshal.dumps(message), b"M"
        except ValueError:
            data, kind = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL), b"P"
        frames.put(_FRAME.pack(kind, len(data)) + data)

    try:
        for chunk in chunks(spec):
            batch = chunk.batch
            send(("chunk", (chunk.rows_read, chunk.with_address, chunk.duplicates, chunk.rejects,
                            batch.maybe_seen,
                            batch.full, batch.sparse, batch.tags, batch.statuses, chunk.done,
                            chunk.total, chunk.attributes)))  # fmt: skip
        send(("end", None))
    except ImportFileError as exc:
        send(("file_error", (exc.user_message, exc.hint, exc.detail)))
    except BaseException:  # handed to the parent, which raises it
        send(("crash", traceback.format_exc()))
    frames.put(None)
    thread.join()


class ReaderProcessError(RuntimeError):
    """The reader process failed in a way that is a bug (its traceback is the message)."""


class ChunkSource:
    """``with ChunkSource(spec, parallel) as source: for chunk in source: ...``.

    In parallel mode the chunks come from a child process; leaving the block early (cancel,
    an error) stops it.
    """

    def __init__(self, spec: StreamSpec, parallel: bool) -> None:
        self._spec = spec
        self._parallel = parallel
        self._process: subprocess.Popen[bytes] | None = None
        self._local: Iterator[Chunk] | None = None

    def __enter__(self) -> ChunkSource:
        if self._parallel:
            try:
                self._process = subprocess.Popen(
                    [sys.executable, "-c", _CHILD_CODE],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=None if sys.stderr is not None else subprocess.DEVNULL,
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                )
            except OSError:
                return self  # no interpreter to start (sandbox, odd install): read here
            assert self._process.stdin is not None
            with self._process.stdin as stdin:
                pickle.dump(list(sys.path), stdin)
                pickle.dump(self._spec, stdin)
        return self

    def __iter__(self) -> Iterator[Chunk]:
        if self._process is None:
            self._local = chunks(self._spec)
            yield from self._local
            return
        stream = self._process.stdout
        assert stream is not None
        while True:
            head = stream.read(_FRAME.size)
            frame_kind, size = _FRAME.unpack(head) if len(head) == _FRAME.size else (b"", 0)
            data = stream.read(size) if frame_kind else b""
            if not frame_kind or len(data) < size:
                code = self._process.wait()
                raise ReaderProcessError(f"the import's reader process stopped (exit code {code})")
            kind, payload = marshal.loads(data) if frame_kind == b"M" else pickle.loads(data)
            if kind == "chunk":
                (rows_read, with_address, duplicates, rejects, maybe_seen, full, sparse, tags,
                 statuses,
                 done, total, attributes) = payload  # fmt: skip
                batch = RowBatch(full, sparse, tags, statuses, maybe_seen)
                yield Chunk(rows_read, with_address, duplicates, rejects, batch, done, total,
                            attributes)  # fmt: skip
            elif kind == "end":
                return
            elif kind == "file_error":
                raise ImportFileError(*payload)
            else:
                raise ReaderProcessError(f"the import's reader process failed:\n{payload}")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._local is not None:
            close = getattr(self._local, "close", None)
            if close is not None:
                close()
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            try:
                process.wait(timeout=0.5 if exc_type is None else 0)
            except subprocess.TimeoutExpired:
                process.kill()  # cancelled, or failed: stop reading
                process.wait()
        if process.stdout is not None:
            process.stdout.close()
