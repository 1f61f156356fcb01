"""The statistics of an A/B test: how many recipients a test needs, and when a difference
is real, with a test that stays valid however often the results are looked at.

The decision is the mixture sequential probability ratio test (mSPRT) with a normal
mixture, as in Johari, Koomen, Pekelis and Walsh, "Peeking at A/B Tests: Why it matters,
and what to do about it" (KDD 2017) and Johari, Pekelis and Walsh, "Always Valid
Inference" (Operations Research 70(3), 2022). For the difference of two proportions,
with the normal approximation, the estimated difference ``d`` and its variance ``V``
under the null (pooled rate), the mixture likelihood ratio against ``N(0, tau^2)`` is

    Lambda = sqrt(V / (V + tau^2)) * exp(d^2 tau^2 / (2 V (V + tau^2)))

and ``p = min over looks of min(1, 1 / Lambda)`` is an always-valid p-value: the chance
that it ever falls below alpha, under the null, is at most alpha, whatever the number of
looks. Always-valid p-values are p-values at any stopping time, so Holm's step-down
correction over every pair of variants keeps the family-wise error at alpha when there
are more than two variants.

The planner promises the power of that same test at its last look (the looks before can
only add chances to detect), so what it says and what the decision does agree. Only the
standard library: ``statistics.NormalDist`` gives the normal quantiles.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from statistics import NormalDist

ALPHA = 0.05
POWER = 0.80
_N = NormalDist()


def pairs_of(variants: int) -> int:
    return variants * (variants - 1) // 2


def threshold(v: float, tau2: float, alpha: float) -> float:
    """The |z| above which Lambda >= 1 / alpha (the mSPRT rejects at this look)."""
    ratio = tau2 / v
    return math.sqrt((1 + 1 / ratio) * (2 * math.log(1 / alpha) + math.log1p(ratio)))


def mixture_ratio(successes_a: int, n_a: int, successes_b: int, n_b: int, tau2: float) -> float:
    """Lambda for the difference of two proportions at one look (1.0 when nothing to see)."""
    if n_a <= 0 or n_b <= 0:
        return 1.0
    pooled = (successes_a + successes_b) / (n_a + n_b)
    v = pooled * (1 - pooled) * (1 / n_a + 1 / n_b)
    if v <= 0:
        return 1.0
    d = successes_b / n_b - successes_a / n_a
    exponent = d * d * tau2 / (2 * v * (v + tau2))
    return math.sqrt(v / (v + tau2)) * math.exp(min(exponent, 700.0))


def always_valid_p(previous: float, lam: float) -> float:
    return min(previous, 1.0, 1.0 / lam if lam > 0 else 1.0)


def holm(p_values: Sequence[float], alpha: float = ALPHA) -> list[bool]:
    """Holm's step-down procedure: which hypotheses are rejected at family level alpha."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    rejected = [False] * len(p_values)
    m = len(p_values)
    for rank, i in enumerate(order):
        if p_values[i] > alpha / (m - rank):
            break
        rejected[i] = True
    return rejected


# The guardrail's mixture, fixed in advance (a tau chosen from the data would break the
# guarantee): 2 points. Centred on unsubscribe-size differences (0.5 point), 0% against 10%
# unsubscribed on 300 recipients each went unseen; a wide mixture costs little on large
# tests (the threshold grows with the log of tau^2 / V).
HARM_TAU2 = 0.02**2


def tau2_for(baseline: float, lift: float) -> float:
    """The mixture's variance: the squared difference the test is planned to detect (the
    mSPRT is most powerful near it)."""
    return (baseline * lift) ** 2


# ---- planning ----------------------------------------------------------------------------


