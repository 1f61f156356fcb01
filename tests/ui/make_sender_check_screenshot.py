"""Save docs/screenshots/sender-check.png: the Sender check area over a made-up bakery domain.

    QT_QPA_PLATFORM=offscreen python tests/ui/make_sender_check_screenshot.py [OUT.png]
    QT_QPA_PLATFORM=offscreen python tests/ui/make_sender_check_screenshot.py --lang fr

``--lang fr`` shows the window in French (the committed .ts files compiled on the spot) and
saves docs/screenshots/fr/sender-check.png.

The DNS answers come from a MemoryResolver (no network); everything else is the real
window, the real checks and the real view.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=None)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    args = parser.parse_args(argv)
    shots = ROOT / "docs" / "screenshots"
    out: Path = args.out or (shots if args.lang == "en" else shots / args.lang) / "sender-check.png"
    os.environ["ENVOI_LANG"] = args.lang
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from envoi.ui.i18n import install_translators, open_settings
    from tests.ui.make_screenshots import compile_translations

    app = QApplication(["envoi"])
    from envoi.dnscheck.dkim_keys import generate_key, public_record
    from envoi.dnscheck.resolver import MemoryResolver
    from envoi.dnscheck.results import CheckRequest
    from envoi.dnscheck.runner import run_checks
    from envoi.ui.app import build_services, build_window, open_store

    work = Path(tempfile.mkdtemp(prefix="envoi-shot-"))
    (work / "qm").mkdir()
    install_translators(app, open_settings(work / "window.ini"), compile_translations(work / "qm"))
    store = open_store(f"sqlite:///{work / 'envoi.sqlite3'}")
    services = build_services(store)
    window = build_window(services, work / "window.ini")
    window.resize(1200, 720)
    window.show()
    domain, key = "boulangerie-martin.fr", generate_key("rsa")
    dns = MemoryResolver()
    dns.add(domain, "TXT", "v=spf1 mx include:spf.brevo.com include:_spf.google.com ?all")
    dns.add("spf.brevo.com", "TXT", "v=spf1 ip4:1.179.112.0/20 ~all")
    dns.add("_spf.google.com", "TXT", "v=spf1 ip4:35.190.247.0/24 ~all")
    dns.add(domain, "MX", "10 mx1.mail.ovh.net")
    dns.add("mx1.mail.ovh.net", "A", "188.165.47.1")
    dns.add(f"envoi1._domainkey.{domain}", "TXT", public_record(key))
    request = CheckRequest(
        domain, "envoi1", dkim_private_key=key, ip_blocklists=(), domain_blocklists=()
    )
    report = asyncio.run(run_checks(request, dns, timeout=0.5, probe=()))
    page = window.show_area("sendercheck")
    page.domain_edit.setText(domain)  # type: ignore[attr-defined]
    page.selector_edit.setText("envoi1")  # type: ignore[attr-defined]
    page.show_report(report)  # type: ignore[attr-defined]
    tree = page.tree  # type: ignore[attr-defined]
    dmarc = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).text(0) == "DMARC")  # fmt: skip
    tree.setCurrentItem(dmarc.child(0))
    where = "sqlite:///…/Envoi/envoi.sqlite3"
    window.show_status(QCoreApplication.translate("App", "Database: {where}").format(where=where))
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    window.close()
    services.close()
    store.dispose()
    print("saved", out)
    return 0 if out.stat().st_size > 5000 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
