"""Bounce parser scores and speed on the Sisimai corpus, with flufl.bounce as the anchor.

# smoke-args: --limit 60 --repeat 1

    python benchmarks/bounce_parse.py [--corpus DIR] [--limit N] [--repeat R] [--failures]

Prints one JSON object: our recipient-set, reason, permanent/temporary and kind scores, the
exceptions, CRLF/CR agreement and messages per second; flufl.bounce's recipient-set score
and speed on the same files in the same run. `--limit` keeps only the first N labelled
messages (CI smoke runs); `--failures` lists the misses on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from email import message_from_bytes
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from envoi.bounces.parse import parse_message
from envoi.bounces.result import ParsedMessage

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounces"
KIND_MAP = {"vacation": "autoreply", "not-bounce": "other"}


def load(corpus: Path, limit: int | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    labels = [json.loads(line) for line in (corpus / "labels.jsonl").open()]
    primary = [x for x in labels if x["newline"] == "lf"]
    if limit:
        primary = primary[:limit]
    keep = {x["file"] for x in primary}
    variants = [x for x in labels if x["newline"] != "lf" and x["variant_of"] in keep]
    return primary, variants


def _lower(a: str | None) -> str | None:
    return a.lower() if a else None


def recipient_set_ok(label: dict[str, Any], got: ParsedMessage) -> bool:
    parsed = {_lower(r.address) for r in got.recipients} | {_lower(r.alias) for r in got.recipients}
    parsed.discard(None)
    primary = {_lower(r.address) for r in got.recipients if r.address}
    wanted = label["recipients"]
    matched: set[str | None] = set()
    for r in wanted:
        hit = next((a for a in (_lower(r["address"]), _lower(r["alias"])) if a in parsed), None)
        if hit is None:
            return False
        matched.add(hit)
    return len(primary) == len({(_lower(r["address"]) or _lower(r["alias"])) for r in wanted})


def pair(label: dict[str, Any], got: ParsedMessage) -> list[tuple[dict[str, Any], Any]]:
    out = []
    for i, r in enumerate(label["recipients"]):
        keys = {_lower(r["address"]), _lower(r["alias"])} - {None}
        hit = next(
            (g for g in got.recipients if _lower(g.address) in keys or _lower(g.alias) in keys),
            None,
        )
        if hit is None and not keys and i < len(got.recipients):
            hit = got.recipients[i]
        out.append((r, hit))
    return out


def flufl_set_ok(label: dict[str, Any], found: set[str]) -> bool:
    wanted = [r for r in label["recipients"]]
    for r in wanted:
        if not ({_lower(r["address"]), _lower(r["alias"])} & found):
            return False
    return len(found) == len({(_lower(r["address"]) or _lower(r["alias"])) for r in wanted})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("ENVOI_BOUNCE_CORPUS", DEFAULT_CORPUS))
    )
    ap.add_argument("--limit", type=int, default=None, help="first N labelled messages only")
    ap.add_argument("--size", type=int, default=None, help="alias of --limit")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes over the files")
    ap.add_argument("--failures", action="store_true", help="list misses on stderr")
    args = ap.parse_args()
    limit = args.limit or args.size
    if not (args.corpus / "labels.jsonl").is_file():
        print(json.dumps({"error": f"bounce corpus not found at {args.corpus}"}))
        return 0
    primary, variants = load(args.corpus, limit)
    emails = args.corpus / "emails"
    raw = {x["file"]: (emails / x["file"]).read_bytes() for x in primary + variants}

    results = {f: parse_message(b) for f, b in raw.items()}
    exceptions = sum(1 for r in results.values() if r.error)
    n_bounce = set_ok = n_rcpt = reason_ok = n_perm = perm_ok = kind_ok = n_hard = hard_ok = 0
    misses: list[str] = []
    for label in primary:
        got = results[label["file"]]
        want_kind = KIND_MAP.get(label["kind"], label["kind"])
        if got.kind == want_kind:
            kind_ok += 1
        else:
            misses.append(f"KIND {label['file']}: {got.kind} != {want_kind}")
        if label["kind"] == "bounce":
            n_bounce += 1
            if recipient_set_ok(label, got):
                set_ok += 1
            else:
                misses.append(
                    f"SET {label['file']}: {[r.address for r in got.recipients]} != "
                    f"{[(r['address'], r['alias']) for r in label['recipients']]}"
                )
        for want, hit in pair(label, got):
            n_rcpt += 1
            if hit is not None and hit.reason == want["reason"]:
                reason_ok += 1
            elif hit is not None:
                misses.append(
                    f"REASON {label['file']}: {hit.reason} != {want['reason']} "
                    f"[{hit.status} {want['status']}] {hit.diagnostic[:150]!r}"
                )
            if want["hard"] is not None:
                n_hard += 1
                hard_ok += hit is not None and hit.hard == want["hard"]
            if want["status"] and not want["status_pseudo"]:
                n_perm += 1
                if hit is not None and hit.permanent == want["permanent"]:
                    perm_ok += 1
                else:
                    misses.append(
                        f"PERM {label['file']}: {hit and hit.permanent} != {want['permanent']}"
                    )
    agree = sum(
        1 for v in variants if results[v["file"]].to_json() == results[v["variant_of"]].to_json()
    )

    files = list(raw.values())
    start = time.perf_counter()
    for _ in range(args.repeat):
        for b in files:
            parse_message(b)
    ours_rate = len(files) * args.repeat / (time.perf_counter() - start)

    anchor: dict[str, Any]
    try:
        from flufl.bounce import all_failures

        bounce_labels = [x for x in primary if x["kind"] == "bounce"]
        ok = 0
        start = time.perf_counter()
        for label in bounce_labels:
            try:
                temp, perm = all_failures(message_from_bytes(raw[label["file"]]))
                found = {a.decode("utf-8", "replace").lower() for a in temp | perm}
            except Exception:
                found = set()
            ok += flufl_set_ok(label, found)
        elapsed = time.perf_counter() - start
        anchor = {
            "name": "flufl.bounce all_failures",
            "recipient_set_exact": round(ok / max(1, len(bounce_labels)), 4),
            "messages_per_second": round(len(bounce_labels) / elapsed, 1),
        }
    except ImportError:
        anchor = {"name": "flufl.bounce", "error": "not installed (pip install flufl.bounce)"}

    report = {
        "corpus": str(args.corpus),
        "messages": len(primary),
        "bounce_messages": n_bounce,
        "recipients": n_rcpt,
        "ours": {
            "recipient_set_exact": round(set_ok / max(1, n_bounce), 4),
            "reason_equal": round(reason_ok / max(1, n_rcpt), 4),
            "permanent_correct": round(perm_ok / max(1, n_perm), 4),
            "kind_correct": round(kind_ok / max(1, len(primary)), 4),
            "hard_flag_correct": round(hard_ok / max(1, n_hard), 4),
            "exceptions": exceptions,
            "newline_variants": len(variants),
            "newline_variants_agree": agree,
            "messages_per_second": round(ours_rate, 1),
        },
        "anchor": anchor,
    }
    print(json.dumps(report, indent=2))
    if args.failures:
        print("\n".join(misses), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
