"""A throw-away Dovecot IMAP server on 127.0.0.1 for the mailbox tests.

Dovecot runs as `nobody` from a configuration in a private temporary folder (no system
configuration is read or changed), with one user in a passwd-file and Maildir storage.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"

_CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = nobody
default_internal_group = nogroup
default_login_user = nobody
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"""


def available() -> bool:
    return Path(DOVECOT).exists() and os.geteuid() == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DovecotServer:
    def __init__(self, user: str = "bounces", password: str = "s3cret") -> None:
        self.user = user
        self.password = password
        self.host = "127.0.0.1"
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="envoi-dovecot-"))
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def maildir(self) -> Path:
        return self.root / "mail" / self.user

    def start(self) -> None:
        nobody = pwd.getpwnam("nobody")
        os.chmod(self.root, 0o755)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir()
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True)
        for path in [self.root / "mail", *(self.root / "mail").rglob("*")]:
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        config = self.root / "dovecot.conf"
        config.write_text(_CONFIG.format(root=self.root, port=self.port))
        self._proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = self._proc.stderr.read().decode() if self._proc.stderr else ""
                log = (
                    (self.root / "dovecot.log").read_text()
                    if (self.root / "dovecot.log").exists()
                    else ""
                )
                raise RuntimeError(f"dovecot exited: {err}\n{log}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("dovecot did not start in 15 s")

    def deliver(self, raw: bytes, name: str) -> None:
        """Drop a message into the INBOX as a mail server's LDA would (Maildir new/)."""
        nobody = pwd.getpwnam("nobody")
        tmp = self.maildir / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, nobody.pw_uid, nobody.pw_gid)
        tmp.rename(self.maildir / "new" / name)

    def folder_count(self, folder: str) -> int:
        base = self.maildir if folder == "INBOX" else self.maildir / f".{folder.replace('/', '.')}"
        return sum(len(list((base / d).glob("*"))) for d in ("cur", "new") if (base / d).is_dir())

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        shutil.rmtree(self.root, ignore_errors=True)
