"""Scheduled campaigns start on time while the window is open.

PLACEHOLDER until the sending scheduler is wired in (issue 4): returns a task that only
waits, so the window's background list already has its slot.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QWidget

from envoi.store.engine import Store


def start_campaign_scheduler(store: Store, window: QWidget) -> asyncio.Future[Any]:
    del store, window
    return asyncio.ensure_future(asyncio.Event().wait())
