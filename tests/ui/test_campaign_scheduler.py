"""The window's scheduler: a campaign scheduled a moment ahead sends by itself, in the
Campaigns area's progress view, to a real SMTP server; quitting pauses it, resumable."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta

# See test_campaign_progress_view: CPython 3.11 compile() race with the send thread.
import hypothesis  # noqa: F401
import pytest
import qasync
from sqlalchemy import insert, select

from envoi.sending.campaigns import CampaignData, CampaignService, utcnow
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.ui.campaign_scheduler import start_campaign_scheduler
from envoi.ui.views.campaigns.campaigns_view import CampaignsView
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer(ScriptedHandler()).start()
    yield s
    s.stop()


def _audience(store: Store, n: int, list_name: str) -> None:
    """``n`` new contacts on a list of their own (the window's store has others)."""
    domain = f"{list_name}.example.com"
    with store.session() as s:
        row = ContactList(name=list_name)
        s.add(row)
        s.flush()
        s.execute(insert(Contact), [
            {"email": f"user{i}@{domain}", "email_key": f"user{i}@{domain}", "domain": domain,
             "first_name": f"First{i}"} for i in range(n)
        ])  # fmt: skip
        ids = s.scalars(select(Contact.id).where(Contact.domain == domain)).all()
        s.execute(insert(ListMember), [{"list_id": row.id, "contact_id": c} for c in ids])


def _schedule(store: Store, port: int, name: str, list_name: str, n: int, *, in_s: float,
              per_second: float | None = None) -> int:  # fmt: skip
    _audience(store, n, list_name)
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData(f"p-{name}", "127.0.0.1", port, "none", connections=2,
                                       per_second=per_second))  # fmt: skip
    record = CampaignService(store).create(
        CampaignData(name, "shop@example.org", "Hi {{ first_name }}",
                     "Hello. To unsubscribe, reply STOP.", profile_id=profile.id,
                     lists=[list_name], scheduled_at=utcnow() + timedelta(seconds=in_s))
    )  # fmt: skip
    assert record.status == "scheduled"
    return record.id


def _run(qapp, scenario):  # type: ignore[no-untyped-def]
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(asyncio.wait_for(scenario(), 60))
    finally:
        asyncio.set_event_loop(None)
        loop.close()


async def _until(check, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


def test_a_scheduled_campaign_sends_on_time_while_the_window_is_open(
    qapp, window, services, server: ScriptedServer
) -> None:  # type: ignore[no-untyped-def]
    store = services.store
    campaign_id = _schedule(store, server.port, "Morning", "morning", 30, in_s=1.5)
    due = CampaignService(store).get(campaign_id).scheduled_at
    assert not server.handler.counts()

    async def scenario() -> None:
        task = start_campaign_scheduler(store, window, interval=0.5)
        try:
            await _until(lambda: len(server.handler.counts()) == 30)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    _run(qapp, scenario)
    record = CampaignService(store).get(campaign_id)
    assert record.started_at is not None and due is not None
    # On time: started within a second or so of its time, not before.
    assert timedelta(0) <= record.started_at - due < timedelta(seconds=3)
    assert window._status.text() == "Scheduled campaign “Morning” started."
    page = window.page("campaigns")
    assert isinstance(page, CampaignsView)
    view = page._views[campaign_id]
    assert page.stack.currentWidget() is view
    # The same live view a manual send gets: its runner ran the send and showed the counts.
    qapp.processEvents()
    _run(qapp, lambda: _until(lambda: view.counts["sent"].text() == "30"))
    assert set(server.handler.counts().values()) == {1}


def test_quitting_pauses_a_scheduled_send_and_it_resumes(
    qapp, window, services, server: ScriptedServer
) -> None:  # type: ignore[no-untyped-def]
    store = services.store
    n = 200
    campaign_id = _schedule(store, server.port, "Slow", "slow", n, in_s=0.5, per_second=20)
    page = window.page("campaigns")
    assert isinstance(page, CampaignsView)

    async def scenario() -> None:
        task = start_campaign_scheduler(store, window, interval=0.5)
        try:
            await _until(lambda: len(server.handler.counts()) >= 10)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    _run(qapp, scenario)
    page.pause_all()  # what the application's aboutToQuit does
    record = CampaignService(store).get(campaign_id)
    assert record.status == "paused" and "closed" in record.pause_reason
    assert record.counts["sending"] == 0  # nothing left in flight: all resumable
    sent = record.counts["sent"]
    assert 10 <= sent < n and len(server.handler.counts()) == sent
    view = page._views[campaign_id]
    qapp.processEvents()
    _run(qapp, lambda: _until(lambda: not view.runner.running))
    view.runner.start(resume=True)
    _run(qapp, lambda: _until(lambda: len(server.handler.counts()) == n, timeout=40))
    view.runner.wait(10)
    assert set(server.handler.counts().values()) == {1}
