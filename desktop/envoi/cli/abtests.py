"""`envoi abtests ...`: plan a test's size, create one over a campaign, follow it, decide."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from envoi.abtests import stats
from envoi.abtests.service import CHANGES, AbTestService, TestStatus, parse_wait
from envoi.cli.common import open_store, print_json
from envoi.errors import InvalidInputError
from envoi.store.engine import Store


def register(subparsers: Any) -> None:
    area = subparsers.add_parser("abtests", help="A/B tests that find a winner only when real")
    sub = area.add_subparsers(dest="action", metavar="ACTION")

    plan = sub.add_parser("plan", help="how many recipients per variant a test needs")
    plan.add_argument(
        "--baseline",
        type=float,
        help="the usual rate, e.g. 0.03 for 3%% of recipients clicking",
    )
    plan.add_argument(
        "--lift",
        type=float,
        required=True,
        help="the smallest relative difference worth finding, e.g. 0.3 for 30%%",
    )
    plan.add_argument(
        "--baseline-from", metavar="CAMPAIGN", help="the baseline: a past campaign's rate"
    )
    plan.add_argument("--variants", type=int, default=2)
    plan.add_argument("--audience", type=int, help="the campaign's recipients")
    plan.add_argument("--share", type=float, default=100.0, help="the test share, in percent")
    plan.add_argument("--metric", choices=("clicks", "opens"), default="clicks")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(standalone=_plan)

    create = sub.add_parser("create", help="split a campaign's test share into variants")
    create.add_argument("campaign", metavar="CAMPAIGN")
    create.add_argument("--name", help="the test's name (default: the campaign's)")
    create.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="FIELD=VALUE[;...]",
        help=f"one variant's changes ({', '.join(CHANGES)}); repeat per variant; "
        "an empty string is the campaign as it is",
    )
    create.add_argument("--share", type=float, default=20.0, help="test share, percent")
    create.add_argument("--metric", choices=("clicks", "opens"), default="clicks")
    create.add_argument("--wait", default="4h", help="how long before deciding (4h, 90m, 2d)")
    create.add_argument("--seed", type=int, help="the assignment's seed (default: random)")
    create.add_argument("--baseline", type=float, default=0.03)
    create.add_argument("--lift", type=float, default=0.3)
    create.add_argument("--fallback", default="A", help="the variant the rest gets if none wins")
    create.add_argument(
        "--manual-send",
        action="store_true",
        help="after the decision, keep the rest paused until you resume the campaign "
        "(default: sent automatically)",
    )
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=_create)

    status = sub.add_parser("status", help="a test's variants, rates, intervals, decision")
    status.add_argument("name", metavar="NAME")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    decide = sub.add_parser(
        "decide",
        help="look at a test's results now (at the end of the wait: send the rest), or "
        "decide each line of a JSONL file with --input (the statistics alone)",
    )
    decide.add_argument("name", metavar="NAME", nargs="?")
    decide.add_argument("--json", action="store_true")
    decide.add_argument(
        "--final", action="store_true", help="decide now, before the end of the wait"
    )
    decide.add_argument("--input", type=Path, metavar="FILE.jsonl")
    decide.set_defaults(standalone=_decide)
    listing = sub.add_parser("list", help="the A/B tests")
    listing.set_defaults(handler=_list)
    due = sub.add_parser("decide-due", help="decide the tests whose wait is over (cron)")
    due.set_defaults(handler=_decide_due)


def _plan(args: argparse.Namespace) -> int:
    baseline = args.baseline
    if args.baseline_from:
        store = open_store(args.db)
        try:
            baseline = AbTestService(store).baseline_from(args.baseline_from, args.metric)
        finally:
            store.dispose()
    if baseline is None:
        raise InvalidInputError("The plan needs a baseline.", "Give --baseline or --baseline-from.")
    try:
        p = stats.plan(
            baseline,
            args.lift,
            args.variants,
            audience=args.audience,
            share=args.share / 100,
            metric=args.metric.rstrip("s"),
        )
    except ValueError as exc:
        raise InvalidInputError(str(exc), "A baseline between 0 and 1, a lift above 0.") from exc
    if args.json:
        print_json(
            {
                "baseline": p.baseline,
                "per_variant": p.per_variant,
                "power": p.target_power,
                "alpha": p.alpha,
                "available": p.available,
                "power_available": p.power_available,
                "enough": p.enough,
                "sentence": p.sentence,
            }
        )
    else:
        print(p.sentence)
    return 0


def _variant(text: str) -> dict[str, str]:
    changes: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        key, sep, value = part.partition("=")
        if not sep:
            raise InvalidInputError(f"'{part}' is not FIELD=VALUE.", 'e.g. subject="Spring sale"')
        changes[key.strip()] = value.strip().strip('"')
    return changes


def _show(t: TestStatus, as_json: bool) -> None:
    if as_json:
        print_json(t.as_dict())
        return
    print(
        f"{t.name} on '{t.campaign}': {t.status}, {t.metric} decide, {t.looks} looks, "
        f"decide after {t.decide_after:%Y-%m-%d %H:%M} UTC, seed {t.seed}"
    )
    for v in t.variants:
        rate = "-" if v.arm.rate is None else f"{v.arm.rate * 100:.2f}%"
        ci = (
            ""
            if v.interval is None
            else (f" (95%: {v.interval[0] * 100:.2f}-{v.interval[1] * 100:.2f}%)")
        )
        print(
            f"  {v.label} [{v.campaign_status}] {v.recipients} recipients, {v.arm.sent} sent, "
            f"{v.arm.successes} {t.metric}: {rate}{ci}; {v.arm.harmed} unsubscribed/complained "
            f" {v.changes}"
        )
    print(f"  rest: {t.rest} recipients")
    if t.plan is not None:
        print(f"Plan: {t.plan.sentence}")
    print(t.decision.reason)
    if t.chosen is not None:
        how = (
            f"scheduled now: `envoi campaigns send-due` sends it (or `envoi campaigns send "
            f"{t.campaign}`)."
            if t.auto_send
            else f"send it with `envoi campaigns resume {t.campaign}`."
        )
        print(f"The rest gets variant {t.variants[t.chosen].label}: {how}")
    for w in t.warnings:
        print(f"warning: {w}", file=sys.stderr)


def _create(args: argparse.Namespace, store: Store) -> int:
    variants = [_variant(v) for v in args.variant]
    labels = "ABCDE"[: len(variants)]
    if args.fallback not in labels:
        raise InvalidInputError(f"There is no variant '{args.fallback}'.", f"One of {labels}.")
    test = AbTestService(store).create(
        args.name or args.campaign,
        args.campaign,
        variants,
        share=args.share / 100,
        metric=args.metric,
        wait=parse_wait(args.wait),
        seed=args.seed,
        baseline=args.baseline,
        lift=args.lift,
        fallback=labels.index(args.fallback),
        auto_send=not args.manual_send,
    )
    _show(test, args.json)
    if not args.json:
        print("Send the variants with `envoi campaigns send-due`.")
    return 0


def _status(args: argparse.Namespace, store: Store) -> int:
    _show(AbTestService(store).status(args.name), args.json)
    return 0


def _decide(args: argparse.Namespace) -> int:
    if args.input is not None:
        return _decide_file(args.input)
    if not args.name:
        raise InvalidInputError("Name the A/B test to decide.", "Or give --input FILE.jsonl.")
    store = open_store(args.db)
    try:
        _show(AbTestService(store).decide(args.name, final=args.final), args.json)
    finally:
        store.dispose()
    return 0


def _list(args: argparse.Namespace, store: Store) -> int:
    for name in AbTestService(store).names():
        print(name)
    return 0


def _decide_due(args: argparse.Namespace, store: Store) -> int:
    for t in AbTestService(store).decide_due():
        _show(t, False)
    return 0


def _decide_file(path: Path) -> int:
    """Each line: {"baseline", "lift", "looks": [[{"label","sent","successes","harmed"}...]...]}
    (cumulative counts per look); prints one decision per line, as JSON."""
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            looks = item.get("looks") or [item["variants"]]
            tau2 = float(item.get("tau2") or stats.tau2_for(item["baseline"], item["lift"]))
            p: dict[str, float] = {}
            arms: list[stats.Arm] = []
            for seen in looks:
                arms = [
                    stats.Arm(
                        str(a.get("label", i)),
                        int(a["sent"]),
                        int(a["successes"]),
                        int(a.get("harmed", 0)),
                    )
                    for i, a in enumerate(seen)
                ]
                p = stats.look(arms, tau2, p)
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(f"Line {number} is not a test: {exc}.", "") from exc
        d = stats.decide(arms, p)
        print(
            json.dumps(
                {
                    "line": number,
                    "winner": None if d.winner is None else arms[d.winner].label,
                    "reason": d.reason,
                    "p_values": p,
                }
            )
        )
    return 0
