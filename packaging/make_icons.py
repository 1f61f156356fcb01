"""Draw Envoi's icons from resources/icons/envoi.svg: PNGs 16..512, envoi.ico, envoi.icns.

    python packaging/make_icons.py

Qt's SVG renderer draws the PNGs (PySide6 is already a dependency); Pillow (the `packaging`
extra) writes the Windows .ico and the macOS .icns from them. The outputs are committed, so
a build needs neither step; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs() -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "envoi.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/envoi.svg is not a valid SVG")
    out: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"envoi-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        out[size] = path
    return out


def write_ico_icns(pngs: dict[int, Path]) -> None:
    from PIL import Image

    big = Image.open(pngs[512]).convert("RGBA")
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    big.save(ICONS / "envoi.ico", format="ICO", sizes=ico_sizes)
    # Pillow's ICNS writer takes the largest image and scales the others from it.
    big.save(ICONS / "envoi.icns", format="ICNS")


def main() -> int:
    pngs = render_pngs()
    write_ico_icns(pngs)
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
