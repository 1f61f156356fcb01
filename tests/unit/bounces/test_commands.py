"""`envoi bounces parse|import|list|policy` through the real command line entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from envoi.cli import main


def test_parse_json_prints_one_object_per_file_and_never_stops(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = corpus / "bounces" / "emails" / "maildir" / "bsd" / "lhost-exim-01.eml"
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(b"\x00\xff" * 50)
    missing = tmp_path / "missing.eml"
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    code = main(["--db", db, "bounces", "parse", "--json", str(good), str(missing), str(garbage)])
    assert code == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["file"] for d in lines] == [str(good), str(missing), str(garbage)]
    assert lines[0]["kind"] == "bounce"
    assert lines[0]["recipients"][0]["address"] == "kijitora@example.ed.jp"
    assert lines[1]["kind"] == "other" and "error" in lines[1]
    assert lines[2]["kind"] == "other"


def test_import_list_and_policy(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    arf = corpus / "bounces" / "emails" / "maildir" / "bsd" / "arf-02.eml"
    assert main(["--db", db, "bounces", "import", str(arf), str(arf)]) == 0
    out = capsys.readouterr().out
    assert "complained" in out and "already processed" in out
    assert main(["--db", db, "bounces", "list", "--json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["kind"], row["action"]) == ("feedback", "complained")
    assert main(["--db", db, "bounces", "policy", "--soft-limit", "5"]) == 0
    assert json.loads(capsys.readouterr().out)["soft_limit"] == 5
    assert main(["--db", db, "bounces", "policy", "--soft-limit", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err
