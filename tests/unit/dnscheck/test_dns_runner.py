"""The runner: concurrency, deadlines (a dead resolver never hangs), readiness, saving."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from envoi.dnscheck.readiness import check_freemail, freemail_servers
from envoi.dnscheck.resolver import (
    DnsAnswer,
    DnsError,
    DnsPythonResolver,
    MemoryResolver,
    ResolverSettings,
    parse_nameserver,
)
from envoi.dnscheck.results import CheckRequest, SmtpTarget
from envoi.dnscheck.runner import CheckReport, last_report, run_checks, save_report
from envoi.dnscheck.spf import evaluate
from envoi.dnscheck.spf_walk import parse_spf, walk
from envoi.errors import EnvoiError
from envoi.store.engine import Store


@pytest.fixture
def black_hole() -> Iterator[str]:
    """A UDP port that receives DNS questions and never answers (a dead server)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    yield f"127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


async def test_dead_resolver_gives_could_not_check_within_the_timeout(black_hole: str) -> None:
    resolver = DnsPythonResolver(ResolverSettings(black_hole, timeout=0.5))
    request = CheckRequest("example.com", "s1", SmtpTarget("mail.example.com"))
    started = time.perf_counter()
    report = await run_checks(request, resolver, timeout=0.5)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.5, elapsed  # one timeout (all queries in parallel), not one per query
    statuses = {c.id: c.status for c in report.checks}
    assert set(statuses.values()) == {"error"}, statuses
    assert {"spf-record", "dkim-record", "dmarc-record", "mx-from", "smtp-connect"} <= set(statuses)


class _Stuck:
    """A resolver whose answers never come (a bug or a wedged socket): the deadline wins."""

    async def query(self, name: str, rdtype: str) -> DnsAnswer:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")


async def test_stuck_resolver_hits_group_deadline() -> None:
    started = time.perf_counter()
    report = await run_checks(CheckRequest("example.com"), _Stuck(), timeout=0.1)
    assert time.perf_counter() - started < 3.0
    ids = {c.id for c in report.checks if c.status == "error"}
    assert {"spf-timeout", "dkim-timeout", "dmarc-timeout", "mx-timeout"} <= ids
    assert all(c.status == "error" for c in report.checks)


async def test_lookups_counted_over_every_branch() -> None:
    r = MemoryResolver()
    r.add(
        "example.com",
        "TXT",
        "v=spf1 ip4:192.0.2.1 include:a.example.com include:b.example.com -all",
    )
    r.add(
        "a.example.com",
        "TXT",
        "v=spf1 " + " ".join(f"a:h{n}.example.com" for n in range(5)) + " -all",
    )
    r.add(
        "b.example.com",
        "TXT",
        "v=spf1 " + " ".join(f"a:h{n}.example.com" for n in range(5)) + " -all",
    )
    for n in range(5):
        r.add(f"h{n}.example.com", "A", f"192.0.2.{10 + n}")
    tree = await walk(r, "example.com", (await r.query("example.com", "TXT")).records[0])
    assert (tree.lookups, tree.void) == (12, 0)
    # pyspf, following the path of 192.0.2.1, stops at the first term and passes:
    # only the whole-tree count shows the record breaks for the other senders.
    assert (await evaluate(r, "192.0.2.1", "a@example.com", "mail.example.com"))[0] == "pass"
    assert (await evaluate(r, "192.0.2.99", "a@example.com", "mail.example.com"))[0] == "permerror"


async def test_include_loop_and_missing_include() -> None:
    r = MemoryResolver()
    r.add("example.com", "TXT", "v=spf1 include:loop.example.com include:gone.example.com -all")
    r.add("loop.example.com", "TXT", "v=spf1 include:example.com -all")
    tree = await walk(r, "example.com", (await r.query("example.com", "TXT")).records[0])
    assert tree.lookups == 3  # the loop is counted once, never followed twice
    assert tree.void == 1
    assert any("gone.example.com has no SPF record" in p for p in tree.problems)


@pytest.mark.parametrize(
    ("record", "error"),
    [
        ("v=spf1 foo:bar -all", "unknown mechanism"),
        ("v=spf1 ip4:192.0.2.999 -all", "not a valid ip4"),
        ("v=spf1 ip4:2001:db8::1 -all", "not an IPv4"),
        ("v=spf1 redirect=a.example redirect=b.example", "more than once"),
        ("v=spf1 include -all", "needs :domain"),
        ("v=spf1 a:example.com/99 -all", "bad prefix"),
        ("v=spf1 -redirect=x.example", "takes no qualifier"),
    ],
)
def test_spf_syntax_errors(record: str, error: str) -> None:
    assert any(error in e for e in parse_spf(record).errors), parse_spf(record).errors


