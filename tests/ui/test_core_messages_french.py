"""Messages of the Qt-free core in the French window: a preflight warning, a Sender check
finding, a template syntax error and an error's message and hint (envoi.errors.Text,
shown through envoi.ui.i18n.translate_core with the "core" group's translations)."""

from __future__ import annotations

from pathlib import Path

import pytest

from envoi.dnscheck.dkim_keys import FileDkimKeyStore
from envoi.dnscheck.results import CheckResult
from envoi.dnscheck.runner import CheckReport, save_report
from envoi.errors import InvalidInputError, Text
from envoi.header_values import HeaderInjectionError, clean
from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.ui.context import UiContext
from envoi.ui.i18n import error_text, translate_core
from envoi.ui.views.campaigns.progress_view import CampaignProgressView
from envoi.ui.views.sendercheck.sender_check_view import SenderCheckView
from envoi.ui.views.templates.templates_view import TemplatesView
from tests.integration.sending.conftest import add_audience
from tests.support.french import french
from tests.ui.sendercheck.test_sender_check_view import _child, _groups, _resolver
from tests.ui.sendercheck.test_sender_check_view import context as context  # the window's services
from tests.ui.templates.test_templates_view import type_text

TIMEOUT = 10_000


def test_a_preflight_warning_is_french(qtbot, sqlite_store: Store, context: UiContext) -> None:  # type: ignore[no-untyped-def]
    add_audience(sqlite_store, 3)
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    profile = profiles.add(ProfileData("Boutique", "127.0.0.1", 2525, "none"))
    campaign = CampaignService(sqlite_store).create(
        CampaignData("Soldes", "shop@example.org", "Bonjour", "Bonjour {{ first_name }}",
                     profile_id=profile.id, lists=["all"])
    )  # fmt: skip
    # The Sender check of example.org, saved two minutes ago: preflight repeats its failure.
    finding = Text(
        "{domain} has no SPF record: receivers can't tell which servers may send for it.",
        domain="example.org",
    )
    fix = Text("Publish this TXT record at {domain}.", domain="example.org")
    checked = utc_now()
    save_report(sqlite_store, CheckReport("example.org", checked, (
        CheckResult("spf-record", "spf", "fail", finding, fix),
    )))  # fmt: skip
    with french("campaigns", "core"):
        view = CampaignProgressView(
            sqlite_store, campaign.id, context.workers, lambda _on_stats: None, profiles
        )
        qtbot.addWidget(view)
        view.show()
        view.send_button.click()
        qtbot.waitUntil(view.confirm_button.isVisible, timeout=TIMEOUT)
        text = view.preflight.text()
    # Never tested, no way to unsubscribe: warnings, in French, with their parameters.
    assert "Le profil « Boutique » n’a jamais été testé." in text
    assert "Utilisez d’abord Tester la connexion (`envoi profiles test NAME`)." in text
    assert "Le message n’offre aucun moyen de se désinscrire." in text
    assert (
        f"Vérification de l’expéditeur du {checked:%Y-%m-%d} : example.org n’a pas "
        "d’enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs "
        "peuvent envoyer pour lui. Publiez cet enregistrement TXT sur example.org."
    ) in text
    assert "never tested" not in text and "no way to unsubscribe" not in text
    assert "SPF record" not in text


def test_a_sender_check_finding_is_french(qtbot, context: UiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with french("sendercheck", "core"):
        view = SenderCheckView(context, lambda _store: _resolver(), FileDkimKeyStore(tmp_path))
        qtbot.addWidget(view)
        view.domain_edit.setText("shop.test")
        with qtbot.waitSignal(view.check_finished, timeout=TIMEOUT):
            view.check_button.click()
        item = _child(_groups(view)["SPF"], "spf-record")  # shop.test has no SPF record
        view.tree.setCurrentItem(item)
        shown, fix = item.text(0), view.fix_label.text()
    assert shown == (
        "shop.test n’a pas d’enregistrement SPF : les destinataires ne peuvent pas savoir "
        "quels serveurs peuvent envoyer pour lui."
    )
    assert view.message_label.text() == shown
    assert "Publiez cet enregistrement TXT sur shop.test." in fix


def test_a_template_syntax_error_is_french(qtbot, context: UiContext) -> None:  # type: ignore[no-untyped-def]
    with french("templates", "core"):
        view = TemplatesView(context, use_web_engine=False)
        qtbot.addWidget(view)
        view.html_editor.setPlainText("<html><body>\n<p>Bonjour</p>\n</body></html>")
        with qtbot.waitSignal(view.preview_failed, timeout=TIMEOUT) as blocker:
            type_text(view.html_editor, "\n<p>{% if contact.city %}ouvert</p>")
        shown = view.error_label.text()
    problem = blocker.args[0]
    assert problem.user_message.startswith("The HTML template has an error at line 4")
    assert shown.startswith("Le modèle (HTML) a une erreur à la ligne 4, colonne ")
    assert "has an error" not in shown


def test_an_error_message_and_hint_are_french_with_translated_params(qtbot) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(HeaderInjectionError) as caught:
        clean("Ann\nBcc: x@example.com", Text("first name"))
    english = error_text(caught.value)
    with french("core"):
        shown = error_text(caught.value, "\n")
    assert english.startswith("The first name contains a line break")
    assert shown == (
        "Le champ « prénom » contient un saut de ligne, ce qu’un en-tête d’e-mail ne peut "
        "pas contenir.\nÉcrivez-le sur une seule ligne (vérifiez les données importées ou "
        "le modèle)."
    )
    # A plain str (not a Text) and a Text no catalogue knows are shown as they are.
    assert translate_core("plain") == "plain"
    assert translate_core(Text("Not in any catalogue {n}", n=3)) == "Not in any catalogue 3"
    assert str(InvalidInputError(Text("Shorten it."))) == "Shorten it."
