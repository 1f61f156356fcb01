"""Save the Campaigns area's screenshots: the new-campaign dialog, and the progress view in
the middle of a real send to an aiosmtpd server on 127.0.0.1.

    python tests/ui/make_campaign_screenshots.py [--lang fr] [--out DIR]

Run by test_campaign_screenshots.py under Xvfb (QT_QPA_PLATFORM=xcb); ``--lang fr`` shows
the window in French (ENVOI_LANG=fr, the committed .ts files compiled on the spot) and
writes to docs/screenshots/fr/. The server refuses a few addresses for good (550, 552) and
greylists others (451), so the failures table has real replies to explain.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "desktop"))

NAMES = ("campaign-wizard.png", "campaigns-progress.png")
TEXTS = {
    "en": {
        "name": "Spring collection",
        "subject": "{{ first_name }}, our spring collection is here",
        "body": "Hello {{ first_name }},\n\nOur spring collection is in the shop.\n\n"
        "To unsubscribe, reply STOP.",
        "profile": "Boutique (OVH)",
    },
    "fr": {
        "name": "Collection de printemps",
        "subject": "{{ first_name }}, notre collection de printemps est arrivée",
        "body": "Bonjour {{ first_name }},\n\nNotre collection de printemps est en boutique."
        "\n\nPour vous désinscrire, répondez STOP.",
        "profile": "Boutique (OVH)",
    },
}


def _ascii_addresses(store: object) -> None:
    """The sample's few accented local parts (jerôme@...) need SMTPUTF8, which the picture
    is not about: write them plainly."""
    import unicodedata

    from sqlalchemy import select, update

    from envoi.store.models import Contact

    with store.session() as s:  # type: ignore[attr-defined]
        for cid, email in s.execute(select(Contact.id, Contact.email)).all():
            plain = unicodedata.normalize("NFKD", email).encode("ascii", "ignore").decode()
            if plain != email:
                taken = s.scalar(select(Contact.id).where(Contact.email_key == plain))
                if taken is None:
                    s.execute(update(Contact).where(Contact.id == cid)
                              .values(email=plain, email_key=plain))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--contacts", type=int, default=1500)
    args = parser.parse_args(argv)
    text = TEXTS[args.lang]

    from PySide6.QtCore import Qt

    from tests.support.smtp_servers import ScriptedHandler, ScriptedServer
    from tests.ui.make_screenshots import (
        all_saved,
        fill_sample,
        open_window,
        settle_events,
        start_app,
    )

    out, app, work = start_app(args.out, args.lang)

    from envoi.sending.campaigns import CampaignData, CampaignService
    from envoi.sending.profiles import PRESETS, ProfileService
    from envoi.sending.secrets import MemorySecretStore
    from envoi.ui.app import build_services, open_store
    from envoi.ui.views.campaigns.campaigns_view import CampaignsView
    from envoi.ui.views.campaigns.new_campaign_dialog import NewCampaignDialog

    server = ScriptedServer(ScriptedHandler()).start()
    store = open_store(f"sqlite:///{work / 'envoi.sqlite3'}")
    services = build_services(store)
    fill_sample(services, args.contacts, args.lang)
    _ascii_addresses(store)
    profiles = ProfileService(store, MemorySecretStore())
    # The OVH preset's name and limits, pointed at the local server, at 40 messages/s so
    # that the picture catches the send half-way.
    from dataclasses import replace

    profile = profiles.add(replace(PRESETS["ovh"], name=text["profile"], host="127.0.0.1",
                                   port=server.port, security="none", per_hour=None,
                                   per_second=40, connections=4))  # fmt: skip
    service = CampaignService(store)
    earlier = service.create(CampaignData(
        "Soldes d'hiver" if args.lang == "fr" else "Winter sale", "news@boutique-dupre.fr",
        "Hi", text["body"], profile_id=profile.id, lists=["Clients"],
    ))  # fmt: skip
    service.cancel(earlier.id)
    window = open_window(services, work, 1200, 760)

    def settle(predicate: Callable[[], object] | None = None, rounds: int = 600) -> None:
        settle_events(app, predicate, rounds)

    page = window.show_area("campaigns")
    assert isinstance(page, CampaignsView)
    dialog = NewCampaignDialog(store, profiles, window.workers(), window)
    dialog.show()
    settle(lambda: dialog.profile.count() > 0)
    dialog.name.setText(text["name"])
    dialog.from_name.setText("Boutique Dupré")
    dialog.from_email.setText("news@boutique-dupre.fr")
    dialog.reply_to.setText("contact@boutique-dupre.fr")
    dialog.subject.setText(text["subject"])
    dialog.body.setPlainText(text["body"])
    for i in range(dialog.lists.count()):
        item = dialog.lists.item(i)
        if item.text() in ("Clients", "Newsletter"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.resize(640, 720)
    settle()
    dialog.grab().save(str(out / NAMES[0]))
    created: list[object] = []
    dialog.campaign_created.connect(created.append)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(lambda: bool(created))
    campaign = service.get(text["name"])
    emails = [d["email"] for d in service.deliveries(campaign.id, "queued", limit=400)]
    rules = server.handler.rules
    for email in emails[5:400:37]:
        rules[email] = "550 5.1.1 The email account that you tried to reach does not exist"
    for email in emails[11:400:91]:
        rules[email] = "552 5.2.2 Mailbox full"
    for email in emails[17:400:53]:
        rules[email] = "450 4.2.1 Mailbox busy, please try again later"

    page.refresh()
    settle(lambda: page.model.rowCount() == 2)
    view = page.open_campaign(campaign.id)
    page.table.selectRow(1)
    settle(lambda: view.send_button.isEnabled())
    view.start_scheduled()  # as Send then "Send anyway" would (the preflight is not the point)
    settle(lambda: view.bar.value() >= 45 and view.failures.rowCount() >= 5, rounds=6000)
    settle()
    window.grab().save(str(out / NAMES[1]))
    view.close_run()
    settle(lambda: not view.runner.running)
    window.close()
    services.close()
    store.dispose()
    server.stop()
    return all_saved(out, NAMES)


if __name__ == "__main__":
    sys.exit(main())
