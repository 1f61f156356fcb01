"""Domain and MX checks: the From (and Reply-To) domain exists and can receive mail."""

from __future__ import annotations

import asyncio

from envoi.dnscheck.resolver import DnsError, Resolver, addresses
from envoi.dnscheck.results import CheckRequest, CheckResult, could_not_check, passed
from envoi.errors import Text


async def check_mx(resolver: Resolver, request: CheckRequest) -> list[CheckResult]:
    jobs = [_domain_mx(resolver, "mx-from", request.domain.lower(), "From")]
    if request.reply_to_domain and request.reply_to_domain.lower() != request.domain.lower():
        jobs.append(
            _domain_mx(resolver, "mx-reply-to", request.reply_to_domain.lower(), "Reply-To")
        )
    return list(await asyncio.gather(*jobs))


async def _domain_mx(resolver: Resolver, id: str, domain: str, role: str) -> CheckResult:
    try:
        answer = await resolver.query(domain, "MX")
        if answer.status == "nxdomain":
            return CheckResult(
                id,
                "mx",
                "fail",
                Text("The {role} domain {domain} does not exist in DNS.", role=role, domain=domain),
                Text("Check the spelling of {domain}, or register it.", domain=domain),
            )
        mx = sorted((int(p), host) for p, host in (r.split(" ", 1) for r in answer.records))
        if any(host in (".", "") for _, host in mx):
            return CheckResult(
                id,
                "mx",
                "fail",
                Text(
                    "The {role} domain {domain} publishes a null MX: it accepts no mail, so "
                    "replies and bounces are lost and receivers may refuse your messages.",
                    role=role,
                    domain=domain,
                ),
                Text(
                    "Publish the MX of the mailbox provider that receives mail for {domain}.",
                    domain=domain,
                ),
            )
        if not mx:
            implicit = await addresses(resolver, domain)
            if implicit:
                return CheckResult(
                    id,
                    "mx",
                    "warn",
                    Text(
                        "The {role} domain {domain} has no MX record; mail to it goes to its web "
                        "address, which rarely accepts mail.",
                        role=role,
                        domain=domain,
                    ),
                    Text("Publish an MX record for {domain}.", domain=domain),
                )
            return CheckResult(
                id,
                "mx",
                "fail",
                Text(
                    "The {role} domain {domain} has no MX record and no address: replies bounce.",
                    role=role,
                    domain=domain,
                ),
                Text("Publish an MX record for {domain}.", domain=domain),
            )
        first = mx[0][1]
        if not await addresses(resolver, first):
            return CheckResult(
                id,
                "mx",
                "warn",
                Text(
                    "The {role} domain's first mail server {first} has no address.",
                    role=role,
                    first=first,
                ),
                Text("Correct the MX record to name a server that exists."),
            )
    except DnsError as exc:
        return could_not_check(
            id, "mx", Text("the MX of {domain}", domain=domain), exc.user_message
        )
    hosts = ", ".join(h for _, h in mx[:3])
    return passed(
        id,
        "mx",
        Text(
            "The {role} domain {domain} receives mail ({hosts}).",
            role=role,
            domain=domain,
            hosts=hosts,
        ),
    )
