"""The "Sender check" area: is this domain ready to send, and what exactly to fix.

Inputs (domain, DKIM selector, SMTP host), the results grouped by SPF, DKIM, DMARC... with
a status icon each, and for the selected line its fix and the DNS record to publish, ready
to copy. The last saved check of a domain is shown again when the domain is typed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from envoi.dnscheck.dkim_keys import DkimKeyStore, FileDkimKeyStore, generate_key, public_record
from envoi.dnscheck.resolver import DnsPythonResolver, Resolver
from envoi.dnscheck.results import (
    GROUPS,
    CheckRequest,
    CheckResult,
    Group,
    SmtpTarget,
    Status,
)
from envoi.dnscheck.runner import (
    CheckReport,
    last_report,
    resolver_settings,
    run_checks,
    save_report,
)
from envoi.errors import InvalidInputError
from envoi.store.engine import Store
from envoi.ui.context import UiContext
from envoi.ui.widgets.locale_format import number, short_date_time

ResolverFactory = Callable[[Store], Resolver]

_ICONS = {
    "pass": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warn": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "fail": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "error": QStyle.StandardPixmap.SP_MessageBoxQuestion,
}
_RANK: dict[Status, int] = {"pass": 0, "error": 1, "warn": 2, "fail": 3}
_ROLE = Qt.ItemDataRole.UserRole


def _local_time(moment: datetime) -> str:
    """``moment`` (aware, or naive = local) as the locale writes a date and time, local time."""
    return short_date_time(moment.astimezone() if moment.tzinfo is not None else moment)


def default_resolver(store: Store) -> Resolver:
    return DnsPythonResolver(resolver_settings(store, None, 3.0))


class SenderCheckView(QWidget):
    status_message = Signal(str)
    check_finished = Signal(object)  # CheckReport

    def __init__(
        self,
        context: UiContext,
        resolver_factory: ResolverFactory = default_resolver,
        key_store: DkimKeyStore | None = None,
        timeout: float = 3.0,
    ) -> None:
        super().__init__()
        self._store = context.services.store
        self._workers = context.workers
        self._resolver_factory = resolver_factory
        self._keys = key_store or FileDkimKeyStore()
        self._timeout = timeout
        self._running = False

        self.domain_edit = QLineEdit()
        self.domain_edit.setPlaceholderText(self.tr("example.com"))
        self.selector_edit = QLineEdit()
        self.selector_edit.setPlaceholderText(self.tr("optional, e.g. envoi1"))
        self.smtp_edit = QLineEdit()
        self.smtp_edit.setPlaceholderText(self.tr("optional, e.g. smtp.example.com:587"))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setDefault(True)
        self.keygen_button = QPushButton(self.tr("Generate a DKIM key"))
        form = QFormLayout()
        form.addRow(self.tr("Sending domain:"), self.domain_edit)
        form.addRow(self.tr("DKIM selector:"), self.selector_edit)
        form.addRow(self.tr("SMTP server:"), self.smtp_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.keygen_button)
        buttons.addStretch(1)
        self.summary_label = QLabel(self.tr("Type your sending domain and press Check."))

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Result"), self.tr("Status")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_label = QLabel()
        self.fix_label.setWordWrap(True)
        self.record_edit = QPlainTextEdit()
        self.record_edit.setReadOnly(True)
        self.record_edit.setMaximumHeight(80)
        self.copy_button = QPushButton(self.tr("Copy record"))
        self.copy_button.setEnabled(False)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.message_label)
        detail_layout.addWidget(self.fix_label)
        detail_layout.addWidget(QLabel(self.tr("DNS record to publish:")))
        detail_layout.addWidget(self.record_edit)
        detail_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)

        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.domain_edit.returnPressed.connect(self._on_check_button_clicked)
        self.domain_edit.editingFinished.connect(self._on_domain_edit_finished)
        self.keygen_button.clicked.connect(self._on_keygen_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)

    # ---- running a check -------------------------------------------------------------

    def request(self) -> CheckRequest:
        domain = self.domain_edit.text().strip().rstrip(".").lower()
        if not domain or "." not in domain or "@" in domain or " " in domain:
            raise InvalidInputError(
                self.tr("'{0}' is not a domain.").format(domain),
                self.tr("Type a domain like shop.fr."),
            )
        selector = self.selector_edit.text().strip() or None
        host = self.smtp_edit.text().strip()
        key = self._keys.load(domain, selector) if selector else None
        smtp = SmtpTarget.parse(host) if host else None
        return CheckRequest(domain, selector, smtp, dkim_private_key=key)

    def start_check(self) -> bool:
        if self._running:
            return False
        try:
            request = self.request()
        except InvalidInputError as exc:
            self.summary_label.setText(exc.user_message)
            return False
        self._running = True
        self.check_button.setEnabled(False)
        self.summary_label.setText(self.tr("Checking {0}…").format(request.domain))
        store, factory, timeout = self._store, self._resolver_factory, self._timeout

        def work() -> CheckReport:
            # A short-lived loop in a worker thread: the checks are self-contained network
            # I/O (and pyspf needs a thread anyway); the GUI loop stays free, and the view
            # behaves the same under qasync and under pytest-qt.
            report = asyncio.run(run_checks(request, factory(store), timeout=timeout))
            save_report(store, report)
            return report

        self._workers.submit(work, self._on_worker_done, self._on_worker_failed)
        return True

    def _on_check_button_clicked(self) -> None:
        self.start_check()

    def _on_worker_done(self, report: CheckReport) -> None:
        self._running = False
        self.check_button.setEnabled(True)
        self.show_report(report)
        self.check_finished.emit(report)

    def _on_worker_failed(self, exc: BaseException) -> None:
        from envoi.ui.widgets.error_dialog import show_error

        self._running = False
        self.check_button.setEnabled(True)
        self.summary_label.setText(self.tr("The check could not run."))
        show_error(self, exc)

    def _on_domain_edit_finished(self) -> None:
        domain = self.domain_edit.text().strip().lower()
        if self._running or not domain or self.tree.topLevelItemCount():
            return
        store = self._store
        self._workers.submit(lambda: last_report(store, domain), self._on_last_report_loaded)

    def _on_last_report_loaded(self, report: CheckReport | None) -> None:
        if report is not None and not self._running and not self.tree.topLevelItemCount():
            self.show_report(report)

    # ---- showing results -------------------------------------------------------------

    def show_report(self, report: CheckReport) -> None:
        self.tree.clear()
        style = QApplication.style()
        for group in GROUPS:
            rows = [c for c in report.checks if c.group == group]
            if not rows:
                continue
            worst = max((c.status for c in rows), key=_RANK.__getitem__)
            top = QTreeWidgetItem([self._group_title(group), self._status_text(worst)])
            top.setIcon(0, style.standardIcon(_ICONS[worst]))
            top.setData(0, _ROLE, None)
            for check in rows:
                child = QTreeWidgetItem([check.message, self._status_text(check.status)])
                child.setIcon(0, style.standardIcon(_ICONS[check.status]))
                child.setData(0, _ROLE, check)
                child.setToolTip(0, check.message)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(worst != "pass")
        counts = report.counts()
        text = self.tr(
            "{domain}, checked {when}: {ok} pass, {warn} warn, {fail} fail, {error} unchecked"
        )
        numbers = {key: number(n) for key, n in counts.items()}
        self.summary_label.setText(
            text.format(
                domain=report.domain,
                when=_local_time(report.checked_at),
                ok=numbers["pass"],
                warn=numbers["warn"],
                fail=numbers["fail"],
                error=numbers["error"],
            )
        )
        self._show_detail(None)
        self.status_message.emit(self.summary_label.text())

    def _status_text(self, status: Status) -> str:
        return {
            "pass": self.tr("pass"),
            "warn": self.tr("warning"),
            "fail": self.tr("fail"),
            "error": self.tr("could not check"),
        }[status]

    def _group_title(self, group: Group) -> str:
        return {
            "spf": self.tr("SPF"),
            "dkim": self.tr("DKIM"),
            "dmarc": self.tr("DMARC"),
            "mx": self.tr("Domain and MX"),
            "ptr": self.tr("Reverse DNS"),
            "blocklist": self.tr("Blocklists"),
            "smtp": self.tr("SMTP server"),
            "readiness": self.tr("Bulk-sender readiness"),
        }[group]

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        check = item.data(0, _ROLE) if item is not None else None
        self._show_detail(check if isinstance(check, CheckResult) else None)

    def _show_detail(self, check: CheckResult | None) -> None:
        self.message_label.setText(check.message if check else "")
        self.fix_label.setText(self.tr("Fix: {0}").format(check.fix) if check and check.fix else "")
        self._set_record(check.record if check else "")

    def _set_record(self, record: str) -> None:
        self.record_edit.setPlainText(record)
        self.copy_button.setEnabled(bool(record))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.record_edit.toPlainText())
        self.status_message.emit(self.tr("Record copied."))

    # ---- DKIM key generation ---------------------------------------------------------

    def _on_keygen_button_clicked(self) -> None:
        from envoi.errors import EnvoiError
        from envoi.ui.widgets.error_dialog import show_error

        domain = self.domain_edit.text().strip().rstrip(".").lower()
        selector = self.selector_edit.text().strip().lower()
        if not domain or not selector:
            self.summary_label.setText(self.tr("Type the domain and a new selector (e.g. envoi1)."))
            return
        try:
            key = generate_key("rsa")
            self._keys.save(domain, selector, key)
        except EnvoiError as exc:
            show_error(self, exc)
            return
        name = f"{selector}._domainkey.{domain}"
        self.message_label.setText(
            self.tr(
                "A 2048-bit DKIM key was created; Envoi keeps the private key on this computer."
            )
        )
        self.fix_label.setText(
            self.tr("Publish this TXT record at {0}, then check again.").format(name)
        )
        self._set_record(public_record(key))


def sender_check_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogYesButton)
