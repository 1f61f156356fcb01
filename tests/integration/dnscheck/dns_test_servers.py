"""Helpers for the sender check's real servers: NSD serving test zones on 127.0.0.1 and
a private CA made with `cryptography` for the aiosmtpd servers.

NSD runs unprivileged in the foreground (`username: ""`, `chroot: ""`) from a config and
zone folder in tmp, on a free port, and is stopped when the module's tests are done.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import dns.message
import dns.query
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    # NSD listens on UDP and TCP: take a port free for both.
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port


def _quote_txt(text: str) -> str:
    # A TXT string holds at most 255 bytes: split long records as publishers do.
    chunks = [text[i : i + 255] for i in range(0, len(text), 255)] or [""]
    return " ".join('"' + c.replace("\\", "\\\\").replace('"', '\\"') + '"' for c in chunks)


def zone_text(origin: str, records: list[tuple[str, str, str]]) -> str:
    lines = [
        f"$ORIGIN {origin}.",
        "$TTL 60",
        f"@ IN SOA ns.{origin}. hostmaster.{origin}. 1 3600 600 86400 60",
        f"@ IN NS ns.{origin}.",
    ]
    for name, rdtype, value in records:
        data = _quote_txt(value) if rdtype == "TXT" else value
        lines.append(f"{name} IN {rdtype} {data}")
    return "\n".join(lines) + "\n"


@dataclass
class NsdServer:
    """One NSD process; ``address`` is what --nameserver takes."""

    root: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, zones: dict[str, str]) -> None:
        zone_conf = []
        for origin, text in zones.items():
            (self.root / f"{origin}.zone").write_text(text)
            zone_conf.append(f"zone:\n  name: {origin}\n  zonefile: {origin}.zone\n")
        conf = self.root / "nsd.conf"
        conf.write_text(
            "server:\n"
            f"  ip-address: 127.0.0.1@{self.port}\n"
            f"  port: {self.port}\n"
            '  username: ""\n'
            '  chroot: ""\n'
            f'  zonesdir: "{self.root}"\n'
            f'  pidfile: "{self.root}/nsd.pid"\n'
            f'  zonelistfile: "{self.root}/zone.list"\n'
            f'  xfrdfile: "{self.root}/xfrd.state"\n'
            f'  xfrdir: "{self.root}"\n'
            '  database: ""\n'
            f'  logfile: "{self.root}/nsd.log"\n'
            "  server-count: 1\n"
            "  verbosity: 1\n"
            "remote-control:\n"
            "  control-enable: no\n" + "".join(zone_conf)
        )
        nsd = shutil.which("nsd") or "/usr/sbin/nsd"
        checkconf = shutil.which("nsd-checkconf") or "/usr/sbin/nsd-checkconf"
        subprocess.run([checkconf, str(conf)], check=True, capture_output=True)
        self.process = subprocess.Popen(
            [nsd, "-d", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        self._wait(next(iter(zones)))

    def _wait(self, origin: str) -> None:
        deadline = time.monotonic() + 15
        query = dns.message.make_query(origin, "SOA")
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                log = (
                    (self.root / "nsd.log").read_text() if (self.root / "nsd.log").exists() else ""
                )
                raise RuntimeError(f"nsd exited: {self.process.stderr!r} {log}")
            try:
                reply = dns.query.udp(query, "127.0.0.1", port=self.port, timeout=0.3)
                if reply.answer:
                    return
            except (OSError, dns.exception.Timeout):
                pass
            time.sleep(0.1)
        raise RuntimeError("nsd did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def nsd_available() -> bool:
    return shutil.which("nsd") is not None or Path("/usr/sbin/nsd").exists()


@dataclass(frozen=True)
class Pki:
    ca_file: Path
    good: ssl.SSLContext  # server context with a certificate for mail.good.test
    wrong: ssl.SSLContext  # server context with a certificate for another name


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _server_context(
    tmp: Path, tag: str, ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate, hosts: list[str]
) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(h) for h in hosts]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    cert_file, key_file = tmp / f"{tag}.crt", tmp / f"{tag}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


def make_pki_in(tmp: Path) -> Pki:
    """A CA and two server certificates (mail.good.test, mail.bench.test / wrong.example)."""
    tmp.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Envoi test CA"))
        .issuer_name(_name("Envoi test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = tmp / "ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return Pki(
        ca_file,
        _server_context(tmp, "good", ca_key, ca, ["mail.good.test", "mail.bench.test"]),
        _server_context(tmp, "wrong", ca_key, ca, ["wrong.example"]),
    )


def loopback(ip: str) -> bool:
    return ipaddress.ip_address(ip).is_loopback
