"""Full sender check of one domain against a local NSD, with its anchor in the same run.

    python benchmarks/dns_check.py [--repeat R] [--includes N] [--no-smtp]

Starts NSD on 127.0.0.1 (apt nsd) with a realistic domain (SPF with N includes, DKIM,
DMARC, MX, PTR, a DNSBL zone) and an aiosmtpd server with STARTTLS, then times:
- ours: ``run_checks`` (every check concurrent, one shared cache), median of R runs;
- anchor: the very same DNS questions our run asked, issued one after another with plain
  synchronous dnspython against the same server (what a naive checker would do).
Prints one JSON object. The target of issue 5 is a full check under 2 s.
"""
# smoke-args: --repeat 1

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
# The NSD and CA helpers of the integration tests (one way to start the servers).
sys.path.insert(0, str(ROOT / "tests" / "integration" / "dnscheck"))

import dns.resolver  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402
from dns_test_servers import NsdServer, free_port, make_pki_in, zone_text  # noqa: E402

from envoi.dnscheck.dkim_keys import generate_key, public_record  # noqa: E402
from envoi.dnscheck.resolver import DnsAnswer, DnsPythonResolver, ResolverSettings  # noqa: E402
from envoi.dnscheck.results import CheckRequest, SmtpTarget  # noqa: E402
from envoi.dnscheck.runner import run_checks  # noqa: E402


class Recording:
    """Passes questions on and remembers them (below the run's cache: each one once)."""

    def __init__(self, inner: DnsPythonResolver) -> None:
        self.inner = inner
        self.asked: list[tuple[str, str]] = []

    async def query(self, name: str, rdtype: str) -> DnsAnswer:
        self.asked.append((name, rdtype))
        return await self.inner.query(name, rdtype)


def zones(includes: int, key: bytes) -> dict[str, str]:
    inc = " ".join(f"include:_spf{n}.bench.test" for n in range(includes))
    records: list[tuple[str, str, str]] = [
        ("@", "TXT", f"v=spf1 mx {inc} ip4:127.0.0.1 -all"),
        ("@", "TXT", "google-site-verification=abc"),
        ("@", "MX", "10 mx1.bench.test."),
        ("@", "MX", "20 mx2.bench.test."),
        ("mx1", "A", "127.0.0.1"),
        ("mx2", "A", "127.0.0.1"),
        ("mail", "A", "127.0.0.1"),
        ("s1._domainkey", "TXT", public_record(key)),
        ("_dmarc", "TXT", "v=DMARC1; p=quarantine; rua=mailto:dmarc@bench.test"),
        ("_mta-sts", "TXT", "v=STSv1; id=1"),
    ]
    for n in range(includes):
        records.append((f"_spf{n}", "TXT", f"v=spf1 ip4:192.0.2.{n}/32 ip4:198.51.100.0/24 ~all"))
    return {
        "bench.test": zone_text("bench.test", records),
        "0.0.127.in-addr.arpa": zone_text(
            "0.0.127.in-addr.arpa", [("1", "PTR", "mail.bench.test.")]
        ),
        "bl.test": zone_text("bl.test", [("2.0.0.127", "A", "127.0.0.2")]),
    }


class _Sink:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 OK"


def anchor(server: NsdServer, questions: list[tuple[str, str]]) -> float:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = server.port
    resolver.lifetime = 3.0
    resolver.cache = None
    started = time.perf_counter()
    for name, rdtype in questions:
        with contextlib.suppress(dns.resolver.NXDOMAIN):
            resolver.resolve(name, rdtype, search=False, raise_on_no_answer=False)
    return time.perf_counter() - started


async def concurrent(server: NsdServer, questions: list[tuple[str, str]]) -> float:
    """The same questions through our resolver, all at once (DNS only, like the anchor)."""
    resolver = DnsPythonResolver(ResolverSettings(server.address, 3.0))
    started = time.perf_counter()
    await asyncio.gather(*(resolver.query(n, t) for n, t in questions))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--includes", type=int, default=4)
    parser.add_argument("--no-smtp", action="store_true")
    args = parser.parse_args()
    key = generate_key("rsa")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "nsd").mkdir()
        server = NsdServer(root / "nsd", free_port())
        server.start(zones(args.includes, key))
        controller = None
        smtp = None
        try:
            if not args.no_smtp:
                pki = make_pki_in(root / "pki")
                port = free_port()
                controller = Controller(
                    _Sink(),
                    hostname="127.0.0.1",
                    port=port,
                    tls_context=pki.good,
                    authenticator=lambda *_: AuthResult(success=True),
                )
                controller.start()
                smtp = SmtpTarget("mail.bench.test", port, "starttls", str(pki.ca_file))
            request = CheckRequest(
                "bench.test",
                "s1",
                smtp,
                dkim_private_key=key,
                ip_blocklists=("bl.test",),
                domain_blocklists=("bl.test",),
            )
            ours: list[float] = []
            anchors: list[float] = []
            dns_only: list[float] = []
            counts: dict[str, int] = {}
            questions: list[tuple[str, str]] = []
            for _ in range(args.repeat):
                recording = Recording(DnsPythonResolver(ResolverSettings(server.address, 3.0)))
                started = time.perf_counter()
                # probe=(): the zones hold no gmail.com; the probe is not what is measured
                report = asyncio.run(run_checks(request, recording, timeout=3.0, probe=()))
                ours.append(time.perf_counter() - started)
                counts = report.counts()
                questions = recording.asked
                anchors.append(anchor(server, questions))
                dns_only.append(asyncio.run(concurrent(server, questions)))
        finally:
            if controller is not None:
                controller.stop()
            server.stop()
    median = statistics.median(ours)
    result = {
        "benchmark": "dns_check",
        "domain": "bench.test",
        "spf_includes": args.includes,
        "smtp_checked": smtp is not None,
        "repeat": args.repeat,
        "checks": sum(counts.values()),
        "statuses": counts,
        "dns_questions": len(questions),
        "ours_full_check_s_median": round(median, 4),
        "ours_full_check_s_max": round(max(ours), 4),
        "ours_same_questions_concurrent_dns_only_s_median": round(statistics.median(dns_only), 4),
        "anchor_sequential_dnspython_dns_only_s_median": round(statistics.median(anchors), 4),
        "note": "ours = every check incl. SMTP+TLS handshakes, DKIM sign/verify and pyspf; "
        "the anchor asks only the DNS questions, one by one, against the same server",
        "target_s": 2.0,
        "under_target": median < 2.0,
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
