"""The import wizard end to end: file -> mapping preview -> progress -> report."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QWizard

from envoi.ui.views.imports.import_wizard import (
    MAPPING_PAGE,
    REPORT_PAGE,
    ImportWizardDialog,
)

TIMEOUT = 10000

ROWS = [
    "Adresse e-mail;Prénom;Nom;Ville;Client depuis",
    "amelie.poulain@orange.fr;Amélie;Poulain;Paris;12/03/2021",
    "jerome.lefevre@free.fr;Jérôme;Lefèvre;Lyon;01/02/2020",
    "not-an-address;Bad;Row;Nantes;01/01/2020",
    "AMELIE.POULAIN@orange.fr;Amélie;Poulain;Paris;12/03/2021",
    "oliver.smith@gmail.com;Oliver;Smith;London;05/06/2019",
    "c0000001.martin@free.fr;Already;There;Paris;01/01/2024",
]


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "export-clients.csv"
    path.write_bytes(("\r\n".join(ROWS) + "\r\n").encode("cp1252"))
    return path


def _wizard(qtbot, window) -> ImportWizardDialog:  # type: ignore[no-untyped-def]
    contacts = window.page("contacts")
    window.import_action.trigger()
    wizards = contacts.findChildren(ImportWizardDialog)
    assert len(wizards) == 1
    return wizards[0]


def test_import_a_small_csv_end_to_end(qtbot, window, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3000, timeout=TIMEOUT)
    # The fixture's contact c0000001 is "free.fr"? Make sure the last row matches a real one.
    existing = contacts.model.ids_for_rows([1])()
    first = services.contacts.get(existing[0])
    path = tmp_path / "export-clients.csv"
    rows = [*ROWS[:-1], f"{first.email};Already;There;Paris;01/01/2024"]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))

    wizard = _wizard(qtbot, window)
    with qtbot.waitSignal(wizard.file_page.file_sniffed, timeout=TIMEOUT):
        wizard.file_page.set_path(str(path))
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    page = wizard.mapping_page
    assert "CP1252" in page.detected.text() or "WINDOWS-1252" in page.detected.text().upper()
    assert "semicolon" in page.detected.text()
    assert page.table.columnCount() == 5
    assert page.table.item(1, 1).text() == "Amélie"
    assert page.mapping is not None and page.mapping.targets[:3] == (
        "email",
        "first_name",
        "last_name",
    )
    # Fix a guess in the preview: the city is ignored, and back.
    combo = page._combos[3]
    combo.setCurrentIndex(combo.findData("ignore\t"))
    assert page.mapping.targets[3] == "ignore"
    page.set_target(3, "custom:ville", "text")
    page.list_combo.setEditText("Salon 2024")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    with qtbot.waitSignal(wizard.import_finished, timeout=TIMEOUT) as blocker:
        wizard.next()
    report = blocker.args[0]
    assert wizard.currentId() == REPORT_PAGE
    assert (report.rows_read, report.added, report.rejected) == (6, 3, 1)
    assert report.duplicates_in_file == 1 and report.duplicates_in_db == 1
    shown = wizard.report_page.rejects
    assert shown.rowCount() == 1
    assert shown.item(0, 0).text() == "4"  # the physical line of the bad row
    assert shown.item(0, 1).text() == "not-an-address"
    saved = tmp_path / "rejects.csv"
    assert wizard.report_page.save_rejects(str(saved)) == 1
    with open(saved, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[1][:2] == ["4", "not-an-address"]

    amelie = services.contacts.find("amelie.poulain@orange.fr")
    assert amelie is not None and amelie.first_name == "Amélie"
    assert amelie.lists == ("Salon 2024",)
    assert amelie.fields.get("ville") == "Paris"
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3003, timeout=TIMEOUT)


def test_a_file_without_email_column_cannot_be_imported(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "names.csv"
    path.write_text("Prénom,Nom\nAnne,Martin\nPaul,Durand\n", encoding="utf-8")
    wizard = _wizard(qtbot, window)
    with qtbot.waitSignal(wizard.file_page.file_sniffed, timeout=TIMEOUT):
        wizard.file_page.set_path(str(path))
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    assert not wizard.mapping_page.isComplete()
    assert "email" in wizard.mapping_page.warning.text().lower()


def test_an_empty_file_is_refused_with_a_message(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard = _wizard(qtbot, window)
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(lambda: "empty" in wizard.file_page.message.text(), timeout=TIMEOUT)
    assert not wizard.file_page.isComplete()


def test_cancel_leaves_the_database_as_it_was(qtbot, window, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3000, timeout=TIMEOUT)
    path = tmp_path / "big.csv"
    lines = ["email,first_name"] + [f"buyer{i}@shop.example,Name{i}" for i in range(30_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, window)
    with qtbot.waitSignal(wizard.file_page.file_sniffed, timeout=TIMEOUT):
        wizard.file_page.set_path(str(path))
    wizard.next()
    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as blocker:
        wizard.next()  # starts the import in a worker
        wizard.progress_page.cancel_button.click()
    report = blocker.args[0]
    assert report.cancelled
    assert "cancelled" in wizard.report_page.summary.text()
    assert services.contacts.count() == 3000


def test_closing_the_window_cancels_a_running_import(
    qtbot, window, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.csv"
    lines = ["email"] + [f"late{i}@shop.example" for i in range(30_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, window)
    with qtbot.waitSignal(wizard.file_page.file_sniffed, timeout=TIMEOUT):
        wizard.file_page.set_path(str(path))
    wizard.next()
    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as blocker:
        wizard.next()
        window.close()
    assert blocker.args[0].cancelled
    assert services.contacts.count() == 3000
