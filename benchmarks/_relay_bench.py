"""What the relay benchmarks share: a free port, the relay started alone (`python -m
envoi.relay.server`, as in its container), and a watch on a process's peak RSS."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.smtp_servers import free_port, wait_port  # noqa: E402

__all__ = ["PeakRss", "free_port", "relay_process", "wait_port"]


def relay_process(folder: Path, access_log: bool = True) -> tuple[subprocess.Popen[bytes], int]:
    """The relay of ``folder`` (its secrets and relay.sqlite3) on a free port, started."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "ENVOI_RELAY_DIR": str(folder),
           "ENVOI_RELAY_ACCESS_LOG": "1" if access_log else "0"}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "envoi.relay.server", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_port(port, timeout=30.0)
    return process, port


class PeakRss:
    """The peak resident memory of a process, sampled every 0.1 s until ``stop``."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, self.process.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.1)

    def stop(self) -> float:
        """Peak RSS in MB."""
        self._stop.set()
        self._thread.join()
        return round(self.peak / 2**20, 1)
