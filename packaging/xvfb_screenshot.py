"""Start the built program under Xvfb and save a screenshot of its window.

    .venv/bin/python packaging/xvfb_screenshot.py [--exe dist/envoi/envoi]
        [--out docs/screenshots/bundle-linux.png] [--click X Y PATH ...]

The program runs as a user would start it (X11, a fresh data folder), with nothing of the
development tree on its path; this process only grabs the X screen (with the venv's Qt,
as a second X client) once the window has drawn, then stops the program. Exit 1 when the
window never appears. ``--click X Y PATH`` (xdotool) then clicks a point of the screen, such
as an area of the sidebar, and saves what it shows once settled.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

ROOT = Path(__file__).resolve().parents[1]


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number.
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    if not number:
        proc.kill()
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


def settled(screen: QScreen, timeout: float) -> None:
    """Wait until two grabs 0.5 s apart are the same (a page and its preview have drawn)."""
    previous = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(0.5)
        image = screen.grabWindow(0).toImage()
        if previous is not None and image == previous:
            return
        previous = image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=ROOT / "dist" / "envoi" / "envoi")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs" / "screenshots" / "bundle-linux.png"
    )
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--lang", default="C.UTF-8", help="LANG of the program (fr_FR.UTF-8…)")
    parser.add_argument(
        "--click",
        nargs=3,
        action="append",
        default=[],
        metavar=("X", "Y", "PATH"),
        help="then click at X,Y and save the screen to PATH",
    )
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    data = tempfile.mkdtemp(prefix="envoi-shot-")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": data,
        "DISPLAY": display,
        "ENVOI_DATA_DIR": data,
        "QT_QPA_PLATFORM": "xcb",
        "LANG": args.lang,
    }
    if os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    app = subprocess.Popen([str(args.exe)], env=env, cwd=data)
    try:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        from PySide6.QtGui import QGuiApplication

        qt = QGuiApplication(sys.argv[:1])
        screen = qt.primaryScreen()
        deadline = time.monotonic() + args.timeout
        previous = None
        while time.monotonic() < deadline:
            if app.poll() is not None:
                print(f"the program exited with {app.returncode}", file=sys.stderr)
                return 1
            image = screen.grabWindow(0).toImage()
            # Drawn and settled: more than a blank screen, and the same twice in a row.
            blank = image.pixelColor(640, 400) == image.pixelColor(0, 0)
            if not blank and previous is not None and image == previous:
                args.out.parent.mkdir(parents=True, exist_ok=True)
                time.sleep(1.0)  # the first page's queries land
                screen.grabWindow(0).save(str(args.out), "PNG")
                print(f"saved {args.out} ({args.out.stat().st_size} bytes)")
                break
            previous = image
            time.sleep(0.5)
        else:
            print("no window within the timeout", file=sys.stderr)
            return 1
        for x, y, path in args.click:
            subprocess.run(
                ["xdotool", "mousemove", x, y, "click", "1"],
                env=dict(os.environ, DISPLAY=display),
                check=True,
            )
            settled(screen, args.timeout)
            screen.grabWindow(0).save(path, "PNG")
            print(f"saved {path} ({Path(path).stat().st_size} bytes)")
        return 0
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
