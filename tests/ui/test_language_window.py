"""With ENVOI_LANG=fr, install_translators makes the whole window French: menus, sidebar,
the contacts area, its numbers and dates (the committed .ts files, compiled for the test)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QWidget

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


def _english_sources(groups: tuple[str, ...]) -> set[str]:
    """Source strings of ``groups`` whose French differs (a widget showing one is English)."""
    script = _translations_script()
    found = set()
    for group in groups:
        for _context, source, text in script.messages(script.ts_path(group, "fr")):
            if text and text != source and "%" not in source and "{" not in source:
                found.add(source)
    return found


def _shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of what a user reads in ``root`` and its children."""
    texts: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        for getter in ("text", "title", "placeholderText", "toolTip", "windowTitle"):
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    texts.append((kind, value))
        if isinstance(widget, QComboBox):
            texts.extend((kind, widget.itemText(i)) for i in range(widget.count()))
        for action in widget.actions():
            texts.append(("QAction", action.text()))
    return texts


def test_no_english_left_in_the_french_contacts_and_segments(
    french_ui: QLocale, window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """At run time, not only in the .ts: a tr() whose context differs from the .ts (a
    subclass, a helper) would leave its English here."""
    english = _english_sources(("main", "contacts", "imports", "segments", "settings"))
    contacts = window.page("contacts")
    builder = window.page("segments")
    qtbot.waitUntil(lambda: builder.last_count is not None, timeout=TIMEOUT)
    from envoi.ui.views.imports.import_wizard import ImportWizardDialog

    wizard = ImportWizardDialog(contacts._context, window)
    qtbot.addWidget(wizard)
    roots = [window, contacts, builder, wizard, *(wizard.page(i) for i in wizard.pageIds())]
    menu_texts = [(m.title(), m.title()) for m in window.menuBar().findChildren(QMenu)]
    left = sorted(
        {f"{kind}: {text!r}" for root in roots for kind, text in _shown_texts(root)}
        | {f"QMenu: {t!r}" for t, _ in menu_texts}
    )
    shown = [line for line in left if line.split(": ", 1)[1].strip("'") in english]
    assert not shown, "English in the French window:\n" + "\n".join(shown)
    assert len(left) > 40  # the walk really read the widgets


def test_an_empty_result_reads_as_words(french_ui: QLocale, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3000, timeout=TIMEOUT)
    contacts.search.setText("personne-de-ce-nom")
    qtbot.waitUntil(lambda: contacts.count_label.text() == "Aucun contact", timeout=TIMEOUT)
    assert contacts.model.rowCount() == 0


def test_no_english_left_in_any_french_area(french_ui: QLocale, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every area, with the sources of every group: what the .ts translates must show
    translated (a string with no French yet is the lupdate check's business)."""
    script = _translations_script()
    english = _english_sources(tuple(script.GROUPS))
    window.build_all_pages()
    qtbot.wait(500)  # first results land (the pages' texts change with them)
    shown = sorted(
        {
            f"{key}: {kind}: {text!r}"
            for key in window.area_keys()
            for kind, text in _shown_texts(window.page(key))
            if text in english
        }
    )
    assert not shown, "English in the French window:\n" + "\n".join(shown)
