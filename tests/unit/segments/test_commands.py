"""`envoi segments ...` in-process against both databases, on contacts inserted directly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from envoi.cli import main
from envoi.store.engine import Store
from tests.unit.segments.conftest import populate


def run(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(db_url: str) -> str:
    from envoi.store.migrate import upgrade

    store = Store.from_url(db_url)
    upgrade(store.engine)
    populate(store)
    store.dispose()
    return db_url


def test_create_list_show_count_delete(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        db,
        capsys,
        "segments",
        "create",
        "French VIPs",
        "--rule",
        "country equals france",
        "--rule",
        "tag has VIP",
    )
    assert code == 0
    assert (
        out.strip()
        == "saved French VIPs: Country is “france” and Contact has tag “VIP” (2 contacts)"
    )

    code, out, _ = run(db, capsys, "segments", "count", "French VIPs")
    assert (code, out) == (0, "2\n")
    code, out, _ = run(db, capsys, "segments", "count", "french vips", "--json")
    data = json.loads(out)
    assert (data["name"], data["count"]) == ("French VIPs", 2)

    code, out, _ = run(db, capsys, "segments", "show", "French VIPs", "--json")
    shown = json.loads(out)
    assert shown["rules"]["children"][1] == {"field": "tag", "op": "has", "value": "VIP"}
    assert shown["count"] == 2

    run(db, capsys, "segments", "create", "Quiet", "--any", "--rule", "status equals bounced",
        "--rule", "status equals complained")  # fmt: skip
    code, out, _ = run(db, capsys, "segments", "list")
    assert out.splitlines() == [
        "French VIPs: Country is “france” and Contact has tag “VIP”",
        "Quiet: Status is “bounced” or Status is “complained”",
    ]
    assert run(db, capsys, "segments", "count", "Quiet")[1] == "2\n"

    assert run(db, capsys, "segments", "delete", "Quiet")[0] == 0
    code, _, err = run(db, capsys, "segments", "count", "Quiet")
    assert code == 2 and "There is no segment “Quiet”" in err


def test_create_from_a_json_file_and_replace(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(
        json.dumps(
            {
                "match": "any",
                "children": [
                    {"field": "custom:orders", "op": "gt", "value": 100},
                    {"field": "list", "op": "in", "value": "Prospects"},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert run(db, capsys, "segments", "create", "Big", "--json-file", str(rules))[0] == 0
    assert run(db, capsys, "segments", "count", "Big")[1] == "2\n"

    code, _, err = run(db, capsys, "segments", "create", "Big", "--rule", "orders gt 1")
    assert code == 2 and "already exists" in err
    code, _, _ = run(db, capsys, "segments", "create", "Big", "--replace", "--rule", "orders gt 1")
    assert code == 0
    assert run(db, capsys, "segments", "count", "Big")[1] == "3\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rule", "shoe_size gt 40"], "does not exist"),
        (["--rule", "country gt 5"], "cannot be used"),
        (["--rule", "orders gt lots"], "not a number"),
        (["--rule", "created_at before someday"], "not a date"),
        (["--rule", "country"], "needs a field and an operator"),
        (["--json-file", "/nonexistent/rules.json"], "cannot be read"),
    ],
)
def test_bad_rules_exit_2_with_a_message(
    db: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(db, capsys, "segments", "create", "Bad", *args)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert run(db, capsys, "segments", "list")[1] == "no segments yet\n"
