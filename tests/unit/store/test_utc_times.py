"""Every stored time is UTC, whatever the machine's zone; local time only at the edges.

These cases mean most under a zone far from UTC: tests/unit/store/test_timezones.py runs
this file (and the suite's other time-sensitive files) under TZ=Pacific/Auckland and
TZ=America/Los_Angeles.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from envoi.bounces.service import record_smtp_failure
from envoi.contacts.service import ContactService
from envoi.reports.service import Reports
from envoi.segments.rules import Condition, Group
from envoi.segments.service import SegmentService
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.clock import local_day_start, local_to_utc, utc_now, utc_to_local
from envoi.store.engine import Store
from envoi.store.migrate import _config
from envoi.store.models import Contact, Segment
from envoi.store.template_models import TemplateRow
from envoi.templates.library import TemplateDraft, TemplateService

SLACK = timedelta(minutes=2)


def _is_now(moment: datetime | None) -> bool:
    assert moment is not None and moment.tzinfo is None
    return abs(moment - utc_now()) < SLACK


def test_the_converters_round_trip_and_name_local_days() -> None:
    stored = datetime(2026, 7, 1, 12, 0)
    assert local_to_utc(utc_to_local(stored)) == stored
    start = local_day_start(date(2026, 7, 1))
    assert utc_to_local(start) == datetime(2026, 7, 1)


def test_services_store_utc(store: Store) -> None:
    contact = ContactService(store).add("ann@example.com")
    with store.session() as s:
        record_smtp_failure(s, "ann@example.com", 550, "5.1.1", "User unknown")
    segments = SegmentService(store)
    segments.save("Everyone", Group("all", (Condition("email", "contains", "@"),)))
    segments.rename("Everyone", "All of them")
    TemplateService(store).save(TemplateDraft("Hello", "Hi", "<p>Hi</p>", "Hi"))
    with store.session() as s:
        row = s.get(Contact, contact.id)
        assert row is not None
        assert _is_now(row.created_at) and _is_now(row.updated_at)
        assert _is_now(s.scalar(select(BounceMessage.received_at)))
        assert _is_now(s.scalar(select(BounceRecord.received_at)))
        assert _is_now(s.scalar(select(Segment.updated_at)))
        assert _is_now(s.scalar(select(Segment.created_at)))
        assert _is_now(s.scalar(select(TemplateRow.updated_at)))
    # The chart counts the user's local days.
    today = utc_to_local(utc_now()).date().isoformat()
    assert [(d.day.isoformat(), d.count) for d in Reports(store).bounce_days()] == [(today, 1)]


def test_added_on_a_day_means_the_users_local_day(store: Store) -> None:
    late = local_to_utc(datetime(2026, 3, 10, 23, 30))  # half past eleven at night, locally
    early = local_to_utc(datetime(2026, 3, 11, 0, 30))
    with store.session() as s:
        for email, when in (("late@example.com", late), ("early@example.com", early)):
            s.add(Contact(email=email, email_key=email, domain="example.com",
                          created_at=when, updated_at=when))  # fmt: skip
    segments = SegmentService(store)
    on_10th = Group("all", (Condition("created_at", "on", "2026-03-10"),))
    with store.engine.connect() as conn:
        emails = conn.scalars(select(Contact.email).where(segments.where_clause(on_10th)))
        assert list(emails) == ["late@example.com"]


def test_migration_moves_local_rows_to_utc(tmp_path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    local = datetime(2026, 1, 15, 9, 30)  # what the old code wrote: local wall-clock time
    created = datetime(2026, 1, 15, 8, 0)  # what the database's clock wrote: UTC
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO bounce_messages (id, sha256, raw, kind, state, received_at) "
                "VALUES (1, 'x', x'00', 'bounce', 'processed', :t)"
            ),
            {"t": local},
        )
        conn.execute(
            sa.text(
                "INSERT INTO bounce_records "
                "(id, message_id, received_at, kind, matched_by, reason) "
                "VALUES (1, 1, :t, 'bounce', 'none', 'other')"
            ),
            {"t": local},
        )
        conn.execute(
            sa.text(
                "INSERT INTO segments (id, name, rules, created_at, updated_at) "
                "VALUES (1, 'edited', '{}', :c, :t), (2, 'untouched', '{}', :c, :c)"
            ),
            {"c": created, "t": local},
        )
        conn.execute(sa.text(
            "INSERT INTO templates (id, name, created_at, updated_at) VALUES (1, 'T', :c, :t)"),
            {"c": created, "t": local})  # fmt: skip
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    store = Store(engine)
    with store.session() as s:
        assert s.scalar(select(BounceMessage.received_at)) == local_to_utc(local)
        assert s.scalar(select(BounceRecord.received_at)) == local_to_utc(local)
        assert s.get(Segment, 1).updated_at == local_to_utc(local)  # type: ignore[union-attr]
        assert s.get(Segment, 2).updated_at == created  # type: ignore[union-attr]
        assert s.scalar(select(TemplateRow.updated_at)) == local_to_utc(local)
    engine.dispose()
