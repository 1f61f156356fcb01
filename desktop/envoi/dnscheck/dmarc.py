"""DMARC checks: the record at _dmarc, its parse (RFC 9989, noting receivers still on
RFC 7489), policy, reports, and alignment of the From domain with DKIM d= and the SPF
domain through the organisational domain (the Public Suffix List shipped offline)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from publicsuffixlist import PublicSuffixList

from envoi.dnscheck.dkim_check import parse_tags
from envoi.dnscheck.resolver import DnsError, Resolver
from envoi.dnscheck.results import CheckRequest, CheckResult, could_not_check, passed
from envoi.errors import Text

Verdict = Literal["ok", "warn", "error"]
_POLICIES = ("none", "quarantine", "reject")
# Removed by RFC 9989; receivers on RFC 7489 still read them.
_REMOVED = ("pct", "rf", "ri")


@functools.cache
def _psl() -> PublicSuffixList:
    # The list ships inside the publicsuffixlist wheel: no download at run time.
    return PublicSuffixList()


def organizational_domain(name: str | None) -> str | None:
    """RFC 7489 3.2: the registrable domain under the PSL (ICANN and private sections)."""
    if not name or name.startswith(".") or ".." in name:
        return None
    result = _psl().privatesuffix(name.rstrip(".").lower())
    return str(result) if result else None


def aligned(from_domain: str, auth_domain: str, mode: str) -> bool:
    """Identifier alignment; stray leading/trailing dots are tolerated as receivers do."""
    a, b = from_domain.strip(".").lower(), auth_domain.strip(".").lower()
    if not a or not b:
        return False
    if mode == "s":
        return a == b
    org = organizational_domain(a)
    return org is not None and org == organizational_domain(b)


@dataclass(frozen=True, slots=True)
class DmarcRecord:
    tags: dict[str, str]
    verdict: Verdict
    problems: tuple[str, ...]

    @property
    def policy(self) -> str:
        return self.tags.get("p", "none")

    def mode(self, tag: str) -> str:
        return "s" if self.tags.get(tag) == "s" else "r"


def parse_dmarc(text: str) -> DmarcRecord:
    """Our verdict: 'error' = receivers ignore or misread it; 'warn' = works, could be better."""
    if not text.strip():
        return DmarcRecord({}, "error", ("the record is empty",))
    raw, errors = parse_tags(text)
    first = next(iter(raw), "")
    if errors or first.lower() != "v" or raw[first] != "DMARC1":
        problems = [*errors] or ["the record must start with v=DMARC1 (exactly, in capitals)"]
        return DmarcRecord({}, "error", tuple(problems))
    tags = {k.lower(): (v if k.lower() == "v" else v.lower()) for k, v in raw.items()}
    err: list[str] = []
    warn: list[str] = []
    if "p" not in tags:
        warn.append(
            "no p= policy: RFC 9989 reads it as p=none, but receivers on RFC 7489 ignore the record"
        )
    elif tags["p"] not in _POLICIES:
        err.append(f"p={tags['p']} is not none, quarantine or reject")
    for tag in ("sp", "np"):
        if tag in tags and tags[tag] not in _POLICIES:
            err.append(f"{tag}={tags[tag]} is not none, quarantine or reject")
    for tag in ("adkim", "aspf"):
        if tag in tags and tags[tag] not in ("r", "s"):
            err.append(f"{tag}={tags[tag]} must be r (relaxed) or s (strict)")
    if "t" in tags and tags["t"] not in ("y", "n"):
        warn.append(f"t={tags['t']} must be y or n")
    for tag in ("rua", "ruf"):
        for uri in filter(None, tags.get(tag, "").split(",")):
            if not uri.startswith("mailto:"):
                warn.append(f"{tag} address '{uri}' is not a mailto: address")
    for tag in _REMOVED:
        if tag in tags and not (tag == "pct" and tags[tag] == "100"):
            warn.append(f"{tag}= was removed by RFC 9989 (RFC 7489 receivers still apply it)")
    verdict: Verdict = "error" if err else "warn" if warn else "ok"
    return DmarcRecord(tags, verdict, tuple(err + warn))


def starter_record(domain: str) -> str:
    org = organizational_domain(domain) or domain
    return f"v=DMARC1; p=none; rua=mailto:dmarc-reports@{org}"


async def _lookup(resolver: Resolver, domain: str) -> tuple[str, list[str]]:
    """The DMARC records for ``domain``: its own, else its organisational domain's."""
    answer = await resolver.query(f"_dmarc.{domain}", "TXT")
    found = [r for r in answer.records if r.strip().lower().startswith("v=dmarc1")]
    org = organizational_domain(domain)
    if not found and org and org != domain:
        answer = await resolver.query(f"_dmarc.{org}", "TXT")
        return org, [r for r in answer.records if r.strip().lower().startswith("v=dmarc1")]
    return domain, found


