"""What every area of the window is given: the services (built once in app.py) and helpers.

Passed explicitly to each area factory; there is no global application state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from envoi.store.engine import Store
from envoi.ui.bridge import EventBridge, WorkerBridge

if TYPE_CHECKING:
    from envoi.contacts.query import ContactQueries
    from envoi.contacts.service import ContactService
    from envoi.segments.service import SegmentService


@dataclass(frozen=True, slots=True)
class Services:
    store: Store
    contacts: ContactService
    queries: ContactQueries
    segments: SegmentService
    browse_store: Store  # the table's reads (see app.open_browse_store)

    def close(self) -> None:
        """Dispose what build_services opened (the caller owns ``store``)."""
        self.browse_store.dispose()


@dataclass(frozen=True, slots=True)
class UiContext:
    services: Services
    workers: WorkerBridge
    settings: QSettings
    # The background bounce poller's events (ui/mailbox_poller.py): new bounces were stored.
    mailbox_events: EventBridge = field(default_factory=EventBridge)


@dataclass(frozen=True, slots=True)
class Area:
    """One entry of the sidebar. ``title`` is an untranslated source string (context "Areas")."""

    key: str
    title: str
    icon: Callable[[], QIcon]
    factory: Callable[[UiContext], QWidget]
