"""The contacts command line, run in-process against both databases."""

from __future__ import annotations

import json

from envoi.cli import main


def run(db_url: str, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_show_list_edit_tag_move(db_url, capsys) -> None:
    assert (
        run(
            db_url,
            capsys,
            "contacts",
            "add",
            "Ana@Example.org",
            "--first",
            "Ana",
            "--field",
            "city=Lyon",
            "--tag",
            "vip",
            "--list",
            "Clients",
        )[0]
        == 0
    )
    assert run(db_url, capsys, "contacts", "add", "bob@example.org")[0] == 0
    code, out, _ = run(db_url, capsys, "contacts", "show", "ana@example.org", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["email"], data["fields"], data["tags"], data["lists"]) == (
        "Ana@example.org",
        {"city": "Lyon"},
        ["vip"],
        ["Clients"],
    )
    run(db_url, capsys, "contacts", "edit", "ana@example.org", "--last", "Lima")
    run(db_url, capsys, "contacts", "tag", "bob@example.org", "--tag", "vip")
    run(
        db_url,
        capsys,
        "contacts",
        "lists",
        "move",
        "ana@example.org",
        "--list",
        "Clients",
        "--to",
        "Archive",
    )
    code, out, _ = run(db_url, capsys, "contacts", "list", "--tag", "vip", "--json")
    assert code == 0
    listing = json.loads(out)
    assert listing["total"] == 2
    code, out, _ = run(db_url, capsys, "contacts", "list", "--list", "Archive", "--json")
    assert code == 0
    assert [c["last_name"] for c in json.loads(out)["contacts"]] == ["Lima"]


def test_errors_are_plain_sentences_with_exit_code_2(db_url, capsys) -> None:
    code, _, err = run(db_url, capsys, "contacts", "add", "nope")
    assert code == 2 and err.startswith("error: “nope” is not a valid email address.")
    code, _, err = run(db_url, capsys, "contacts", "show", "ghost@example.org")
    assert code == 2 and "There is no contact" in err
    assert "Traceback" not in err


def test_unsubscribe_then_erase_keeps_the_address_suppressed(db_url, capsys) -> None:
    run(db_url, capsys, "contacts", "add", "carl@example.org")
    assert run(db_url, capsys, "contacts", "unsubscribe", "carl@example.org")[0] == 0
    assert run(db_url, capsys, "contacts", "erase", "carl@example.org")[0] == 0
    code, out, _ = run(db_url, capsys, "suppression", "check", "CARL@example.org")
    assert out.strip().endswith("erased")
    code, _, err = run(db_url, capsys, "contacts", "add", "carl@example.org")
    assert code == 2 and "suppression list" in err


def test_export_data_writes_json(db_url, capsys, tmp_path) -> None:
    run(
        db_url,
        capsys,
        "contacts",
        "add",
        "dora@example.org",
        "--first",
        "Dóra",
        "--consent-source",
        "shop counter",
        "--consent-method",
        "paper form",
    )
    out_file = tmp_path / "dora.json"
    assert (
        run(db_url, capsys, "contacts", "export-data", "dora@example.org", "-o", str(out_file))[0]
        == 0
    )
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["first_name"] == "Dóra" and data["consent"]["method"] == "paper form"


def test_suppress_domain_from_cli(db_url, capsys) -> None:
    assert run(db_url, capsys, "suppression", "add", "@blocked.example")[0] == 0
    code, _, err = run(db_url, capsys, "contacts", "add", "x@blocked.example")
    assert code == 2
    assert err.startswith("error: ")
