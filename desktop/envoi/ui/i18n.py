"""The window's language: Envoi's own .qm (resources/translations) and Qt's.

The choice, in order: the ``ENVOI_LANG`` environment variable (tests, screenshot scripts), the
``ui/language`` key of ``window.ini`` (Settings > Language), else the system's locale. The
chosen locale also becomes ``QLocale``'s default, so ``QLocale().toString(...)`` in the views
writes numbers and dates the way the language does.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from envoi.errors import EnvoiError, Text
from envoi.paths import data_dir, resources_dir

LANG_ENV = "ENVOI_LANG"
LANGUAGE_KEY = "ui/language"
SYSTEM = ""  # the saved value that means "follow the system"
LANGUAGES = ("en", "fr")  # English is the source language: it has no .qm of its own
_TRANSLATOR_NAME = "envoi-translator"
# English of no region ("World"): 50,335 and 3.5; for dates, see widgets.locale_format.
NO_REGION_ENGLISH = "en_001"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it untranslated (PySide6's
    own is typed ``-> object``); translate it where shown, with that same context."""
    del context
    return source


# The context of the core's messages (envoi.errors.Text) in the .ts files: their catalogue
# is gathered from the core's source by packaging/translations.py (group "core").
CORE_CONTEXT = "core"


def translate_core(text: str) -> str:
    """A message of the Qt-free core in the window's language: a Text's template translated
    in the "core" context, formatted with its params (Text params translated in turn); any
    other str is shown as it is."""
    if not isinstance(text, Text):
        return text
    params = {k: translate_core(v) if isinstance(v, str) else v for k, v in text.params.items()}
    try:
        return QCoreApplication.translate(CORE_CONTEXT, text.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation whose fields do not match: the English, not a crash


def error_text(exc: EnvoiError, sep: str = " ") -> str:
    """An expected error's message and hint in the window's language, joined by ``sep``."""
    parts = (translate_core(exc.user_message), translate_core(exc.hint))
    return sep.join(part for part in parts if part)


def settings_file() -> Path:
    """The window's settings file (also where app.build_window keeps the geometry)."""
    return data_dir() / "window.ini"


def open_settings(path: Path | None = None) -> QSettings:
    return QSettings(str(path or settings_file()), QSettings.Format.IniFormat)


def saved_language(settings: QSettings) -> str:
    """ "" (the system's), "en" or "fr", as Settings > Language saved it."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def save_language(settings: QSettings, language: str) -> None:
    if language not in (SYSTEM, *LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def chosen_language(settings: QSettings) -> str:
    """The language to show: ENVOI_LANG when set to a known one, then the saved choice."""
    forced = os.environ.get(LANG_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    return saved_language(settings)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale of a choice; the system's for SYSTEM (``system``: the tests' stand-in).

    A system locale without a language (C, C.UTF-8, POSIX, common on servers, containers
    and minimal installs) writes "8 12 2026 02:04" and "50335": English then, as
    ``NO_REGION_ENGLISH``, whose dates ``widgets.locale_format`` writes as ISO 8601."""
    if language == SYSTEM:
        system = system if system is not None else QLocale.system()
        if system.language() == QLocale.Language.C:
            return QLocale(NO_REGION_ENGLISH)
        return system
    return QLocale(language)


def _remove_ours(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == _TRANSLATOR_NAME:
            app.removeTranslator(translator)
            translator.deleteLater()  # Qt owns it (its parent is the app): Qt deletes it


def _install(app: QCoreApplication, locale: QLocale, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(locale, name, "_", folder):
        app.installTranslator(translator)
        return True
    translator.deleteLater()
    return False


def install_translators(
    app: QCoreApplication, settings: QSettings | None = None, folder: Path | None = None
) -> QLocale:
    """Install the translators of the chosen language (replacing earlier ones); return its
    locale, which is also made QLocale's default. ``folder`` holds envoi_<lang>.qm
    (resources/translations by default)."""
    language = chosen_language(settings if settings is not None else open_settings())
    locale = locale_for(language)
    QLocale.setDefault(locale)
    _remove_ours(app)
    if locale.language() == QLocale.Language.English:
        return locale  # the source strings are English: no translator, no stray .qm match
    folder = folder or resources_dir() / "translations"
    if folder.is_dir():
        _install(app, locale, "envoi", str(folder))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, locale, "qtbase", qt_folder)
    return locale
