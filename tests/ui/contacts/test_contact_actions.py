"""Actions on a selection of contacts: unsubscribe, tag, delete, GDPR erase, exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from envoi.store.models import Contact, Suppression

TIMEOUT = 5000
N = 3000


@pytest.fixture
def contacts(qtbot, window):  # type: ignore[no-untyped-def]
    view = window.page("contacts")
    qtbot.waitUntil(lambda: view.model.rowCount() == N, timeout=TIMEOUT)
    return view


def _select(qtbot, view, rows: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """Select ``rows`` of the table; returns their contact ids."""
    for row in rows:
        view.model.data(view.model.index(row, 0))
    qtbot.waitUntil(lambda: all(view.model.row_at(r) is not None for r in rows), timeout=TIMEOUT)
    view.table.clearSelection()
    from PySide6.QtCore import QItemSelectionModel

    for row in rows:
        view.table.selectionModel().select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert view.selected_rows() == sorted(rows)
    return [view.model.row_at(r).id for r in rows]


def _statuses(services, ids: list[int]) -> set[str]:  # type: ignore[no-untyped-def]
    return {services.contacts.get(i).status for i in ids}


def test_unsubscribe_selected(qtbot, contacts, services) -> None:  # type: ignore[no-untyped-def]
    ids = _select(qtbot, contacts, [0, 1, 2])  # rows 0-2 are subscribed in the sample
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT):
        contacts.contact_actions.unsubscribe_selected()
    assert _statuses(services, ids) == {"unsubscribed"}


def test_tag_selected_and_filter_by_tag(qtbot, contacts, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _select(qtbot, contacts, [5, 6])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("fidèle", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("fidèle", True))
    with qtbot.waitSignal(contacts.filters_loaded, timeout=TIMEOUT):
        contacts.contact_actions.tag_selected()
    assert all(services.contacts.get(i).tags == ("fidèle",) for i in ids)
    assert contacts.choice_names("tags") == ["fidèle"]
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT) as blocker:
        contacts.tag_filter.setCurrentIndex(1)
    assert blocker.args == [2]


def test_delete_asks_first(qtbot, contacts, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _select(qtbot, contacts, [10, 11])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    contacts.contact_actions.delete_selected()
    qtbot.wait(200)
    assert services.contacts.get(ids[0]).id == ids[0]  # still there
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT) as blocker:
        contacts.contact_actions.delete_selected()
    assert blocker.args == [N - 2]


def test_erase_needs_the_typed_word_and_keeps_a_hash(
    qtbot, contacts, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = _select(qtbot, contacts, [20])
    email = services.contacts.get(ids[0]).email
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("erase", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    contacts.contact_actions.erase_selected()
    qtbot.wait(200)
    assert services.contacts.find(email) is not None  # wrong word: nothing erased
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ERASE", True))
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT):
        contacts.contact_actions.erase_selected()
    assert services.contacts.find(email) is None
    with services.store.session() as session:
        kinds = session.execute(select(Suppression.kind)).scalars().all()
        left = session.execute(select(func.count()).select_from(Contact)).scalar_one()
    assert "hash" in kinds and left == N - 1


def test_export_selected_json_and_all_as_csv(
    qtbot, contacts, services, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids = _select(qtbot, contacts, [3])
    target = tmp_path / "contact.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(contacts.status_message, timeout=TIMEOUT):
        contacts.contact_actions.export_selected_json()
    data = json.loads(target.read_text("utf-8"))
    assert data["email"] == services.contacts.get(ids[0]).email
    assert data["consent"]["method"] == "double opt-in"

    services.contacts.define_field("City", "text")  # the sample rows hold fields.city
    out = tmp_path / "contacts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(contacts.status_message, timeout=TIMEOUT):
        contacts.export_csv()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["email", "first_name"]
    assert len(rows) == N + 1
    assert rows[1][0].startswith("c0000000.")
    city = rows[0].index("city")  # custom fields are exported too
    assert rows[1][city] in {"Paris", "Lyon", "London", "Leeds"}


def test_select_all_acts_on_every_filtered_contact(qtbot, contacts, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT) as blocker:
        contacts.search.setText("c00001")  # c0000100 .. c0000199
    assert blocker.args == [100]
    contacts.table.selectAll()
    assert contacts.selected_count() == 100
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("lot", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("lot", True))
    with qtbot.waitSignal(contacts.filters_loaded, timeout=TIMEOUT):
        contacts.contact_actions.tag_selected()
    (tag,) = [t for t in services.contacts.tags() if t.name == "lot"]
    assert tag.contact_count == 100