async def check_dmarc(resolver: Resolver, request: CheckRequest) -> list[CheckResult]:
    domain = request.domain.lower()
    try:
        owner, found = await _lookup(resolver, domain)
    except DnsError as exc:
        return [
            could_not_check("dmarc-record", "dmarc", Text("the DMARC record"), exc.user_message)
        ]
    if not found:
        return [
            CheckResult(
                "dmarc-record",
                "dmarc",
                "fail",
                Text(
                    "{domain} has no DMARC record; Gmail and Yahoo require one from bulk senders.",
                    domain=domain,
                ),
                Text(
                    "Publish this TXT record at _dmarc.{value} (p=none only asks for reports; "
                    "tighten it later).",
                    value=organizational_domain(domain) or domain,
                ),
                starter_record(domain),
            )
        ]
    if len(found) > 1:
        return [
            CheckResult(
                "dmarc-record",
                "dmarc",
                "fail",
                Text(
                    "_dmarc.{owner} has {count} DMARC records; receivers then ignore them all.",
                    owner=owner,
                    count=len(found),
                ),
                Text("Keep one record and delete the others."),
                found[0],
            )
        ]
    text = found[0]
    record = parse_dmarc(text)
    where = f"_dmarc.{owner}"
    if record.verdict == "error":
        return [
            CheckResult(
                "dmarc-record",
                "dmarc",
                "fail",
                Text(
                    "The DMARC record at {where} is invalid: {items}.",
                    where=where,
                    items="; ".join(record.problems),
                ),
                Text("Replace it with a valid record."),
                starter_record(domain),
            )
        ]
    out = [
        passed(
            "dmarc-record",
            "dmarc",
            Text("The DMARC record at {where} is valid.", where=where),
            text,
        )
    ]
    if record.verdict == "warn":
        out.append(
            CheckResult(
                "dmarc-syntax",
                "dmarc",
                "warn",
                Text(
                    "The DMARC record could be better: {items}.", items="; ".join(record.problems)
                ),
                Text("Adjust the record as noted."),
                text,
            )
        )
    out.append(_policy(record, owner, domain, text))
    if not record.tags.get("rua"):
        out.append(
            CheckResult(
                "dmarc-rua",
                "dmarc",
                "warn",
                Text(
                    "The DMARC record asks for no aggregate reports (rua), so you will not see "
                    "who sends as your domain."
                ),
                Text("Add rua=mailto:an address you read."),
                f"{text.rstrip().rstrip(';')}; rua=mailto:dmarc-reports@{owner}",
            )
        )
    else:
        out.append(
            passed(
                "dmarc-rua",
                "dmarc",
                Text("Aggregate reports go to {tags}.", tags=record.tags["rua"]),
            )
        )
    out.append(_alignment(record, request))
    return out


def _policy(record: DmarcRecord, owner: str, domain: str, text: str) -> CheckResult:
    policy = record.tags.get("sp", record.policy) if owner != domain else record.policy
    sp = Text(", subdomains: {sp}", sp=record.tags["sp"]) if "sp" in record.tags else ""
    if record.tags.get("t") == "y":
        return CheckResult(
            "dmarc-policy",
            "dmarc",
            "warn",
            Text(
                "The DMARC policy is {policy}{sp} but t=y (testing) asks receivers to apply one "
                "level less.",
                policy=policy,
                sp=sp,
            ),
            Text("Remove t=y once reports look right."),
            text,
        )
    if policy == "none":
        return CheckResult(
            "dmarc-policy",
            "dmarc",
            "warn",
            Text(
                "The DMARC policy is none{sp}: enough for Gmail and Yahoo, but it does not "
                "protect your domain from spoofing.",
                sp=sp,
            ),
            Text("Once the reports show only your own senders, move to p=quarantine, then reject."),
            text.replace("p=none", "p=quarantine", 1),
        )
    return passed(
        "dmarc-policy", "dmarc", Text("The DMARC policy is {policy}{sp}.", policy=policy, sp=sp)
    )


def _alignment(record: DmarcRecord, request: CheckRequest) -> CheckResult:
    domain = request.domain.lower()
    dkim_ok = aligned(domain, request.signing_domain, record.mode("adkim"))
    spf_ok = aligned(domain, request.envelope_domain, record.mode("aspf"))
    detail = (
        f"DKIM d={request.signing_domain} ({'aligned' if dkim_ok else 'not aligned'}, "
        f"adkim={record.mode('adkim')}), SPF {request.envelope_domain} "
        f"({'aligned' if spf_ok else 'not aligned'}, aspf={record.mode('aspf')})"
    )
    if dkim_ok and spf_ok:
        return passed(
            "dmarc-alignment",
            "dmarc",
            Text("From {domain} aligns with {detail}.", domain=domain, detail=detail),
        )
    if dkim_ok or spf_ok:
        return CheckResult(
            "dmarc-alignment",
            "dmarc",
            "warn",
            Text(
                "From {domain} aligns only one way: {detail}. DMARC passes while that one passes; "
                "a forwarder can break it.",
                domain=domain,
                detail=detail,
            ),
            Text("Sign with d= your From domain and use a Return-Path under it."),
        )
    return CheckResult(
        "dmarc-alignment",
        "dmarc",
        "fail",
        Text(
            "From {domain} does not align: {detail}. DMARC fails even when SPF and DKIM pass.",
            domain=domain,
            detail=detail,
        ),
        Text("Sign with DKIM d= your From domain (or relax adkim/aspf to r)."),
    )
