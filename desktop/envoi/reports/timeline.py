"""Counts per hour since a campaign's start, bucketed by the database (the rows of a large
campaign never come to Python one by one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class HourPoint:
    hour: int  # hours since the start
    at: datetime  # the hour's start, naive UTC
    delivered: int
    opens: int  # humans
    clicks: int  # humans
    bounces: int


def _hour_of(session: Session, column: Any) -> ColumnElement[Any]:
    """The clock hour of ``column``: on SQLite the stored text's first 13 characters
    ("2026-12-08 09", much cheaper than date arithmetic on every row), on PostgreSQL
    date_trunc's timestamp (formatting it as text per row costs more than the grouping)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date_trunc("hour", column)
    return func.substr(column, 1, 13)


def hours_since(
    session: Session,
    column: Any,
    where: list[ColumnElement[bool]],
    start: datetime,
    end: datetime,
) -> dict[int, int]:
    """hour -> rows whose ``column`` falls in [start, end), ``where`` holding; hour 0 is
    the clock hour of ``start`` (which should be on the hour)."""
    hour = _hour_of(session, column).label("hour")
    rows = session.execute(
        select(hour, func.count()).where(*where, column >= start, column < end).group_by(hour)
    )
    counts: dict[int, int] = {}
    for value, n in rows:
        at = value if isinstance(value, datetime) else datetime.strptime(str(value), "%Y-%m-%d %H")
        offset = int((at - start).total_seconds() // 3600)
        counts[offset] = counts.get(offset, 0) + int(n)
    return counts


def _day_of(session: Session, column: Any) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.date_trunc("day", column), "YYYY-MM-DD")
    return func.substr(column, 1, 10)


def days_since(
    session: Session, column: Any, where: list[ColumnElement[bool]], since: datetime
) -> dict[date, int]:
    """UTC day -> rows whose ``column`` is at or after ``since``, ``where`` holding."""
    day = _day_of(session, column).label("day")
    rows = session.execute(select(day, func.count()).where(*where, column >= since).group_by(day))
    return {date.fromisoformat(str(d)): int(n) for d, n in rows}
