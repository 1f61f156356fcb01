"""The window's scheduler: a campaign scheduled a moment ahead sends by itself, in the
Campaigns area's progress view, to a real SMTP server; quitting pauses it, resumable.

The window runs in a child process on the application's own qasync loop (`_run_loop`, as
`envoi` runs it), like the other loop tests: quitting there is a real quit."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.runner import build_engine
from envoi.sending.secrets import MemorySecretStore
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.store.sending_models import Campaign
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer

ROOT = Path(__file__).resolve().parents[3]

WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from envoi.sending.campaigns import CampaignService
from envoi.ui.app import _run_loop, build_services, build_window, open_store
from envoi.ui.campaign_scheduler import start_campaign_scheduler
url, campaign_id, quit_after, ini = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
store = open_store(url)
services = build_services(store)
window = build_window(services, Path(ini))
window.show()
service = CampaignService(store)
seen = {}

def check():
    record = service.get(campaign_id)
    page = window._pages.get("campaigns")
    view = page._views.get(campaign_id) if page is not None else None
    if view is not None:
        seen["view_current"] = page.stack.currentWidget() is view
        seen["view_sent"] = view.counts["sent"].text()
        seen["view_status"] = view.status.text()
        seen["runner_ran"] = seen.get("runner_ran") or view.runner.running
    seen["status_bar"] = window._status.text()
    done = record.status == "completed" and seen.get("view_sent") == str(record.counts["sent"])
    if done or (quit_after and record.counts["sent"] >= quit_after):
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
QTimer.singleShot(60000, app.quit)
def background():
    tasks = [start_campaign_scheduler(store, window, interval=0.5)]
    print("ready", flush=True)  # the window is up and its scheduler runs
    return tasks

_run_loop(app, background)
window.workers().shutdown(wait=True)
services.close()
print(json.dumps(seen))
"""


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer(ScriptedHandler()).start()
    yield s
    s.stop()


def _schedule(store: Store, port: int, n: int, *, in_s: float,
              per_second: float | None = None) -> int:  # fmt: skip
    with store.session() as s:
        row = ContactList(name="morning")
        s.add(row)
        s.flush()
        s.execute(insert(Contact), [
            {"email": f"user{i}@example.com", "email_key": f"user{i}@example.com",
             "domain": "example.com", "first_name": f"First{i}"} for i in range(n)
        ])  # fmt: skip
        ids = s.scalars(select(Contact.id)).all()
        s.execute(insert(ListMember), [{"list_id": row.id, "contact_id": c} for c in ids])
    profile = ProfileService(store, MemorySecretStore()).add(
        ProfileData("local", "127.0.0.1", port, "none", connections=2, per_second=per_second)
    )
    record = CampaignService(store).create(
        CampaignData("Morning", "shop@example.org", "Hi {{ first_name }}",
                     "Hello. To unsubscribe, reply STOP.", profile_id=profile.id,
                     lists=["morning"], scheduled_at=utc_now() + timedelta(seconds=in_s))
    )  # fmt: skip
    assert record.status == "scheduled"
    return record.id


def _window(
    store: Store, campaign_id: int, quit_after: int, tmp_path: Path,
    when_ready: Callable[[], None] = lambda: None,
) -> dict[str, object]:  # fmt: skip
    """Runs the window until it quits; ``when_ready`` is called once its scheduler runs."""
    url = store.engine.url.render_as_string(hide_password=False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ENVOI_DATA_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT / "desktop"))  # fmt: skip
    with subprocess.Popen(
        [sys.executable, "-c", WINDOW, url, str(campaign_id), str(quit_after),
         str(tmp_path / "window.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    ) as child:  # fmt: skip
        assert child.stdout is not None
        first = child.stdout.readline()  # "ready", or "" if it ended without getting there
        if first.strip() == "ready":
            when_ready()
        try:
            out, err = child.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
    assert child.returncode == 0 and first.strip() == "ready", err[-3000:]
    seen: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return seen


def test_a_scheduled_campaign_sends_on_time_while_the_window_is_open(
    sqlite_store: Store, server: ScriptedServer, tmp_path: Path
) -> None:
    # Scheduled far ahead, then moved to a moment ahead once the window runs: the window is
    # open before its time however long a loaded machine takes to start it.
    campaign_id = _schedule(sqlite_store, server.port, 30, in_s=3600.0)

    def soon() -> None:
        with sqlite_store.session() as s:
            row = s.get(Campaign, campaign_id)
            assert row is not None
            row.scheduled_at = utc_now() + timedelta(seconds=1.5)

    seen = _window(sqlite_store, campaign_id, 0, tmp_path, soon)
    record = CampaignService(sqlite_store).get(campaign_id)
    assert record.status == "completed" and record.counts["sent"] == 30
    assert len(server.handler.counts()) == 30 and set(server.handler.counts().values()) == {1}
    # On time: started at its time, not before, and within a few of the scheduler's 0.5 s
    # looks after it (generous: a loaded machine delays the window's loop too).
    assert record.started_at is not None and record.scheduled_at is not None
    assert timedelta(0) <= record.started_at - record.scheduled_at < timedelta(seconds=5)
    # In the Campaigns area, through the same live progress view as a manual send.
    assert seen["runner_ran"] is True and seen["view_current"] is True
    assert seen["view_sent"] == "30" and "Completed" in str(seen["view_status"])
    assert seen["status_bar"] == "Scheduled campaign “Morning” started."


def test_quitting_pauses_a_scheduled_send_and_it_resumes(
    sqlite_store: Store, server: ScriptedServer, tmp_path: Path
) -> None:
    n = 200
    campaign_id = _schedule(sqlite_store, server.port, n, in_s=1.0, per_second=20)
    _window(sqlite_store, campaign_id, 10, tmp_path)  # quits once 10 are sent
    service = CampaignService(sqlite_store)
    record = service.get(campaign_id)
    assert record.status == "paused" and "closed" in record.pause_reason
    assert record.counts["sending"] == 0  # nothing left in flight: all resumable
    sent = record.counts["sent"]
    assert 10 <= sent < n and len(server.handler.counts()) == sent
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    engine = build_engine(sqlite_store, campaign_id, profiles, LimiterPool())
    stats = asyncio.run(engine.run(resume=True))
    assert stats.status == "completed"
    counts = server.handler.counts()
    assert len(counts) == n and set(counts.values()) == {1}
