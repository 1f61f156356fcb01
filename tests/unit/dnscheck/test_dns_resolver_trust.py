"""A resolver is believed only when it finds names that must exist; a blocklist's "not
listed" only when the list answers its own test entry."""

from __future__ import annotations

import pytest

from envoi.dnscheck.blocklists import check_blocklists
from envoi.dnscheck.resolver import (
    WELL_KNOWN_NAMES,
    DnsAnswer,
    DnsError,
    MemoryResolver,
    probe_resolver,
)
from envoi.dnscheck.results import CheckRequest
from envoi.dnscheck.runner import (
    CheckReport,
    domain_key,
    last_report,
    run_checks,
    save_report,
    sender_check_of,
)
from envoi.store.engine import Store


def _shop(r: MemoryResolver | None = None) -> MemoryResolver:
    r = r if r is not None else MemoryResolver()
    r.add("shop.example", "MX", "10 mx.shop.example")
    r.add("mx.shop.example", "A", "192.0.2.10")
    return r


class _Refusing(MemoryResolver):
    """Answers its own zone and refuses the rest (an authoritative server, a strict
    corporate resolver): it is not lying, only silent."""

    async def query(self, name: str, rdtype: str) -> DnsAnswer:
        if name.rstrip(".").endswith("shop.example"):
            return await super().query(name, rdtype)
        raise DnsError("REFUSED")


async def test_probe_verdicts() -> None:
    lying = await probe_resolver(MemoryResolver())
    assert lying.lying and lying.denied == WELL_KNOWN_NAMES
    honest = MemoryResolver()
    honest.add("iana.org", "A", "192.0.43.8")  # one is enough: the others may be filtered
    assert not (await probe_resolver(honest)).lying
    silent = await probe_resolver(_Refusing())
    assert not silent.lying and silent.unanswered == WELL_KNOWN_NAMES


async def test_lying_resolver_gives_one_plain_finding_not_red_results() -> None:
    report = await run_checks(CheckRequest("shop.example"), MemoryResolver(), timeout=0.5)
    assert [c.id for c in report.checks] == ["resolver"]
    only = report.checks[0]
    assert only.status == "error" and only.group == "resolver"
    assert "DNS resolver is not answering correctly" in only.message
    assert "gmail.com" in only.message
    assert "1.1.1.1" in only.fix
    assert report.counts() == {"pass": 0, "warn": 0, "fail": 0, "error": 1}
    assert report.attention() == report.checks  # preflight repeats it


async def test_honest_resolver_is_judged_as_before() -> None:
    r = _shop()
    for name in WELL_KNOWN_NAMES:
        r.add(name, "A", "192.0.2.80")
    report = await run_checks(CheckRequest("shop.example"), r, timeout=0.5)
    ids = {c.id: c.status for c in report.checks}
    assert "resolver" not in ids
    assert ids["spf-record"] == "fail"  # a real finding, believed


async def test_silent_resolver_is_not_called_a_liar() -> None:
    report = await run_checks(CheckRequest("shop.example"), _shop(_Refusing()), timeout=0.5)
    ids = {c.id: c.status for c in report.checks}
    assert "resolver" not in ids and ids["mx-from"] == "pass"


@pytest.mark.parametrize("code", ["127.0.0.1", "127.255.255.254", "127.255.255.255"])
async def test_refusal_codes_are_could_not_check(code: str) -> None:
    r = MemoryResolver()
    r.add("10.2.0.192.bl.example", "A", code)
    r.add("2.0.0.127.bl.example", "A", "127.0.0.2")
    (result,) = await check_blocklists(r, "shop.example", ("192.0.2.10",), ("bl.example",), ())
    assert result.status == "error"
    assert "not a listing" in result.message


async def test_not_listed_is_believed_only_when_the_test_entry_answers() -> None:
    r = MemoryResolver()
    r.add("2.0.0.127.bl.example", "A", "127.0.0.2")
    r.add("test.dbl.example", "A", "127.0.1.2")
    results = await check_blocklists(
        r, "shop.example", ("192.0.2.10",), ("bl.example", "dead.example"), ("dbl.example",)
    )
    status = {c.id: c.status for c in results}
    assert status == {
        "blocklist-bl.example-192.0.2.10": "pass",
        "blocklist-dead.example-192.0.2.10": "error",  # NXDOMAIN for its own test entry
        "blocklist-dbl.example-shop.example": "pass",
    }
    dead = next(c for c in results if c.id == "blocklist-dead.example-192.0.2.10")
    assert "test entry (127.0.0.2)" in dead.message


async def test_a_refused_test_entry_means_could_not_check() -> None:
    r = MemoryResolver()
    r.add("2.0.0.127.zen.example", "A", "127.255.255.254")  # public resolver blocked
    (result,) = await check_blocklists(r, "shop.example", ("192.0.2.10",), ("zen.example",), ())
    assert result.status == "error"


def test_one_key_for_every_spelling_of_a_domain(store: Store) -> None:
    from datetime import UTC, datetime

    from envoi.dnscheck.results import CheckResult

    assert domain_key(" Bücher.Example. ") == "xn--bcher-kva.example"
    failing = (CheckResult("spf-record", "spf", "fail", "No SPF record.", "Publish one."),)
    save_report(store, CheckReport("bücher.example", datetime.now(UTC), failing))
    assert last_report(store, "XN--BCHER-KVA.example") is not None
    found = sender_check_of(store, "news@Bücher.example")
    assert found is not None and found.attention() == failing
    assert sender_check_of(store, "nobody") is None
