"""Whole-audience content check: N contacts in SQLite, missing merge values grouped by field.

    python benchmarks/audience_check.py [--size N] [--anchor-size M]

Ours: load_audience (chunked SQL, tags and lists) + check_audience (one real render per
contact shape) over all N subscribed contacts, with the ~20 KB sample campaign. Anchor,
same run: rendering every contact one by one, timed on M contacts and projected to N;
on those M contacts both ways must find the same missing values (checked). Target: 100,000
contacts in under 10 s.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from _sample_campaign import SOURCE
from sqlalchemy import insert

from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.models import Contact, ContactTag, Tag
from envoi.templates.audience import check_audience, load_audience
from envoi.templates.merge import Campaign, Sender, build_context, contact_values
from envoi.templates.render import CampaignTemplate

FIRST = ["Élodie", "Jean", "Chloé", "Marc", "", "Ana", "François", "Léa", "Tom", "Inès"]
CITIES = ["Lyon", "Paris", "Montréal", "", None, "Genève"]


def fill(store: Store, size: int) -> None:
    rng = random.Random(3)
    rows = []
    for i in range(size):
        fields: dict[str, object] = {
            "points": rng.randint(0, 9000),
            "locale": rng.choice(["fr", "en"]),
        }
        city = rng.choice(CITIES)
        if city is not None:
            fields["city"] = city
        if rng.random() < 0.8:
            fields["member_since"] = f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-15"
        email = f"user{i}@example{i % 97}.com"
        rows.append(
            {
                "email": email,
                "email_key": email,
                "domain": email.split("@")[1],
                "first_name": rng.choice(FIRST),
                "last_name": "Dupré",
                "fields": fields,
                "status": "subscribed" if rng.random() < 0.97 else "unsubscribed",
            }
        )
    with store.session() as session:
        for start in range(0, size, 20_000):
            session.execute(insert(Contact), rows[start : start + 20_000])
        session.execute(insert(Tag), [{"name": "vip"}])
        session.execute(
            insert(ContactTag), [{"contact_id": i, "tag_id": 1} for i in range(1, size + 1, 10)]
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--anchor-size", type=int, default=500)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = Store.from_url(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        upgrade(store.engine)
        start = time.perf_counter()
        fill(store, args.size)
        fill_seconds = time.perf_counter() - start

        template = CampaignTemplate(SOURCE)
        campaign = Campaign("Automne", 12, "fr")
        sender = Sender("Boutique", "news@boutique.example", "12 rue de la Paix, Paris")
        start = time.perf_counter()
        report = check_audience(template, load_audience(store), campaign, sender)
        ours = time.perf_counter() - start

        # Anchor: one full render per contact, on the first anchor-size contacts.
        sample = []
        for contact in load_audience(store):
            sample.append(contact)
            if len(sample) >= args.anchor_size:
                break
        start = time.perf_counter()
        naive: dict[str, int] = {}
        for c in sample:
            values = contact_values(c.email, c.first_name, c.last_name, c.fields, c.tags, c.lists)
            ctx = build_context(values, campaign, sender, "https://u.invalid/x", "https://v/x")
            for field in template.render(ctx).missing:
                naive[field] = naive.get(field, 0) + 1
        anchor_per_contact = (time.perf_counter() - start) / len(sample)
        shared = check_audience(template, sample, campaign, sender)
        agree = {m.field: m.count for m in shared.missing} == naive
        store.dispose()

    print(
        json.dumps(
            {
                "benchmark": "audience_check",
                "contacts_checked": report.contacts,
                "real_renders": report.rendered,
                "ours_seconds": round(ours, 2),
                "ours_contacts_per_s": round(report.contacts / ours),
                "anchor_render_each_seconds_projected": round(
                    anchor_per_contact * report.contacts, 2
                ),
                "anchor_contacts_measured": len(sample),
                "ratio": round(anchor_per_contact * report.contacts / ours, 1),
                "same_missing_values_as_render_each": agree,
                "missing": {m.field: m.count for m in report.missing},
                "fill_seconds": round(fill_seconds, 2),
                "target_seconds_for_100k": 10,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
