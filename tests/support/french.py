"""The French translation installed for one test: the groups' .ts files as committed are
compiled on the spot (a stale or absent envoi_fr.qm cannot make the test pass or fail),
loaded into a QTranslator, and the default locale is French while the test runs."""

from __future__ import annotations

import importlib.util
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "envoi_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def french(*groups: str) -> Iterator[None]:
    """French for the strings of ``groups`` (names of packaging/translations.py GROUPS)."""
    script = _translations_script()
    app = QCoreApplication.instance()
    assert app is not None
    previous = QLocale()
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / "envoi_fr.qm"
        sources = [str(script.ts_path(group, "fr")) for group in groups]
        lrelease = script._tool("pyside6-lrelease")
        subprocess.run([lrelease, *sources, "-qm", str(qm)], check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        try:
            yield
        finally:
            app.removeTranslator(translator)
            QLocale.setDefault(previous)
