"""The statistics of A/B tests against references (SciPy) and by simulation with fixed seeds:
the mixture ratio against numerical integration, Wilson's interval against SciPy's, Holm
by hand; A/A tests looked at 48 times keep their false-winner rate at or below 5% while
the naive rules do not; the planner's power is what the test delivers."""

from __future__ import annotations

import math

import pytest

from envoi.abtests import stats

np = pytest.importorskip("numpy")  # with SciPy, in the test extras
scipy_stats = pytest.importorskip("scipy.stats")
integrate = pytest.importorskip("scipy.integrate")


@pytest.mark.parametrize(
    ("sa", "na", "sb", "nb", "tau2"),
    [(30, 1000, 45, 1000, 0.01**2), (120, 4000, 100, 3900, 0.005**2), (5, 500, 5, 500, 0.02**2)],
)
def test_mixture_ratio_is_the_integral_of_the_likelihood_ratio(
    sa: int, na: int, sb: int, nb: int, tau2: float
) -> None:
    pooled = (sa + sb) / (na + nb)
    v = pooled * (1 - pooled) * (1 / na + 1 / nb)
    d = sb / nb - sa / na
    norm = scipy_stats.norm

    def integrand(theta: float) -> float:
        ratio = norm.pdf(d, theta, math.sqrt(v)) / norm.pdf(d, 0, math.sqrt(v))
        return float(ratio * norm.pdf(theta, 0, math.sqrt(tau2)))

    reference, _ = integrate.quad(integrand, -1, 1, points=[0.0, d], limit=200)
    assert stats.mixture_ratio(sa, na, sb, nb, tau2) == pytest.approx(reference, rel=1e-6)


def test_threshold_is_where_the_ratio_reaches_one_over_alpha() -> None:
    v, tau2, alpha = 2e-5, 1e-4, 0.05
    z = stats.threshold(v, tau2, alpha)
    d = z * math.sqrt(v)
    lam = math.sqrt(v / (v + tau2)) * math.exp(d * d * tau2 / (2 * v * (v + tau2)))
    assert lam == pytest.approx(1 / alpha)


@pytest.mark.parametrize(("k", "n"), [(0, 10), (3, 50), (17, 400), (400, 400)])
def test_wilson_interval_matches_scipy(k: int, n: int) -> None:
    ours = stats.Arm("A", n, k).interval()
    ref = scipy_stats.binomtest(k, n).proportion_ci(0.95, method="wilson")
    assert ours == pytest.approx((ref.low, ref.high), abs=1e-6)


def test_holm_steps_down_and_stops_at_the_first_kept_hypothesis() -> None:
    assert stats.holm([0.01, 0.04, 0.03, 0.005]) == [True, False, False, True]
    assert stats.holm([0.01, 0.02, 0.03]) == [True, True, True]  # 0.01<.0167, .02<.025, .03<.05
    assert stats.holm([0.2, 0.001]) == [False, True]


def _sim_pair(rng, p: float, n: int, looks: int, sims: int):  # type: ignore[no-untyped-def]
    """Cumulative successes of two identical arms at each of ``looks`` equal steps."""
    step = n // looks
    a = rng.binomial(step, p, size=(sims, looks)).cumsum(axis=1)
    b = rng.binomial(step, p, size=(sims, looks)).cumsum(axis=1)
    return a, b, step


def test_aa_tests_looked_at_48_times_rarely_find_a_winner_and_naive_rules_often_do() -> None:
    """Identical variants, baselines 0.5% to 10%, 500 to 50,000 per variant, looked at
    every hour for 48 hours: the mSPRT declares a winner at most 5.5% of the time; testing
    at every look with a plain z-test, and picking the highest rate, do far worse."""
    rng = np.random.default_rng(20261208)
    looks, sims = 48, 834  # 4 baselines x 3 sizes x 834 = 10,008 tests
    z_crit = scipy_stats.norm.ppf(0.975)
    ours = naive_peek = naive_once = highest = total = 0
    for p in (0.005, 0.02, 0.05, 0.10):
        for n in (500, 5_000, 50_000):
            a, b, step = _sim_pair(rng, p, n, looks, sims)
            tau2 = stats.tau2_for(p, 0.3)
            for s in range(sims):
                pv, peeked = 1.0, False
                for t in range(looks):
                    m = step * (t + 1)
                    sa, sb = int(a[s, t]), int(b[s, t])
                    pv = stats.always_valid_p(pv, stats.mixture_ratio(sa, m, sb, m, tau2))
                    pooled = (sa + sb) / (2 * m)
                    se = math.sqrt(pooled * (1 - pooled) * 2 / m) if 0 < pooled < 1 else 0
                    if se and abs(sb - sa) / m / se > z_crit:
                        peeked = True
                ours += pv <= stats.ALPHA
                naive_peek += peeked
                m = step * looks
                pooled = (a[s, -1] + b[s, -1]) / (2 * m)
                se = math.sqrt(pooled * (1 - pooled) * 2 / m) if 0 < pooled < 1 else 0
                highest += bool(a[s, -1] != b[s, -1])  # a raw highest rate exists
                naive_once += bool(se) and abs(b[s, -1] - a[s, -1]) / m / se > z_crit
                total += 1
    rate, peek_rate, once_rate = ours / total, naive_peek / total, naive_once / total
    highest_rate = highest / total
    print(
        f"A/A false winners: mSPRT {rate:.4f}, z-test at every look {peek_rate:.4f}, "
        f"z-test once {once_rate:.4f}, highest rate {highest_rate:.4f} ({total} tests)"
    )
    assert rate <= 0.055
    assert 0.035 <= once_rate <= 0.065  # the single-look z-test is at its level
    assert peek_rate >= 3 * rate and peek_rate >= 0.15
    assert highest_rate >= 0.9