def power(n: int, baseline: float, lift: float, variants: int = 2, alpha: float = ALPHA,
          tau2: float | None = None) -> float:  # fmt: skip
    """The chance that the test finds a ``lift`` (relative, 0.3 = 30% better) over
    ``baseline`` with ``n`` recipients per variant, at family level ``alpha`` (Bonferroni
    over the pairs, which Holm's procedure never does worse than). With more than two
    variants, one better by ``lift`` and the others at ``baseline``: the chance that it
    beats every other one, which is what a win needs."""
    if n <= 0 or lift == 0:
        return 0.0
    p1, p2 = baseline, min(baseline * (1 + lift), 1.0)
    tau2 = tau2 if tau2 is not None else tau2_for(baseline, lift)
    level = alpha / max(pairs_of(variants), 1)
    pooled = (p1 + p2) / 2
    v0 = 2 * pooled * (1 - pooled) / n  # what the test estimates (pooled, under the null)
    c = threshold(v0, tau2, level) * math.sqrt(v0)
    d = abs(p2 - p1)
    s1, s2 = math.sqrt(p1 * (1 - p1) / n), math.sqrt(p2 * (1 - p2) / n)
    if variants <= 2:
        spread = math.hypot(s1, s2)  # the difference's standard deviation
        return _N.cdf((d - c) / spread) + _N.cdf((-d - c) / spread)
    # Given the better variant's observed rate, its comparisons with the others are
    # independent: integrate the product over that rate (midpoint rule, 8 sd each side).
    steps, width = 1600, 16.0
    du = width / steps
    total = 0.0
    for i in range(steps):
        u = -width / 2 + (i + 0.5) * du
        beat_one = _N.cdf((d + s2 * u - c) / s1)
        total += _N.pdf(u) * beat_one ** (variants - 1) * du
    return total


def sample_size(baseline: float, lift: float, variants: int = 2, alpha: float = ALPHA,
                target: float = POWER) -> int:  # fmt: skip
    """The smallest number of recipients per variant with ``power`` >= ``target``."""
    if not 0 < baseline < 1 or lift <= 0:
        raise ValueError("baseline must be in (0, 1) and lift > 0")
    hi = 16
    while power(hi, baseline, lift, variants, alpha) < target:
        hi *= 2
        if hi > 10**10:
            raise ValueError("no sample is large enough")
    lo = hi // 2
    while hi - lo > 1:  # power grows with n: bisect
        mid = (lo + hi) // 2
        if power(mid, baseline, lift, variants, alpha) >= target:
            hi = mid
        else:
            lo = mid
    return hi


@dataclass(frozen=True, slots=True)
class Plan:
    baseline: float
    lift: float
    variants: int
    alpha: float
    target_power: float
    per_variant: int  # needed
    available: int | None  # per variant, from the audience and the test share
    power_available: float | None
    smaller_lift: float
    power_smaller: float  # at ``per_variant``
    sentence: str

    @property
    def enough(self) -> bool | None:
        return None if self.available is None else self.available >= self.per_variant


def _times_in_ten(p: float) -> int:
    return round(p * 10)


def _percent(x: float) -> str:
    return f"{x * 100:.0f}%" if round(x * 100, 1) == round(x * 100) else f"{x * 100:.1f}%"


def _chance(p: float) -> str:
    t = _times_in_ten(p)
    if t >= 10:
        return "almost always"
    if t <= 0:
        return "almost never"
    return "once in 10" if t == 1 else f"{t} times in 10"


def plan(baseline: float, lift: float, variants: int = 2, *, audience: int | None = None,
         share: float = 1.0, metric: str = "click", alpha: float = ALPHA,
         target: float = POWER) -> Plan:  # fmt: skip
    """The plan and its sentence, e.g. "With 2,400 per variant you would notice a 30%
    better click rate 8 times in 10; a 10% difference would usually go unnoticed"."""
    n = sample_size(baseline, lift, variants, alpha, target)
    smaller = lift / 3
    p_small = power(n, baseline, smaller, variants, alpha, tau2_for(baseline, lift))
    sentence = (
        f"With {n:,} per variant you would notice a {_percent(lift)} better {metric} rate "
        f"{_chance(power(n, baseline, lift, variants, alpha))}; a {_percent(smaller)} "
        + (
            "difference would usually go unnoticed"
            if p_small < 0.5
            else "difference would be noticed"
        )
        + f" (noticed {_chance(p_small)})."
    )
    available = power_available = None
    if audience is not None:
        available = int(audience * share) // variants
        power_available = power(available, baseline, lift, variants, alpha)
        if available >= n:
            sentence += f" This audience gives {available:,} per variant: enough."
        else:
            sentence += (
                f" This audience gives only {available:,} per variant: a {_percent(lift)} "
                f"difference would be noticed {_chance(power_available)}. Test fewer "
                "variants, a larger share, or look for a larger difference."
            )
    return Plan(baseline, lift, variants, alpha, target, n, available, power_available,
                smaller, p_small, sentence)  # fmt: skip


