"""Open the real window on a sample database and save PNGs of the main views.

Run by test_screenshots.py under Xvfb with QT_QPA_PLATFORM=xcb (a real X11 window, real
fonts); also usable by hand: ``python tests/ui/make_screenshots.py --out docs/screenshots``.
``--lang fr`` sets ENVOI_LANG=fr, shows the window with the committed .ts files compiled
on the spot, and writes to docs/screenshots/fr/ unless --out says otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CITIES = ["Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "London", "Manchester", "Bristol"]
TAGS = ["client", "newsletter", "vip", "salon-2024"]


# The custom fields' labels as a shop would name them in each language.
FIELD_LABELS = {"en": ("City", "Orders"), "fr": ("Ville", "Commandes")}


def fill_sample(services: object, n: int, lang: str = "en") -> tuple[str, str]:
    """``n`` contacts with two custom fields; returns the fields' names (city, orders)."""
    from sqlalchemy import insert, select

    from envoi.store.models import ContactTag, ListMember, Tag
    from tests.ui.conftest import DOMAINS, FIRST, LAST

    contacts = services.contacts  # type: ignore[attr-defined]
    store = services.store  # type: ignore[attr-defined]
    city_label, orders_label = FIELD_LABELS[lang]
    city = contacts.define_field(city_label, "text").name
    orders = contacts.define_field(orders_label, "number").name
    for name in ("Clients", "Newsletter", "Salon Lyon 2024"):
        contacts.create_list(name)
    rng = random.Random(2024)
    rows = []
    seen: set[str] = set()
    from datetime import datetime, timedelta

    from envoi.store.models import Contact

    start = datetime(2024, 1, 8, 9, 30)
    while len(rows) < n:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        plain = (
            first.lower()
            .replace("é", "e")
            .replace("è", "e")
            .replace("ë", "e")
            .replace("ç", "c")
            .replace("î", "i")
        )
        plain_last = last.lower().replace("è", "e").replace("é", "e")
        email = f"{plain}.{plain_last}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
        if email in seen:
            continue
        seen.add(email)
        i = len(rows)
        rows.append(
            {
                "email": email,
                "email_key": email,
                "domain": email.split("@")[1],
                "first_name": first,
                "last_name": last,
                "fields": {city: rng.choice(CITIES), orders: rng.randint(0, 12)},
                "status": rng.choice(["subscribed"] * 12 + ["unsubscribed", "bounced"]),
                "consent_source": "signup form",
                "consent_method": "double opt-in",
                "created_at": start + timedelta(hours=7 * i),
                "updated_at": start + timedelta(hours=7 * i),
            }
        )
    with store.engine.begin() as conn:
        conn.execute(insert(Contact), rows)
        ids = list(conn.execute(select(Contact.id)).scalars())
        conn.execute(insert(Tag), [{"name": t} for t in TAGS])
        tag_ids = list(conn.execute(select(Tag.id)).scalars())
        conn.execute(
            insert(ContactTag),
            [{"contact_id": c, "tag_id": rng.choice(tag_ids)} for c in ids if rng.random() < 0.6],
        )
        from envoi.store.models import ContactList

        list_ids = list(conn.execute(select(ContactList.id)).scalars())
        conn.execute(
            insert(ListMember),
            [{"contact_id": c, "list_id": rng.choice(list_ids)} for c in ids],
        )
    return city, orders


