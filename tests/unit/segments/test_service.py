"""SegmentService on both databases: saved segments, field choices, expression indexes that
the database really uses, and the count planner giving the same answers as the plain SQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select, func, insert, select, text

from envoi.errors import ConflictError, InvalidInputError, NotFoundError
from envoi.segments.planner import INDEX_PREFIX, count_query, existing_indexes
from envoi.segments.rules import Condition, Group
from envoi.segments.service import SegmentService
from envoi.store.engine import Store
from envoi.store.models import Contact, Segment
from tests.unit.segments.conftest import ALL, TODAY, matching

FRENCH = Group("all", (Condition("custom:country", "equals", "France"),))


def test_save_get_list_rename_delete(segments: SegmentService, store: Store) -> None:
    saved = segments.save("  French   contacts ", FRENCH)
    assert saved.name == "French contacts"
    assert saved.rules == FRENCH
    assert saved.description == "Country is “France”"
    assert segments.get(saved.id) == segments.get("french contacts") == saved
    assert segments.count_saved("French contacts") == 2

    vip = segments.save("VIP", Group("all", (Condition("tag", "has", "VIP"),)))
    assert [s.name for s in segments.list()] == ["French contacts", "VIP"]

    updated = segments.save("VIP", Group("any", (Condition("tag", "has", "wholesale"),)))
    assert updated.id == vip.id and segments.count_saved(vip.id) == 1

    renamed = segments.rename("VIP", "Wholesale")
    assert renamed.id == vip.id and segments.get("Wholesale").rules == updated.rules
    with pytest.raises(ConflictError):
        segments.rename("Wholesale", "French contacts")

    segments.delete("Wholesale")
    with pytest.raises(NotFoundError):
        segments.get("Wholesale")
    with pytest.raises(NotFoundError):
        segments.count_saved(vip.id)
    assert [s.name for s in segments.list()] == ["French contacts"]


def test_invalid_rules_or_name_save_nothing(segments: SegmentService, store: Store) -> None:
    with pytest.raises(InvalidInputError):
        segments.save("Bad", Group("all", (Condition("custom:orders", "gt", "many"),)))
    with pytest.raises(InvalidInputError):
        segments.save("   ", FRENCH)
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Segment)) == 0


def test_a_saved_segment_whose_field_was_removed_reports_it(
    segments: SegmentService, store: Store
) -> None:
    segments.save("By note", Group("all", (Condition("custom:note", "is_not_empty"),)))
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM custom_fields WHERE name = 'note'"))
    assert "note" in segments.get("By note").description
    with pytest.raises(InvalidInputError, match="does not exist"):
        segments.count_saved("By note")


def test_field_choices_for_the_rule_builder(segments: SegmentService) -> None:
    choices = {c.field: c for c in segments.field_choices()}
    assert choices["email"].kind == "text" and not choices["email"].custom
    assert choices["created_at"].operators[:3] == ("on", "before", "after")
    assert choices["tag"].operators == ("has", "has_not")
    assert choices["custom:orders"].kind == "number" and choices["custom:orders"].custom
    assert "gt" in choices["custom:orders"].operators
    assert choices["custom:vip"].operators[:2] == ("is_true", "is_false")
    assert choices["custom:country"].label == "Country"


def test_saving_builds_indexes_the_database_uses(segments: SegmentService, store: Store) -> None:
    group = Group(
        "all",
        (
            Condition("custom:country", "equals", "France"),
            Condition("custom:orders", "gt", 10),
            Condition("custom:birthday", "before", "2000-01-01"),
            Condition("custom:vip", "is_true"),
        ),
    )
    segments.save("Indexed", group)
    with store.engine.connect() as conn:
        made = {name for name in existing_indexes(conn) if name.startswith(INDEX_PREFIX)}
    assert len(made) == 3  # text, number, date; yes/no is not worth an index
    assert segments.ensure_indexes(group) == []  # idempotent
    assert segments.count(group) == 1

    for cond in group.children[:3]:
        single = Group("all", (cond,))
        sql = select(Contact.id).where(segments.where_clause(single))
        with store.engine.connect() as conn:
            compiled = sql.compile(conn, compile_kwargs={"render_postcompile": True})
            params = compiled.params
            if store.dialect == "sqlite":
                plan = conn.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {compiled}",
                    tuple(params[k] for k in compiled.positiontup or ()),
                ).all()
                used = " ".join(str(row[-1]) for row in plan)
            else:
                conn.exec_driver_sql("SET enable_seqscan = off")
                plan = conn.exec_driver_sql(f"EXPLAIN {compiled}", params).all()
                used = " ".join(str(row[0]) for row in plan)
        assert INDEX_PREFIX in used, used


GROUPS = [
    Group(
        "all",
        (
            Condition("custom:country", "equals", "france"),
            Condition("created_at", "within_last_days", 400),
            Condition("custom:orders", "gt", 50),
        ),
    ),
    Group(
        "all",
        (
            Condition("status", "equals", "subscribed"),
            Condition("tag", "has", "VIP"),
            Condition("list", "in", "Customers"),
            Condition("custom:vip", "is_true"),
        ),
    ),
    Group(
        "all",
        (
            Condition("email", "equals", "GRACE@shop.fr"),
            Condition("custom:birthday", "is_empty"),
            Group("any", (Condition("tag", "has", "VIP"), Condition("custom:orders", "lt", 1))),
        ),
    ),
    Group(
        "all",
        (Condition("custom:country", "equals", "Nowhere"), Condition("custom:orders", "gt", 0)),
    ),
    Group(
        "all",
        (
            Condition("custom:birthday", "after", "1980-01-01"),
            Condition("domain", "equals", "x.io"),
        ),
    ),
]


@pytest.mark.parametrize("group", GROUPS, ids=range(len(GROUPS)))
def test_planned_count_equals_plain_sql(
    segments: SegmentService, store: Store, group: Group
) -> None:
    for saved in (False, True):  # without, then with the expression indexes
        if saved:
            segments.save("g", group)
        with store.engine.connect() as conn:
            plain = conn.scalar(
                select(func.count()).select_from(Contact).where(segments.where_clause(group))
            )
            planned = conn.scalar(count_query(conn, group, segments.field_types(), today=TODAY))
        assert planned == plain == segments.count(group) == segments.count(group)
        assert matching(segments, store, group) <= ALL


@pytest.fixture
def big_sqlite(sqlite_store: Store) -> Store:
    """The six contacts plus 20,000 others: enough for the statistics to look real."""
    from tests.unit.segments.conftest import populate

    populate(sqlite_store)
    filler = [
        {"email": f"f{i}@filler.example", "email_key": f"f{i}@filler.example",
         "domain": "filler.example",
         "fields": {"country": "France" if i % 20 == 0 else "Spain", "orders": i % 97,
                    "birthday": f"{1950 + i % 90}-01-01"}}
        for i in range(20000)
    ]  # fmt: skip
    with sqlite_store.engine.begin() as conn:
        conn.execute(insert(Contact), filler)
    return sqlite_store


def _plan(store: Store, query: Select[Any]) -> list[str]:
    with store.engine.connect() as conn:
        compiled = query.compile(conn, compile_kwargs={"render_postcompile": True})
        rows = conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}",
            tuple(compiled.params[k] for k in compiled.positiontup or ()),
        ).all()
    return [str(row[-1]) for row in rows]


def test_guard_bounds_do_not_mislead_sqlite(big_sqlite: Store) -> None:
    service = SegmentService(big_sqlite, today=lambda: TODAY)
    group = Group(
        "all",
        (Condition("custom:country", "equals", "Nowhere"), Condition("custom:orders", "gt", 1)),
    )
    service.ensure_indexes(group)
    # orders > 1 is written "orders > 1 AND orders <= inf": without the likelihood() hint
    # SQLite took that range for the selective one and read every row.
    steps = _plan(big_sqlite, select(Contact.id).where(service.where_clause(group)))
    assert len(steps) == 1 and "ix_cf_country" in steps[0], steps


def test_sqlite_plan_narrows_through_the_indexes(big_sqlite: Store) -> None:
    sqlite_store = big_sqlite
    service = SegmentService(sqlite_store, today=lambda: TODAY)
    group = Group(
        "all",
        (
            Condition("custom:country", "equals", "france"),  # 5% of the contacts
            Condition("custom:birthday", "before", "1954-01-01"),  # 4%
            Condition("custom:orders", "gt", 93),  # 3%
            Condition("email", "ends_with", ".example"),  # not indexed: tested on rows
        ),
    )
    service.save("g", group)
    with sqlite_store.engine.connect() as conn:
        query = count_query(conn, group, service.field_types(), today=TODAY)
    steps = _plan(sqlite_store, query)
    # The outer query visits only the narrowed ids; the sets come from the indexes alone.
    assert steps[0] == "SEARCH contacts USING INTEGER PRIMARY KEY (rowid=?)"
    assert sum("USING INDEX ix_cf_" in step for step in steps) == 3
    assert not any(step.startswith("SCAN") for step in steps)
    expected = sum(1 for i in range(20000) if i % 20 == 0 and 1950 + i % 90 < 1954 and i % 97 > 93)
    assert expected > 0
    assert service.count(group) == expected


def test_indexes_for_every_custom_field(segments: SegmentService, store: Store) -> None:
    created = segments.ensure_indexes()
    # country, note (text), orders (number), birthday (date); vip (yes/no) gets none
    assert len(created) == 4
    assert segments.ensure_indexes() == []
    with store.engine.connect() as conn:
        assert {n for n in existing_indexes(conn) if n.startswith(INDEX_PREFIX)} == set(created)


def test_contact_queries_filter_by_the_segment_clause_they_are_given(
    segments: SegmentService, store: Store
) -> None:
    from envoi.contacts.query import ContactQueries, ContactQuery

    saved = segments.save("French", FRENCH)
    queries = ContactQueries(store, segments.saved_where)
    assert queries.count(ContactQuery(segment_id=saved.id)) == segments.count_saved("French")
    assert queries.ids(ContactQuery(segment_id=saved.id)) == sorted(
        matching(segments, store, FRENCH)
    )
    # Without a way to turn a segment into SQL, a segment filter is refused, not ignored.
    with pytest.raises(InvalidInputError):
        ContactQueries(store).count(ContactQuery(segment_id=saved.id))
    with pytest.raises(NotFoundError):
        segments.saved_where("nobody")
