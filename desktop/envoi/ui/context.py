"""What every area of the window is given: the services (built once in app.py) and helpers.

Passed explicitly to each area factory; there is no global application state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from envoi.store.engine import Store
from envoi.ui.bridge import EventBridge, WorkerBridge

if TYPE_CHECKING:
    from envoi.bounces.review import ReviewQueue
    from envoi.bounces.service import BounceService
    from envoi.contacts.query import ContactQueries
    from envoi.contacts.service import ContactService
    from envoi.reports.service import Reports
    from envoi.segments.service import SegmentService
    from envoi.sending.campaigns import CampaignService
    from envoi.sending.profiles import ProfileService
    from envoi.templates.library import TemplateService

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Services:
    """Every service of the window, one of each, handed to every area. The first four are
    built by ``app.build_services``; the others on first use (their imports cost start-up
    time, and most areas open later or never), then kept: no view builds its own."""

    store: Store
    contacts: ContactService
    queries: ContactQueries
    segments: SegmentService
    browse_store: Store  # the table's reads (see app.open_browse_store)
    _built: dict[str, Any] = field(default_factory=dict)

    def _once(self, name: str, build: Callable[[], T]) -> T:
        if name not in self._built:
            self._built[name] = build()
        made: T = self._built[name]
        return made

    @property
    def templates(self) -> TemplateService:
        from envoi.templates.library import TemplateService

        return self._once("templates", lambda: TemplateService(self.store))

    @property
    def campaigns(self) -> CampaignService:
        from envoi.sending.campaigns import CampaignService

        return self._once("campaigns", lambda: CampaignService(self.store))

    @property
    def profiles(self) -> ProfileService:
        """SMTP profiles, their passwords in the process's one SMTP secret store."""
        from envoi.sending.profiles import ProfileService
        from envoi.sending.secrets import default_secret_store

        return self._once("profiles", lambda: ProfileService(self.store, default_secret_store()))

    @property
    def bounces(self) -> BounceService:
        from envoi.bounces.service import BounceService

        return self._once("bounces", lambda: BounceService(self.store))

    @property
    def review(self) -> ReviewQueue:
        from envoi.bounces.review import ReviewQueue

        return self._once("review", lambda: ReviewQueue(self.store))

    @property
    def reports(self) -> Reports:
        from envoi.reports.service import Reports

        return self._once("reports", lambda: Reports(self.store))

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
