"""With ENVOI_LANG=fr, install_translators makes the whole window French: menus, sidebar,
the contacts area, its numbers and dates (the committed .ts files, compiled for the test)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from envoi.ui import i18n
from tests.support.french import _translations_script

TIMEOUT = 10_000


@pytest.fixture
def french_ui(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[QLocale]:
    """ENVOI_LANG=fr and the translators installed from the committed .ts files."""
    script = _translations_script()
    folder = tmp_path / "qm"
    folder.mkdir()
    sources = [str(p) for p in sorted(script.FOLDER.glob("envoi_fr_*.ts"))]
    lrelease = script._tool("pyside6-lrelease")
    qm = folder / "envoi_fr.qm"
    subprocess.run([lrelease, *sources, "-qm", str(qm)], check=True, capture_output=True)
    previous = QLocale()
    monkeypatch.setenv(i18n.LANG_ENV, "fr")
    settings = i18n.open_settings(tmp_path / "window.ini")
    locale = i18n.install_translators(qapp, settings, folder)
    yield locale
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    i18n.install_translators(qapp, settings, folder)  # English: ours are removed
    QLocale.setDefault(previous)


def test_env_fr_installs_french(french_ui: QLocale) -> None:
    assert french_ui.language() == QLocale.Language.French
    assert QLocale().language() == QLocale.Language.French
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    # Qt's own strings too (qtbase_fr.qm): the standard buttons of dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_the_window_comes_up_in_french(french_ui: QLocale, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "&Paramètres", "&Aide"]
    assert window.language_action.text() == "&Langue…"
    sidebar = [window._sidebar.item(i).text() for i in range(window._sidebar.count())]
    assert sidebar[:4] == ["Contacts", "Segments", "Modèles", "Campagnes"]
    assert "Rebonds" in sidebar and "Vérification de l'expéditeur" in sidebar

    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3000, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "contacts" in contacts.count_label.text(), timeout=TIMEOUT)
    # 3000 in French: a (narrow) no-break space between thousands.
    assert contacts.count_label.text() == f"{QLocale().toString(3000)} contacts"
    assert contacts.count_label.text().startswith("3\u202f000")
    header = contacts.model.headerData
    titles = [header(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert titles == ["E-mail", "Prénom", "Nom", "Statut", "Ajouté le"]
    assert contacts.new_button.text() == "Nouveau contact"
    qtbot.waitUntil(lambda: contacts.model.data(contacts.model.index(0, 4)) is not None)
    # The fixture's first contact was added on 1 January 2024 at 00:00.
    assert contacts.model.data(contacts.model.index(0, 4)) == "01/01/2024 00:00"
    assert contacts.model.data(contacts.model.index(0, 3)) == "Abonné"


def test_segment_rules_read_in_french(french_ui: QLocale, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    builder = window.show_area("segments")
    qtbot.waitUntil(lambda: builder.last_count is not None, timeout=TIMEOUT)
    # French quotes hold their words with no-break spaces.
    assert builder.description_label.text() == "Statut est «\u00a0Abonné\u00a0»"
    assert "correspondent" in builder.count_label.text()
    editor = builder.editor.children_editors()[0]
    assert editor.field_combo.currentText() == "Statut"
    assert editor.op_combo.currentText() == "est"
