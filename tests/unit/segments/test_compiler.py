"""Each operator on each field type, nested groups, tags, lists and hostile values, run as SQL
on SQLite and PostgreSQL against contacts inserted directly."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select, update

from envoi.errors import InvalidInputError
from envoi.segments.rules import Condition, Group
from envoi.segments.service import SegmentService
from envoi.store.engine import Store
from envoi.store.models import Contact, CustomField
from tests.unit.segments.conftest import ALL, DROP_TABLE, INJECTION, matching

CASES: list[tuple[str, str, object, set[int]]] = [
    # built-in text, case-insensitive
    ("email", "equals", "ADA@example.com", {1}),
    ("email", "equals", "alan@EXAMPLE.org", {2}),
    ("email", "not_equals", "ada@example.com", ALL - {1}),
    ("email", "contains", "Example", {1, 2, 4, 6}),
    ("email", "not_contains", "example", {3, 5}),
    ("email", "starts_with", "MA", {5}),
    ("email", "ends_with", ".FR", {3}),
    ("domain", "equals", "Example.ORG", {2}),
    ("first_name", "equals", "ada", {1}),
    ("first_name", "not_equals", "Ada", ALL - {1}),
    ("first_name", "starts_with", "gr", {3}),
    ("last_name", "ends_with", "RIE", {5}),
    ("last_name", "is_empty", None, {4}),
    ("last_name", "is_not_empty", None, ALL - {4}),
    ("consent_source", "is_empty", None, ALL),
    # LIKE wildcards typed by the user are plain characters
    ("custom:note", "contains", "100%", {5}),
    ("custom:note", "contains", "e_t", {5}),
    ("custom:note", "contains", "1%s", set()),
    ("custom:note", "contains", "e%t", set()),
    ("first_name", "contains", "_", set()),
    # custom text; a missing key and an empty text are both "empty"
    ("custom:country", "equals", "france", {1, 3}),
    ("custom:country", "not_equals", "FRANCE", {2, 4, 5, 6}),
    ("custom:country", "contains", "MAN", {2}),
    ("custom:country", "not_contains", "an", {4, 5, 6}),
    ("custom:country", "starts_with", "Fr", {1, 3}),
    ("custom:country", "ends_with", "NY", {2}),
    ("custom:country", "is_empty", None, {4, 5}),
    ("custom:country", "is_not_empty", None, {1, 2, 3, 6}),
    # custom number
    ("custom:orders", "equals", 0, {5}),
    ("custom:orders", "equals", "120", {1}),
    ("custom:orders", "not_equals", 5, {1, 3, 4, 5, 6}),
    ("custom:orders", "gt", 50, {1, 3}),
    ("custom:orders", "gt", "50.5", {1}),
    ("custom:orders", "gte", 50.5, {1, 3}),
    ("custom:orders", "lt", 50, {2, 5}),
    ("custom:orders", "lte", "5", {2, 5}),
    ("custom:orders", "gt", -1, {1, 2, 3, 5}),
    ("custom:orders", "is_empty", None, {4, 6}),
    ("custom:orders", "is_not_empty", None, {1, 2, 3, 5}),
    # custom date (ISO text in JSON)
    ("custom:birthday", "on", "1990-05-01", {1}),
    ("custom:birthday", "before", "1990-05-01", {2}),
    ("custom:birthday", "after", "1990-05-01", {5}),
    ("custom:birthday", "after", "1985-12-30", {1, 2, 5}),
    ("custom:birthday", "before", "31/12/1985", set()),
    ("custom:birthday", "within_last_days", 14000, {1, 5}),
    ("custom:birthday", "not_within_last_days", 14000, {2}),
    ("custom:birthday", "is_empty", None, {3, 4, 6}),
    ("custom:birthday", "is_not_empty", None, {1, 2, 5}),
    # built-in dates (DateTime columns); today is 2026-11-27
    ("created_at", "within_last_days", 7, {3, 5}),
    ("created_at", "within_last_days", 6, {5}),
    ("created_at", "within_last_days", 0, set()),
    ("created_at", "within_last_days", 1, {5}),
    ("created_at", "not_within_last_days", 365, {2, 4}),
    ("created_at", "on", "2026-11-20", {3}),
    ("created_at", "on", "2024-02-29", {4}),
    ("created_at", "before", "2025-01-01", {4}),
    ("created_at", "after", "2026-11-20", {5}),
    ("created_at", "after", "2026-11-19", {3, 5}),
    ("consent_at", "is_empty", None, ALL - {1}),
    ("consent_at", "is_not_empty", None, {1}),
    ("consent_at", "on", "2026-01-10", {1}),
    # yes/no
    ("custom:vip", "is_true", None, {1, 3}),
    ("custom:vip", "is_false", None, {2}),
    ("custom:vip", "is_empty", None, {4, 5, 6}),
    ("custom:vip", "is_not_empty", None, {1, 2, 3}),
    # status
    ("status", "equals", "bounced", {3}),
    ("status", "equals", "Complained", {5}),
    ("status", "not_equals", "subscribed", {2, 3, 5}),
    # tags and lists, names case-insensitive; an unknown name matches nobody
    ("tag", "has", "vip", {1, 3}),
    ("tag", "has", "wholesale", {3}),
    ("tag", "has_not", "VIP", {2, 4, 5, 6}),
    ("tag", "has", "no such tag", set()),
    ("tag", "has_not", "no such tag", ALL),
    ("list", "in", "customers", {1, 2}),
    ("list", "not_in", "Customers", {3, 4, 5, 6}),
    ("list", "in", "Prospects", {4}),
]


@pytest.mark.parametrize(
    ("field", "op", "value", "expected"),
    CASES,
    ids=[f"{f}-{o}-{v}" for f, o, v, _ in CASES],
)
def test_each_operator(
    segments: SegmentService, store: Store, field: str, op: str, value: object, expected: set[int]
) -> None:
    group = Group("all", (Condition(field, op, value),))  # type: ignore[arg-type]
    assert matching(segments, store, group) == expected


def test_empty_group_matches_everyone(segments: SegmentService, store: Store) -> None:
    assert matching(segments, store, Group()) == ALL
    assert matching(segments, store, Group("any", (Group("all", ()),))) == ALL


def test_nested_and_or(segments: SegmentService, store: Store) -> None:
    french_big_or_wholesale = Group(
        "all",
        (
            Condition("custom:country", "equals", "France"),
            Group(
                "any",
                (Condition("tag", "has", "wholesale"), Condition("custom:orders", "gt", 100)),
            ),
        ),
    )
    assert matching(segments, store, french_big_or_wholesale) == {1, 3}

    complained_or_german_customer = Group(
        "any",
        (
            Condition("status", "equals", "complained"),
            Group(
                "all",
                (Condition("custom:country", "equals", "Germany"), Condition("list", "in", "X")),
            ),
            Group(
                "all",
                (
                    Condition("custom:country", "equals", "Germany"),
                    Condition("list", "in", "Customers"),
                ),
            ),
        ),
    )
    assert matching(segments, store, complained_or_german_customer) == {2, 5}

    three_deep = Group(
        "all",
        (
            Condition("email", "contains", "example"),
            Group(
                "any",
                (
                    Condition("last_name", "is_empty"),
                    Group(
                        "all",
                        (Condition("custom:vip", "is_true"), Condition("created_at", "before",
                                                                       "2026-02-01")),
                    ),
                ),
            ),
        ),
    )  # fmt: skip
    assert matching(segments, store, three_deep) == {1, 4}


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("custom:country", INJECTION, {6}),
        ("first_name", DROP_TABLE, {6}),
        ("last_name", "O'Brien", {6}),
        ("email", "o'brien@example.com", {6}),
        ("first_name", "' OR 1=1 --", set()),
        ("custom:country", '") OR 1=1 --', set()),
        ("tag", "' OR ''='", set()),
    ],
)
def test_sql_injection_stays_data(
    segments: SegmentService, store: Store, field: str, value: str, expected: set[int]
) -> None:
    op = "has" if field == "tag" else "equals"
    assert matching(segments, store, Group("all", (Condition(field, op, value),))) == expected
    contains = Group("all", (Condition("first_name", "contains", value),))
    assert matching(segments, store, contains) <= {6}
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Contact)) == len(ALL)


def test_values_are_bound_not_written_into_sql(segments: SegmentService, store: Store) -> None:
    clause = segments.where_clause(
        Group("all", (Condition("custom:country", "equals", "Zanzibar"),))
    )
    sql = str(select(Contact.id).where(clause).compile(dialect=store.engine.dialect))
    assert "Zanzibar" not in sql and "zanzibar" not in sql


def test_unknown_custom_field_is_refused(segments: SegmentService) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        segments.count(Group("all", (Condition("custom:shoe_size", "gt", 40),)))


def test_an_odd_custom_field_name_stays_data(segments: SegmentService, store: Store) -> None:
    # Envoi names fields [a-z0-9_]; a name written by another tool must not reach the SQL.
    odd = "it's odd'); DROP TABLE contacts;--"
    with store.engine.begin() as conn:
        conn.execute(insert(CustomField).values(name=odd, label="Odd", type="text"))
        conn.execute(update(Contact).where(Contact.id == 2).values(fields={odd: "Yes"}))
    group = Group("all", (Condition(f"custom:{odd}", "equals", "yes"),))
    sql = str(select(Contact.id).where(segments.where_clause(group)).compile(store.engine))
    assert "DROP" not in sql
    assert matching(segments, store, group) == {2}
    assert segments.ensure_indexes(group) == []
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Contact)) == len(ALL)
