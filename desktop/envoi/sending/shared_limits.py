"""A profile's limits shared through the database by every process that sends with it.

The window and `envoi campaigns send` from cron may send with one profile at once; each
books its sends in the database before making them, in small batches:

- per second: ``send_pacing.next_slot`` is the wall-clock time of the profile's next free
  send slot. A booking takes the next k slots, spaced by (1 + margin) / rate, and moves
  ``next_slot`` past them, so the slots of all processes are disjoint and any window of W
  seconds holds at most rate * W of them, whoever sends;
- a "slow down" reply (421/451/452) to one process lowers the pace of all for a while:
  the pacing row holds the lowered rate and until when;
- per minute, hour and day: ``send_ledger`` counts the slots booked per second; a booking
  takes only as many as the sliding window (the last W seconds, counted from the start of
  the oldest second so that it errs on the safe side) leaves under the cap.

The booking is one short transaction that starts by writing the profile's pacing row, which
serialises bookings across processes (SQLite's write lock; a row lock on PostgreSQL) without
holding anything while sending. A batch lasts about half a second at the per-second rate:
a process that stops early leaves at most that many slots unused (counted, never exceeded).
Slots are wall-clock times: processes on other computers sharing a PostgreSQL database
need synchronised clocks (NTP) for the per-second pace to hold between them.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from envoi.sending.limits import _MARGIN, Clock, Limits, LimitWaitTooLong, RateLimiter
from envoi.store.engine import Store
from envoi.store.sending_models import SendLedger, SendPacing

log = logging.getLogger(__name__)

# A "slow down" reply lowers the profile's pace for every process this long (renewed by the
# next one); each process's own pace then recovers step by step (RateLimiter.succeeded).
SHARED_SLOWDOWN_S = 30.0
BATCH_SECONDS = 0.5  # slots booked at once, in seconds of the per-second rate
BATCH_UNPACED = 50  # slots booked at once when only caps (minute, hour, day) apply
DAY = 24 * 3600
_PRUNE_EVERY = 500  # bookings between two deletions of ledger rows older than a day


@dataclass(frozen=True, slots=True)
class Booking:
    slots: tuple[float, ...]  # wall-clock times at which the booked sends may go
    wait: float = 0.0  # nothing booked: a cap allows the next send in this many seconds
    which: str = ""


def _caps(limits: Limits) -> list[tuple[str, int, int]]:
    caps = (("per-minute", 60, limits.per_minute), ("hourly", 3600, limits.per_hour),
            ("daily", DAY, limits.per_day))  # fmt: skip
    return [(name, window, cap) for name, window, cap in caps if cap]


class Ledger:
    """The database side: one booking per call, in its own transaction."""

    def __init__(self, store: Store, profile_id: int, limits: Limits) -> None:
        self._store = store
        self.profile_id = profile_id
        self.limits = limits
        self._bookings = 0

    def book(self, now: float, wanted: int) -> Booking:
        with self._store.engine.begin() as conn:
            next_slot, slow_rate, slow_until = self._lock(conn)
            rate = self.limits.per_second
            if slow_rate and slow_until > now:
                rate = min(rate, slow_rate) if rate else slow_rate
            slots = self._slots(rate, next_slot, now, wanted)
            first = math.floor(slots[0])
            for which, window, cap in _caps(self.limits):
                used = self._used(conn, first - window)
                allowed = cap - used
                if allowed <= 0:
                    wait = self._wait(conn, first - window, used - cap + 1, window, now)
                    return Booking((), wait, which)
                slots = slots[:allowed]
            if rate:
                conn.execute(
                    update(SendPacing)
                    .where(SendPacing.profile_id == self.profile_id)
                    .values(next_slot=slots[-1] + (1.0 + _MARGIN) / rate)
                )
            if _caps(self.limits):
                self._count(conn, slots)
            self._bookings += 1
            if self._bookings % _PRUNE_EVERY == 1:
                conn.execute(
                    delete(SendLedger).where(
                        SendLedger.profile_id == self.profile_id,
                        SendLedger.second < int(now) - DAY - 60,
                    )
                )
            return Booking(tuple(slots))

    def _insert(self, conn: Connection) -> Any:
        return pg_insert if conn.dialect.name == "postgresql" else sqlite_insert

    def slow_down(self, now: float, rate: float, hold: float) -> None:
        """A "slow down" reply: every process books at most ``rate`` per second for the next
        ``hold`` seconds (the lowest of two overlapping slow-downs wins)."""
        with self._store.engine.begin() as conn:
            _next, current, until = self._lock(conn)
            if current and until > now:
                rate = min(rate, current)
            conn.execute(
                update(SendPacing)
                .where(SendPacing.profile_id == self.profile_id)
                .values(slow_rate=rate, slow_until=now + hold)
            )

    def _lock(self, conn: Connection) -> tuple[float, float | None, float]:
        """Write the pacing row first: the transaction holds the profile's lock from here.
        Returns the next free slot and the slow-down in force (rate, until)."""
        stmt = self._insert(conn)(SendPacing).values(profile_id=self.profile_id, next_slot=0.0)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["profile_id"], set_={"next_slot": SendPacing.next_slot}
            )
        )
        row = conn.execute(
            select(SendPacing.next_slot, SendPacing.slow_rate, SendPacing.slow_until).where(
                SendPacing.profile_id == self.profile_id
            )
        ).one()
        return float(row[0] or 0.0), row[1], float(row[2] or 0.0)

    def _slots(self, rate: float | None, next_slot: float, now: float,
               wanted: int) -> list[float]:  # fmt: skip
        if not rate:
            return [now] * wanted
        start = max(next_slot, now)
        step = (1.0 + _MARGIN) / rate
        return [start + i * step for i in range(wanted)]

    def _used(self, conn: Connection, from_second: int) -> int:
        return int(
            conn.scalar(
                select(func.coalesce(func.sum(SendLedger.count), 0)).where(
                    SendLedger.profile_id == self.profile_id, SendLedger.second >= from_second
                )
            )
            or 0
        )

    def _wait(self, conn: Connection, from_second: int, over: int, window: int,
              now: float) -> float:  # fmt: skip
        """Seconds until ``over`` of the window's sends have left it."""
        rows = conn.execute(
            select(SendLedger.second, SendLedger.count)
            .where(SendLedger.profile_id == self.profile_id, SendLedger.second >= from_second)
            .order_by(SendLedger.second)
        )
        for second, count in rows:
            over -= int(count)
            if over <= 0:
                return max(0.05, second + window + 1 - now)
        return 1.0  # pragma: no cover - over is bounded by the window's total

    def _count(self, conn: Connection, slots: list[float]) -> None:
        per_second: dict[int, int] = {}
        for t in slots:
            per_second[int(t)] = per_second.get(int(t), 0) + 1
        for second, n in per_second.items():
            stmt = self._insert(conn)(SendLedger).values(
                profile_id=self.profile_id, second=second, count=n
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["profile_id", "second"],
                    set_={"count": SendLedger.count + stmt.excluded.count},
                )
            )


