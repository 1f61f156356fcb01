"""Where Envoi keeps its data and finds its resources (dev, installed and frozen layouts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Envoi"
DB_ENV = "ENVOI_DB"
DATA_DIR_ENV = "ENVOI_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder; ENVOI_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "envoi.sqlite3"


def database_url(explicit: str | None = None) -> str:
    """--db wins, then ENVOI_DB, then the embedded SQLite file in the data folder."""
    if explicit:
        return explicit
    env = os.environ.get(DB_ENV)
    if env:
        return env
    return f"sqlite:///{default_db_path()}"


def resources_dir() -> Path:
    """resources/ beside the source tree, inside the package when installed, or in a bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent.parent / "resources"
