"""The bounce reason score on a held-out third of the public corpus, beside the rest.

# smoke-args: --limit 60

    python benchmarks/bounce_holdout.py [--corpus DIR] [--limit N] [--failures held|tuning]

The split is fixed and written down here: a labelled message is held out when the SHA-1 of
its file name (the ``file`` field of labels.jsonl, e.g. ``maildir/bsd/lhost-postfix-01.eml``)
read as a number is divisible by 3. Newline copies follow their ``maildir/bsd`` original.
The reason rules are tuned on the other two thirds only (``--failures tuning`` lists their
misses); the held-out third is only scored, so its figure says how the rules do on mail
they were not written against.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from bounce_parse import DEFAULT_CORPUS, KIND_MAP, load, pair, recipient_set_ok

from envoi.bounces.parse import parse_message


def held_out(file: str) -> bool:
    """The fixed split: a third of the messages, by the SHA-1 of their file name."""
    return int(hashlib.sha1(file.encode()).hexdigest(), 16) % 3 == 0


def score(labels: list[dict[str, Any]], emails: Path, misses: list[str]) -> dict[str, Any]:
    n_rcpt = reason_ok = n_bounce = set_ok = kind_ok = 0
    for label in labels:
        got = parse_message((emails / label["file"]).read_bytes())
        kind_ok += got.kind == KIND_MAP.get(label["kind"], label["kind"])
        if label["kind"] == "bounce":
            n_bounce += 1
            set_ok += recipient_set_ok(label, got)
        for want, hit in pair(label, got):
            n_rcpt += 1
            if hit is not None and hit.reason == want["reason"]:
                reason_ok += 1
            else:
                said = (hit.reason, hit.status, hit.diagnostic[:160]) if hit else (None, None, "")
                misses.append(
                    f"{label['file']}: {said[0]} != {want['reason']} "
                    f"[{said[1]} {want['status']}] {said[2]!r}"
                )
    return {
        "messages": len(labels),
        "recipients": n_rcpt,
        "reason_equal": round(reason_ok / max(1, n_rcpt), 4),
        "recipient_set_exact": round(set_ok / max(1, n_bounce), 4),
        "kind_correct": round(kind_ok / max(1, len(labels)), 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="first N labelled messages only")
    ap.add_argument("--failures", choices=["held", "tuning"], help="list one side's misses")
    args = ap.parse_args()
    if not (args.corpus / "labels.jsonl").is_file():
        print(json.dumps({"error": f"bounce corpus not found at {args.corpus}"}))
        return 0
    primary, _ = load(args.corpus, args.limit)
    emails = args.corpus / "emails"
    held = [x for x in primary if held_out(x["file"])]
    tuning = [x for x in primary if not held_out(x["file"])]
    misses: dict[str, list[str]] = {"held": [], "tuning": []}
    report = {
        "split": "sha1(file name) % 3 == 0 is held out",
        "held_out": score(held, emails, misses["held"]),
        "tuning": score(tuning, emails, misses["tuning"]),
    }
    print(json.dumps(report, indent=2))
    if args.failures:
        print("\n".join(misses[args.failures]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
