"""DNS blocklists: the SMTP server addresses and the domain against common lists.

An answer in 127.255.255.0/24 is a list's way to refuse the question (Spamhaus answers
so to queries through public resolvers and over-quota users): "could not check", never
"listed". The list of zones is configurable so that tests point it at their own zone.
"""

from __future__ import annotations

import asyncio
import ipaddress

from envoi.dnscheck.resolver import DnsError, Resolver
from envoi.dnscheck.results import CheckResult, could_not_check, passed

IP_LISTS = ("zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org")
DOMAIN_LISTS = ("dbl.spamhaus.org",)
_REFUSED = ipaddress.ip_network("127.255.255.0/24")
_LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


def query_name(target: str, zone: str) -> str:
    try:
        ip = ipaddress.ip_address(target)
    except ValueError:
        return f"{target}.{zone}"
    if ip.version == 4:
        return ".".join(reversed(str(ip).split("."))) + f".{zone}"
    return ".".join(reversed(ip.exploded.replace(":", ""))) + f".{zone}"


async def check_blocklists(
    resolver: Resolver,
    domain: str,
    ips: tuple[str, ...],
    ip_lists: tuple[str, ...] = IP_LISTS,
    domain_lists: tuple[str, ...] = DOMAIN_LISTS,
) -> list[CheckResult]:
    jobs = [_one(resolver, ip, zone) for ip in ips for zone in ip_lists]
    jobs += [_one(resolver, domain, zone) for zone in domain_lists]
    return list(await asyncio.gather(*jobs))


async def _one(resolver: Resolver, target: str, zone: str) -> CheckResult:
    id = f"blocklist-{zone}-{target}"
    name = query_name(target, zone)
    try:
        answer = await resolver.query(name, "A")
    except DnsError as exc:
        return could_not_check(id, "blocklist", f"{target} on {zone}", exc.user_message)
    codes = [ipaddress.ip_address(a) for a in answer.records]
    if not codes:
        return passed(id, "blocklist", f"{target} is not listed on {zone}.")
    if any(c in _REFUSED for c in codes):
        return CheckResult(
            id,
            "blocklist",
            "error",
            f"{zone} refused to answer for {target} ({codes[0]}): not a listing. Lists like "
            "Spamhaus refuse questions that come through public DNS resolvers.",
            "Run the check through your own DNS resolver, or look the address up on the "
            "list's web site.",
        )
    if not all(c in _LOOPBACK for c in codes):
        return CheckResult(
            id,
            "blocklist",
            "error",
            f"{zone} gave an answer that is not a list code ({codes[0]}); your DNS may rewrite "
            "unknown names.",
            "Use a resolver that does not rewrite answers.",
        )
    reason = ""
    try:
        txt = await resolver.query(name, "TXT")
        reason = f" Reason given: {txt.records[0]}" if txt.records else ""
    except DnsError:
        pass  # the reason is a nicety; the listing itself is known
    return CheckResult(
        id,
        "blocklist",
        "fail",
        f"{target} is listed on {zone} ({', '.join(map(str, codes))}).{reason}",
        f"Find the cause (a compromised account, a bad list) and ask {zone} for delisting "
        "on its web site.",
    )
