"""Composition root of the window: QApplication, the qasync loop, the services, the areas.

Adding an area to the sidebar is one line in ``AREAS``: (key, title, icon, factory), where the
factory gets the ``UiContext`` and returns the page. Views are imported inside their factory so
that start-up only pays for the first page.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from envoi.errors import EnvoiError

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

    from envoi.store.engine import Store
    from envoi.ui.context import Area, Services, UiContext
    from envoi.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANISATION = "Envoi"
APP_NAME = "Envoi"


# ---- areas (one line each) -------------------------------------------------------------


def _std_icon(name: str) -> QIcon:
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, name))


def _contacts_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.contacts.contacts_view import ContactsView

    return ContactsView(ctx)


def _segments_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.segments.segment_builder_view import SegmentBuilderView

    return SegmentBuilderView(ctx)


def _templates_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.templates.templates_view import TemplatesView

    return TemplatesView(ctx)


def _campaigns_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.campaigns.campaigns_view import CampaignsView

    return CampaignsView(ctx)


def _bounces_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.bounces.bounces_view import BouncesView

    return BouncesView(ctx)


def _reports_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.reports.reports_view import ReportsView

    return ReportsView(ctx)


def _dns_page(ctx: UiContext) -> QWidget:
    from envoi.ui.views.sendercheck.sender_check_view import SenderCheckView

    return SenderCheckView(ctx)


def areas() -> list[Area]:
    from functools import partial

    from envoi.ui.context import Area
    from envoi.ui.i18n import QT_TRANSLATE_NOOP

    # Titles stay untranslated here; the window translates them in the "Areas" context.
    table = (
        ("contacts", QT_TRANSLATE_NOOP("Areas", "Contacts"), "SP_DirHomeIcon", _contacts_page),
        ("segments", QT_TRANSLATE_NOOP("Areas", "Segments"), "SP_FileDialogDetailedView",
         _segments_page),
        ("templates", QT_TRANSLATE_NOOP("Areas", "Templates"), "SP_FileIcon", _templates_page),
        ("campaigns", QT_TRANSLATE_NOOP("Areas", "Campaigns"), "SP_ArrowForward", _campaigns_page),
        ("sendercheck", QT_TRANSLATE_NOOP("Areas", "Sender check"), "SP_DialogYesButton",
         _dns_page),
        ("bounces", QT_TRANSLATE_NOOP("Areas", "Bounces"), "SP_MessageBoxWarning", _bounces_page),
        ("reports", QT_TRANSLATE_NOOP("Areas", "Reports"), "SP_FileDialogInfoView",
         _reports_page),
    )  # fmt: skip
    return [Area(key, title, partial(_std_icon, icon), page) for key, title, icon, page in table]


# ---- services ----------------------------------------------------------------------------


_REVISION_LINE = re.compile(
    r"^(revision|down_revision)\s*(?::[^=\n]+)?=\s*(None|\"[^\"\n]*\"|'[^'\n]*')", re.MULTILINE
)


def head_from_files(versions: Path) -> str | None:
    """The single head of the migration files, read without importing Alembic (it costs
    as much start-up time as SQLAlchemy itself); None when unsure (a branch, a merge, a
    file of another form), and then Alembic decides."""
    parents: dict[str, str | None] = {}
    for path in versions.glob("*.py"):
        found: dict[str, str] = {
            m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text("utf-8"))
        }
        if "revision" not in found or "down_revision" not in found:
            return None
        down = found["down_revision"]
        parents[found["revision"].strip("\"'")] = None if down == "None" else down.strip("\"'")
    heads = set(parents) - {p for p in parents.values() if p is not None}
    return heads.pop() if len(heads) == 1 else None


def schema_is_current(store: Store) -> bool:
    """True when the database's alembic_version is the head of the migration files."""
    from sqlalchemy import text

    import envoi.store

    head = head_from_files(Path(envoi.store.__file__).parent / "migrations" / "versions")
    if head is None:
        return False
    try:
        with store.engine.connect() as conn:
            versions = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except Exception:  # no table yet, or a database we cannot read: the full path decides
        return False
    return versions == [head]


