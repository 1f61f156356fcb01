"""Time as the database holds it: naive UTC, on SQLite and PostgreSQL alike.

Every time Envoi stores is ``utc_now()`` (or a value converted with ``local_to_utc``); the
columns are naive ``DateTime`` because SQLite has no time zone type. Local time exists only
at the edges: what a window shows (``utc_to_local``) and what a user types (a schedule).
Naive datetimes passed to the two converters mean "the machine's local time" for
``local_to_utc`` and "UTC" for ``utc_to_local``; the machine's zone is read when called,
so a daylight-saving change between two calls is honoured.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    """Now, as naive UTC: what every DateTime column holds."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_to_utc(moment: datetime) -> datetime:
    """A local wall-clock time (naive = this machine's zone; aware = its own) as naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def utc_to_local(moment: datetime) -> datetime:
    """A stored time (naive UTC) as this machine's naive local wall-clock time, for display."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def local_day_start(day: date) -> datetime:
    """The stored (naive UTC) time at which local ``day`` begins: a day the user means."""
    return local_to_utc(datetime(day.year, day.month, day.day))
