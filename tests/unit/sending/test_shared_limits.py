"""SharedLimiter with a fake clock over a real database: slots from the ledger, caps that
pause instead of waiting too long, and a slow-down on top of the shared pace."""

from __future__ import annotations

import itertools

import pytest

from envoi.sending.limits import Limits, LimitWaitTooLong
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.sending.shared_limits import Ledger, SharedLimiter
from envoi.store.engine import Store
from tests.unit.sending.test_limits import FakeClock


def _limiter(store: Store, limits: Limits, clock: FakeClock) -> SharedLimiter:
    profile = ProfileService(store, MemorySecretStore()).add(ProfileData("p", "h"))
    return SharedLimiter(limits, Ledger(store, profile.id, limits), clock)


async def test_two_limiters_on_one_profile_share_the_pace(sqlite_store: Store) -> None:
    clock = FakeClock()
    limits = Limits(per_second=10)
    first = _limiter(sqlite_store, limits, clock)
    second = SharedLimiter(limits, Ledger(sqlite_store, first._ledger.profile_id, limits), clock)
    times = []
    for limiter in itertools.islice(itertools.cycle((first, second)), 60):
        await limiter.acquire()
        times.append(clock.now)
    # Whichever asks, the slots come from one sequence spaced by 1/10 s (+2 %).
    assert sorted(times) == times
    assert min(b - a for a, b in itertools.pairwise(sorted(set(times)))) >= 0.1
    assert times[-1] - times[0] == pytest.approx(59 * 0.102, abs=0.05)


async def test_a_cap_waits_or_refuses_a_long_wait(sqlite_store: Store) -> None:
    clock = FakeClock()
    limiter = _limiter(sqlite_store, Limits(per_minute=3, per_day=5), clock)
    start = clock.now
    for _ in range(3):
        await limiter.acquire()
    assert clock.now == start  # a burst of three is allowed
    await limiter.acquire()  # the fourth waits for the minute window to move on
    assert 60 <= clock.now - start <= 62
    await limiter.acquire()
    with pytest.raises(LimitWaitTooLong) as refused:
        await limiter.acquire(max_wait=600)  # the daily cap: a day away, the engine pauses
    assert refused.value.which == "daily" and refused.value.wait > 80_000


async def test_a_slow_down_lowers_this_process_pace_too(sqlite_store: Store) -> None:
    clock = FakeClock()
    limiter = _limiter(sqlite_store, Limits(per_second=20), clock)
    await limiter.acquire()
    assert limiter.slow_down() and limiter.current_rate == 10
    times = []
    for _ in range(11):
        await limiter.acquire()
        times.append(clock.now)
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.1 - 1e-9


async def test_no_limits_touch_no_database(sqlite_store: Store) -> None:
    clock = FakeClock()
    limiter = _limiter(sqlite_store, Limits(), clock)
    for _ in range(100):
        await limiter.acquire()
    assert clock.now == 1_000_000.0
    assert limiter._ledger._bookings == 0


async def test_a_slow_down_reaches_the_other_processes_for_a_while(sqlite_store: Store) -> None:
    clock = FakeClock()
    limits = Limits(per_second=20)
    first = _limiter(sqlite_store, limits, clock)
    other = SharedLimiter(limits, Ledger(sqlite_store, first._ledger.profile_id, limits), clock)
    await other.acquire()  # books a batch at 20/s
    assert first.slow_down()
    assert first.shared_write is not None
    first.shared_write.join(5)
    other._slots.clear()  # the other process's next booking (its batch ran out)
    times = []
    for _ in range(6):
        await other.acquire()
        times.append(clock.now)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.1  # 10/s: the halved pace, although "other" saw no 421 itself
    clock.now += 31  # the shared slow-down ends; the other process is back at 20/s
    other._slots.clear()
    times = []
    for _ in range(6):
        await other.acquire()
        times.append(clock.now)
    assert max(b - a for a, b in itertools.pairwise(times)) < 0.06