@pytest.mark.parametrize(
    "record",
    [
        "v=spf1 -all",
        "v=spf1 mx a:mail.example.com/24//64 ip6:2001:db8::/32 include:_spf.google.com ~all",
        "v=spf1 exists:%{i}._spf.example.com redirect=_spf.example.com",
        "v=spf1 a/24 mx//64 ?all exp=explain.example.com",
    ],
)
def test_spf_valid(record: str) -> None:
    assert parse_spf(record).errors == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("192.0.2.53", ("192.0.2.53", 53)), ("127.0.0.1:5353", ("127.0.0.1", 5353)),
     ("[::1]:5353", ("::1", 5353)), ("2001:db8::53", ("2001:db8::53", 53))],
)  # fmt: skip
def test_parse_nameserver(text: str, expected: tuple[str, int]) -> None:
    assert parse_nameserver(text) == expected


@pytest.mark.parametrize("text", ["dns.example.com", "127.0.0.1:0", "127.0.0.1:99999", "1.2.3"])
def test_parse_nameserver_refuses(text: str) -> None:
    with pytest.raises(EnvoiError):
        parse_nameserver(text)


def test_smtp_target_parse() -> None:
    assert SmtpTarget.parse("smtp.example.com") == SmtpTarget("smtp.example.com", 587)
    assert SmtpTarget.parse("SMTP.example.com:465").tls == "implicit"
    assert SmtpTarget.parse("[2001:db8::25]:25") == SmtpTarget("2001:db8::25", 25)


def test_freemail() -> None:
    assert freemail_servers("yahoo.fr") == freemail_servers("yahoo.com")
    assert freemail_servers("example.com") is None
    own = check_freemail(CheckRequest("gmail.com", smtp=SmtpTarget("smtp.gmail.com")))
    assert own[0].status == "pass"
    other = check_freemail(CheckRequest("orange.fr", smtp=SmtpTarget("smtp.example.com")))
    assert other[0].status == "fail"
    assert "fails DMARC" in other[0].message
    assert check_freemail(CheckRequest("example.com")) == []


async def test_freemail_and_readiness_in_report() -> None:
    r = MemoryResolver()
    r.add("free.fr", "TXT", "v=spf1 -all")
    report = await run_checks(CheckRequest("free.fr", one_click_unsubscribe=False), r, probe=())
    status = {c.id: c.status for c in report.checks}
    assert status["freemail-from"] == "fail"
    assert status["readiness-spf"] == "pass"
    assert status["readiness-dmarc"] == "fail"
    assert status["readiness-unsubscribe"] == "fail"
    assert status["readiness-spam-rate"] == "error"
    assert all(c.group == "readiness" for c in report.checks if c.id.startswith("readiness-"))
    groups = [c.group for c in report.checks]
    assert groups == sorted(
        groups, key=["spf", "dkim", "dmarc", "mx", "ptr", "blocklist", "smtp", "readiness"].index
    )


async def test_dns_error_is_not_a_listing() -> None:
    class Failing(MemoryResolver):
        async def query(self, name: str, rdtype: str) -> DnsAnswer:
            if name.endswith("zen.spamhaus.org"):
                raise DnsError("SERVFAIL")
            return await super().query(name, rdtype)

    r = Failing()
    r.add("mail.example.com", "A", "192.0.2.25")
    report = await run_checks(
        CheckRequest("example.com", smtp=SmtpTarget("mail.example.com", 1)),
        r,
        timeout=0.5,
        probe=(),
    )
    zen = [c for c in report.checks if c.id == "blocklist-zen.spamhaus.org-192.0.2.25"]
    assert zen[0].status == "error"


def test_report_saved_with_its_date(store: Store) -> None:
    from envoi.dnscheck.results import CheckResult

    checks = (
        CheckResult("spf-record", "spf", "pass", "ok", "", "v=spf1 -all"),
        CheckResult("dmarc-record", "dmarc", "fail", "none", "publish", "v=DMARC1; p=none"),
    )
    when = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    save_report(store, CheckReport("example.com", when, checks))
    again = last_report(store, "EXAMPLE.com")
    assert again is not None
    assert (again.checked_at, again.checks) == (when, checks)
    save_report(store, CheckReport("example.com", when.replace(hour=13), checks[:1]))
    latest = last_report(store, "example.com")
    assert latest is not None and len(latest.checks) == 1
    assert last_report(store, "other.example") is None


def test_readiness_tls_needs_a_connection() -> None:
    from envoi.dnscheck.readiness import readiness
    from envoi.dnscheck.results import CheckResult

    request = CheckRequest("example.com")
    no_server = [
        CheckResult("smtp-connect", "smtp", "fail", "refused"),
        CheckResult("smtp-tls-rpt", "smtp", "pass", "TLS-RPT is published"),
    ]
    rows = {r.id: r.status for r in readiness(no_server, request)}
    assert rows["readiness-tls"] == "fail"
    ok = [
        CheckResult("smtp-connect", "smtp", "pass", ""),
        CheckResult("smtp-tls", "smtp", "pass", ""),
    ]
    assert {r.id: r.status for r in readiness(ok, request)}["readiness-tls"] == "pass"
