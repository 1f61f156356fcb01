"""Issue 14 point 3: Settings > Sender holds the sender's identity, and every warning about
it opens that page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.preflight import PreflightIssue, PreflightReport
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.models import ContactList
from envoi.templates.identity import SenderIdentity, load_identity, save_identity
from envoi.templates.library import load_sender
from envoi.ui.bridge import WorkerBridge
from envoi.ui.views.campaigns.new_campaign_dialog import NewCampaignDialog
from envoi.ui.views.campaigns.progress_view import CampaignProgressView
from envoi.ui.views.settings.sender_dialog import SenderDialog

TIMEOUT = 15000


@pytest.fixture
def workers() -> Iterator[WorkerBridge]:
    bridge = WorkerBridge()
    yield bridge
    bridge.shutdown()


def _fill(dialog: SenderDialog, **values: str) -> None:
    for name, value in values.items():
        getattr(dialog, name).setText(value)


def test_the_sender_page_saves_the_identity_templates_and_campaigns_use(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    # What `envoi templates sender` saved before stays, and shows.
    save_identity(sqlite_store, SenderIdentity(company="Old name"))
    dialog = SenderDialog(sqlite_store, workers)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.company.text() == "Old name", timeout=TIMEOUT)
    _fill(dialog, company="Boutique Dupré", postal_address="12 rue du Marché, 69001 Lyon",
          from_name="Boutique", from_email="news@boutique.example",
          reply_to="contact@boutique.example", logo="https://boutique.example/logo.png",
          bounce_address="retours@boutique.example")  # fmt: skip
    with qtbot.waitSignal(dialog.identity_saved, timeout=TIMEOUT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    identity = load_identity(sqlite_store)
    assert identity.bounce_address == "retours@boutique.example"
    assert identity.logo == "https://boutique.example/logo.png" and identity.missing() == []
    sender = load_sender(sqlite_store)  # what templates render
    assert (sender.company, sender.postal_address) == ("Boutique Dupré",
                                                      "12 rue du Marché, 69001 Lyon")  # fmt: skip
    assert (sender.name, sender.email) == ("Boutique", "news@boutique.example")

    # A new campaign starts from the sender's From and Reply-To.
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    new = NewCampaignDialog(sqlite_store, profiles, workers)
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.from_email.text() != "", timeout=TIMEOUT)
    assert new.from_email.text() == "news@boutique.example"
    assert new.from_name.text() == "Boutique"
    assert new.reply_to.text() == "contact@boutique.example"


def test_a_bad_value_is_refused_with_the_reason(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    dialog = SenderDialog(sqlite_store, workers)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=TIMEOUT)
    _fill(dialog, company="Shop", bounce_address="not an address")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=TIMEOUT)
    assert "not an email address" in dialog.error.text()
    assert load_identity(sqlite_store).company == ""  # nothing saved
    _fill(dialog, bounce_address="", logo="http://insecure.example/logo.png")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "https://" in dialog.error.text(), timeout=TIMEOUT)
    assert load_identity(sqlite_store).company == ""


def test_a_warning_about_the_sender_opens_the_sender_page(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    profile = profiles.add(ProfileData("p", "127.0.0.1", 2525, "none"))
    with sqlite_store.session() as s:
        s.add(ContactList(name="none"))
    campaign = CampaignService(sqlite_store).create(CampaignData(
        "c", "shop@example.org", "Hi", "Hello", profile_id=profile.id, lists=["none"]
    ))  # fmt: skip
    view = CampaignProgressView(sqlite_store, campaign.id, workers, lambda _s: None, profiles)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(view)
    view.show()
    # A warning about something else: no button.
    view._on_workers_preflighted(
        PreflightReport((PreflightIssue("free_mail_from", "warning", "Free mail."),))
    )
    assert not view.sender_button.isVisible()
    # The content check's postal-address warning: the button, which opens the page.
    view._on_workers_preflighted(PreflightReport((
        PreflightIssue("no_postal_address", "warning", "No postal address is set."),
    )))  # fmt: skip
    assert view.sender_button.isVisible() and "postal address" in view.preflight.text()
    view.sender_button.click()
    dialog = view.sender_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=TIMEOUT)
    _fill(dialog, postal_address="1 Main Street, Springfield")
    with qtbot.waitSignal(dialog.identity_saved, timeout=TIMEOUT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert load_identity(sqlite_store).postal_address == "1 Main Street, Springfield"


def test_settings_menu_opens_the_sender_page(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from envoi.ui.app import build_window

    window = build_window(services, tmp_path / "window.ini")
    qtbot.addWidget(window)
    try:
        assert window.sender_action.text() == "&Sender…"
        window.sender_action.trigger()
        dialog = window.findChild(SenderDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
    finally:
        window.workers().shutdown()


def test_the_templates_postal_address_warning_opens_the_sender_page(
    qtbot, sqlite_store: Store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from envoi.contacts.service import ContactService
    from envoi.templates.library import TemplateService
    from envoi.ui.app import build_services
    from envoi.ui.context import UiContext
    from envoi.ui.views.templates.templates_view import TemplatesView

    ContactService(sqlite_store).add("ann@example.com", first_name="Ann")
    TemplateService(sqlite_store).install_samples("en")
    services = build_services(sqlite_store)
    workers = WorkerBridge()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(services=services, workers=workers, settings=settings)
    try:
        view = TemplatesView(ctx, use_web_engine=False)
        qtbot.addWidget(view)
        view.show()
        view.library_list.setCurrentRow(0)
        with qtbot.waitSignal(view.check_finished, timeout=TIMEOUT):
            view.check()
        assert "postal address" in view.check_output.toPlainText()
        assert view.sender_button.isVisible()
        dialog = view._on_sender_button_clicked()
        qtbot.waitUntil(dialog.buttons.isEnabled, timeout=TIMEOUT)
        _fill(dialog, postal_address="12 rue des Lilas, 69001 Lyon")
        # Saving checks again: the warning and its button go.
        with qtbot.waitSignal(view.check_finished, timeout=TIMEOUT):
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert "No postal address is set" not in view.check_output.toPlainText()
        assert not view.sender_button.isVisible()
    finally:
        workers.shutdown()
        services.close()


def test_an_empty_address_for_returns_shows_what_stands_in(
    qtbot, sqlite_store: Store, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    from envoi.bounces.mailbox import SETTING_KEY
    from envoi.store.models import Setting

    with sqlite_store.session() as s:
        s.merge(Setting(key=SETTING_KEY, value={"host": "imap.shop.example",
                                                "user": "returns@shop.example"}))  # fmt: skip
    dialog = SenderDialog(sqlite_store, workers)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=TIMEOUT)
    assert dialog.bounce_address.text() == ""
    assert dialog.bounce_address.placeholderText() == "returns@shop.example"