def open_store(db_url: str | None) -> Store:
    """Open the database and bring it to the newest schema (Alembic only when needed)."""
    from envoi.paths import database_url
    from envoi.store.engine import Store, check_connection

    store = Store.from_url(database_url(db_url))
    try:
        check_connection(store.engine)
        if not schema_is_current(store):
            from envoi.store.migrate import upgrade

            upgrade(store.engine)
    except BaseException:
        store.dispose()
        raise
    return store


# SQLite page cache of the connections that page through the contacts table. The store's
# own connections keep a large cache for imports; scrolling a million rows with that cache on
# two worker connections grew the process by ~100 MB, most of it pages never read again.
BROWSE_CACHE_KIB = 4096


def open_browse_store(store: Store) -> Store:
    """A second engine on the same database, for the table's reads, with a small cache."""
    from sqlalchemy import event

    from envoi.store.engine import Store

    browse = Store.from_url(store.engine.url.render_as_string(hide_password=False))
    if browse.dialect == "sqlite":

        def small_cache(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA cache_size=-{BROWSE_CACHE_KIB}")
            cursor.close()

        # Registered after the store's own "connect" listener, so it runs after it.
        event.listen(browse.engine, "connect", small_cache)
    return browse


def build_services(store: Store) -> Services:
    from envoi.contacts.query import ContactQueries
    from envoi.contacts.service import ContactService
    from envoi.segments.service import SegmentService
    from envoi.ui.context import Services

    browse = open_browse_store(store)
    segments = SegmentService(store)
    return Services(
        store=store,
        contacts=ContactService(store),
        queries=ContactQueries(browse, segments.saved_where),
        segments=segments,
        browse_store=browse,
    )


def build_window(services: Services, settings_path: Path | None = None) -> MainWindow:
    """The main window over ``services`` (used by run_gui and by the tests)."""
    from PySide6.QtCore import QCoreApplication

    from envoi.ui.bridge import WorkerBridge
    from envoi.ui.context import UiContext
    from envoi.ui.i18n import open_settings
    from envoi.ui.main_window import MainWindow

    settings = open_settings(settings_path)
    workers = WorkerBridge()
    context = UiContext(services=services, workers=workers, settings=settings)
    window = MainWindow(context, areas())
    workers.setParent(window)
    workers.job_failed.connect(window.show_unexpected_error)
    where = services.store.engine.url.render_as_string(hide_password=True)
    window.show_status(QCoreApplication.translate("App", "Database: {where}").format(where=where))
    return window


# ---- application -------------------------------------------------------------------------


def _log_file() -> Path:
    from envoi.paths import data_dir

    return data_dir() / "envoi.log"


def _install_crash_handler(window_ref: list[QWidget]) -> None:
    """Unexpected exceptions (our bugs) are logged and shown, never a silent exit."""
    from envoi.ui.widgets.error_dialog import show_crash, show_error

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        parent = window_ref[0] if window_ref else None
        if isinstance(exc, EnvoiError):
            show_error(parent, exc)
        else:
            show_crash(parent, exc.with_traceback(tb), _log_file())

    sys.excepthook = hook


def _configure_logging() -> None:
    try:
        handler: logging.Handler = logging.FileHandler(_log_file(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(db_url: str | None = None, selftest: bool = False) -> int:
    """Open the main window (or, with ``selftest``, build it offscreen and exit)."""
    started = time.perf_counter()
    if selftest:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    if not selftest:
        _configure_logging()
    from envoi.ui.i18n import install_translators

    install_translators(app)

    try:
        store = open_store(db_url)
    except EnvoiError as exc:
        if selftest:
            print(f"selftest failed: {exc.user_message} {exc.detail}", file=sys.stderr)
            return 1
        from envoi.ui.widgets.error_dialog import show_error

        show_error(None, exc, QApplication.translate("App", "Envoi cannot start"))
        return 2
    except Exception as exc:
        if selftest:
            print(f"selftest failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        from envoi.ui.widgets.error_dialog import show_crash

        show_crash(None, exc, _log_file())
        return 3

    services: Services | None = None
    try:
        if selftest:
            return _selftest(app, store, started)
        window_ref: list[QWidget] = []
        _install_crash_handler(window_ref)
        try:
            services = build_services(store)
            window = build_window(services)
        except Exception as exc:
            from envoi.ui.widgets.error_dialog import show_crash

            show_crash(None, exc, _log_file())
            return 3
        window_ref.append(window)
        window.show()
        if os.environ.get(EXIT_AFTER_SHOWN_ENV):
            _quit_after_first_paint(app, window)
        # The scheduler and the bounce poller (and their ~0.6 s of imports) start once the
        # window has painted, so that they do not delay the first usable window.
        painted = threading.Event()
        _on_first_paint(app, window, painted.set)
        store_ = services.store

        def background() -> list[asyncio.Future[Any]]:
            from envoi.ui.campaign_scheduler import start_campaign_scheduler
            from envoi.ui.mailbox_poller import start_mailbox_polling
            from envoi.ui.views.settings.relay_sync import start_relay_sync

            return [
                start_mailbox_polling(
                    store_,
                    window.show_status,
                    events=window.mailbox_events(),
                    service=services.bounces,
                ),
                start_campaign_scheduler(store_, window, profiles=services.profiles),
                start_relay_sync(store_, window.show_status),
            ]

        code = _run_loop(app, background, painted)
        window.workers().shutdown(wait=True)  # jobs still queued are dropped, not run
        return code
    finally:
        if services is not None:
            services.close()
        store.dispose()


# benchmarks/bundle_startup.py sets it: print when the window first paints, then quit.
EXIT_AFTER_SHOWN_ENV = "ENVOI_EXIT_AFTER_SHOWN"


def _on_first_paint(app: QApplication, window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, when a widget of ``window`` first paints."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                app.removeEventFilter(self)
                callback()
            return False

    app.installEventFilter(FirstPaint(app))


def _quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    """Print the wall-clock time of the window's first paint and quit; the start-up
    benchmark subtracts the moment it started the process (same clock, same machine)."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"envoi-first-paint {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    _on_first_paint(app, window, report)


SELFTEST_WAIT_S = 20.0
# Longer than the views' debounce timers (a segment count waits 300 ms).
SELFTEST_SETTLE_S = 0.5


def _selftest(app: QApplication, store: Store, started: float) -> int:
    """Build every page, let their first queries run and land, and fail on any error,
    including one raised in a slot (which Qt would otherwise only print)."""
    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda _kind, exc, _tb: errors.append(exc)
    services = None
    try:
        services = build_services(store)
        window = build_window(services)
        workers = window.workers()
        workers.job_failed.connect(errors.append)
        window.build_all_pages()
        window.show()
        # A result may start a timer that runs one more query (a debounced count): the
        # jobs are done only when none has been pending for longer than such a timer.
        # Each pass handles events first, so a job a timer starts is seen in that pass.
        deadline = time.perf_counter() + SELFTEST_WAIT_S
        quiet_since: float | None = None
        while not errors:
            app.processEvents()
            now = time.perf_counter()
            if workers.pending():
                quiet_since = None
                if now >= deadline:
                    errors.append(TimeoutError(f"{workers.pending()} jobs still running"))
            else:
                quiet_since = quiet_since if quiet_since is not None else now
                if now - quiet_since >= SELFTEST_SETTLE_S:
                    break
            time.sleep(0.002)
        window.close()
        app.processEvents()
        workers.shutdown(wait=True)
        window.deleteLater()
        app.processEvents()
    except Exception as exc:
        errors.append(exc)
    finally:
        sys.excepthook = previous
        if services is not None:
            services.close()
    if errors:
        first = errors[0]
        print(f"selftest failed: {type(first).__name__}: {first}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"selftest ok ({elapsed:.2f}s)")
    return 0


# A window that never paints (minimised at start) still gets its background tasks.
BACKGROUND_START_MAX_WAIT_S = 2.0


def _run_loop(
    app: QApplication,
    background: Callable[[], list[asyncio.Future[Any]]] | None = None,
    painted: threading.Event | None = None,
) -> int:
    """Run Qt and asyncio together until quit; ``background`` starts tasks (the mailbox
    poller, the scheduler) once the loop runs and ``painted`` is set (or after
    BACKGROUND_START_MAX_WAIT_S), and they are cancelled on quit."""
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    with loop:
        tasks: list[asyncio.Future[Any]] = []

        async def main() -> None:
            if painted is not None:
                waited = 0.0
                while not painted.is_set() and waited < BACKGROUND_START_MAX_WAIT_S:
                    await asyncio.sleep(0.02)
                    waited += 0.02
            if background is not None and not closing.is_set():
                tasks.extend(background())
            await closing.wait()

        try:
            loop.run_until_complete(main())
        finally:
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    return 0
