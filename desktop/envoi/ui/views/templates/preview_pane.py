"""The preview: the page in a real browser engine when QtWebEngine is installed, at desktop
or mobile width, plus the plain-text part and the headers of the built message.

QtWebEngine ships in PySide6-Addons (6.11) / PySide6-WebEngine (6.12+), a large optional
download; without it the page is shown by QTextBrowser, which reads simple HTML only, and
a note says so.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

DESKTOP_WIDTH = 680
MOBILE_WIDTH = 375


def _web_view() -> QWidget | None:
    try:
        from PySide6.QtWebEngineWidgets import QWebEngineView
    except ImportError:
        return None
    view = QWebEngineView()
    # A preview never goes to the network: remote images and fonts stay unloaded.
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = view.settings()
    settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
    return view


def _web_engine_installed() -> bool:
    return importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None


class PreviewPane(QWidget):
    """The browser engine starts when the pane is first shown, not when it is built: it
    costs a second or more, which the self-test and the other areas need not pay."""

    def __init__(self, parent: QWidget | None = None, *, use_web_engine: bool = True) -> None:
        super().__init__(parent)
        self._web_wanted = use_web_engine and _web_engine_installed()
        self.web: QWidget | None = None
        self.browser: QTextBrowser | None = None
        page = QWidget()
        self._page_layout = QVBoxLayout(page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        if not self._web_wanted:
            self._use_browser()
        self.page_widget = page

        self.desktop_button = QRadioButton(self.tr("Desktop"))
        self.mobile_button = QRadioButton(self.tr("Mobile"))
        self.desktop_button.setChecked(True)
        widths = QButtonGroup(self)
        widths.addButton(self.desktop_button)
        widths.addButton(self.mobile_button)
        self.desktop_button.toggled.connect(self._on_desktop_button_toggled)

        frame = QWidget()
        frame_row = QHBoxLayout(frame)
        frame_row.setContentsMargins(0, 0, 0, 0)
        frame_row.addStretch(1)
        frame_row.addWidget(page)
        frame_row.addStretch(1)
        page.setMinimumWidth(MOBILE_WIDTH)
        page.setMaximumWidth(DESKTOP_WIDTH)

        page_tab = QWidget()
        page_column = QVBoxLayout(page_tab)
        switch = QHBoxLayout()
        switch.addWidget(self.desktop_button)
        switch.addWidget(self.mobile_button)
        switch.addStretch(1)
        page_column.addLayout(switch)
        page_column.addWidget(frame, 1)
        self.engine_note = QLabel(
            self.tr(
                "Simplified preview: install PySide6-Addons (QtWebEngine) to see the page as "
                "a browser draws it."
            )
        )
        self.engine_note.setWordWrap(True)
        self.engine_note.setVisible(not self._web_wanted)
        page_column.addWidget(self.engine_note)

        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.headers_view = QPlainTextEdit()
        self.headers_view.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(page_tab, self.tr("Page"))
        self.tabs.addTab(self.text_view, self.tr("Plain text"))
        self.tabs.addTab(self.headers_view, self.tr("Headers"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)
        self.html = ""

    @property
    def uses_web_engine(self) -> bool:
        return self._web_wanted

    def _use_browser(self) -> None:
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self._page_layout.addWidget(self.browser)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._web_wanted and self.web is None:
            self.web = _web_view()
            if self.web is None:
                self._web_wanted = False
                self.engine_note.setVisible(True)
                self._use_browser()
            else:
                self._page_layout.addWidget(self.web)
            self._show_page()

    def show_message(self, html: str, text: str, headers: str) -> None:
        self.html = html
        self._show_page()
        self.text_view.setPlainText(text)
        self.headers_view.setPlainText(headers)

    def _show_page(self) -> None:
        if self.web is not None:
            self.web.setHtml(self.html, QUrl("about:blank"))  # type: ignore[attr-defined]
        elif self.browser is not None:
            self.browser.setHtml(self.html)

    def page_width(self) -> int:
        return self.page_widget.maximumWidth()

    def _on_desktop_button_toggled(self, desktop: bool) -> None:
        width = DESKTOP_WIDTH if desktop else MOBILE_WIDTH
        self.page_widget.setMaximumWidth(width)
        self.page_widget.setMinimumWidth(MOBILE_WIDTH)
        if not desktop:
            self.page_widget.setFixedWidth(MOBILE_WIDTH)
