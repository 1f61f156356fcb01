"""Sending limits of one SMTP profile: a paced token bucket and sliding windows.

Per second: sends are spaced by at least 1/rate (plus a small margin, see ``_MARGIN``), so
any window of W seconds holds at most rate*W messages as the server sees them. Per minute:
an exact sliding window of timestamps. Per hour and per day: sliding windows over per-minute
buckets. Across processes and restarts the profile's limits are kept by ``shared_limits``
(booked in ``send_pacing`` and ``send_ledger``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

# Pacing margin: the server sees each message a few milliseconds after we let it go, and
# those delays vary; spacing 2 % wider than 1/rate absorbs up to 2 % of a window in jitter
# (200 ms over a 10 s window at 10/s) so the count measured at the server stays within the
# limit, at the cost of 2 % of throughput when a per-second limit is set.
_MARGIN = 0.02
# At most one "slow down" per this many seconds: N workers hit by the same 421 burst
# should lower the rate once, not N times.
_SLOWDOWN_COOLDOWN = 2.0
_RECOVER_EVERY = 50  # successes between two raises of the rate after a slow-down
_OBSERVED = 200  # sends kept to measure the current rate


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def time(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class Limits:
    per_second: float | None = None
    per_minute: int | None = None
    per_hour: int | None = None
    per_day: int | None = None


class LimitWaitTooLong(Exception):
    """The next send is allowed only after ``wait`` seconds (an hourly or daily cap)."""

    def __init__(self, wait: float, which: str) -> None:
        super().__init__(f"{which} limit reached; next send in {wait:.0f} s")
        self.wait = wait
        self.which = which


class RateLimiter:
    """Shared by every campaign sending through one profile in this process."""

    def __init__(
        self,
        limits: Limits,
        clock: Clock | None = None,
        minute_counts: Mapping[int, int] | None = None,
    ) -> None:
        self.limits = limits
        self._clock = clock or SystemClock()
        self._lock = threading.Lock()
        self._next_slot = 0.0
        self._minute_window: deque[float] = deque()
        # Unix minute -> sends; covers the last 24 h (hour and day windows).
        self._buckets: dict[int, int] = dict(minute_counts or {})
        self._recent: deque[float] = deque(maxlen=_OBSERVED)
        self._adaptive: float | None = None  # rate after a "slow down" reply
        self._last_slowdown = -1e9
        self._successes = 0

    @property
    def current_rate(self) -> float | None:
        """The per-second pace in force: the configured one, or lower after a slow-down."""
        rates = [r for r in (self.limits.per_second, self._adaptive) if r]
        return min(rates) if rates else None

    def observed_rate(self) -> float:
        if len(self._recent) < 2:
            return 0.0
        span = self._recent[-1] - self._recent[0]
        return (len(self._recent) - 1) / span if span > 0 else 0.0

    def _window_count(self, now_minute: int, minutes: int) -> int:
        return sum(c for m, c in self._buckets.items() if m > now_minute - minutes)

    def _bucket_wait(self, now: float, minutes: int, cap: int) -> float:
        """Seconds until the window of ``minutes`` drops below ``cap``."""
        now_minute = int(now // 60)
        over = self._window_count(now_minute, minutes) - cap + 1
        if over <= 0:
            return 0.0
        for minute in sorted(m for m in self._buckets if m > now_minute - minutes):
            over -= self._buckets[minute]
            if over <= 0:
                return (minute + minutes) * 60 - now
        return 0.0  # pragma: no cover - over is bounded by the window's total

    def _wait(self) -> tuple[float, str]:
        mono = self._clock.monotonic()
        wall = self._clock.time()
        waits: list[tuple[float, str]] = [(max(0.0, self._next_slot - mono), "per-second")]
        if self.limits.per_minute:
            window = self._minute_window
            while window and window[0] <= mono - 60.0:
                window.popleft()
            if len(window) >= self.limits.per_minute:
                waits.append((window[0] + 60.0 - mono, "per-minute"))
        if self.limits.per_hour:
            waits.append((self._bucket_wait(wall, 60, self.limits.per_hour), "hourly"))
        if self.limits.per_day:
            waits.append((self._bucket_wait(wall, 24 * 60, self.limits.per_day), "daily"))
        return max(waits)

    async def acquire(self, max_wait: float = float("inf")) -> int:
        """Wait until one more message may go; returns the Unix minute it is counted in.

        Raises ``LimitWaitTooLong`` instead of waiting longer than ``max_wait`` seconds.
        The check and the booking happen under a thread lock (campaigns of one profile may
        run on different loops or threads); waiting happens outside it, then re-checks."""
        while True:
            with self._lock:
                wait, which = self._wait()
                if wait <= 0:
                    return self._book()
            if wait > max_wait:
                raise LimitWaitTooLong(wait, which)
            await self._clock.sleep(wait)

    def _book(self) -> int:
        mono = self._clock.monotonic()
        rate = self.current_rate
        if rate:
            self._next_slot = max(self._next_slot, mono) + (1.0 + _MARGIN) / rate
        if self.limits.per_minute:
            self._minute_window.append(mono)
        minute = int(self._clock.time() // 60)
        self._buckets[minute] = self._buckets.get(minute, 0) + 1
        self._prune(minute)
        self._recent.append(mono)
        return minute

    def _prune(self, minute: int) -> None:
        if len(self._buckets) > 24 * 60 + 5:
            for old in [m for m in self._buckets if m <= minute - 24 * 60]:
                del self._buckets[old]

    def slow_down(self) -> bool:
        """The server said 421/451/452: halve the pace (once per cooldown). True if lowered."""
        mono = self._clock.monotonic()
        if mono - self._last_slowdown < _SLOWDOWN_COOLDOWN:
            return False
        self._last_slowdown = mono
        base = self.current_rate or self.observed_rate() or 10.0
        self._adaptive = max(0.2, base / 2)
        self._successes = 0
        return True

    def succeeded(self) -> None:
        """A message was accepted: after a slow-down, raise the pace back step by step."""
        if self._adaptive is None:
            return
        self._successes += 1
        if self._successes >= _RECOVER_EVERY:
            self._successes = 0
            self._adaptive *= 1.25
            configured = self.limits.per_second
            if (configured and self._adaptive >= configured) or self._adaptive > 5000:
                self._adaptive = None


class LimiterPool:
    """One limiter per profile, built once by the composition root and shared by campaigns."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock
        self._limiters: dict[int, RateLimiter] = {}

    def get(self, profile_id: int, limits: Limits, minute_counts: Mapping[int, int]) -> RateLimiter:
        limiter = self._limiters.get(profile_id)
        if limiter is None or limiter.limits != limits:
            limiter = RateLimiter(limits, self.clock, minute_counts)
            self._limiters[profile_id] = limiter
        return limiter

    def get_or_make(
        self, profile_id: int, limits: Limits, make: Callable[[], RateLimiter]
    ) -> RateLimiter:
        """The profile's limiter, made by ``make`` the first time (or when limits changed)."""
        limiter = self._limiters.get(profile_id)
        if limiter is None or limiter.limits != limits:
            limiter = make()
            self._limiters[profile_id] = limiter
        return limiter
