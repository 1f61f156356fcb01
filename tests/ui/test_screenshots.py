"""PNGs of the main views under a real X server (Xvfb), for the README.

Skips when Xvfb is not installed, except under CI=true where it must be there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"

pytestmark = pytest.mark.xvfb


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed; .ci/run installs apt xvfb")
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it, so parallel runs never clash.
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_screenshots_of_the_main_views(x_display: str, tmp_path: Path, lang: str) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", ENVOI_DATA_DIR=str(tmp_path))
    env.pop("WAYLAND_DISPLAY", None)
    out = SHOTS if lang == "en" else SHOTS / lang
    script = ROOT / "tests" / "ui" / "make_screenshots.py"
    result = subprocess.run(
        [sys.executable, str(script), "--lang", lang, "--out", str(out)],
        capture_output=True, text=True, timeout=180, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("contacts.png", "import-mapping.png", "segment-builder.png", "templates.png"):
        png = out / name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 10_000  # a real picture, not a blank window
