"""Start-up of the built program (dist/envoi/envoi): seconds from starting the process to the
first paint of its main window, cold and warm, against two anchors run in the same way:

- ``bare_qt``: a bare PySide6 QMainWindow script run by this Python (the floor for Qt);
- ``dev_envoi``: ``python -m envoi`` from the development install.

Each program prints the wall-clock time of its first paint (Envoi: ENVOI_EXIT_AFTER_SHOWN=1)
and quits; the figure is that time minus the moment this script started the process.
"Cold" first evicts the program's files from the page cache (posix_fadvise DONTNEED on the
bundle, or on the venv's site-packages and the standard library for the anchors: the rest of
the machine's cache is left alone); "warm" is the median of the repeats that follow. The
database is created once beforehand, so each run opens an existing, current one.

    .venv/bin/python benchmarks/bundle_startup.py [--runs 5] [--exe dist/envoi/envoi]

Without a built bundle (bash packaging/build_linux.sh) it measures the anchors and says
"bundle not built". Target (issue 7): a usable window in under 1.5 s.
"""
# smoke-args: --runs 1

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.5
SIZE_TARGET_BYTES = 350_000_000  # issue 7: under 350 MB unpacked (du -sb)
MARK = "envoi-first-paint "

BARE_QT = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare PySide6 window"))
window.resize(1100, 700)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is window):
            app.removeEventFilter(self)
            print("{MARK}%.6f" % time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app.installEventFilter(FirstPaint(app))
window.show()
sys.exit(app.exec())
"""


def evict(paths: list[Path]) -> int:
    """Drop these files from the page cache; returns how many were evicted."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    count = 0
    for top in paths:
        files = [top] if top.is_file() else (p for p in top.rglob("*") if p.is_file())
        for path in files:
            if path.is_symlink():
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


def first_paint(cmd: list[str], env: dict[str, str], timeout: float = 120.0) -> float:
    started = time.time()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit(f"{cmd[0]}: no window within {timeout:.0f} s") from None
    for line in out.splitlines():
        if line.startswith(MARK):
            return float(line[len(MARK) :]) - started
    raise SystemExit(f"{' '.join(cmd)}: exited {proc.returncode} without painting a window")


def measure(cmd: list[str], env: dict[str, str], files: list[Path], runs: int) -> dict[str, Any]:
    evicted = evict(files)
    cold = first_paint(cmd, env)
    warm = [first_paint(cmd, env) for _ in range(runs)]
    return {
        "cold_s": round(cold, 3),
        "warm_median_s": round(statistics.median(warm), 3),
        "warm_s": [round(w, 3) for w in warm],
        "files_evicted_for_cold": evicted,
    }


def du_bytes(path: Path) -> int | None:
    if shutil.which("du") is None:
        return None
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=False)
    return int(out.stdout.split()[0]) if out.returncode == 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs of each program")
    parser.add_argument("--exe", type=Path, default=ROOT / "dist" / "envoi" / "envoi")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="envoi-startup-"))
    env = dict(os.environ, ENVOI_DATA_DIR=str(data), ENVOI_EXIT_AFTER_SHOWN="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    try:
        # Create and migrate the database once: every timed run opens an existing one.
        subprocess.run(
            [sys.executable, "-m", "envoi", "contacts", "list"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        python_files = [
            Path(sysconfig.get_paths()["purelib"]),
            Path(sysconfig.get_paths()["stdlib"]),
        ]
        result: dict[str, Any] = {
            "benchmark": "bundle_startup",
            "figure": "seconds from process start to the main window's first paint",
            "qt_platform": env["QT_QPA_PLATFORM"],
            "warm_runs": args.runs,
            "target_s": TARGET_S,
            "bare_qt": measure([sys.executable, "-c", BARE_QT], env, python_files, args.runs),
            "dev_envoi": measure([sys.executable, "-m", "envoi"], env, python_files, args.runs),
        }
        if args.exe.is_file():
            bundle = measure([str(args.exe)], env, [args.exe.parent], args.runs)
            bundle["path"] = str(args.exe)
            bundle["size_bytes"] = du_bytes(args.exe.parent)
            result["bundle"] = bundle
            for anchor in ("bare_qt", "dev_envoi"):
                ref = result[anchor]
                for kind in ("warm_median_s", "cold_s"):
                    name = f"ratio_bundle_to_{anchor}_{kind.split('_')[0]}"
                    result[name] = round(bundle[kind] / ref[kind], 2)
            result["meets_target_warm"] = bundle["warm_median_s"] < TARGET_S
            result["meets_target_cold"] = bundle["cold_s"] < TARGET_S
            result["size_target_bytes"] = SIZE_TARGET_BYTES
            if bundle["size_bytes"] is not None:
                result["meets_size_target"] = bundle["size_bytes"] < SIZE_TARGET_BYTES
        else:
            result["bundle"] = (
                f"bundle not built ({args.exe} is missing): bash packaging/build_linux.sh"
            )
        if os.environ.get("ENVOI_BENCH_SMOKE"):
            result["smoke"] = True
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
