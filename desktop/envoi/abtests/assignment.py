"""Who gets which variant: random, reproducible from a stored seed, and balanced across
mailbox providers (each variant gets the same share of Gmail, Microsoft, Orange...).

Pure: recipients come in as (id, stratum); the stratum is the provider found from the MX
records when the reports have looked it up (``mx_providers``), else the domain itself.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable


def assign(recipients: Iterable[tuple[int, str]], variants: int, share: float,
           seed: int) -> dict[int, int]:  # fmt: skip
    """Variant index (0..variants-1) for the recipients in the test; the others, not in the
    returned map, are the rest of the audience.

    Each stratum is shuffled with its own generator (seeded from the test's seed and the
    stratum's name, so adding a domain does not reshuffle the others), its test share is
    taken, and those are dealt round-robin with a counter that runs across strata: every
    variant's size differs by at most one, overall and within each stratum.
    """
    if not 2 <= variants <= 5:
        raise ValueError("an A/B test has 2 to 5 variants")
    if not 0 < share <= 1:
        raise ValueError("the test share is in (0, 1]")
    strata: dict[str, list[int]] = defaultdict(list)
    for rid, stratum in recipients:
        strata[stratum].append(rid)
    out: dict[int, int] = {}
    dealt = 0
    for stratum in sorted(strata):
        ids = sorted(strata[stratum])
        random.Random(f"{seed}:{stratum}").shuffle(ids)
        # Largest remainder across strata would be fairer to tiny strata; rounding per
        # stratum keeps each stratum's share exact to one recipient, which is what matters.
        take = round(len(ids) * share)
        for rid in ids[:take]:
            out[rid] = dealt % variants
            dealt += 1
    return out
