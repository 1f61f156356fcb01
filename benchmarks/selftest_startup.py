"""Wall time of `envoi --selftest` against a bare PySide6 QMainWindow start (target: <= 2x).

Both run as fresh subprocesses, offscreen, alternately, --runs times each after one warm-up
run of each (which also creates and migrates Envoi's database, so the timed runs measure an
everyday start: open, check the schema, build the window with its areas, paint once, exit).
The figure is the ratio of the medians.

    python benchmarks/selftest_startup.py --runs 9
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 700)
window.show()
app.processEvents()
window.close()
app.processEvents()
print("bare ok")
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="envoi-bench-start-"))
    bare_script = work / "bare_qmainwindow.py"
    bare_script.write_text(BARE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ENVOI_DATA_DIR=str(work))
    ours_cmd = [
        sys.executable,
        "-m",
        "envoi",
        "--db",
        f"sqlite:///{work / 'envoi.sqlite3'}",
        "--selftest",
    ]
    bare_cmd = [sys.executable, str(bare_script)]

    first_ours = _time(ours_cmd, env)  # creates + migrates the database
    _time(bare_cmd, env)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(args.runs):
        ours.append(_time(ours_cmd, env))
        bare.append(_time(bare_cmd, env))
        print(f"envoi {ours[-1]:.3f}s  bare {bare[-1]:.3f}s", file=sys.stderr)

    ours_median = statistics.median(ours)
    bare_median = statistics.median(bare)
    ratio = ours_median / bare_median
    print(
        json.dumps(
            {
                "benchmark": "selftest_startup",
                "runs": args.runs,
                "ours": {
                    "command": "envoi --selftest",
                    "median_s": round(ours_median, 3),
                    "runs_s": [round(t, 3) for t in ours],
                    "first_run_with_migration_s": round(first_ours, 3),
                },
                "anchor": {
                    "command": "python bare_qmainwindow.py (PySide6 QMainWindow, show, exit)",
                    "median_s": round(bare_median, 3),
                    "runs_s": [round(t, 3) for t in bare],
                },
                "ratio": round(ratio, 2),
                "target_ratio": 2.0,
                "meets_target": ratio <= 2.0,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
