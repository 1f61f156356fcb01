"""Assignment: reproducible from the seed, every recipient at most once, the test share
taken, and each variant given the same share of every mailbox provider."""

from __future__ import annotations

from collections import Counter

import pytest

from envoi.abtests.assignment import assign

PROVIDERS = {"google": 5003, "microsoft": 2001, "orange": 997, "example.org": 13}


def _recipients() -> list[tuple[int, str]]:
    out, rid = [], 0
    for provider, n in PROVIDERS.items():
        for _ in range(n):
            rid += 1
            out.append((rid, provider))
    return out


def test_same_seed_same_assignment_other_seed_other_one() -> None:
    recipients = _recipients()
    first = assign(recipients, 3, 0.2, seed=42)
    assert assign(list(reversed(recipients)), 3, 0.2, seed=42) == first
    assert assign(recipients, 3, 0.2, seed=43) != first


@pytest.mark.parametrize("variants", [2, 3, 5])
def test_each_variant_gets_the_same_share_of_every_provider(variants: int) -> None:
    recipients = _recipients()
    provider = dict(recipients)
    chosen = assign(recipients, variants, 0.2, seed=7)
    assert len(chosen) == round(0.2 * len(recipients))
    sizes = Counter(chosen.values())
    assert max(sizes.values()) - min(sizes.values()) <= 1
    for name, n in PROVIDERS.items():
        per_variant = Counter(v for rid, v in chosen.items() if provider[rid] == name)
        assert abs(sum(per_variant.values()) - n * 0.2) <= 1
        counts = [per_variant.get(v, 0) for v in range(variants)]
        assert max(counts) - min(counts) <= 1, (name, counts)


def test_the_test_share_is_random_within_a_provider() -> None:
    recipients = [(i, "google") for i in range(1, 1001)]
    chosen = assign(recipients, 2, 0.5, seed=1)
    assert sorted(chosen) != list(range(1, 501))  # not simply the first half
    assert set(chosen) <= {i for i, _ in recipients}


def test_bad_plans_are_refused() -> None:
    with pytest.raises(ValueError):
        assign([(1, "x")], 6, 0.2, seed=1)
    with pytest.raises(ValueError):
        assign([(1, "x")], 2, 0.0, seed=1)


def test_a_long_tail_of_small_domains_still_gives_the_test_its_share() -> None:
    recipients = [(i, f"company{i}.fr") for i in range(1000)]
    chosen = assign(recipients, 2, 0.2, seed=9)
    assert len(chosen) == 200 and Counter(chosen.values()) == {0: 100, 1: 100}
    assert sorted(chosen) != list(range(0, 1000, 5))  # not every fifth domain by name
