"""Counts per hour since a campaign's start, bucketed by the database (the rows of a large
campaign never come to Python one by one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, func, literal, select
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class HourPoint:
    hour: int  # hours since the start
    at: datetime  # the hour's start, naive UTC
    delivered: int
    opens: int  # humans
    clicks: int  # humans
    bounces: int


def _hour_of(session: Session, column: Any, start: datetime) -> ColumnElement[int]:
    if session.get_bind().dialect.name == "postgresql":
        seconds = func.extract("epoch", column - literal(start))
        return cast(func.floor(seconds / 3600), Integer)
    # Whole seconds on both sides: julianday's floats put an exact hour in the one before.
    epoch = int(start.replace(tzinfo=UTC).timestamp())
    return (cast(func.strftime("%s", column), Integer) - epoch) // 3600


def hours_since(
    session: Session,
    column: Any,
    where: list[ColumnElement[bool]],
    start: datetime,
    end: datetime,
) -> dict[int, int]:
    """hour -> rows whose ``column`` falls in [start, end), ``where`` holding."""
    hour = _hour_of(session, column, start).label("hour")
    rows = session.execute(
        select(hour, func.count()).where(*where, column >= start, column < end).group_by(hour)
    )
    return {int(h): int(n) for h, n in rows}