class SharedLimiter(RateLimiter):
    """The engine's limiter when limits are set: sends wait for a slot booked in the
    database (see the module's doc). A "slow down" reply still lowers the pace of this
    process, on top of the shared slots."""

    def __init__(self, limits: Limits, ledger: Ledger, clock: Clock | None = None) -> None:
        super().__init__(limits, clock)
        self._ledger = ledger
        self._slots: deque[float] = deque()
        self._booking = threading.Lock()  # one booking at a time per process and profile
        self.shared_write: threading.Thread | None = None

    def slow_down(self) -> bool:
        """Lower this process's pace (see RateLimiter), and the profile's for every process
        for ``SHARED_SLOWDOWN_S``; the database write runs off the engine's loop."""
        lowered = super().slow_down()
        if lowered and self.shared and self._adaptive is not None:
            rate, now = self._adaptive, self._clock.time()
            self.shared_write = threading.Thread(
                target=self._write_slow_down, args=(now, rate), daemon=True,
                name="envoi-slow-down",
            )  # fmt: skip
            self.shared_write.start()
        return lowered

    def _write_slow_down(self, now: float, rate: float) -> None:
        try:
            self._ledger.slow_down(now, rate, SHARED_SLOWDOWN_S)
        except Exception:  # the local slow-down holds; the others notice the 4xx themselves
            log.warning("could not share a slow-down", exc_info=True)

    @property
    def shared(self) -> bool:
        return bool(self.limits.per_second or _caps(self.limits))

    def _batch(self) -> int:
        rate = self.limits.per_second
        if rate:
            return max(1, int(rate * BATCH_SECONDS))
        return BATCH_UNPACED

    def _take(self) -> tuple[float | None, float, str]:
        """The next slot booked by this process, booking more when none is left."""
        with self._booking:
            if not self._slots:
                booking = self._ledger.book(self._clock.time(), self._batch())
                if not booking.slots:
                    return None, booking.wait, booking.which
                self._slots.extend(booking.slots)
            return self._slots.popleft(), 0.0, ""

    async def acquire(self, max_wait: float = float("inf")) -> int:
        if not self.shared:
            return await super().acquire(max_wait)
        while True:
            slot, wait, which = await asyncio.to_thread(self._take)
            if slot is not None:
                break
            if wait > max_wait:
                raise LimitWaitTooLong(wait, which)
            await self._clock.sleep(wait)
        delay = slot - self._clock.time()
        if delay > 0:
            await self._clock.sleep(delay)
        if self._adaptive is not None:
            # After a "slow down": this process also keeps its own, lower pace.
            await super().acquire(max_wait)
        else:
            self._recent.append(self._clock.monotonic())
        return int(slot // 60)
