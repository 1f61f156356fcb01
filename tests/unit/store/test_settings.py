"""The key/value settings module: the one reader and writer of the settings table."""

from __future__ import annotations

import ast
from pathlib import Path

from envoi.store.engine import Store
from envoi.store.settings import Settings, get_dict, put_setting

PACKAGE = Path(__file__).resolve().parents[3] / "desktop" / "envoi"


def test_put_get_and_delete(store: Store) -> None:
    settings = Settings(store)
    assert settings.get("x") is None and settings.get_dict("x") == {}
    settings.put("x", {"a": 1})
    settings.put("x", {"a": 2, "b": [1, "two"]})  # replaced, not merged
    assert settings.get("x") == {"a": 2, "b": [1, "two"]}
    copy = settings.get_dict("x")
    copy["a"] = 3
    assert settings.get_dict("x")["a"] == 2  # a copy: the caller saves with put
    settings.put("list", [1, 2])
    assert settings.get("list") == [1, 2] and settings.get_dict("list") == {}
    with store.session() as session:  # the same inside a caller's unit of work
        value = get_dict(session, "x")
        put_setting(session, "y", {**value, "c": True})
    assert settings.get("y") == {"a": 2, "b": [1, "two"], "c": True}
    settings.delete("x")
    settings.delete("x")  # deleting a missing key is fine
    assert settings.get("x") is None


def test_no_other_module_touches_the_settings_table() -> None:
    users = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "settings.py" and path.parent.name == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "envoi.store.models"
                and any(alias.name == "Setting" for alias in node.names)
            ):
                users.append(str(path.relative_to(PACKAGE)))
    assert users == []
