"""The segment builder: live count follows the rules, nested groups, save/rename/delete."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from envoi.segments.rules import Condition, Group
from envoi.ui.views.segments.rule_editors import ConditionEditor, GroupEditor
from envoi.ui.views.segments.segment_builder_view import SegmentBuilderView

TIMEOUT = 10000
N = 3000


def _builder(qtbot, window) -> SegmentBuilderView:  # type: ignore[no-untyped-def]
    window.show_area("segments")
    view = window.page("segments")
    assert isinstance(view, SegmentBuilderView)
    qtbot.waitUntil(
        lambda: view.editor is not None and view.last_count is not None, timeout=TIMEOUT
    )
    return view


def test_live_count_changes_when_a_rule_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _builder(qtbot, window)
    # The default rule is "status is subscribed": 17 of every 20 sample contacts.
    assert view.last_count == N * 17 // 20
    digits = "".join(ch for ch in view.count_label.text() if ch.isdigit())
    assert digits == str(N * 17 // 20)  # grouped by the locale's rule, if any
    editor = view.editor
    assert editor is not None
    row = editor.children_editors()[0]
    assert isinstance(row, ConditionEditor)
    with qtbot.waitSignal(view.count_updated, timeout=TIMEOUT) as blocker:
        row.choice_combo.setCurrentIndex(row.choice_combo.findData("bounced"))
    assert blocker.args == [N // 20]
    # Typing: only the count after the pause arrives (debounced), and it is the right one.
    with qtbot.waitSignal(view.count_updated, timeout=TIMEOUT) as blocker:
        row.field_combo.setCurrentIndex(row.field_combo.findData("email"))
        row.op_combo.setCurrentIndex(row.op_combo.findData("starts_with"))
        for text in ("c", "c0", "c00", "c000", "c0001"):
            row.text_edit.setText(text)
    assert blocker.args == [1000]  # c0001000 .. c0001999


def test_nested_any_group_and_incomplete_rule(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _builder(qtbot, window)
    editor = view.editor
    assert editor is not None
    group = Group(
        "all",
        (
            Condition("email", "starts_with", "c00010"),
            Group(
                "any",
                (
                    Condition("status", "equals", "bounced"),
                    Condition("status", "equals", "complained"),
                ),
            ),
        ),
    )
    with qtbot.waitSignal(view.count_updated, timeout=TIMEOUT) as blocker:
        editor.set_group(group)
    # c0001000..c0001099: statuses cycle every 20, bounced and complained once each per cycle.
    assert blocker.args == [10]
    nested = editor.children_editors()[1]
    assert isinstance(nested, GroupEditor)
    assert editor.group() == group
    # An empty value is not counted: the builder says what is missing.
    first = editor.children_editors()[0]
    assert isinstance(first, ConditionEditor) and isinstance(first.text_edit, QLineEdit)
    first.text_edit.setText("")
    qtbot.waitUntil(lambda: "needs a value" in view.problem_label.text(), timeout=TIMEOUT)


def test_save_rename_and_delete(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    view = _builder(qtbot, window)
    view.name_edit.setText("Abonnés")
    with qtbot.waitSignal(view.segments_loaded, timeout=TIMEOUT):
        view.save()
    saved = services.segments.get("Abonnés")
    assert saved.rules == Group("all", (Condition("status", "equals", "subscribed"),))
    assert view.segment_list.count() == 1
    # Contacts can be filtered by the saved segment.
    contacts = window.show_area("contacts")
    qtbot.waitUntil(lambda: contacts.segment_filter.count() == 2, timeout=TIMEOUT)
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT) as blocker:
        contacts.segment_filter.setCurrentIndex(1)
    assert blocker.args == [N * 17 // 20]

    window.show_area("segments")
    view.segment_list.setCurrentRow(0)
    view.name_edit.setText("Subscribers")
    with qtbot.waitSignal(view.segments_loaded, timeout=TIMEOUT):
        view.save()
    assert [s.name for s in services.segments.list()] == ["Subscribers"]


def test_delete_a_saved_segment(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    services.segments.save("Bounced", Group("all", (Condition("status", "equals", "bounced"),)))
    view = _builder(qtbot, window)
    qtbot.waitUntil(lambda: view.segment_list.count() == 1, timeout=TIMEOUT)
    with qtbot.waitSignal(view.count_updated, timeout=TIMEOUT) as blocker:
        view.segment_list.setCurrentRow(0)
    assert blocker.args == [N // 20]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_button.click()
    qtbot.waitUntil(lambda: view.segment_list.count() == 0, timeout=TIMEOUT)
    assert services.segments.list() == []