def test_aa_test_through_look_and_decide_with_three_variants() -> None:
    """The app's own path (look, then decide with Holm over the pairs), 20 looks, three
    identical variants: at most ~5% false winners, and as rarely a variant barred by the
    guardrail for unsubscribes it does not cause."""
    rng = np.random.default_rng(16)
    sims, looks, n, p, harm = 400, 20, 4000, 0.03, 0.004
    step = n // looks
    wins = barred = 0
    for _ in range(sims):
        counts = rng.binomial(step, p, size=(3, looks)).cumsum(axis=1)
        harmed = rng.binomial(step, harm, size=(3, looks)).cumsum(axis=1)
        pv: dict[str, float] = {}
        won = bars = False
        for t in range(looks):
            arms = [
                stats.Arm("ABC"[i], step * (t + 1), int(counts[i, t]), int(harmed[i, t]))
                for i in range(3)
            ]
            pv = stats.look(arms, stats.tau2_for(p, 0.3), pv)
            decision = stats.decide(arms, pv)
            won = won or decision.winner is not None
            bars = bars or bool(decision.barred)
        wins += won
        barred += bars
    assert wins / sims <= 0.06
    assert barred / sims <= 0.06


@pytest.mark.parametrize(("baseline", "lift"), [(0.03, 0.3), (0.10, 0.15), (0.01, 0.5)])
def test_planned_power_is_what_the_test_delivers(baseline: float, lift: float) -> None:
    n = stats.sample_size(baseline, lift)
    promised = stats.power(n, baseline, lift)
    assert promised == pytest.approx(0.80, abs=0.005)
    rng = np.random.default_rng(7)
    sims = 3000
    a = rng.binomial(n, baseline, sims)
    b = rng.binomial(n, baseline * (1 + lift), sims)
    tau2 = stats.tau2_for(baseline, lift)
    found = sum(
        stats.mixture_ratio(int(x), n, int(y), n, tau2) >= 1 / stats.ALPHA
        for x, y in zip(a, b, strict=True)
    )
    assert found / sims == pytest.approx(promised, abs=0.03)


def test_the_plan_says_it_in_plain_words() -> None:
    p = stats.plan(0.03, 0.3, 2, audience=60_000, share=0.2)
    assert p.sentence.startswith(
        f"With {p.per_variant:,} per variant you would notice a 30% "
        "better click rate 8 times in 10; a 10% difference would "
        "usually go unnoticed"
    )
    assert p.available == 6000 and p.enough is False
    assert "only 6,000 per variant" in p.sentence
    assert stats.plan(0.03, 0.3, 2, audience=200_000, share=0.2).enough is True
    # More variants: more pairs to correct for, more recipients each.
    assert stats.sample_size(0.03, 0.3, 3) > stats.sample_size(0.03, 0.3, 2)


def test_a_clear_winner_wins_and_a_guardrail_bars_one_that_drives_people_away() -> None:
    tau2 = stats.tau2_for(0.03, 0.3)
    arms = [stats.Arm("A", 20_000, 600, 20), stats.Arm("B", 20_000, 900, 22)]
    decision = stats.decide(arms, stats.look(arms, tau2))
    assert decision.winner == 1 and "B wins" in decision.reason
    harmful = [stats.Arm("A", 20_000, 600, 20), stats.Arm("B", 20_000, 900, 200)]
    decision = stats.decide(harmful, stats.look(harmful, tau2))
    assert decision.winner is None and decision.barred == (1,)
    assert "cannot win" in decision.reason
    close = [stats.Arm("A", 2000, 60), stats.Arm("B", 2000, 66)]
    decision = stats.decide(close, stats.look(close, tau2))
    assert decision.winner is None and decision.leader == 1
    assert decision.reason.startswith("No real difference yet")


def test_the_p_value_never_goes_back_up_between_looks() -> None:
    tau2 = stats.tau2_for(0.03, 0.3)
    first = stats.look([stats.Arm("A", 10_000, 300), stats.Arm("B", 10_000, 420)], tau2)
    later = stats.look([stats.Arm("A", 20_000, 600), stats.Arm("B", 20_000, 610)], tau2, first)
    assert later["0-1"] == first["0-1"] < 0.05


@pytest.mark.parametrize("variants", [3, 4])
def test_planned_power_with_more_variants_is_the_chance_to_beat_them_all(variants: int) -> None:
    """One variant better by the planned lift, the others at the baseline, decided the
    app's way (look, then Holm over every pair): it wins as often as the planner said."""
    baseline, lift = 0.03, 0.3
    n = stats.sample_size(baseline, lift, variants)
    promised = stats.power(n, baseline, lift, variants)
    rng = np.random.default_rng(variants)
    sims, wins = 1500, 0
    rates = [baseline] * (variants - 1) + [baseline * (1 + lift)]
    tau2 = stats.tau2_for(baseline, lift)
    for _ in range(sims):
        arms = [stats.Arm(str(i), n, int(rng.binomial(n, p))) for i, p in enumerate(rates)]
        wins += stats.decide(arms, stats.look(arms, tau2)).winner == variants - 1
    print(f"{variants} variants, {n} each: promised {promised:.3f}, found {wins / sims:.3f}")
    assert wins / sims == pytest.approx(promised, abs=0.03)
