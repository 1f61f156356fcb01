"""The "Sender check" area: is this domain ready to send, and what exactly to fix.

Inputs (domain, DKIM selector, SMTP host, the DNS server to ask), the results grouped by
SPF, DKIM, DMARC... with a status icon each, and for the selected line its fix and the DNS
record to publish, ready to copy. The last saved check of a domain is shown again when the
domain is typed. The DNS server is the ``dns.resolver`` setting that the command line's
``envoi dns resolver`` sets too: the system's resolver, or an address such as 1.1.1.1. A
resolver that says well-known names do not exist gets a plain sentence, not red results.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
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
from envoi.dnscheck.resolver import (
    WELL_KNOWN_NAMES,
    DnsPythonResolver,
    Resolver,
    ResolverSettings,
)
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
    check_and_save,
    last_report,
    resolver_settings,
    save_nameserver,
    saved_nameserver,
)
from envoi.errors import EnvoiError, InvalidInputError
from envoi.store.engine import Store
from envoi.ui.context import UiContext
from envoi.ui.i18n import translate_core
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
# Public resolvers offered in the DNS server box (any other address can be typed).
PUBLIC_RESOLVERS = ("1.1.1.1", "9.9.9.9", "8.8.8.8")


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
        probe: tuple[str, ...] = WELL_KNOWN_NAMES,
    ) -> None:
        super().__init__()
        self._store = context.services.store
        self._workers = context.workers
        self._resolver_factory = resolver_factory
        self._keys = key_store or FileDkimKeyStore()
        self._timeout = timeout
        self._probe = probe
        self._running = False

        self.domain_edit = QLineEdit()
        self.domain_edit.setPlaceholderText(self.tr("example.com"))
        self.selector_edit = QLineEdit()
        self.selector_edit.setPlaceholderText(self.tr("optional, e.g. envoi1"))
        self.smtp_edit = QLineEdit()
        self.smtp_edit.setPlaceholderText(self.tr("optional, e.g. smtp.example.com:587"))
        self.resolver_box = QComboBox()
        self.resolver_box.setEditable(True)
        self.resolver_box.addItem(self.tr("System resolver"), None)
        for address in PUBLIC_RESOLVERS:
            self.resolver_box.addItem(address, address)
        self.resolver_box.setToolTip(
            self.tr("The DNS server the checks ask: the system's, or an address (IP[:PORT]).")
        )
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setDefault(True)
        self.keygen_button = QPushButton(self.tr("Generate a DKIM key"))
        form = QFormLayout()
        form.addRow(self.tr("Sending domain:"), self.domain_edit)
        form.addRow(self.tr("DKIM selector:"), self.selector_edit)
        form.addRow(self.tr("SMTP server:"), self.smtp_edit)
        form.addRow(self.tr("DNS server:"), self.resolver_box)
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
        store = self._store
        self._workers.submit(lambda: saved_nameserver(store), self._on_nameserver_loaded)

    # ---- the DNS server --------------------------------------------------------------

    def nameserver(self) -> str | None:
        """The chosen server: None = the system's resolver."""
        text = self.resolver_box.currentText().strip()
        if not text or text == self.resolver_box.itemText(0):
            return None
        return text

    def set_nameserver(self, nameserver: str | None) -> None:
        if nameserver is None:
            self.resolver_box.setCurrentIndex(0)
            return
        index = self.resolver_box.findData(nameserver)
        if index < 0:
            self.resolver_box.addItem(nameserver, nameserver)
            index = self.resolver_box.count() - 1
        self.resolver_box.setCurrentIndex(index)

    def _on_nameserver_loaded(self, nameserver: str | None) -> None:
        if not self._running:
            self.set_nameserver(nameserver)

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
            nameserver = self.nameserver()
            ResolverSettings.parse(nameserver)  # a bad address is refused before any query
        except EnvoiError as exc:
            self.summary_label.setText(translate_core(exc.user_message))
            return False
        self._running = True
        self.check_button.setEnabled(False)
        self.summary_label.setText(self.tr("Checking {0}…").format(request.domain))
        store, factory, timeout, probe = (
            self._store, self._resolver_factory, self._timeout, self._probe,
        )  # fmt: skip

        def work() -> CheckReport:
            # The choice is saved first: the resolver factory (and the command line, and
            # the next start) read the same setting. The checks run on a short-lived loop
            # in this worker thread: self-contained network I/O (pyspf needs a thread
            # anyway); the GUI loop stays free, the same under qasync and pytest-qt.
            save_nameserver(store, nameserver)
            return check_and_save(store, request, factory(store), timeout=timeout, probe=probe)

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
                message = translate_core(check.message)
                child = QTreeWidgetItem([message, self._status_text(check.status)])
                child.setIcon(0, style.standardIcon(_ICONS[check.status]))
                child.setData(0, _ROLE, check)
                child.setToolTip(0, message)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(worst != "pass")
        if any(c.group == "resolver" for c in report.checks):
            self.summary_label.setText(
                self.tr(
                    "Your network's DNS resolver is not answering correctly: it says that "
                    "well-known domains do not exist, so nothing was judged. Choose another "
                    "DNS server (for example 1.1.1.1 or 9.9.9.9) and check again."
                )
            )
            self._show_detail(None)
            self.status_message.emit(self.summary_label.text())
            return
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
            "resolver": self.tr("DNS resolver"),
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
        self.message_label.setText(translate_core(check.message) if check else "")
        fix = translate_core(check.fix) if check and check.fix else ""
        self.fix_label.setText(self.tr("Fix: {0}").format(fix) if fix else "")
        self._set_record(check.record if check else "")

    def _set_record(self, record: str) -> None:
        self.record_edit.setPlainText(record)
        self.copy_button.setEnabled(bool(record))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.record_edit.toPlainText())
        self.status_message.emit(self.tr("Record copied."))

    # ---- DKIM key generation ---------------------------------------------------------

    def _on_keygen_button_clicked(self) -> None:
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
