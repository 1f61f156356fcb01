"""The RFC 7208 SPF suite again, this time through a real DNS server: each scenario's
zone data is served by NSD (as one root zone) and queried by our DnsPythonResolver, so
the TXT strings, MX, PTR and CNAME answers take the wire path a user's check takes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from dns_test_servers import NsdServer, free_port

from envoi.dnscheck.resolver import DnsPythonResolver, ResolverSettings
from envoi.dnscheck.spf import evaluate

# Cases this path is not meant to pass, and why.
EXCEPTIONS = {
    # An authoritative server cannot be told to time out on one name: the suite's TIMEOUT
    # names are left out of the zone, so they answer NXDOMAIN instead of temperror.
    "alltimeout": "TIMEOUT cannot be served",
    "txttimeout": "TIMEOUT cannot be served",
    "nospftxttimeout": "TIMEOUT cannot be served",
    "spftimeout": "TIMEOUT cannot be served",
    "include-temperror": "TIMEOUT cannot be served",
    "exists-dnserr": "TIMEOUT cannot be served",
    # As with a recursive resolver: a CNAME loop is a DNS error, pyspf says temperror.
    "ptr-cname-loop": "a CNAME loop is a DNS error (temperror)",
}


def _txt(value: str | list[str]) -> str:
    strings = value if isinstance(value, list) else [value]
    out = []
    for s in strings:
        data = s.encode("utf-8")
        out.append('"' + "".join(
            chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\{b:03d}" for b in data
        ) + '"')  # fmt: skip
    # A TXT record holds at least one string: the suite's empty list becomes "".
    return " ".join(out) or '""'


def _fqdn(name: str) -> str:
    # Some suite names hold spaces and '%': escape them as master-file \DDD.
    safe = "".join(
        c
        if c.isascii() and (c.isalnum() or c in "-_.*")
        else "".join(f"\\{b:03d}" for b in c.encode())
        for c in name.rstrip(".")
    )
    return safe + "."


def root_zone(zonedata: dict[str, list[Any]]) -> str:
    lines = [
        "$ORIGIN .",
        "$TTL 60",
        ". IN SOA ns.test. h.test. 1 3600 600 86400 60",
        ". IN NS ns.test.",
    ]
    for name, items in zonedata.items():
        if "TIMEOUT" in items or any(len(label) > 63 for label in name.split(".")):
            continue
        has_txt = any(isinstance(i, dict) and "TXT" in i for i in items)
        owner = _fqdn(name)
        for item in items:
            ((rdtype, value),) = item.items()
            if value == "NONE":
                continue
            if rdtype in ("TXT", "SPF"):
                lines.append(f"{owner} IN {rdtype} {_txt(value)}")
                if rdtype == "SPF" and not has_txt:
                    lines.append(f"{owner} IN TXT {_txt(value)}")
            elif rdtype == "MX":
                lines.append(
                    f"{owner} IN MX {value[0]} {_fqdn(str(value[1])) if value[1] else '.'}"
                )
            elif rdtype in ("PTR", "CNAME"):
                lines.append(f"{owner} IN {rdtype} {_fqdn(str(value))}")
            else:
                lines.append(f"{owner} IN {rdtype} {value}")
    return "\n".join(lines) + "\n"


def _scenarios(corpus: Path) -> list[dict[str, Any]]:
    with (corpus / "spf" / "rfc7208-tests.yml").open("rb") as fh:
        return list(yaml.safe_load_all(fh))


@pytest.fixture
def nsd_for(nsd_factory: type[NsdServer], tmp_path: Path) -> Iterator[Any]:
    servers: list[NsdServer] = []

    def start(zonedata: dict[str, list[Any]], index: int) -> NsdServer:
        root = tmp_path / f"s{index}"
        root.mkdir()
        server = nsd_factory(root, free_port())
        server.start({".": root_zone(zonedata)})
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


async def test_rfc7208_suite_through_nsd(corpus: Path, nsd_for: Any) -> None:
    total = passed = 0
    failures: list[str] = []
    unexpected: list[str] = []
    for index, scenario in enumerate(_scenarios(corpus)):
        server = nsd_for(scenario["zonedata"], index)
        resolver = DnsPythonResolver(ResolverSettings(server.address, timeout=1.0))
        for case_id, case in scenario["tests"].items():
            total += 1
            result, explanation = await evaluate(
                resolver, case["host"], case["mailfrom"], case["helo"], 1.0, "DEFAULT"
            )
            want = case["result"] if isinstance(case["result"], list) else [case["result"]]
            ok = result in want
            if ok and "explanation" in case and result == "fail":
                ok = explanation == case["explanation"]
            passed += ok
            if not ok and case_id not in EXCEPTIONS:
                failures.append(f"{case_id}: got {result} ({explanation}), want {want}")
            if ok and case_id in EXCEPTIONS:
                unexpected.append(case_id)
        server.stop()
    print(f"RFC 7208 suite through NSD: {passed}/{total} passed, exceptions: {sorted(EXCEPTIONS)}")
    assert failures == [], "\n".join(failures)
    assert unexpected == []  # an exception that passes should leave the list
    assert passed == total - len(EXCEPTIONS)
