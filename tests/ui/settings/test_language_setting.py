"""Which language the window uses (ENVOI_LANG, then Settings > Language, then the system),
the Language dialog, and the restart it offers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from envoi.ui import i18n
from envoi.ui.views.settings import language_dialog
from envoi.ui.views.settings.language_dialog import LanguageDialog
from envoi.ui.widgets.restart import restart_command


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def keep_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def test_env_wins_over_the_saved_choice_which_wins_over_the_system(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    assert i18n.chosen_language(settings) == i18n.SYSTEM
    i18n.save_language(settings, "fr")
    assert i18n.chosen_language(settings) == "fr"
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    assert i18n.chosen_language(settings) == "en"
    monkeypatch.setenv(i18n.LANG_ENV, "klingon")  # unknown: ignored
    assert i18n.chosen_language(settings) == "fr"


def test_the_choice_is_kept_in_window_ini(tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    i18n.save_language(i18n.open_settings(path), "fr")
    assert "language=fr" in path.read_text("utf-8")
    assert i18n.saved_language(i18n.open_settings(path)) == "fr"
    with pytest.raises(ValueError):
        i18n.save_language(i18n.open_settings(path), "de")


def test_english_installs_no_envoi_translator_and_sets_the_locale(
    qapp: QCoreApplication, settings: QSettings, monkeypatch: pytest.MonkeyPatch, keep_locale: None
) -> None:
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    locale = i18n.install_translators(qapp, settings)
    assert locale.language() == QLocale.Language.English
    assert QLocale().language() == QLocale.Language.English
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_dialog_shows_and_saves_the_choice(qtbot, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    i18n.save_language(settings, "en")
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.selected_language() == "en"
    assert [dialog.combo.itemData(i) for i in range(dialog.combo.count())] == ["", "en", "fr"]
    assert dialog.combo.itemText(2) == "Français"
    dialog.combo.setCurrentIndex(dialog.combo.findData("fr"))
    assert dialog.changed()
    dialog.accept()
    assert i18n.saved_language(settings) == "fr"


def test_cancel_saves_nothing(qtbot, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.selected_language() == i18n.SYSTEM
    dialog.combo.setCurrentIndex(dialog.combo.findData("fr"))
    dialog.reject()
    assert i18n.saved_language(settings) == i18n.SYSTEM
    assert settings.value(i18n.LANGUAGE_KEY) is None


def test_the_dialog_says_when_env_overrides(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(i18n.LANG_ENV, "fr")
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.env_note.isHidden()
    assert "ENVOI_LANG" in dialog.env_note.text()
    monkeypatch.delenv(i18n.LANG_ENV)
    other = LanguageDialog(settings)
    qtbot.addWidget(other)
    assert other.env_note.isHidden()


class Recorder:
    def __init__(self) -> None:
        self.started: list[tuple[str, list[str]]] = []
        self.quits = 0


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """QProcess.startDetached and QCoreApplication.quit recorded instead of run."""
    seen = Recorder()

    def start(program: str, arguments: list[str]) -> tuple[bool, int]:
        seen.started.append((program, list(arguments)))
        return True, 4242

    def quit_() -> None:
        seen.quits += 1

    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start))
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(quit_))
    return seen


def _choose(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, language: str, answer: int
) -> QWidget:  # type: ignore[no-untyped-def]
    """Run choose_language: the dialog picks ``language``; the question box gets button
    number ``answer`` (0 = Restart now, 1 = Later) clicked."""

    def dialog_exec(self: LanguageDialog) -> int:
        self.combo.setCurrentIndex(self.combo.findData(language))
        self.accept()
        return QDialog.DialogCode.Accepted.value

    def box_exec(self: QMessageBox) -> int:
        assert "Restart" in self.text()
        self.buttons()[answer].click()
        return 0

    monkeypatch.setattr(LanguageDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    parent = QWidget()
    qtbot.addWidget(parent)
    context = type("Ctx", (), {"settings": settings})()
    language_dialog.choose_language(parent, context)  # type: ignore[arg-type]
    return parent


def test_restart_now_starts_the_same_command_and_quits(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["/opt/venv/bin/envoi", "--db", "sqlite:///x.db"])
    _choose(qtbot, settings, monkeypatch, "fr", answer=0)
    assert i18n.saved_language(settings) == "fr"
    assert recorder.started == [(sys.executable, ["-m", "envoi", "--db", "sqlite:///x.db"])]
    assert recorder.quits == 1


def test_later_only_saves(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:  # type: ignore[no-untyped-def]
    _choose(qtbot, settings, monkeypatch, "fr", answer=1)
    assert i18n.saved_language(settings) == "fr"
    assert recorder.started == [] and recorder.quits == 0


def test_an_unchanged_choice_asks_nothing(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:  # type: ignore[no-untyped-def]
    i18n.save_language(settings, "fr")
    _choose(qtbot, settings, monkeypatch, "fr", answer=0)  # "Restart now" if it asked
    assert recorder.started == [] and recorder.quits == 0


def test_restart_command_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/src/desktop/envoi/__main__.py", "--selftest"])
    assert restart_command() == (sys.executable, ["-m", "envoi", "--selftest"])
    monkeypatch.setattr(sys, "argv", ["C:\\Envoi\\Scripts\\envoi", "--db", "x"])  # a launcher
    assert restart_command() == (sys.executable, ["-m", "envoi", "--db", "x"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/Applications/Envoi", "--db", "x"])
    assert restart_command() == (sys.executable, ["--db", "x"])
