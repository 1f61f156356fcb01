"""Where Envoi keeps its data: ENVOI_DATA_DIR, the platform's user data folder, --db/ENVOI_DB."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from envoi import paths
from envoi.store.engine import Store
from envoi.store.migrate import upgrade

REPO = Path(__file__).resolve().parents[2]


def test_data_dir_env_override_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "not" / "yet" / "there"
    monkeypatch.setenv("ENVOI_DATA_DIR", str(target))
    assert paths.data_dir() == target
    assert target.is_dir()


def test_data_dir_defaults_to_platform_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def fake_user_data_dir(*args: object, **kwargs: object) -> str:
        asked.append(args)
        return str(tmp_path / "platform" / "Envoi")

    monkeypatch.delenv("ENVOI_DATA_DIR", raising=False)
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", fake_user_data_dir)
    assert paths.data_dir() == tmp_path / "platform" / "Envoi"
    assert (tmp_path / "platform" / "Envoi").is_dir()
    assert asked and asked[0][0] == "Envoi"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout is Linux's")
def test_data_dir_follows_xdg_on_linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENVOI_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "Envoi"


def test_default_db_path_is_in_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVOI_DATA_DIR", str(tmp_path))
    assert paths.default_db_path() == tmp_path / "envoi.sqlite3"


def test_database_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVOI_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ENVOI_DB", raising=False)
    default = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
    assert paths.database_url() == default
    assert paths.database_url(None) == default

    monkeypatch.setenv("ENVOI_DB", "postgresql://team@db.example/envoi")
    assert paths.database_url() == "postgresql://team@db.example/envoi"
    # --db wins over the environment.
    assert paths.database_url("sqlite:///elsewhere.sqlite3") == "sqlite:///elsewhere.sqlite3"

    # An empty variable (ENVOI_DB= in a shell profile) means "not set", not "no database".
    monkeypatch.setenv("ENVOI_DB", "")
    assert paths.database_url() == default


def test_default_database_opens_in_a_folder_with_spaces_and_accents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Mes Données" / "Envoi été"
    monkeypatch.setenv("ENVOI_DATA_DIR", str(folder))
    store = Store.from_url(paths.database_url())
    try:
        upgrade(store.engine)
    finally:
        store.dispose()
    assert (folder / "envoi.sqlite3").is_file()


def test_resources_dir_in_the_source_tree() -> None:
    assert paths.resources_dir() == REPO / "resources"


def test_resources_dir_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
