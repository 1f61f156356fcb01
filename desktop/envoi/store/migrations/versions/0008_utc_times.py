"""stored times in UTC: the rows that bounces, segments and templates wrote in local time

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 03:40:00

Until this revision the bounce service (received_at of returned messages and of their
records), segment edits (updated_at) and template saves (updated_at) stored the machine's
local wall-clock time in naive DateTime columns, beside UTC everywhere else. This converts
those rows to UTC using the time zone of the machine that runs the migration, at migration
time (Python's local zone rules applied to each value, so daylight-saving changes between
the values are honoured). That is the zone of the machine that wrote them in the usual
single-desk case; a database moved between zones, or shared by machines in different zones,
gets this machine's offset.

Which rows: every bounce message and record (the service always set received_at itself);
a segment or template only where updated_at differs from created_at (created_at came from
the database's clock, which is UTC: an equal pair was written by the database, not by
local Python code).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, only rows whose updated_at differs from created_at)
_LOCAL_COLUMNS = (
    ("bounce_messages", "received_at", False),
    ("bounce_records", "received_at", False),
    ("segments", "updated_at", True),
    ("templates", "updated_at", True),
)


def _local_to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)  # naive = this machine's local time


def _utc_to_local(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _convert(change: Callable[[datetime], datetime]) -> None:
    conn = op.get_bind()
    for name, column, only_edited in _LOCAL_COLUMNS:
        table = sa.table(
            name,
            sa.column("id", sa.Integer()),
            sa.column(column, sa.DateTime()),
            sa.column("created_at", sa.DateTime()),
        )
        value = table.c[column]
        query = sa.select(table.c.id, value).where(value.is_not(None))
        if only_edited:
            query = query.where(value != table.c.created_at)
        rows = [{"b_id": row_id, "b_value": change(when)} for row_id, when in conn.execute(query)]
        if rows:
            conn.execute(
                table.update()
                .where(table.c.id == sa.bindparam("b_id"))
                .values({column: sa.bindparam("b_value")}),
                rows,
            )


def upgrade() -> None:
    _convert(_local_to_utc)


def downgrade() -> None:
    _convert(_utc_to_local)
