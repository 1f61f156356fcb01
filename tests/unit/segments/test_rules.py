"""The rule tree as data: JSON round-trip, validation messages, command-line parsing, words."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from envoi.errors import InvalidInputError
from envoi.segments.rules import (
    OPERATORS,
    Condition,
    Group,
    describe,
    from_json,
    parse_condition,
    to_json,
    validate,
)
from tests.unit.segments.conftest import FIELD_TYPES

TREE = Group(
    "all",
    (
        Condition("custom:country", "equals", "France"),
        Group(
            "any",
            (
                Condition("tag", "has", "VIP"),
                Condition("created_at", "within_last_days", 30),
                Group("all", ()),
            ),
        ),
        Condition("custom:orders", "gte", 2.5),
        Condition("custom:vip", "is_true"),
    ),
)


def test_json_round_trip_through_text() -> None:
    text = json.dumps(to_json(TREE))
    assert from_json(json.loads(text)) == TREE
    assert from_json(json.loads(text), FIELD_TYPES) == TREE


conditions = st.builds(
    Condition,
    field=st.text(min_size=1, max_size=12),
    op=st.sampled_from(sorted({op for ops in OPERATORS.values() for op in ops})),
    value=st.one_of(
        st.none(),
        st.text(max_size=20),
        st.integers(-(10**9), 10**9),
        st.floats(allow_nan=False, allow_infinity=False),
    ),
)
trees = st.recursive(
    conditions,
    lambda children: st.builds(
        Group,
        match=st.sampled_from(["all", "any"]),
        children=st.lists(children, max_size=4).map(tuple),
    ),
    max_leaves=12,
)


@given(trees)
def test_any_tree_survives_json(tree: Condition | Group) -> None:
    expected = tree if isinstance(tree, Group) else Group("all", (tree,))
    assert from_json(json.loads(json.dumps(to_json(tree)))) == expected


def test_validation_puts_values_in_canonical_form() -> None:
    group = Group(
        "all",
        (
            Condition("custom:orders", "gt", "12,5"),
            Condition("custom:orders", "lt", "40"),
            Condition("custom:birthday", "before", "31/12/1999"),
            Condition("created_at", "within_last_days", " 30 "),
            Condition("status", "equals", "Bounced"),
            Condition("custom:vip", "is_true", "ignored"),
        ),
    )
    checked = validate(group, FIELD_TYPES)
    assert isinstance(checked, Group)
    assert [c.value for c in checked.children if isinstance(c, Condition)] == [
        12.5,
        40,
        "1999-12-31",
        30,
        "bounced",
        None,
    ]


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        (Condition("favourite_colour", "equals", "red"), "does not exist"),
        (Condition("custom:shoe_size", "gt", 40), "does not exist"),
        (Condition("custom:orders", "contains", "5"), "cannot be used"),
        (Condition("custom:country", "gt", 5), "cannot be used"),
        (Condition("custom:vip", "equals", "yes"), "cannot be used"),
        (Condition("tag", "equals", "VIP"), "cannot be used"),
        (Condition("custom:orders", "gt", "lots"), "not a number"),
        (Condition("custom:orders", "gt", "inf"), "not a number"),
        (Condition("custom:orders", "gt", True), "not a valid value"),
        (Condition("custom:birthday", "before", "next tuesday"), "not a date"),
        (Condition("created_at", "on", "2024-02-30"), "not a date"),
        (Condition("created_at", "within_last_days", "a week"), "not a number of days"),
        (Condition("created_at", "within_last_days", -3), "not a sensible number"),
        (Condition("status", "equals", "active"), "not a contact status"),
        (Condition("email", "equals", None), "needs a value"),
        (Condition("first_name", "contains", "   "), "needs a value"),
    ],
)
def test_validation_errors_say_what_is_wrong(condition: Condition, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message) as info:
        validate(Group("all", (condition,)), FIELD_TYPES)
    assert info.value.user_message.endswith(".")


@pytest.mark.parametrize(
    "data",
    [
        [],
        "status equals subscribed",
        {"match": "every", "children": []},
        {"match": "all", "children": {"field": "email"}},
        {"field": "email"},
        {"field": "email", "op": "equals", "value": {"$gt": ""}},
        {"match": "all", "children": [{"match": "any", "children": ["x"]}]},
    ],
)
def test_malformed_json_is_refused(data: object) -> None:
    with pytest.raises(InvalidInputError):
        from_json(data)


def test_too_deep_a_tree_is_refused() -> None:
    data: dict[str, object] = {"field": "email", "op": "is_empty"}
    for _ in range(20):
        data = {"match": "all", "children": [data]}
    with pytest.raises(InvalidInputError, match="nested"):
        from_json(data)


def test_a_single_condition_becomes_a_group() -> None:
    assert from_json({"field": "email", "op": "is_empty", "value": None}) == Group(
        "all", (Condition("email", "is_empty"),)
    )


def test_parse_condition_from_the_command_line() -> None:
    assert parse_condition("country equals 'Le Mans'", FIELD_TYPES) == Condition(
        "custom:country", "equals", "Le Mans"
    )
    assert parse_condition("custom:orders gt 5", FIELD_TYPES) == Condition("custom:orders", "gt", 5)
    assert parse_condition("tag has VIP client", FIELD_TYPES) == Condition(
        "tag", "has", "VIP client"
    )
    assert parse_condition("vip is_true", FIELD_TYPES) == Condition("custom:vip", "is_true")
    with pytest.raises(InvalidInputError, match="needs a field and an operator"):
        parse_condition("country", FIELD_TYPES)
    with pytest.raises(InvalidInputError, match="cannot be read"):
        parse_condition("country equals 'France", FIELD_TYPES)


def test_describe_in_words() -> None:
    words = describe(TREE, {"country": "Country", "orders": "Orders", "vip": "VIP"})
    assert words == (
        "Country is “France” and (Contact has tag “VIP” or Added on is within the last 30 days"
        " or All contacts) and Orders is at least “2.5” and VIP is yes"
    )
    assert describe(Group()) == "All contacts"
