"""The contacts table, paged from SQL.

``rowCount`` comes from a COUNT query; rows are fetched in blocks of ``BLOCK`` by
OFFSET/LIMIT off the GUI thread and kept in a bounded LRU cache, so memory stays flat after
scrolling a million rows. A missing row shows as blank until its block arrives; a block is
only fetched if it is still wanted when a worker gets to it (fast scrolling does not queue
hundreds of stale queries). Sorting (header click) and filtering change the query, which
runs in SQL; nothing loads the whole table.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from envoi.contacts.query import ContactQuery
from envoi.contacts.records import ContactRow
from envoi.store.clock import utc_to_local
from envoi.ui.bridge import WorkerBridge
from envoi.ui.i18n import QT_TRANSLATE_NOOP
from envoi.ui.widgets.locale_format import short_date_time

BLOCK = 256
MAX_BLOCKS = 40  # ~10,000 rows in memory at most
MAX_WANTED = 6  # blocks waiting for a worker; older wishes are dropped

Index = QModelIndex | QPersistentModelIndex


class ContactPager(Protocol):
    def count(self, query: ContactQuery) -> int: ...

    def page(self, query: ContactQuery, offset: int, limit: int) -> list[ContactRow]: ...


# (title, sort key of ContactQuery, value); titles are translated in context "ContactsModel"
_COLUMNS: list[tuple[str, str, Callable[[ContactRow], Any]]] = [
    (QT_TRANSLATE_NOOP("ContactsModel", "Email"), "email", lambda r: r.email),
    (QT_TRANSLATE_NOOP("ContactsModel", "First name"), "first_name", lambda r: r.first_name),
    (QT_TRANSLATE_NOOP("ContactsModel", "Last name"), "last_name", lambda r: r.last_name),
    (QT_TRANSLATE_NOOP("ContactsModel", "Status"), "status", lambda r: r.status),
    (QT_TRANSLATE_NOOP("ContactsModel", "Added"), "created_at", lambda r: r.created_at),
]

STATUS_TITLES = {
    "subscribed": QT_TRANSLATE_NOOP("ContactsModel", "Subscribed"),
    "unsubscribed": QT_TRANSLATE_NOOP("ContactsModel", "Unsubscribed"),
    "bounced": QT_TRANSLATE_NOOP("ContactsModel", "Bounced"),
    "complained": QT_TRANSLATE_NOOP("ContactsModel", "Complained"),
}


def status_title(status: str) -> str:
    """A contact status as the window shows it, in the window's language."""
    title = STATUS_TITLES.get(status)
    return QCoreApplication.translate("ContactsModel", title) if title else status


def status_choices() -> list[tuple[str, str]]:
    """(shown title, status) of every status, for combos."""
    return [(status_title(key), key) for key in STATUS_TITLES]


class ContactsModel(QAbstractTableModel):
    total_counted = Signal(int)
    block_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        pager: ContactPager,
        workers: WorkerBridge,
        query: ContactQuery | None = None,
        parent: QObject | None = None,
        *,
        block_size: int = BLOCK,
        max_blocks: int = MAX_BLOCKS,
    ) -> None:
        super().__init__(parent)
        self._pager = pager
        self._workers = workers
        self._query = query or ContactQuery()
        self._block = block_size
        self._max_blocks = max_blocks
        self._rows = 0
        self._generation = 0
        self._cache: OrderedDict[int, list[ContactRow]] = OrderedDict()
        # blocks asked for and not yet loaded; read by workers, hence the lock
        self._wanted: OrderedDict[tuple[int, int], None] = OrderedDict()
        self._lock = threading.Lock()
        self._counting = False
        self.refresh()

    # ---- query ---------------------------------------------------------------------------

    @property
    def query(self) -> ContactQuery:
        return self._query

    @property
    def counting(self) -> bool:
        return self._counting

    def set_query(self, query: ContactQuery) -> None:
        if query != self._query:
            self._query = query
            self.refresh()

    def refresh(self) -> None:
        """Drop every cached row and count again (after a filter, sort or data change)."""
        self._generation += 1
        generation, query = self._generation, self._query
        with self._lock:
            self._wanted.clear()
        self._counting = True
        self._workers.submit(
            lambda: self._pager.count(query),
            lambda total: self._on_worker_counted(generation, total),
            self._on_worker_failed,
        )

    def _on_worker_counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = total
        self._cache.clear()
        self.endResetModel()
        self._counting = False
        self.total_counted.emit(total)

    def _on_worker_failed(self, exc: BaseException) -> None:
        self._counting = False
        self.load_failed.emit(exc)

    # ---- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_COLUMNS):
            return QCoreApplication.translate("ContactsModel", _COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        value = _COLUMNS[index.column()][2](row)
        if isinstance(value, datetime):
            return short_date_time(utc_to_local(value))  # stored in UTC
        if index.column() == 3:
            return status_title(value)
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(self._query, sort=_COLUMNS[column][1], descending=descending)
        )

    # ---- rows ----------------------------------------------------------------------------

    def row_at(self, row: int) -> ContactRow | None:
        """The row if its block is loaded; otherwise ask for the block and return None."""
        if not 0 <= row < self._rows:
            return None
        number, offset = divmod(row, self._block)
        block = self._cache.get(number)
        if block is None:
            self._want(number)
            return None
        self._cache.move_to_end(number)
        return block[offset] if offset < len(block) else None

    def cached_blocks(self) -> int:
        return len(self._cache)

    def ids_for_rows(self, rows: Sequence[int]) -> Callable[[], list[int]]:
        """A function (to run in a worker) giving the contact ids of ``rows`` in this query.

        Rows whose block is cached are read now; the others are fetched by the function.
        """
        query, size = self._query, self._block
        known: dict[int, int] = {}
        missing: set[int] = set()
        for row in rows:
            number, offset = divmod(row, size)
            block = self._cache.get(number)
            if block is not None and offset < len(block):
                known[row] = block[offset].id
            else:
                missing.add(number)

        def resolve() -> list[int]:
            fetched: dict[int, list[ContactRow]] = {
                n: self._pager.page(query, n * size, size) for n in sorted(missing)
            }
            ids: list[int] = []
            for row in rows:
                if row in known:
                    ids.append(known[row])
                    continue
                number, offset = divmod(row, size)
                block = fetched.get(number, [])
                if offset < len(block):
                    ids.append(block[offset].id)
            return ids

        return resolve

    def _want(self, number: int) -> None:
        generation, query, size = self._generation, self._query, self._block
        key = (generation, number)
        with self._lock:
            if key in self._wanted:
                return
            self._wanted[key] = None
            while len(self._wanted) > MAX_WANTED:
                self._wanted.popitem(last=False)

        def fetch() -> list[ContactRow] | None:
            with self._lock:
                if key not in self._wanted:
                    return None  # scrolled past before a worker got to it
            return self._pager.page(query, number * size, size)

        self._workers.submit(
            fetch,
            lambda rows: self._on_worker_fetched(generation, number, rows),
            self._on_worker_failed,
        )

    def _on_worker_fetched(
        self, generation: int, number: int, rows: list[ContactRow] | None
    ) -> None:
        with self._lock:
            self._wanted.pop((generation, number), None)
        if rows is None or generation != self._generation:
            return
        self._cache[number] = rows
        self._cache.move_to_end(number)
        while len(self._cache) > self._max_blocks:
            self._cache.popitem(last=False)
        first = number * self._block
        last = min(first + len(rows), self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(_COLUMNS) - 1))
        self.block_loaded.emit(number)
