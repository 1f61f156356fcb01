"""Fixtures for the window tests: a store filled with sample contacts, the services, a window."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from envoi.store.engine import Store
from envoi.store.models import Contact

FIRST = [
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Jules", "Hugo", "Lucas", "Théo", "Louis",
    "Emma", "Olivia", "Amelia", "Isla", "Jack", "Harry", "George", "Noah", "Oliver", "Sophie",
    "Élodie", "François", "Gaëlle", "Jérôme", "Margaux", "Benoît", "Hélène", "Aurélien",
]  # fmt: skip
LAST = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
    "Lefèvre", "Girard", "Fournier", "Mercier", "Bonnet", "Lambert", "Fontaine", "Rousseau",
]  # fmt: skip
DOMAINS = ["gmail.com", "orange.fr", "free.fr", "outlook.com", "laposte.net", "yahoo.co.uk"]
STATUSES = ["subscribed"] * 17 + ["unsubscribed", "bounced", "complained"]


def sample_contacts(n: int, seed: int = 7) -> list[dict[str, object]]:
    """``n`` realistic contacts with emails ``c<i>...`` so that row order by email is known."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1)
    rows: list[dict[str, object]] = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        domain = rng.choice(DOMAINS)
        local = f"c{i:07d}.{last.lower()}"
        email = f"{local}@{domain}"
        rows.append(
            {
                "email": email,
                "email_key": email.lower(),
                "domain": domain,
                "first_name": first,
                "last_name": last,
                "fields": {"city": rng.choice(["Paris", "Lyon", "London", "Leeds"])},
                "status": STATUSES[i % len(STATUSES)],
                "consent_source": "signup form",
                "consent_method": "double opt-in",
                "created_at": start + timedelta(minutes=i),
                "updated_at": start + timedelta(minutes=i),
            }
        )
    return rows


def fill(store: Store, n: int) -> None:
    rows = sample_contacts(n)
    with store.engine.begin() as conn:
        for start in range(0, n, 5000):
            conn.execute(insert(Contact), rows[start : start + 5000])


@pytest.fixture
def filled_store(sqlite_store: Store) -> Store:
    fill(sqlite_store, 3000)
    return sqlite_store


@pytest.fixture
def services(filled_store: Store):  # type: ignore[no-untyped-def]
    from envoi.ui.app import build_services

    built = build_services(filled_store)
    yield built
    built.close()


@pytest.fixture
def window(qtbot, services, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from envoi.ui.app import build_window

    win = build_window(services, tmp_path / "window.ini")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
