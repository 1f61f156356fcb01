"""Envoi Relay run for real: `python -m envoi relay serve` (uvicorn) on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from envoi.relay.server.config import init_secrets
from tests.support.smtp_servers import free_port, wait_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class RelayProcess:
    url: str
    token: str
    secret: bytes
    folder: Path
    log: Path
    process: subprocess.Popen[bytes]

    def api(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={"Authorization": f"Bearer {token or self.token}",
                     "Content-Type": "application/json"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def start_relay(
    folder: Path,
    db_url: str | None = None,
    public_url: str = "",
    tls: tuple[Path, Path] | None = None,
    extra: tuple[str, ...] = (),
) -> RelayProcess:
    """``tls``: (certificate, key) for localhost: the relay then answers https://localhost."""
    made = init_secrets(folder)
    port = free_port()
    log = folder / "relay.log"
    command = [sys.executable, "-m", "envoi", "relay", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--dir", str(folder)]  # fmt: skip
    if db_url:
        command += ["--db", db_url]
    if public_url:
        command += ["--public-url", public_url]
    if tls:
        command += ["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])]
    command += extra
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"}
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
    try:
        wait_port(port, timeout=30)
    except TimeoutError:
        process.kill()
        raise AssertionError(f"relay did not start:\n{log.read_text()}") from None
    base = f"https://localhost:{port}" if tls else f"http://127.0.0.1:{port}"
    return RelayProcess(base, made.api_token, made.signing_secret, folder,
                        log, process)  # fmt: skip
