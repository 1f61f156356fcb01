"""Render + build with click and open tracking against the same campaign untracked.

    python benchmarks/relay_tracking.py [--size N] [--repeat R]

The ~20 KB sample campaign with its 26 product links made static (a tracked link must be
registered before the send), built through the template and the MIME skeleton on one
core. Tracked: each recipient's 26 links swapped for signed relay addresses, a hidden
link and an open pixel added (envoi.relay.client.tracking). Anchor, same run: the same
messages untracked. Target: tracked at least 85% of the untracked rate (CPU time: the
machine is shared).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import replace

from _sample_campaign import SOURCE, contacts

from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import MessageSettings, Recipient
from envoi.relay.client.tracking import ClickTracker, numbered, trackable_links
from envoi.relay.tokens import TokenSigner, campaign_key
from envoi.templates.merge import Campaign, Sender, build_context
from envoi.templates.render import CampaignTemplate

SETTINGS = MessageSettings("news@boutique.example", "Boutique Dupré",
                           unsubscribe_mailto="unsub@boutique.example", campaign_id="12",
                           contact_key=b"k" * 32)  # fmt: skip
CAMPAIGN = Campaign("Automne", id=12, locale="fr")
SENDER = Sender("Boutique Dupré", "news@boutique.example", "12 rue de la Paix, 75002 Paris")
STATIC = replace(SOURCE, html=re.sub(r'(href="https://shop\.example/p/\d+)\?[^"]*"', r'\1"',
                                     SOURCE.html))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200, help="messages per repeat")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    links = trackable_links(STATIC.html)
    signer = TokenSigner(12, campaign_key(b"s" * 32, 12))
    tracker = ClickTracker("https://relay.boutique.example", signer,
                           numbered(links, "https://relay.boutique.example/"),
                           clicks=True, opens=True)  # fmt: skip
    template = CampaignTemplate(STATIC)
    skeleton = MessageSkeleton(SETTINGS)
    people = contacts(args.size)
    jobs = []
    for i, contact in enumerate(people, start=1):
        url = f"https://relay.boutique.example/u/{i:08x}"
        ctx = build_context(contact, CAMPAIGN, SENDER, url, "")
        rcpt = Recipient(email=contact["email"], name=contact["full_name"], contact_id=i,
                         unsubscribe_url=url)  # fmt: skip
        jobs.append((i, ctx, rcpt))

    def untracked() -> int:
        return sum(len(skeleton.build(r, template.render(c))) for _i, c, r in jobs)

    def tracked() -> int:
        return sum(len(skeleton.build(r, tracker.rewrite(i, template.render(c))))
                   for i, c, r in jobs)  # fmt: skip

    def best(func: object) -> tuple[float, float, int]:
        rates, cpu_rates, size = [], [], 0
        for _ in range(args.repeat):
            start, cpu = time.perf_counter(), time.process_time()
            size = func()  # type: ignore[operator]
            rates.append(args.size / (time.perf_counter() - start))
            cpu_rates.append(args.size / max(time.process_time() - cpu, 1e-9))
        return max(rates), max(cpu_rates), size

    anchor_rate, anchor_cpu, anchor_bytes = best(untracked)
    ours_rate, ours_cpu, ours_bytes = best(tracked)
    sample = tracker.rewrite(1, template.render(jobs[0][1]))
    print(json.dumps({
        "benchmark": "relay_tracking",
        "messages": args.size,
        "tracked_links_per_message": len(links),
        "relay_links_in_sample": sample.html.count("https://relay.boutique.example/c/"),
        "ours_tracked_msgs_per_s": round(ours_rate),
        "anchor_untracked_msgs_per_s": round(anchor_rate),
        "ours_tracked_msgs_per_cpu_s": round(ours_cpu),
        "anchor_untracked_msgs_per_cpu_s": round(anchor_cpu),
        "cpu_ratio": round(ours_cpu / anchor_cpu, 3),
        "message_bytes_avg": {"tracked": round(ours_bytes / args.size),
                              "untracked": round(anchor_bytes / args.size)},
        "target_cpu_ratio_at_least": 0.85,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
