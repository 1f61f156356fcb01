"""After a crash: what was running is paused, what was in flight is unknown, never resent.

A campaign counts as orphaned when its runner is a dead process on this computer, or when
its heartbeat is older than ``stale_after`` seconds (a runner on another computer sharing a
PostgreSQL database, or a frozen process). A live sender's campaign is left alone.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update

from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.sending_models import Campaign, CampaignStatus, Delivery, DeliveryStatus


@dataclass(frozen=True, slots=True)
class Recovered:
    campaign_id: int
    name: str
    unknown: int  # deliveries that were in flight: maybe delivered, not resent


def _alive(runner: str, stale: bool) -> bool:
    host, _, pid = runner.rpartition(":")
    # On Windows os.kill(pid, 0) would terminate the process: only the heartbeat tells.
    if host == socket.gethostname() and pid.isdigit() and os.name != "nt":
        if int(pid) == os.getpid():
            return False  # our own earlier run in this process is over
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return not stale


def recover(store: Store, stale_after: float = 60.0) -> list[Recovered]:
    """Pause orphaned running campaigns and turn their ``sending`` rows into ``unknown``."""
    recovered: list[Recovered] = []
    now = utc_now()
    with store.session() as s:
        rows = s.scalars(
            select(Campaign).where(Campaign.status == CampaignStatus.RUNNING.value)
        ).all()
        for row in rows:
            stale = row.heartbeat_at is None or row.heartbeat_at < now - timedelta(
                seconds=stale_after
            )
            if row.runner and _alive(row.runner, stale):
                continue
            result = s.execute(
                update(Delivery)
                .where(
                    Delivery.campaign_id == row.id,
                    Delivery.status == DeliveryStatus.SENDING.value,
                )
                .values(
                    status=DeliveryStatus.UNKNOWN.value,
                    smtp_reply="in flight when Envoi stopped: maybe delivered",
                    updated_at=now,
                )
            )
            unknown = int(getattr(result, "rowcount", 0) or 0)
            total_unknown = s.scalar(
                select(func.count()).where(
                    Delivery.campaign_id == row.id,
                    Delivery.status == DeliveryStatus.UNKNOWN.value,
                )
            )
            row.status = CampaignStatus.PAUSED.value
            row.runner = ""
            row.pause_reason = (
                "Envoi stopped while this campaign was sending. "
                f"{total_unknown} deliveries have an unknown outcome (they may have been "
                "delivered): they will not be sent again unless you choose to."
            )
            recovered.append(Recovered(row.id, row.name, unknown))
    return recovered