def sample_csv(folder: Path) -> Path:
    path = folder / "export-boutique.csv"
    lines = [
        "Adresse e-mail;Prénom;Nom;Ville;Date d'inscription;Newsletter (0/1)",
        "amelie.poulain@orange.fr;Amélie;Poulain;Paris;12/03/2021;1",
        "jerome.lefevre@free.fr;Jérôme;Lefèvre;Lyon;01/02/2020;0",
        "oliver.smith@gmail.com;Oliver;Smith;London;05/06/2019;1",
        "gaelle.bonnet@laposte.net;Gaëlle;Bonnet;Nantes;17/11/2022;1",
        "harry.jones@outlook.com;Harry;Jones;Leeds;23/08/2023;0",
        "margaux.fontaine@gmail.com;Margaux;Fontaine;Lille;02/01/2024;1",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def shoot_templates(window: object, services: object, settle: object, path: Path) -> None:
    """The Templates area: the newsletter sample in the editor, its preview beside it."""
    from envoi.store.models import Setting
    from envoi.templates.library import TemplateService

    store = services.store  # type: ignore[attr-defined]
    with store.session() as session:
        session.merge(Setting(key="sender", value={
            "name": "Boutique Dupré", "email": "news@boutique-dupre.fr",
            "postal_address": "12 rue de la Paix, 75002 Paris",
        }))  # fmt: skip
    TemplateService(store).install_samples()
    page = window.show_area("templates")  # type: ignore[attr-defined]
    settle()  # type: ignore[operator]
    loaded: list[bool] = []
    web = page.preview.web
    if web is not None:
        web.loadFinished.connect(loaded.append)
    page.reload_library(select="Newsletter")
    settle(lambda: web is None or bool(loaded))  # type: ignore[operator]
    settle()  # type: ignore[operator]
    window.grab().save(str(path))  # type: ignore[attr-defined]


def compile_translations(folder: Path) -> Path:
    """The committed .ts files as one envoi_fr.qm in ``folder`` (never a stale build)."""
    import importlib.util
    import subprocess

    spec = importlib.util.spec_from_file_location(
        "envoi_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    sources = [str(p) for p in sorted(script.FOLDER.glob("envoi_fr_*.ts"))]
    qm = folder / "envoi_fr.qm"
    subprocess.run([script._tool("pyside6-lrelease"), *sources, "-qm", str(qm)], check=True,
                   capture_output=True)  # fmt: skip
    return folder


def start_app(out: Path | None, lang: str) -> tuple[Path, Any, Path]:
    """The output folder (``out``, else docs/screenshots[/lang]), made; the QApplication in
    ``lang`` (ENVOI_LANG, the committed .ts compiled on the spot, British English
    otherwise); and a fresh work folder for the database and window.ini."""
    shots = ROOT / "docs" / "screenshots"
    folder = out or (shots if lang == "en" else shots / lang)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["ENVOI_LANG"] = lang

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from envoi.ui.i18n import install_translators, open_settings

    app = QApplication(["envoi"])
    app.setApplicationName("Envoi")
    work = Path(tempfile.mkdtemp(prefix="envoi-shots-"))
    qm_folder = work / "qm"
    qm_folder.mkdir()
    install_translators(app, open_settings(work / "window.ini"), compile_translations(qm_folder))
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return folder, app, work


def open_window(services: object, work: Path, width: int, height: int) -> Any:
    """The main window over ``services``, shown, with a status line that is the same on
    every run (the real one names the temporary database)."""
    from PySide6.QtCore import QCoreApplication

    from envoi.ui.app import build_window

    window = build_window(services, work / "window.ini")  # type: ignore[arg-type]
    window.resize(width, height)
    window.show()
    where = "sqlite:///…/Envoi/envoi.sqlite3"
    window.show_status(QCoreApplication.translate("App", "Database: {where}").format(where=where))
    return window


def settle_events(
    app: Any, predicate: Callable[[], object] | None = None, rounds: int = 400
) -> None:
    """Process events until ``predicate()`` holds (at most ``rounds`` × 10 ms), then a little
    more so that the last repaint lands."""
    for _ in range(rounds):
        app.processEvents()
        if predicate is not None and predicate():
            break
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def all_saved(out: Path, names: Sequence[str]) -> int:
    """The script's exit status: 0 when each of ``names`` is a picture in ``out``."""
    for name in names:
        if not (out / name).is_file() or (out / name).stat().st_size < 5000:
            print(f"missing or empty screenshot: {name}", file=sys.stderr)
            return 1
    print("screenshots saved to", out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--contacts", type=int, default=2500)
    args = parser.parse_args(argv)
    french = args.lang == "fr"
    out, app, work = start_app(args.out, args.lang)

    from PySide6.QtCore import QCoreApplication

    from envoi.segments.rules import Condition, Group
    from envoi.ui.app import build_services, open_store

    store = open_store(f"sqlite:///{work / 'envoi.sqlite3'}")
    services = build_services(store)
    city, orders = fill_sample(services, args.contacts, args.lang)
    services.segments.save(
        "Abonnés parisiens" if french else "Paris subscribers",
        Group(
            "all",
            (
                Condition("status", "equals", "subscribed"),
                Condition(f"custom:{city}", "equals", "Paris"),
                Group(
                    "any",
                    (Condition("tag", "has", "vip"), Condition(f"custom:{orders}", "gte", "3")),
                ),
            ),
        ),
    )
    window = open_window(services, work, 1200, 720)

    def settle(predicate: object = None, rounds: int = 400) -> None:
        settle_events(app, predicate, rounds)

    contacts = window.page("contacts")
    model = contacts.model  # type: ignore[attr-defined]
    settle(lambda: model.rowCount() > 0 and model.data(model.index(0, 0)) is not None)
    from PySide6.QtCore import Qt

    contacts.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
    settle(lambda: model.query.descending and model.data(model.index(0, 0)) is not None)
    contacts.table.selectRow(2)  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(out / "contacts.png"))

    from envoi.ui.views.imports.import_wizard import ImportWizardDialog

    wizard = ImportWizardDialog(contacts._context, window)  # type: ignore[attr-defined]
    wizard.show()
    wizard.file_page.set_path(str(sample_csv(work)))
    settle(lambda: wizard.file_page.sniffed is not None)
    wizard.next()
    settle()
    wizard.grab().save(str(out / "import-mapping.png"))
    wizard.reject()

    builder = window.show_area("segments")
    settle(lambda: builder.segment_list.count() > 0)  # type: ignore[attr-defined]
    builder.segment_list.setCurrentRow(0)  # type: ignore[attr-defined]
    counting = QCoreApplication.translate("SegmentBuilderView", "Counting…")
    settle(lambda: builder.count_label.text() != counting)  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(out / "segment-builder.png"))

    shoot_templates(window, services, settle, out / "templates.png")

    window.close()
    services.close()
    store.dispose()
    return all_saved(out, ("contacts.png", "import-mapping.png", "segment-builder.png",
                           "templates.png"))  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
