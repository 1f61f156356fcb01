"""Save the relay's pages (unsubscribe / preference centre, sign-up form; English and
French; desktop and 375 px wide) as seen by headless Chromium, and Settings > Relay.

    python tests/ui/make_relay_screenshots.py          # docs/screenshots/relay/*.png

Needs Debian's `chromium`. The relay runs for real (uvicorn on 127.0.0.1) with a made-up
bakery as the sender; Settings > Relay is the real dialog, offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from envoi.relay.tokens import TokenKind, TokenSigner  # noqa: E402
from tests.support.relay_server import start_relay  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "relay"
SIZES = {"desktop": (1024, 720), "mobile": (375, 740)}


def chromium(url: str, out: Path, lang: str, size: tuple[int, int]) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is not installed (apt install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={profile}", f"--lang={lang}", f"--accept-lang={lang}",
             f"--window-size={size[0]},{size[1]}", f"--screenshot={out}", url],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def pages() -> list[Path]:
    saved = []
    relay = start_relay(Path(tempfile.mkdtemp()) / "relay")
    try:
        answer = relay.api("PUT", "/api/v1/campaigns/1", {
            "name": "Spring", "sender_name": "Boulangerie Dupont",
            "sender_email": "news@dupont.example", "logo_url": "",
        })  # fmt: skip
        relay.api("PUT", "/api/v1/lists", {"lists": [
            {"id": 1, "name": "Weekly bread", "description": "Fresh loaves every Friday"},
            {"id": 2, "name": "Cakes and pastries", "description": "Seasonal specials"},
            {"id": 3, "name": "Workshops", "description": ""},
        ]})  # fmt: skip
        relay.api("POST", "/api/v1/campaigns/1/recipients", {"recipients": [
            {"contact": 7, "email": "camille.martin@example.org", "lists": [1, 2]}]})  # fmt: skip
        token = TokenSigner(1, bytes.fromhex(answer["key"])).token(TokenKind.UNSUBSCRIBE, 7)
        for page, url in (("preferences", f"{relay.url}/u/{token}"),
                          ("signup", f"{relay.url}/s/1")):  # fmt: skip
            for lang in ("en", "fr"):
                for name, size in SIZES.items():
                    out = OUT / f"{page}-{lang}-{name}.png"
                    chromium(url, out, lang, size)
                    saved.append(out)
    finally:
        relay.stop()
    return saved


def settings_dialog() -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from envoi.sending.secrets import MemorySecretStore
    from envoi.store.engine import Store
    from envoi.store.migrate import upgrade
    from envoi.ui.bridge import WorkerBridge
    from envoi.ui.views.settings.relay_dialog import RelayDialog

    app = QApplication.instance() or QApplication([])
    store = Store.from_url(f"sqlite:///{Path(tempfile.mkdtemp()) / 'envoi.sqlite3'}")
    upgrade(store.engine)
    workers = WorkerBridge()
    dialog = RelayDialog(store, workers, secrets=MemorySecretStore())
    dialog.url.setText("https://relay.dupont.example")
    dialog.status.setText("Connected. Recipients' links start with https://relay.dupont.example.")
    dialog.show()
    deadline = time.monotonic() + 10
    while not dialog.test_button.isEnabled() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    dialog.url.setText("https://relay.dupont.example")
    app.processEvents()
    out = OUT / "settings-relay.png"
    dialog.grab().save(str(out))
    workers.shutdown()
    store.dispose()
    return out


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for path in [*pages(), settings_dialog()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
