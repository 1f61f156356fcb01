"""The window's rules in words keep in step with the core's vocabulary and, in English,
say what envoi.segments.rules.describe says (the CLI's words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from envoi.segments.rules import BUILTIN_FIELDS, OPERATOR_WORDS, OPERATORS, Condition, Group
from envoi.segments.rules import describe as core_describe
from envoi.ui.views.segments import rule_words


@pytest.fixture(autouse=True)
def _english(qapp, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def test_every_core_field_and_operator_has_words() -> None:
    assert set(rule_words.FIELD_TITLES) == set(BUILTIN_FIELDS)
    assert set(rule_words.OP_WORDS) == set(OPERATOR_WORDS)
    every_op = {op for ops in OPERATORS.values() for op in ops}
    assert set(rule_words.OP_TITLES) == every_op
    for field, (_kind, label) in BUILTIN_FIELDS.items():
        assert rule_words.FIELD_TITLES[field] == label


def test_english_words_match_the_core_ones() -> None:
    labels = {"custom:city": "City"}
    tree = Group(
        "all",
        (
            Condition("email", "ends_with", "@example.com"),
            Condition("custom:city", "equals", "Paris"),
            Group("any", (Condition("tag", "has", "vip"), Condition("list", "not_in", "Old"))),
            Condition("created_at", "within_last_days", 30),
            Condition("first_name", "is_empty", None),
        ),
    )
    ui = rule_words.describe(tree, labels)
    assert ui == core_describe(tree, {"city": "City"})
    assert rule_words.describe(Group("all", ()), {}) == "All contacts"


def test_values_are_shown_as_the_window_shows_them() -> None:
    status = Condition("status", "equals", "unsubscribed")
    assert rule_words.describe(status, {}) == "Status is “Unsubscribed”"
    day = Condition("created_at", "before", "2024-03-05")
    assert rule_words.describe(day, {}) == "Added on is before “05/03/2024”"
