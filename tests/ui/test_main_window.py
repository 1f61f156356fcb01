"""The main window: both areas, shortcuts, geometry remembered, and `envoi --selftest`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from envoi.ui.app import build_window
from envoi.ui.views.contacts.contacts_view import ContactsView
from envoi.ui.views.segments.segment_builder_view import SegmentBuilderView

TIMEOUT = 5000


def test_window_has_contacts_and_segments_areas(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.area_keys()[:2] == ["contacts", "segments"]
    assert window.current_area() == "contacts"
    contacts = window.page("contacts")
    assert isinstance(contacts, ContactsView)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3000, timeout=TIMEOUT)
    assert "3,000" in contacts.count_label.text() or "3000" in contacts.count_label.text()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "segments"
    assert isinstance(window.page("segments"), SegmentBuilderView)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "contacts"


def test_ctrl_f_focuses_search_and_search_filters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3000, timeout=TIMEOUT)
    window.activateWindow()
    window.find_action.trigger()
    assert (
        contacts.search.hasFocus()
        or qtbot.waitUntil(contacts.search.hasFocus, timeout=TIMEOUT) is None
    )
    with qtbot.waitSignal(contacts.model.total_counted, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(contacts.search, "c000120")
    assert blocker.args == [10]


def test_geometry_is_remembered(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "geometry.ini"
    first = build_window(services, ini)
    qtbot.addWidget(first)
    first.show()
    first.resize(771, 522)
    qtbot.waitUntil(lambda: first.width() == 771, timeout=TIMEOUT)
    first.close()
    second = build_window(services, ini)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (771, 522)
    second.close()


def test_selftest_in_a_subprocess_exits_0(tmp_path: Path) -> None:
    env = dict(os.environ, ENVOI_DATA_DIR=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)  # --selftest must force offscreen itself
    db = tmp_path / "self.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "envoi", "--db", f"sqlite:///{db}", "--selftest"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "selftest ok" in result.stdout
    assert db.exists()  # the database was created and migrated


def test_selftest_reports_a_database_it_cannot_open(tmp_path: Path) -> None:
    env = dict(os.environ, ENVOI_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "envoi", "--db", "nosuchdriver://x/y", "--selftest"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "selftest failed" in result.stderr


LOOP_CHECK = """
import asyncio
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from envoi.ui.app import _run_loop
ran = []
async def tick():
    await asyncio.sleep(0.05)
    ran.append(1)
QTimer.singleShot(10, lambda: asyncio.ensure_future(tick()))
QTimer.singleShot(500, app.quit)
print("rc", _run_loop(app), "coroutines", len(ran))
"""


def test_qasync_loop_runs_coroutines_and_ends_on_quit(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ENVOI_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", LOOP_CHECK],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "rc 0 coroutines 1" in result.stdout


def test_selftest_fails_on_an_error_raised_in_a_slot(
    qtbot, qapp, filled_store, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from envoi.ui import app as ui_app
    from envoi.ui.context import Area

    assert ui_app._selftest(qapp, filled_store, 0.0) == 0
    assert "selftest ok" in capsys.readouterr().out

    def broken_page(_ctx):  # type: ignore[no-untyped-def]
        page = QWidget()

        def fail() -> None:
            raise RuntimeError("page could not load")

        QTimer.singleShot(0, fail)
        return page

    real = ui_app.areas
    monkeypatch.setattr(
        ui_app, "areas", lambda: [*real(), Area("broken", "Broken", real()[0].icon, broken_page)]
    )
    assert ui_app._selftest(qapp, filled_store, 0.0) == 1
    assert "page could not load" in capsys.readouterr().err


def test_selftest_waits_for_a_query_started_by_a_timer(
    qtbot, qapp, filled_store, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A page whose first result starts a timer that runs one more query (the segment
    builder's debounced count does this): the selftest waits for it instead of reporting
    it as a job still running because it looked in the gap between the two."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from envoi.ui import app as ui_app
    from envoi.ui.context import Area

    landed: list[str] = []

    def chained_page(ctx):  # type: ignore[no-untyped-def]
        page = QWidget()

        def count() -> None:
            ctx.workers.submit(lambda: "count", landed.append)

        def loaded(result: str) -> None:
            landed.append(result)
            QTimer.singleShot(0, count)  # after this delivery, in a later pass of the loop

        ctx.workers.submit(lambda: "load", loaded)
        return page

    real = ui_app.areas
    monkeypatch.setattr(
        ui_app, "areas", lambda: [*real(), Area("chained", "Chained", real()[0].icon, chained_page)]
    )
    assert ui_app._selftest(qapp, filled_store, 0.0) == 0, capsys.readouterr().err
    assert landed == ["load", "count"]
