"""SPF checks: one record, syntax, limits over the whole tree, `all`, `ptr`, size, and a
real evaluation of the SMTP server's addresses with pyspf (the maintained evaluator)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import spf as pyspf

from envoi.dnscheck.resolver import DnsError, Resolver
from envoi.dnscheck.results import CheckRequest, CheckResult, Status, could_not_check, passed
from envoi.dnscheck.spf_walk import MAX_LOOKUPS, MAX_VOID, parse_spf, spf_records, walk
from envoi.errors import Text


@dataclass(frozen=True, slots=True)
class Provider:
    label: str
    include: str
    smtp_suffixes: tuple[str, ...]


# The include each provider documents for its customers' SPF records. Keys are preset names.
PROVIDERS: dict[str, Provider] = {
    "gmail": Provider("Google Workspace / Gmail", "_spf.google.com", ("smtp.gmail.com",)),
    "microsoft365": Provider(
        "Microsoft 365", "spf.protection.outlook.com", ("smtp.office365.com", ".outlook.com")
    ),
    "ovh": Provider("OVHcloud", "mx.ovh.com", (".ovh.net",)),
    "ses": Provider("Amazon SES", "amazonses.com", (".amazonaws.com",)),
    "brevo": Provider("Brevo", "spf.brevo.com", ("smtp-relay.brevo.com", ".sendinblue.com")),
    "mailjet": Provider("Mailjet", "spf.mailjet.com", (".mailjet.com",)),
    "gandi": Provider("Gandi", "_mailcust.gandi.net", ("mail.gandi.net",)),
    "ionos": Provider("IONOS", "_spf.perfora.net", (".ionos.com", ".ionos.fr", ".ionos.de")),
}


def provider_for(request: CheckRequest) -> Provider | None:
    if request.provider:
        return PROVIDERS.get(request.provider.lower())
    if request.smtp is None:
        return None
    host = request.smtp.host
    for provider in PROVIDERS.values():
        if any(
            host == s or (s.startswith(".") and host.endswith(s)) for s in provider.smtp_suffixes
        ):
            return provider
    return None


def suggested_record(request: CheckRequest, smtp_ips: tuple[str, ...]) -> str:
    provider = provider_for(request)
    terms = ["v=spf1", "mx"]
    if provider:
        terms.append(f"include:{provider.include}")
    else:
        terms.extend(f"ip{'6' if ':' in ip else '4'}:{ip}" for ip in smtp_ips)
    return " ".join([*terms, "~all"])


async def check_spf(
    resolver: Resolver, request: CheckRequest, smtp_ips: tuple[str, ...], timeout: float
) -> list[CheckResult]:
    domain = request.envelope_domain
    try:
        answer = await resolver.query(domain, "TXT")
    except DnsError as exc:
        return [
            could_not_check(
                "spf-record",
                "spf",
                Text("the SPF record of {domain}", domain=domain),
                exc.user_message,
            )
        ]
    records = spf_records(answer)
    if not records:
        return [
            CheckResult(
                "spf-record",
                "spf",
                "fail",
                Text(
                    "{domain} has no SPF record: receivers can't tell which servers may send for "
                    "it.",
                    domain=domain,
                ),
                Text("Publish this TXT record at {domain}.", domain=domain),
                suggested_record(request, smtp_ips),
            )
        ]
    if len(records) > 1:
        return [
            CheckResult(
                "spf-record",
                "spf",
                "fail",
                Text(
                    "{domain} has {count} SPF records; receivers then ignore SPF (permerror).",
                    domain=domain,
                    count=len(records),
                ),
                Text("Merge them into one TXT record starting with v=spf1 and delete the others."),
                _merge(records),
            )
        ]
    record = records[0]
    results = [
        passed("spf-record", "spf", Text("{domain} has one SPF record.", domain=domain), record)
    ]
    results.extend(_record_checks(request, record))
    tree_results, evaluation = await asyncio.gather(
        _tree_checks(resolver, domain, record),
        _evaluate_smtp(resolver, request, smtp_ips, timeout),
    )
    results.extend(tree_results)
    results.extend(evaluation)
    return results


def _merge(records: list[str]) -> str:
    terms: list[str] = []
    alls: list[str] = []
    for record in records:
        for term in record.split()[1:]:
            if term.lower().lstrip("+-~?") == "all":
                alls.append(term)
            elif term not in terms:
                terms.append(term)
    return " ".join(["v=spf1", *terms, alls[0] if alls else "~all"])


def _record_checks(request: CheckRequest, record: str) -> list[CheckResult]:
    parsed = parse_spf(record)
    out: list[CheckResult] = []
    if parsed.errors:
        out.append(
            CheckResult(
                "spf-syntax",
                "spf",
                "fail",
                "The SPF record has errors: " + "; ".join(parsed.errors) + ".",
                Text("Correct the record; receivers treat it as broken (permerror)."),
                record,
            )
        )
    else:
        out.append(passed("spf-syntax", "spf", Text("The SPF record's syntax is valid."), record))
    all_terms = parsed.mechanisms("all")
    qualifier = all_terms[-1].qualifier if all_terms else None
    if qualifier == "+":
        out.append(
            CheckResult(
                "spf-all",
                "spf",
                "fail",
                Text("The SPF record ends with +all: every server in the world may send as you."),
                Text("End the record with ~all (or -all once all your senders are listed)."),
                record,
            )
        )
    elif qualifier == "?":
        out.append(
            CheckResult(
                "spf-all",
                "spf",
                "warn",
                Text("The SPF record ends with ?all (neutral): it protects nothing."),
                Text("End the record with ~all or -all."),
                record,
            )
        )
    elif qualifier is None and parsed.modifier("redirect") is None:
        out.append(
            CheckResult(
                "spf-all",
                "spf",
                "warn",
                Text("The SPF record has no 'all' term, so other servers get a neutral result."),
                Text("End the record with ~all or -all."),
                record,
            )
        )
    else:
        out.append(passed("spf-all", "spf", Text("The SPF record ends with a strict 'all' term.")))
    if parsed.mechanisms("ptr"):
        out.append(
            CheckResult(
                "spf-ptr",
                "spf",
                "warn",
                Text(
                    "The SPF record uses 'ptr', which RFC 7208 deprecates; many receivers skip it."
                ),
                Text("Replace ptr with ip4:/ip6: or a: terms."),
                record,
            )
        )
    size = len(record.encode())
    if size > 450:
        out.append(
            CheckResult(
                "spf-size",
                "spf",
                "warn",
                Text(
                    "The SPF record is {size} bytes; answers over 512 bytes may be dropped over "
                    "UDP.",
                    size=size,
                ),
                Text("Shorten it: merge ip4 ranges or use fewer includes."),
                record,
            )
        )
    else:
        out.append(passed("spf-size", "spf", Text("The SPF record is {size} bytes.", size=size)))
    provider = provider_for(request)
    if provider and f"include:{provider.include}" not in record.lower():
        out.append(
            CheckResult(
                "spf-provider",
                "spf",
                "warn",
                Text(
                    "The SPF record does not include {label}'s servers ({include}).",
                    label=provider.label,
                    include=provider.include,
                ),
                Text("Add include:{include} before the 'all' term.", include=provider.include),
                record.replace(" ", f" include:{provider.include} ", 1),
            )
        )
    return out


async def _tree_checks(resolver: Resolver, domain: str, record: str) -> list[CheckResult]:
    tree = await walk(resolver, domain, record)
    out: list[CheckResult] = []
    if tree.dns_errors:
        out.append(
            could_not_check("spf-lookups", "spf", Text("every SPF include"), tree.dns_errors[0])
        )
    elif tree.lookups > MAX_LOOKUPS:
        out.append(
            CheckResult(
                "spf-lookups",
                "spf",
                "fail",
                Text(
                    "The SPF record needs {lookups} DNS lookups over all its includes; the limit "
                    "is {MAX_LOOKUPS}, so some receivers answer permerror.",
                    lookups=tree.lookups,
                    MAX_LOOKUPS=MAX_LOOKUPS,
                ),
                Text("Remove includes you no longer use, or replace some by ip4:/ip6: ranges."),
                record,
            )
        )
    else:
        note = (
            Text(" ({count} terms with macros not followed)", count=len(tree.uncertain))
            if tree.uncertain
            else ""
        )
        out.append(
            passed(
                "spf-lookups",
                "spf",
                Text(
                    "The SPF record needs {lookups} of at most {MAX_LOOKUPS} DNS lookups{note}.",
                    lookups=tree.lookups,
                    MAX_LOOKUPS=MAX_LOOKUPS,
                    note=note,
                ),
            )
        )
    if tree.void > MAX_VOID:
        out.append(
            CheckResult(
                "spf-void",
                "spf",
                "fail",
                Text(
                    "{void} SPF lookups find nothing (limit {MAX_VOID}): a permerror.",
                    void=tree.void,
                    MAX_VOID=MAX_VOID,
                ),
                Text("Remove the terms that point to names without records."),
                record,
            )
        )
    elif tree.void:
        out.append(
            CheckResult(
                "spf-void",
                "spf",
                "warn",
                Text(
                    "{void} SPF lookup(s) find nothing (limit {MAX_VOID}).",
                    void=tree.void,
                    MAX_VOID=MAX_VOID,
                ),
                Text("Remove the terms that point to names without records."),
                record,
            )
        )
    else:
        out.append(passed("spf-void", "spf", Text("No SPF lookup comes back empty.")))
    if tree.problems:
        out.append(
            CheckResult(
                "spf-includes",
                "spf",
                "fail",
                "Problems in the SPF tree: " + "; ".join(tree.problems[:5]) + ".",
                Text("Fix or remove the includes named."),
                record,
            )
        )
    return out


async def _evaluate_smtp(
    resolver: Resolver, request: CheckRequest, smtp_ips: tuple[str, ...], timeout: float
) -> list[CheckResult]:
    if request.smtp is None or not smtp_ips:
        return []
    sender = f"postmaster@{request.envelope_domain}"
    outcomes = await asyncio.gather(
        *(evaluate(resolver, ip, sender, request.smtp.host, timeout) for ip in smtp_ips)
    )
    caveat = (
        " (This tests the submission server; a provider may relay from other addresses that "
        "its include covers.)"
    )
    worst = max(outcomes, key=lambda o: _RANK[o[0]])
    result, explanation = worst
    ip = smtp_ips[outcomes.index(worst)]
    host = request.smtp.host
    if result == "pass":
        return [
            passed("spf-smtp", "spf", f"SPF passes for {host} ({', '.join(smtp_ips)})." + caveat)
        ]
    if result == "temperror":
        return [could_not_check("spf-smtp", "spf", Text("SPF for {ip}", ip=ip), explanation)]
    status: Status = "fail" if result in ("fail", "permerror") else "warn"
    return [
        CheckResult(
            "spf-smtp",
            "spf",
            status,
            f"SPF gives '{result}' for {host} ({ip}): {explanation}." + caveat,
            Text(
                "Authorise the server in the SPF record, e.g. with ip{value}:{ip} or your "
                "provider's include.",
                value="6" if ":" in ip else "4",
                ip=ip,
            ),
            suggested_record(request, smtp_ips),
        )
    ]


_RANK = {
    "pass": 0,
    "none": 1,
    "neutral": 2,
    "softfail": 3,
    "temperror": 4,
    "fail": 5,
    "permerror": 6,
}

# pyspf looks DNS up through its module-level DNSLookup. Each evaluation runs in a worker
# thread; this dispatcher sends that thread's lookups to the injected Resolver and leaves
# any other pyspf user in the process on the stock dnspython lookup.
_local = threading.local()
_stock_lookup: Callable[..., Any] = pyspf.DNSLookup


def _dispatch(name: str, qtype: str, strict: Any = True, timeout: float = 20) -> Any:
    lookup = getattr(_local, "lookup", None)
    if lookup is None:
        return _stock_lookup(name, qtype, strict, timeout)
    return lookup(name, qtype)


pyspf.DNSLookup = _dispatch


def _bridge(resolver: Resolver, loop: asyncio.AbstractEventLoop, timeout: float) -> Any:
    def lookup(name: str, qtype: str) -> list[tuple[tuple[str, str], Any]]:
        if qtype not in ("A", "AAAA", "MX", "PTR", "TXT"):
            return []  # type 99 (SPF) is obsolete (RFC 7208 3.1)
        future = asyncio.run_coroutine_threadsafe(resolver.query(name, qtype), loop)
        try:
            answer = future.result(timeout * 2 + 1)
        except DnsError as exc:
            raise pyspf.TempError(f"DNS {exc.user_message}") from exc
        except TimeoutError as exc:
            future.cancel()
            raise pyspf.TempError(f"DNS timeout for {name}") from exc
        key = (name, qtype)
        if qtype == "TXT":
            return [(key, list(strings)) for strings in answer.txt]
        if qtype == "MX":
            return [(key, (int(p), x)) for p, x in (r.split(" ", 1) for r in answer.records)]
        return [(key, r) for r in answer.records]

    return lookup


async def evaluate(
    resolver: Resolver,
    ip: str,
    mail_from: str,
    helo: str,
    timeout: float = 5.0,
    default_explanation: str | None = None,
) -> tuple[str, str]:
    """(result, explanation) of a real SPF evaluation (pyspf) through ``resolver``."""
    loop = asyncio.get_running_loop()
    lookup = _bridge(resolver, loop, timeout)

    def run() -> tuple[str, str]:
        _local.lookup = lookup
        try:
            query = pyspf.query(i=ip, s=mail_from, h=helo, timeout=timeout, querytime=0)
            if default_explanation is not None:
                query.set_default_explanation(default_explanation)
            result, _code, explanation = query.check()
            return str(result), str(explanation)
        finally:
            _local.lookup = None

    return await loop.run_in_executor(None, run)
