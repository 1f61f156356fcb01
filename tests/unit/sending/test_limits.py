"""The limiter's timing logic with a fake clock (the real pacing is tested at the server)."""

from __future__ import annotations

import itertools

import pytest

from envoi.sending.limits import Limits, LimitWaitTooLong, RateLimiter


class FakeClock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def _times(limiter: RateLimiter, clock: FakeClock, n: int) -> list[float]:
    out = []
    for _ in range(n):
        await limiter.acquire()
        out.append(clock.now)
    return out


async def test_per_second_spaces_sends() -> None:
    clock = FakeClock()
    times = await _times(RateLimiter(Limits(per_second=10), clock), clock, 101)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.1
    assert times[-1] - times[0] < 10.5  # about 10 s for 100 gaps, the margin is small


async def test_per_minute_is_a_sliding_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(per_minute=5), clock)
    times = await _times(limiter, clock, 11)
    assert times[4] == times[0]  # a burst of 5 is allowed
    assert times[5] == pytest.approx(times[0] + 60)
    assert times[10] == pytest.approx(times[0] + 120)


async def test_daily_cap_counts_what_was_sent_before_a_restart() -> None:
    clock = FakeClock(60 * 100_000)
    minute = int(clock.now // 60)
    # 95 messages were sent 2 hours ago by an earlier run (loaded from send_counters).
    limiter = RateLimiter(Limits(per_day=100), clock, {minute - 120: 95})
    await _times(limiter, clock, 5)
    with pytest.raises(LimitWaitTooLong) as info:
        await limiter.acquire(max_wait=600)
    assert info.value.which == "daily"
    # The window frees up when the 95 leave it: 24 h after their minute.
    assert info.value.wait == pytest.approx(22 * 3600, abs=60)


async def test_hourly_cap_waits_for_the_window() -> None:
    clock = FakeClock(60 * 100_000)
    limiter = RateLimiter(Limits(per_hour=3), clock)
    start = clock.now
    await _times(limiter, clock, 4)
    assert clock.now - start == pytest.approx(3600, abs=60)


async def test_slow_down_halves_and_recovers() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(per_second=20), clock)
    assert limiter.slow_down()
    assert limiter.current_rate == 10
    assert not limiter.slow_down()  # the same burst of 421s lowers it once
    for _ in range(50 * 4):  # four raises of 25 %: 10 -> 24 > 20
        limiter.succeeded()
    assert limiter.current_rate == 20  # back to the configured rate (None adaptive)


async def test_no_limits_never_waits() -> None:
    clock = FakeClock()
    times = await _times(RateLimiter(Limits(), clock), clock, 1000)
    assert times[-1] == times[0]
