"""English under a C, C.UTF-8 or POSIX system locale: ISO dates and grouped numbers, not
"8 12 2026 02:04" and "50335"."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from envoi.ui.i18n import SYSTEM, locale_for
from envoi.ui.widgets.locale_format import (
    editor_date_format,
    editor_date_time_format,
    number,
    short_date,
    short_date_time,
)


@pytest.fixture
def default_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", ["C", "POSIX"])
def test_c_system_locale_becomes_english_with_iso_dates(name: str, default_locale: None) -> None:
    locale = locale_for(SYSTEM, QLocale(name))
    assert locale.language() == QLocale.Language.English
    QLocale.setDefault(locale)
    assert number(50335) == "50,335"
    assert short_date_time(datetime(2026, 12, 8, 2, 4)) == "2026-12-08 02:04"
    assert short_date(date(2026, 12, 8)) == "2026-12-08"
    assert (editor_date_format(), editor_date_time_format()) == ("yyyy-MM-dd", "yyyy-MM-dd HH:mm")
    assert QLocale().toString(3.5, "f", 1) == "3.5"


def test_a_real_locale_keeps_its_own_forms(default_locale: None) -> None:
    QLocale.setDefault(locale_for(SYSTEM, QLocale("fr_FR")))
    assert short_date_time(datetime(2026, 12, 8, 2, 4)) == "08/12/2026 02:04"
    QLocale.setDefault(locale_for("en"))
    assert number(50335) == "50,335"
    assert short_date(date(2026, 12, 8)) != "2026-12-08"  # a chosen English keeps its region


def test_window_started_under_c_utf8_writes_english(tmp_path: object) -> None:
    """The real thing: a process whose environment says C.UTF-8, through install_translators."""
    code = (
        "from datetime import datetime\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from envoi.ui.i18n import install_translators, open_settings\n"
        "from envoi.ui.widgets.locale_format import number, short_date_time\n"
        "app = QApplication([])\n"
        f"install_translators(app, open_settings(Path({str(tmp_path)!r}) / 'w.ini'))\n"
        "print(number(50335), '|', short_date_time(datetime(2026, 12, 8, 2, 4)))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "ENVOI_LANG"))}
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "50,335 | 2026-12-08 02:04"
