"""Render + build + serialise of a ~20 KB personalised HTML+text message, on one core.

    python benchmarks/render_build.py [--size N] [--repeat R]

Ours: the template compiled once (CampaignTemplate) and the campaign's MIME skeleton
built once (MessageSkeleton), per recipient only the render and the bytes that differ.
Anchor, same run, same rendered content: one EmailMessage per recipient, serialised by
``email`` (envoi.message.reference). Prints JSON with both rates and their ratio; the best
of R repeats counts (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import time

from _sample_campaign import SOURCE, contacts

from envoi.message.reference import build_reference
from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.merge import Campaign, Sender, build_context
from envoi.templates.render import CampaignTemplate

SETTINGS = MessageSettings(
    "news@boutique.example",
    "Boutique Dupré",
    unsubscribe_mailto="unsub@boutique.example",
    feedback_id="autumn:news:boutique",
    campaign_id="12",
    contact_key=b"k" * 32,
)
CAMPAIGN = Campaign("Automne", id=12, locale="fr")
SENDER = Sender("Boutique Dupré", "news@boutique.example", "12 rue de la Paix, 75002 Paris")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200, help="messages per repeat")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    people = contacts(args.size)
    template = CampaignTemplate(SOURCE)
    skeleton = MessageSkeleton(SETTINGS)
    contexts = []
    recipients = []
    for i, contact in enumerate(people):
        url = f"https://boutique.example/u/{i:08x}"
        contexts.append(
            build_context(contact, CAMPAIGN, SENDER, url, f"https://boutique.example/v/{i}")
        )
        recipients.append(
            Recipient(
                email=contact["email"],
                name=contact["full_name"],
                contact_id=i,
                unsubscribe_url=url,
            )
        )

    def ours() -> int:
        size = 0
        for ctx, rcpt in zip(contexts, recipients, strict=True):
            size += len(skeleton.build(rcpt, template.render(ctx)))
        return size

    def anchor() -> int:
        size = 0
        date = "Fri, 27 Nov 2026 16:00:00 +0100"
        for n, (ctx, rcpt) in enumerate(zip(contexts, recipients, strict=True)):
            raw = build_reference(
                SETTINGS, rcpt, template.render(ctx), message_id=f"<{n}@b.example>", date=date
            )
            size += len(raw)
        return size

    def best(func: object) -> tuple[float, float, int]:
        """Best wall-clock rate and best CPU-time rate (the machine is shared: CPU time
        is what one core spends, whatever the other processes do)."""
        rates, cpu_rates = [], []
        size = 0
        for _ in range(args.repeat):
            start, cpu = time.perf_counter(), time.process_time()
            size = func()  # type: ignore[operator]
            rates.append(args.size / (time.perf_counter() - start))
            cpu_rates.append(args.size / max(time.process_time() - cpu, 1e-9))
        return max(rates), max(cpu_rates), size

    ours_rate, ours_cpu, ours_bytes = best(ours)
    anchor_rate, anchor_cpu, anchor_bytes = best(anchor)
    sample = template.render(contexts[0])
    print(
        json.dumps(
            {
                "benchmark": "render_build",
                "messages": args.size,
                "html_bytes": len(sample.html.encode()),
                "text_bytes": len(sample.text.encode()),
                "message_bytes_avg": round(ours_bytes / args.size),
                "anchor_message_bytes_avg": round(anchor_bytes / args.size),
                "ours_msgs_per_s": round(ours_rate),
                "anchor_email_message_msgs_per_s": round(anchor_rate),
                "ratio": round(ours_rate / anchor_rate, 2),
                "ours_msgs_per_cpu_s": round(ours_cpu),
                "anchor_msgs_per_cpu_s": round(anchor_cpu),
                "cpu_ratio": round(ours_cpu / anchor_cpu, 2),
                "target_msgs_per_s": 2500,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
