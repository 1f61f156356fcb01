"""The Campaigns area's README screenshots, taken under Xvfb during a real send."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_screenshots import SHOTS, x_display  # noqa: F401  (the Xvfb fixture)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.xvfb


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_campaign_screenshots(x_display: str, tmp_path: Path, lang: str) -> None:  # noqa: F811
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", ENVOI_DATA_DIR=str(tmp_path))
    env.pop("WAYLAND_DISPLAY", None)
    out = SHOTS if lang == "en" else SHOTS / lang
    script = ROOT / "tests" / "ui" / "make_campaign_screenshots.py"
    result = subprocess.run(
        [sys.executable, str(script), "--lang", lang, "--out", str(out)],
        capture_output=True, text=True, timeout=240, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("campaign-wizard.png", "campaigns-progress.png"):
        png = out / name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 10_000  # a real picture, not a blank window
