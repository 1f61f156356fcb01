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
    stratum's name), its test share is taken (cumulative rounding, strata in a seeded
    order), and those are dealt round-robin with a counter that runs across strata: every
    variant's size differs by at most one, overall and within each stratum. The same
    recipients and seed give the same assignment, whatever order they come in.
    """
    if not 2 <= variants <= 5:
        raise ValueError("an A/B test has 2 to 5 variants")
    if not 0 < share <= 1:
        raise ValueError("the test share is in (0, 1]")
    strata: dict[str, list[int]] = defaultdict(list)
    for rid, stratum in recipients:
        strata[stratum].append(rid)
    out: dict[int, int] = {}
    dealt = seen = 0
    # The strata in a seeded random order: which small stratum gets the rounding's extra
    # recipient must not follow the alphabet.
    order = sorted(strata)
    random.Random(seed).shuffle(order)
    for stratum in order:
        ids = sorted(strata[stratum])
        random.Random(f"{seed}:{stratum}").shuffle(ids)
        # Cumulative rounding: each stratum's share is exact to one recipient and the total
        # is the share of everyone (a thousand one-recipient domains at 20% still give 200,
        # where rounding each would give none).
        take = round((seen + len(ids)) * share) - round(seen * share)
        seen += len(ids)
        for rid in ids[:take]:
            out[rid] = dealt % variants
            dealt += 1
    return out
