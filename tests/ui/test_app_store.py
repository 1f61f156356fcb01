"""Opening the database at start-up: Alembic is only imported when the schema is behind."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from envoi.store.migrate import head_revision
from envoi.ui.app import head_from_files, open_store, schema_is_current


def _migration(folder: Path, rev: str, down: str | None) -> None:
    down_text = "None" if down is None else f'"{down}"'
    (folder / f"{rev}_x.py").write_text(
        f'"""x"""\nrevision: str = "{rev}"\ndown_revision: str | None = {down_text}\n',
        encoding="utf-8",
    )


def test_head_from_files_linear_branch_and_odd_forms(tmp_path: Path) -> None:
    _migration(tmp_path, "a1", None)
    _migration(tmp_path, "b2", "a1")
    _migration(tmp_path, "c3", "b2")
    assert head_from_files(tmp_path) == "c3"
    _migration(tmp_path, "d4", "b2")  # a branch: two heads -> let Alembic decide
    assert head_from_files(tmp_path) is None
    (tmp_path / "d4_x.py").write_text('revision = "d4"\ndown_revision = ("b2", "c3")\n')
    assert head_from_files(tmp_path) is None  # a merge tuple is not read here


def test_head_from_files_matches_alembic() -> None:
    import envoi.store

    versions = Path(envoi.store.__file__).parent / "migrations" / "versions"
    assert head_from_files(versions) == head_revision()


def test_open_store_migrates_a_new_database_then_sees_it_current(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    store = open_store(url)
    try:
        assert "contacts" in inspect(store.engine).get_table_names()
        assert schema_is_current(store)
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        assert not schema_is_current(store)
    finally:
        store.dispose()
