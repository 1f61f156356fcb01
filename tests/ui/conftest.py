"""Fixtures for the window tests: a store filled with sample contacts, the services, a window;
and for the README screenshots, an Xvfb display and the run of a screenshot script on it."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
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
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"


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


@pytest.fixture
def x_display() -> Iterator[str]:
    """A fresh Xvfb display; skips when Xvfb is not installed, except under CI=true."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed; .ci/run installs apt xvfb")
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it, so parallel runs never clash.
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


Shoot = Callable[[str, str, Sequence[str], int], None]


@pytest.fixture
def screenshots(x_display: str, tmp_path: Path) -> Shoot:
    """Run ``tests/ui/<script> --lang <lang>`` on the Xvfb display, writing to
    docs/screenshots (docs/screenshots/<lang> for a translation), and check that each of
    ``names`` is a real PNG picture."""

    def shoot(script: str, lang: str, names: Sequence[str], timeout: int) -> None:
        env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
        env["ENVOI_DATA_DIR"] = str(tmp_path)
        env.pop("WAYLAND_DISPLAY", None)
        out = SHOTS if lang == "en" else SHOTS / lang
        command = [sys.executable, str(ROOT / "tests" / "ui" / script), "--lang", lang]
        result = subprocess.run(
            [*command, "--out", str(out)],
            capture_output=True, text=True, timeout=timeout, env=env, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        for name in names:
            png = out / name
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert png.stat().st_size > 10_000  # a real picture, not a blank window

    return shoot