# ---- deciding ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Arm:
    label: str
    sent: int  # accepted by the receiving servers
    successes: int  # distinct people who clicked (or opened)
    harmed: int = 0  # distinct people who unsubscribed or complained

    @property
    def rate(self) -> float | None:
        return self.successes / self.sent if self.sent else None

    def interval(self, z: float = 1.959964) -> tuple[float, float] | None:
        """Wilson's 95% interval of the rate."""
        if not self.sent:
            return None
        n, p = self.sent, self.successes / self.sent
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        return max(0.0, centre - half), min(1.0, centre + half)


Pair = tuple[int, int]


def pair_keys(variants: int) -> list[Pair]:
    return list(combinations(range(variants), 2))


def look(arms: Sequence[Arm], tau2: float, previous: dict[str, float] | None = None,
         harm_tau2: float | None = None) -> dict[str, float]:  # fmt: skip
    """One look: every pair's always-valid p-value (running minimum over the looks so far)
    for the metric (``"i-j"``) and for the guardrail (``"harm:i-j"``)."""
    previous = previous or {}
    out: dict[str, float] = {}
    for i, j in pair_keys(len(arms)):
        a, b = arms[i], arms[j]
        key = f"{i}-{j}"
        lam = mixture_ratio(a.successes, a.sent, b.successes, b.sent, tau2)
        out[key] = always_valid_p(previous.get(key, 1.0), lam)
        hkey = f"harm:{key}"
        h_lam = mixture_ratio(a.harmed, a.sent, b.harmed, b.sent, harm_tau2 or HARM_TAU2)
        out[hkey] = always_valid_p(previous.get(hkey, 1.0), h_lam)
    return out


@dataclass(frozen=True, slots=True)
class Decision:
    winner: int | None  # index of the winning arm; None: no real difference (yet)
    leader: int | None  # the highest rate
    barred: tuple[int, ...]  # arms the guardrail keeps from winning
    p_values: dict[str, float]  # the always-valid p-values per pair (not adjusted)
    significant: dict[str, bool]  # after Holm over the pairs
    reason: str


def decide(arms: Sequence[Arm], p_values: dict[str, float], alpha: float = ALPHA) -> Decision:
    """The leader wins only when it beats every other variant significantly (Holm over all
    pairs) and no other variant has significantly fewer unsubscribes and complaints."""
    keys = [f"{i}-{j}" for i, j in pair_keys(len(arms))]
    rejected = dict(zip(keys, holm([p_values.get(k, 1.0) for k in keys], alpha), strict=True))
    harm_keys = [f"harm:{k}" for k in keys]
    harm_rejected = dict(
        zip(harm_keys, holm([p_values.get(k, 1.0) for k in harm_keys], alpha), strict=True)
    )
    significant = {**rejected, **harm_rejected}
    rated = [(a.rate, i) for i, a in enumerate(arms) if a.rate is not None]
    if not rated:
        return Decision(None, None, (), dict(p_values), significant, "Nothing measured yet.")
    leader = max(rated)[1]

    def higher_harm(i: int) -> bool:
        for j in range(len(arms)):
            if j == i:
                continue
            lo, hi = min(i, j), max(i, j)
            if harm_rejected[f"harm:{lo}-{hi}"]:
                a, b = arms[i], arms[j]
                if a.sent and b.sent and a.harmed / a.sent > b.harmed / b.sent:
                    return True
        return False

    barred = tuple(i for i in range(len(arms)) if higher_harm(i))
    beats_all = all(
        rejected[f"{min(leader, j)}-{max(leader, j)}"] for j in range(len(arms)) if j != leader
    )
    name = arms[leader].label
    if not beats_all:
        reason = (
            f"No real difference yet: {name} has the highest rate, but not clearly above "
            "every other variant (it may be chance)."
        )
        return Decision(None, leader, barred, dict(p_values), significant, reason)
    if leader in barred:
        reason = (
            f"No winner: {name} has the highest rate but significantly more unsubscribes "
            "or complaints, so it cannot win."
        )
        return Decision(None, leader, barred, dict(p_values), significant, reason)
    reason = f"{name} wins: its rate is clearly above every other variant's."
    return Decision(leader, leader, barred, dict(p_values), significant, reason)
