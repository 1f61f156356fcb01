"""The paged contacts model: counts in SQL, pages in blocks, sorts/filters in SQL, bounded cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from envoi.contacts.query import ContactQueries, ContactQuery
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.models.contacts_model import ContactsModel

N = 3000
TIMEOUT = 5000


class CountingQueries(ContactQueries):
    """The real queries, recording each page asked for."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.pages: list[tuple[int, int]] = []
        self.counts = 0

    def count(self, query: ContactQuery) -> int:
        self.counts += 1
        return super().count(query)

    def page(self, query: ContactQuery, offset: int, limit: int):  # type: ignore[no-untyped-def]
        self.pages.append((offset, limit))
        return super().page(query, offset, limit)


@pytest.fixture
def workers(qtbot) -> Iterator[WorkerBridge]:  # type: ignore[no-untyped-def]
    bridge = WorkerBridge()
    yield bridge
    bridge.shutdown()


def _model(
    qtbot, store: Store, workers: WorkerBridge, **kw
) -> tuple[ContactsModel, CountingQueries]:  # type: ignore[no-untyped-def]
    queries = CountingQueries(store)
    model = ContactsModel(queries, workers, **kw)
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=TIMEOUT)
    return model, queries


def _cell(qtbot, model: ContactsModel, row: int, column: int = 0) -> object:  # type: ignore[no-untyped-def]
    index = model.index(row, column)
    model.data(index)  # asks for the block
    qtbot.waitUntil(lambda: model.data(index) is not None, timeout=TIMEOUT)
    return model.data(index)


def test_row_count_and_data_of_row_n(qtbot, filled_store: Store, workers: WorkerBridge) -> None:  # type: ignore[no-untyped-def]
    model, queries = _model(qtbot, filled_store, workers)
    assert model.rowCount() == N
    assert model.columnCount() == 5
    # Emails are c0000000..c0002999, so sorted by address row N holds contact N.
    assert str(_cell(qtbot, model, 0)).startswith("c0000000.")
    assert str(_cell(qtbot, model, 1234)).startswith("c0001234.")
    assert str(_cell(qtbot, model, N - 1)).startswith("c0002999.")
    # Only the blocks touched were read, never the whole table.
    assert all(limit == 256 for _, limit in queries.pages)
    assert sorted({offset for offset, _ in queries.pages}) == [0, 1024, 2816]


def test_sort_by_header_changes_rows(qtbot, filled_store: Store, workers: WorkerBridge) -> None:  # type: ignore[no-untyped-def]
    model, _ = _model(qtbot, filled_store, workers)
    assert str(_cell(qtbot, model, 0)).startswith("c0000000.")
    with qtbot.waitSignal(model.total_counted, timeout=TIMEOUT):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "email" and model.query.descending
    assert str(_cell(qtbot, model, 0)).startswith("c0002999.")
    with qtbot.waitSignal(model.total_counted, timeout=TIMEOUT):
        model.sort(4, Qt.SortOrder.AscendingOrder)  # by date added
    assert model.query.sort == "created_at"
    assert str(_cell(qtbot, model, 5)).startswith("c0000005.")


def test_filter_changes_count_and_rows(qtbot, filled_store: Store, workers: WorkerBridge) -> None:  # type: ignore[no-untyped-def]
    model, _ = _model(qtbot, filled_store, workers)
    with qtbot.waitSignal(model.total_counted, timeout=TIMEOUT) as blocker:
        model.set_query(ContactQuery(search="c000120"))
    assert blocker.args == [10]  # c0001200 .. c0001209
    assert model.rowCount() == 10
    assert str(_cell(qtbot, model, 9)).startswith("c0001209.")
    with qtbot.waitSignal(model.total_counted, timeout=TIMEOUT) as blocker:
        model.set_query(ContactQuery(status="bounced"))
    assert blocker.args == [N // 20]
    assert _cell(qtbot, model, 0, 3) == "Bounced"


def test_block_cache_stays_bounded_while_scrolling(
    qtbot, filled_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    model, queries = _model(qtbot, filled_store, workers, block_size=64, max_blocks=5)
    for row in range(0, N, 64):
        _cell(qtbot, model, row)
        assert model.cached_blocks() <= 5
    assert model.cached_blocks() == 5
    # Scrolling back to the top fetches the first block again (it was evicted).
    before = len(queries.pages)
    assert str(_cell(qtbot, model, 0)).startswith("c0000000.")
    assert len(queries.pages) == before + 1


def test_ids_for_selected_rows_cover_unloaded_blocks(
    qtbot, filled_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    model, _ = _model(qtbot, filled_store, workers)
    _cell(qtbot, model, 0)
    resolve = model.ids_for_rows([0, 1, 2999])  # block of row 2999 never loaded
    ids = resolve()
    with filled_store.engine.connect() as conn:
        from sqlalchemy import text

        expected = [
            conn.execute(
                text("SELECT id FROM contacts WHERE email LIKE :p"), {"p": f"c{i:07d}.%"}
            ).scalar_one()
            for i in (0, 1, 2999)
        ]
    assert ids == expected


def test_model_pages_on_sqlite_and_postgresql(qtbot, store: Store, workers: WorkerBridge) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import fill

    fill(store, 600)
    model, _ = _model(qtbot, store, workers, block_size=100)
    assert model.rowCount() == 600
    assert str(_cell(qtbot, model, 599)).startswith("c0000599.")
    with qtbot.waitSignal(model.total_counted, timeout=TIMEOUT):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert str(_cell(qtbot, model, 0)).startswith("c0000599.")
    with qtbot.waitSignal(model.total_counted, timeout=TIMEOUT) as blocker:
        model.set_query(ContactQuery(search="C000012"))  # case-insensitive
    assert blocker.args == [10]
