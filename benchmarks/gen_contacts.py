"""Generate a contact CSV like a shop's export: names, city, country, sign-up date, three
custom fields, about 1% invalid addresses and about 1% duplicates (differing in case).

    python benchmarks/gen_contacts.py OUT.csv --size 1000000
"""

from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

FIRST = [
    "Ada",
    "Alan",
    "Grace",
    "Linus",
    "Marie",
    "Nina",
    "Omar",
    "Paul",
    "Rosa",
    "Sven",
    "Tomas",
    "Yuki",
    "Zoe",
    "Joël",
    "Élise",
    "Ana",
]
LAST = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Torvalds",
    "Curie",
    "Simone",
    "Khayyam",
    "Dirac",
    "Parks",
    "Berg",
    "Müller",
    "Durand",
]
CITIES = [
    "Paris",
    "Lyon",
    "Berlin",
    "Madrid",
    "Lisbon",
    "Oslo",
    "Dublin",
    "Rome",
    "Vienna",
    "Prague",
    "Gent",
    "Porto",
]
COUNTRIES = ["FR", "DE", "ES", "PT", "NO", "IE", "IT", "AT", "CZ", "BE", "NL", "SE"]
DOMAINS = ["example.com", "example.org", "example.net", "shop.example", "mail.example"]
PLANS = ["free", "basic", "pro", "team"]
INVALID = ["not-an-address", "jane@", "@example.com", "a b@example.com", "x@example", "x@@y.com"]
HEADER = [
    "Email", "First Name", "Last Name", "City", "Country", "Signup Date",
    "Plan", "Orders", "VIP",
]  # fmt: skip


def generate(path: Path, size: int, seed: int = 7) -> dict[str, int]:
    rnd = random.Random(seed)
    start = date(2015, 1, 1)
    invalid = duplicates = 0
    emitted: list[str] = []
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for i in range(size):
            roll = rnd.random()
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            if roll < 0.01:
                email = rnd.choice(INVALID)
                invalid += 1
            elif roll < 0.02 and emitted:
                email = rnd.choice(emitted).upper()  # same person, typed differently
                duplicates += 1
            else:
                email = f"{first.lower()}.{last.lower()}.{i}@{rnd.choice(DOMAINS)}"
                email = email.encode("ascii", "ignore").decode()
                if len(emitted) < 10000:
                    emitted.append(email)
                elif rnd.random() < 0.01:
                    emitted[rnd.randrange(10000)] = email
            signup = start + timedelta(days=rnd.randrange(3650))
            out.writerow(
                [
                    email,
                    first,
                    last,
                    rnd.choice(CITIES),
                    rnd.choice(COUNTRIES),
                    signup.isoformat(),
                    rnd.choice(PLANS),
                    rnd.randrange(0, 200),
                    "yes" if rnd.random() < 0.1 else "no",
                ]
            )
    return {"rows": size, "invalid": invalid, "duplicates": duplicates}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.out, args.size, args.seed))


if __name__ == "__main__":
    main()
