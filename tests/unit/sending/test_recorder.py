"""The recorder's verdicts match what it wrote, even when the run stops mid-transaction."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import event

from envoi.contacts.addresses import normalize
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.recorder import CLAIMED, Outcome, Recorder
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.sending_models import Delivery, DeliveryStatus
from tests.integration.sending.conftest import add_audience


class StopsMidTransaction(Recorder):
    def _write(self, batch):  # type: ignore[no-untyped-def]
        def pause(*_: object) -> None:
            self.accepting = False  # the user pressed Pause while the claim was being written

        event.listen(self._store.engine, "after_execute", pause)
        try:
            return super()._write(batch)
        finally:
            event.remove(self._store.engine, "after_execute", pause)


async def test_a_row_marked_sending_is_always_answered_claimed(sqlite_store: Store) -> None:
    add_audience(sqlite_store, 2)
    profile = ProfileService(sqlite_store, MemorySecretStore()).add(ProfileData("p", "h.example"))
    campaign = CampaignService(sqlite_store).create(
        CampaignData("c", "a@example.org", "s", "b", profile_id=profile.id, lists=["all"])
    )
    with sqlite_store.session() as s:
        first, second = [d.id for d in s.query(Delivery).order_by(Delivery.id)]
    with ThreadPoolExecutor(1) as executor:
        recorder = StopsMidTransaction(sqlite_store, campaign.id, executor)
        task = asyncio.create_task(recorder.run())
        verdict = await recorder.claim(first, normalize("user0@example.com"))
        assert verdict == CLAIMED  # it was written as sending: the worker must send it
        recorder.record(Outcome(first, DeliveryStatus.SENT, 250, "ok"))
        assert await recorder.claim(second, normalize("user1@example.com")) == "stopped"
        await recorder.close()
        await task
    counts = CampaignService(sqlite_store).get(campaign.id).counts
    assert counts["sent"] == 1 and counts["queued"] == 1 and counts["sending"] == 0
