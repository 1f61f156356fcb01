"""Damaged corpus messages never raise: truncated, lines shuffled, bytes mutated."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from envoi.bounces.parse import parse_message

CORPUS = (
    Path(__file__).resolve().parents[4]
    / "shared"
    / "corpus"
    / "bounces"
    / "emails"
    / "maildir"
    / "bsd"
)
SAMPLES = sorted(CORPUS.glob("*.eml"))[::9] if CORPUS.is_dir() else []
MESSAGES = [p.read_bytes() for p in SAMPLES] or [b"From: a@b.example\n\nhello\n"]


def _check(raw: bytes) -> None:
    got = parse_message(raw)
    assert got.error is None, got.error
    got.to_json()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(MESSAGES), st.floats(0, 1))
def test_truncated(raw: bytes, cut: float) -> None:
    _check(raw[: int(len(raw) * cut)])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(MESSAGES), st.randoms(use_true_random=False))
def test_lines_shuffled(raw: bytes, rnd) -> None:  # type: ignore[no-untyped-def]
    lines = raw.split(b"\n")
    rnd.shuffle(lines)
    _check(b"\n".join(lines))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(MESSAGES),
    st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=0, max_size=8)), max_size=12),
)
def test_bytes_mutated(raw: bytes, edits: list[tuple[float, bytes]]) -> None:
    data = bytearray(raw)
    for where, blob in edits:
        i = int(len(data) * where)
        data[i : i + len(blob)] = blob
    _check(bytes(data))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)
