"""Run every sender check concurrently, with deadlines, and keep the report with its date.

Each group runs as its own task over one shared ``CachingResolver``; a group that outlives
its deadline becomes "could not check" instead of holding the others, so a dead resolver
costs one per-query timeout, never a hang.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from envoi.dnscheck.blocklists import DOMAIN_LISTS, IP_LISTS, check_blocklists
from envoi.dnscheck.dkim_check import check_dkim
from envoi.dnscheck.dmarc import check_dmarc
from envoi.dnscheck.mx import check_mx
from envoi.dnscheck.ptr import check_ptr
from envoi.dnscheck.readiness import check_freemail, readiness
from envoi.dnscheck.resolver import (
    WELL_KNOWN_NAMES,
    CachingResolver,
    DnsError,
    Resolver,
    ResolverHealth,
    ResolverSettings,
    addresses,
    probe_resolver,
)
from envoi.dnscheck.results import GROUPS, CheckRequest, CheckResult, Group, could_not_check
from envoi.dnscheck.smtp_tls import check_policies, check_smtp
from envoi.dnscheck.spf import check_spf
from envoi.errors import Text, text_from_json, text_to_json
from envoi.store.engine import Store
from envoi.store.settings import Settings

SETTINGS_PREFIX = "dnscheck:"
RESOLVER_SETTING = "dns.resolver"  # {"nameserver": "IP[:PORT]"}


@dataclass(frozen=True, slots=True)
class CheckReport:
    domain: str
    checked_at: datetime
    checks: tuple[CheckResult, ...]
    elapsed: float = 0.0
    queries: int = 0

    def as_json(self) -> dict[str, Any]:
        """The report's JSON: {"domain", "checks": [...]}."""
        return {"domain": self.domain, "checks": [c.as_json() for c in self.checks]}

    def attention(self) -> tuple[CheckResult, ...]:
        """What preflight repeats: each failed check, and a resolver that could not be
        trusted (then nothing else was judged)."""
        return tuple(c for c in self.checks if c.status == "fail" or c.group == "resolver")

    def counts(self) -> dict[str, int]:
        out = {"pass": 0, "warn": 0, "fail": 0, "error": 0}
        for check in self.checks:
            out[check.status] += 1
        return out


async def run_checks(
    request: CheckRequest,
    resolver: Resolver,
    *,
    timeout: float = 3.0,
    probe: tuple[str, ...] = WELL_KNOWN_NAMES,
) -> CheckReport:
    """All checks of ``request``; ``timeout`` is the per-query DNS and SMTP timeout.

    ``probe``: names that must exist, asked at the same time as the checks; when the
    resolver says none of them exists, the report holds only that finding (red results
    from a lying resolver would send the user fixing records that are fine). Tests whose
    zones do not hold these names pass ``()``.
    """
    started = time.perf_counter()
    cache = CachingResolver(resolver)
    # A group may chain a few queries (SPF include depth, PTR then A); a dead server
    # fails the first one, so this bound only matters for a server that answers slowly.
    deadline = timeout * 4 + 2
    health = asyncio.ensure_future(_probe(cache, probe, deadline))
    smtp = request.smtp
    ips_task: asyncio.Future[tuple[str, ...]] = asyncio.ensure_future(_smtp_ips(cache, request))

    async def ips() -> tuple[str, ...]:
        try:
            return await ips_task
        except DnsError:
            return ()

    async def spf() -> list[CheckResult]:
        # The record needs no SMTP address: ask for it while the SMTP host resolves.
        cache.prefetch(request.envelope_domain, "TXT")
        return await check_spf(cache, request, await ips(), timeout)

    async def ptr() -> list[CheckResult]:
        return await check_ptr(cache, smtp.host, await ips()) if smtp else []

    async def blocklist() -> list[CheckResult]:
        ip_lists = request.ip_blocklists if request.ip_blocklists is not None else IP_LISTS
        domain_lists = (
            request.domain_blocklists if request.domain_blocklists is not None else DOMAIN_LISTS
        )
        # The domain's lists need no address: ask them while the SMTP host resolves.
        by_domain = asyncio.ensure_future(
            check_blocklists(cache, request.domain.lower(), (), (), domain_lists)
        )
        by_ip = await check_blocklists(cache, request.domain.lower(), await ips(), ip_lists, ())
        return by_ip + await by_domain

    async def smtp_checks() -> list[CheckResult]:
        policies = asyncio.ensure_future(check_policies(cache, request.domain.lower()))
        if smtp is None:
            unchecked = CheckResult(
                "smtp-server",
                "smtp",
                "error",
                Text(
                    "No SMTP server was given: its connection, TLS and reverse DNS were not "
                    "checked."
                ),
                Text("Give the SMTP server (host or sending profile) and check again."),
            )
            return [unchecked, *await policies]
        try:
            smtp_ips = await ips_task
        except DnsError as exc:
            policies.cancel()
            return [
                could_not_check(
                    "smtp-connect",
                    "smtp",
                    Text("the address of {host}", host=smtp.host),
                    exc.user_message,
                )
            ]
        return await check_smtp(cache, smtp, smtp_ips, timeout) + await policies

    groups: list[tuple[Group, Callable[[], Awaitable[list[CheckResult]]]]] = [
        ("spf", spf),
        ("dkim", lambda: check_dkim(cache, request)),
        ("dmarc", lambda: check_dmarc(cache, request)),
        ("mx", lambda: check_mx(cache, request)),
        ("ptr", ptr),
        ("blocklist", blocklist),
        ("smtp", smtp_checks),
    ]
    found = await asyncio.gather(*(_bounded(group, make(), deadline) for group, make in groups))
    results = [r for part in found for r in part]
    verdict = await health
    if verdict.lying:
        results = [_resolver_lies(request.domain.lower(), verdict)]
    else:
        results.extend(readiness(results, request))
    results.extend(check_freemail(request))
    order = {g: i for i, g in enumerate(GROUPS)}
    results.sort(key=lambda r: order[r.group])
    return CheckReport(
        request.domain.lower(),
        datetime.now(UTC),
        tuple(results),
        time.perf_counter() - started,
        cache.queries,
    )


