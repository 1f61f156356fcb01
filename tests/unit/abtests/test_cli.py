"""`envoi abtests plan` and `envoi abtests decide --input` (no database needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from envoi.abtests import stats
from envoi.cli import main


def test_plan_prints_the_sentence_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["abtests", "plan", "--baseline", "0.03", "--lift", "0.3"]) == 0
    assert "per variant you would notice a 30% better click rate 8 times in 10" in (
        capsys.readouterr().out
    )
    assert main(["abtests", "plan", "--baseline", "0.03", "--lift", "0.3", "--variants", "3",
                 "--audience", "100000", "--share", "20", "--json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert data["per_variant"] == stats.sample_size(0.03, 0.3, 3)
    assert data["available"] == 6666 and data["enough"] is False
    assert main(["abtests", "plan", "--baseline", "2", "--lift", "0.3"]) == 2


def test_decide_input_decides_each_line_as_the_app_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clear = [{"label": "A", "sent": 20000, "successes": 600},
             {"label": "B", "sent": 20000, "successes": 900}]  # fmt: skip
    # Significant at the first look, then nothing: the always-valid p-value keeps it.
    looks = [[{"sent": 10000, "successes": 300}, {"sent": 10000, "successes": 450}],
             [{"sent": 20000, "successes": 600}, {"sent": 20000, "successes": 610}]]  # fmt: skip
    lines = [{"baseline": 0.03, "lift": 0.3, "variants": clear},
             {"baseline": 0.03, "lift": 0.3, "looks": looks},
             {"baseline": 0.03, "lift": 0.3, "variants": [clear[0], clear[0]]}]  # fmt: skip
    path = tmp_path / "tests.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    assert main(["abtests", "decide", "--input", str(path), "--json"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["winner"] for o in out] == ["B", "1", None]
    path.write_text('{"variants": 3}\n')
    assert main(["abtests", "decide", "--input", str(path), "--json"]) == 2


def test_decide_needs_a_name_or_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["abtests", "decide"]) == 2
    assert "Name the A/B test" in capsys.readouterr().err
