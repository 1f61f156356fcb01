"""Real SMTP servers on 127.0.0.1 for the sending tests: Postfix smtp-sink and aiosmtpd.

``ScriptedHandler`` answers per recipient as told (4xx, 5xx, 421, dropped connection) and
records, at the server, every message it accepted with the time it arrived.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class ScriptedHandler:
    """rules: recipient -> '451 ...' / '550 ...' / '421 ...' (answered at RCPT) or 'drop'
    (connection closed at DATA, after the message arrived: an unknown outcome), 'drop-rcpt'
    (connection closed at RCPT: nothing sent)."""

    rules: dict[str, str] = field(default_factory=dict)
    # A rule applies this many times, then the recipient is accepted (0: always).
    times: dict[str, int] = field(default_factory=dict)
    received: list[tuple[float, str, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: Counter[str] = field(default_factory=Counter)
    sessions: int = 0  # EHLOs seen: one per connection

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:  # fmt: skip
        session.host_name = hostname
        with self.lock:
            self.sessions += 1
        return responses

    def _rule(self, address: str) -> str | None:
        rule = self.rules.get(address)
        if rule is None:
            return None
        with self.lock:
            self.hits[address] += 1
            limit = self.times.get(address, 0)
            if limit and self.hits[address] > limit:
                return None
        return rule

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:  # fmt: skip
        rule = self._rule(address)
        if rule == "drop-rcpt":
            server.transport.close()
            return "421 closing"
        if rule and rule != "drop":
            return rule
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        rcpt = envelope.rcpt_tos[0]
        with self.lock:
            self.received.append((time.monotonic(), rcpt, envelope.original_content))
        if self.rules.get(rcpt) == "drop":
            server.transport.close()
        return "250 queued"

    def counts(self) -> Counter[str]:
        with self.lock:
            return Counter(r for _, r, _ in self.received)


class ScriptedServer:
    def __init__(self, handler: ScriptedHandler, port: int | None = None, **kwargs: Any) -> None:
        self.handler = handler
        self.port = port or free_port()
        self.controller = Controller(handler, hostname="127.0.0.1", port=self.port, **kwargs)

    def start(self) -> ScriptedServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


class SmtpSink:
    """Postfix's smtp-sink, dumping every message to a file so tests can count them."""

    def __init__(
        self,
        directory: Path,
        port: int | None = None,
        backlog: int = 256,
        flags: tuple[str, ...] = (),
    ) -> None:
        """``flags``: more smtp-sink options, e.g. ("-q", ".") drops the connection after a
        message's final dot without replying."""
        self.port = port or free_port()
        self.flags = flags
        self.directory = directory
        self.dump = directory / "dump"
        self.backlog = backlog
        self.process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("smtp-sink") is not None or Path("/usr/sbin/smtp-sink").exists()

    def start(self, dump: bool = True) -> SmtpSink:
        binary = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
        self.directory.chmod(0o777)
        args = [binary, "-u", "nobody", *self.flags]
        if dump:
            args += ["-D", str(self.dump)]
        args += [f"127.0.0.1:{self.port}", str(self.backlog)]
        self.process = subprocess.Popen(args, stderr=subprocess.DEVNULL)
        wait_port(self.port)
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None

    def recipients(self) -> Counter[str]:
        if not self.dump.exists():
            return Counter()
        counts: Counter[str] = Counter()
        for line in self.dump.read_bytes().splitlines():
            if line.startswith(b"X-Rcpt-Args: <"):
                counts[line[len(b"X-Rcpt-Args: <") :].split(b">")[0].decode()] += 1
        return counts