async def _probe(resolver: Resolver, names: tuple[str, ...], deadline: float) -> ResolverHealth:
    if not names:
        return ResolverHealth()
    try:
        return await asyncio.wait_for(probe_resolver(resolver, names), deadline)
    except TimeoutError:
        return ResolverHealth(unanswered=names)


def _resolver_lies(domain: str, health: ResolverHealth) -> CheckResult:
    return CheckResult(
        "resolver",
        "resolver",
        "error",
        Text(
            "Your network's DNS resolver is not answering correctly: it says that {names} do not "
            "exist, so what it says about {domain} cannot be trusted. Nothing was judged.",
            names=", ".join(health.denied),
            domain=domain,
        ),
        Text(
            "Choose another DNS server (for example 1.1.1.1 or 9.9.9.9) in the Sender check, or "
            "run: envoi dns check DOMAIN --nameserver 1.1.1.1"
        ),
    )


async def _smtp_ips(resolver: Resolver, request: CheckRequest) -> tuple[str, ...]:
    return await addresses(resolver, request.smtp.host) if request.smtp else ()


async def _bounded(
    group: Group, work: Awaitable[list[CheckResult]], deadline: float
) -> list[CheckResult]:
    try:
        return await asyncio.wait_for(work, deadline)
    except TimeoutError:
        return [
            could_not_check(
                f"{group}-timeout",
                group,
                Text("the {group} checks", group=group),
                "no answer in time",
            )
        ]


def domain_key(domain: str) -> str:
    """The one spelling a domain is saved and looked up under: lower case, no final dot,
    A-labels (so ``Bücher.example``, ``bücher.example.`` and ``xn--bcher-kva.example``
    find the same report)."""
    domain = domain.strip().rstrip(".").lower()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def check_and_save(
    store: Store,
    request: CheckRequest,
    resolver: Resolver,
    *,
    timeout: float = 3.0,
    probe: tuple[str, ...] = WELL_KNOWN_NAMES,
) -> CheckReport:
    """The one road of a sender check, from the window, the command line or anywhere:
    run it (on its own short event loop: call from a worker thread or a command), save it,
    return it. Preflight reads what this saved through ``sender_check_of``."""
    report = asyncio.run(run_checks(request, resolver, timeout=timeout, probe=probe))
    save_report(store, report)
    return report


def save_report(store: Store, report: CheckReport) -> None:
    """Keep the latest report per domain in the settings table, with its date."""
    value = {**report.as_json(), "checked_at": report.checked_at.isoformat()}
    # The messages as Text data too, so that preflight shows them in the window's language.
    value["texts"] = [
        {"message": text_to_json(c.message), "fix": text_to_json(c.fix)} for c in report.checks
    ]
    Settings(store).put(SETTINGS_PREFIX + domain_key(report.domain), value)


def resolver_settings(store: Store, nameserver: str | None, timeout: float) -> ResolverSettings:
    """The command line wins; else the ``dns.resolver`` setting; else the system's resolver."""
    if nameserver is None:
        nameserver = saved_nameserver(store)
    return ResolverSettings.parse(nameserver, timeout)


def saved_nameserver(store: Store) -> str | None:
    saved = Settings(store).get_dict(RESOLVER_SETTING)
    value = saved.get("nameserver")
    return str(value) if value else None


def save_nameserver(store: Store, nameserver: str | None) -> None:
    """Remember the DNS server for every check (None = the system's resolver)."""
    if nameserver is not None:
        ResolverSettings.parse(nameserver)  # refuse a bad address before saving it
    Settings(store).put(RESOLVER_SETTING, {"nameserver": nameserver})


def sender_check_of(store: Store, from_email: str) -> CheckReport | None:
    """The last saved check of the domain of ``from_email`` (what preflight shows again)."""
    domain = from_email.rpartition("@")[2]
    return last_report(store, domain) if domain.strip() else None


def last_report(store: Store, domain: str) -> CheckReport | None:
    """The last saved report for ``domain``."""
    value = Settings(store).get_dict(SETTINGS_PREFIX + domain_key(domain))
    if not value:
        return None
    checks = tuple(CheckResult(**c) for c in value["checks"])
    texts = value.get("texts")
    if isinstance(texts, list) and len(texts) == len(checks):  # saved since Text
        checks = tuple(
            replace(c, message=text_from_json(t["message"]), fix=text_from_json(t["fix"]))
            for c, t in zip(checks, texts, strict=True)
        )
    return CheckReport(value["domain"], datetime.fromisoformat(value["checked_at"]), checks)
