"""Reverse DNS: each SMTP server address has a PTR whose name resolves back to it
(forward-confirmed reverse DNS, which Gmail, Yahoo and Microsoft require)."""

from __future__ import annotations

import asyncio
import ipaddress

from envoi.dnscheck.resolver import DnsError, Resolver, addresses, reverse_name
from envoi.dnscheck.results import CheckResult, could_not_check, passed
from envoi.errors import Text


async def check_ptr(resolver: Resolver, host: str, ips: tuple[str, ...]) -> list[CheckResult]:
    return list(await asyncio.gather(*(_one(resolver, host, ip) for ip in ips)))


async def _one(resolver: Resolver, host: str, ip: str) -> CheckResult:
    id = f"ptr-{ip}"
    try:
        answer = await resolver.query(reverse_name(ip), "PTR")
        names = answer.records
        if not names:
            return CheckResult(
                id,
                "ptr",
                "fail",
                Text(
                    "The SMTP server address {ip} has no reverse DNS (PTR) name; large mailbox "
                    "providers refuse or junk mail from such addresses.",
                    ip=ip,
                ),
                Text(
                    "Ask the owner of {ip} (your host or ISP) to set its PTR to {host}.",
                    ip=ip,
                    host=host,
                ),
                f"{reverse_name(ip)}. PTR {host}.",
            )
        forward = await asyncio.gather(*(addresses(resolver, n) for n in names))
    except DnsError as exc:
        return could_not_check(id, "ptr", Text("the reverse DNS of {ip}", ip=ip), exc.user_message)
    wanted = ipaddress.ip_address(ip)
    for name, ips in zip(names, forward, strict=True):
        if any(ipaddress.ip_address(a) == wanted for a in ips):
            return passed(
                id,
                "ptr",
                Text("{ip} has reverse DNS {name}, which resolves back to it.", ip=ip, name=name),
            )
    return CheckResult(
        id,
        "ptr",
        "fail",
        Text(
            "{ip} has reverse DNS {items}, but that name does not resolve back to {ip}.",
            ip=ip,
            items=", ".join(names),
        ),
        Text(
            "Give {names} an address record {ip}, or set the PTR to a name that has it.",
            names=names[0],
            ip=ip,
        ),
        f"{names[0]}. A {ip}" if wanted.version == 4 else f"{names[0]}. AAAA {ip}",
    )
