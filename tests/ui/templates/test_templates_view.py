"""The Templates area: type, see the preview follow; break a tag, see the error line."""

from __future__ import annotations

import importlib.util
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from envoi.contacts.service import ContactService
from envoi.store.engine import Store
from envoi.templates.library import TemplateService
from envoi.ui.bridge import WorkerBridge
from envoi.ui.context import UiContext
from envoi.ui.views.templates.templates_view import TemplatesView
from tests.support.french import french

TIMEOUT = 5000
HAS_WEB_ENGINE = importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None


@pytest.fixture
def ctx(sqlite_store: Store, tmp_path: Path) -> Iterator[UiContext]:
    from envoi.ui.app import build_services

    ContactService(sqlite_store).add("ann@example.com", first_name="Ann", fields={"city": "Lyon"})
    ContactService(sqlite_store).add("bo@example.com")
    TemplateService(sqlite_store).install_samples()
    services = build_services(sqlite_store)
    workers = WorkerBridge()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    yield UiContext(services=services, workers=workers, settings=settings)
    workers.shutdown()
    services.close()


def type_text(editor, text: str) -> None:  # type: ignore[no-untyped-def]
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def test_preview_follows_typing_and_marks_errors(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    view = TemplatesView(ctx, use_web_engine=False)
    qtbot.addWidget(view)
    assert view.library_list.count() == 3
    view.contact_edit.setText("ann@example.com")
    view.html_editor.setPlainText(
        "<html><body>\n<p>Hi {{ contact.first_name }}</p>\n"
        "<a href='{{ unsubscribe_url }}'>Unsubscribe</a>\n</body></html>"
    )
    with qtbot.waitSignal(view.preview_rendered, timeout=TIMEOUT):
        pass
    assert "Hi Ann" in view.preview.html
    assert "Hi Ann" in view.preview.text_view.toPlainText()
    assert "To: Ann <ann@example.com>" in view.preview.headers_view.toPlainText()
    # The unsubscribe link a send gives (no sender address saved: the default From), in
    # the page and in List-Unsubscribe; never a placeholder.
    mailto = "mailto:sender@example.com?subject=unsubscribe"
    assert f"href='{mailto}'" in view.preview.html
    assert f"List-Unsubscribe: <{mailto}>" in view.preview.headers_view.toPlainText()
    assert ".invalid" not in view.preview.html + view.preview.text_view.toPlainText()

    start = time.monotonic()
    with qtbot.waitSignal(view.preview_rendered, timeout=TIMEOUT):
        type_text(view.html_editor, "\n<p>from {{ contact.city }}</p>")
    # ~300 ms after typing stops (a 250 ms pause, then the render); slack for a busy CI box
    assert time.monotonic() - start < 1.5
    assert "from Lyon" in view.preview.html

    with qtbot.waitSignal(view.preview_failed, timeout=TIMEOUT) as blocker:
        type_text(view.html_editor, "\n<p>{% if contact.city %}open if</p>")
    problem = blocker.args[0]
    assert problem.part == "html"
    assert view.html_editor.error_line == problem.line == 6
    assert "line 6, column 4" in view.error_label.text()

    with qtbot.waitSignal(view.preview_rendered, timeout=TIMEOUT):
        type_text(view.html_editor, "{% endif %}")
    assert view.html_editor.error_line is None and view.error_label.text() == ""


def test_save_check_and_mobile_width(qtbot, ctx: UiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = TemplatesView(ctx, use_web_engine=False)
    qtbot.addWidget(view)
    view.library_list.setCurrentRow(1)  # "Plain letter"
    assert view.name_edit.text() == "Plain letter"
    view.name_edit.setText("Letter 2")
    view.save()
    assert "Letter 2" in [r.name for r in TemplateService(ctx.services.store).list()]
    with qtbot.waitSignal(view.check_finished, timeout=TIMEOUT) as blocker:
        view.check()
    report = blocker.args[0]
    assert report.contacts == 2
    assert "first_name" in {m.field for m in report.missing}
    assert "Audience: 2 contact" in view.check_output.toPlainText()
    view.preview.mobile_button.setChecked(True)
    assert view.preview.page_width() == 375
    view.export_path(tmp_path / "letter.html")
    assert "Letter 2" in (tmp_path / "letter.html").read_text()


@pytest.mark.skipif(not HAS_WEB_ENGINE, reason="QtWebEngine (PySide6-Addons) is not installed")
def test_web_engine_preview(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    view = TemplatesView(ctx, use_web_engine=True)
    qtbot.addWidget(view)
    assert view.preview.uses_web_engine
    assert view.preview.web is None  # the engine starts when the pane is first shown
    view.show()
    qtbot.waitUntil(lambda: view.preview.web is not None, timeout=TIMEOUT)
    web = view.preview.web
    with qtbot.waitSignal(web.loadFinished, timeout=30000):  # type: ignore[union-attr]
        view.html_editor.setPlainText("<p>Browser {{ contact.first_name }}</p>")
        view.refresh_preview()
    texts: list[str] = []
    web.page().toPlainText(texts.append)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT)
    assert "Browser Élodie" in texts[0]


def test_french_labels_and_new_template(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    with french("templates"):
        view = TemplatesView(ctx, use_web_engine=False)
        qtbot.addWidget(view)
        assert view.check_button.text() == "Vérifier le contenu"
        assert view.preview.tabs.tabText(1) == "Texte brut"
        view.new_item()
        assert view.name_edit.text() == "Nouveau modèle"
        assert ">Se désinscrire</a>" in view.html_editor.toPlainText()
        assert "Bonjour Élodie," in view.preview.html  # the sample contact, greeted in French


@pytest.mark.parametrize("postal_address", ["", "12 rue des Lilas, 69001 Lyon"])
def test_every_content_finding_is_worded_in_french(qtbot, postal_address: str) -> None:  # type: ignore[no-untyped-def]
    from envoi.templates.checks import check_content
    from envoi.templates.render import RenderedContent
    from envoi.ui.views.templates.content_issues import issue_text, severity_label

    # Everything wrong at once: no subject, no text part, a bare image, over 102 KB...
    html = "<p><img src='a.png'></p>" + "<!-- padding -->" * 7000
    content = RenderedContent("", "", html, "", frozenset())
    report = check_content(content, postal_address=postal_address)
    codes = {issue.code for issue in report.issues}
    assert codes == {
        "empty_subject", "size_over_102kb", "no_text_part", "image_without_alt",
        "no_unsubscribe_link", "no_postal_address", "all_image_content",
    }  # fmt: skip
    with french("templates"):
        for issue in report.issues:
            text = issue_text(issue, report, postal_address_set=bool(postal_address))
            assert text != issue.message  # a code without French would fall back to English
        assert {severity_label(issue.severity) for issue in report.issues} == {
            "erreur", "avertissement"
        }  # fmt: skip
        size = next(i for i in report.issues if i.code == "size_over_102kb")
        # the size as the French locale writes it ("111 ko"), not the core's "111 KB"
        assert re.match(
            r"Le HTML fait \d+\s?ko\s:", issue_text(size, report, postal_address_set=True)
        )


def test_add_samples_in_a_french_window_adds_the_french_ones(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    with french("templates"):
        view = TemplatesView(ctx, use_web_engine=False)
        qtbot.addWidget(view)
        assert view.library_list.count() == 3  # the English samples of the fixture
        view.samples_button.click()
        names = {view.library_list.item(i).text() for i in range(view.library_list.count())}
        assert {"Lettre simple", "Lettre d’information", "Offre promotionnelle"} <= names
        assert len(names) == 6
