"""DNS blocklists: the SMTP server addresses and the domain against common lists.

An answer in 127.255.255.0/24 is a list's way to refuse the question (Spamhaus answers
so to queries through public resolvers and over-quota users): "could not check", never
"listed"; so is 127.0.0.1, which some lists answer to blocked resolvers. "Not listed" is
believed only when the list answers its own test entry (RFC 5782 section 5: 127.0.0.2 for
address lists, TEST for domain lists): a resolver that says "does not exist" to every name,
or a list that stopped answering it, shows "could not check", never "pass".
The list of zones is configurable so that tests point it at their own zone.
"""

from __future__ import annotations

import asyncio
import ipaddress

from envoi.dnscheck.resolver import DnsError, Resolver
from envoi.dnscheck.results import CheckResult, could_not_check, passed
from envoi.errors import Text

IP_LISTS = ("zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org")
DOMAIN_LISTS = ("dbl.spamhaus.org",)
_REFUSED = ipaddress.ip_network("127.255.255.0/24")
_LOOPBACK = ipaddress.ip_network("127.0.0.0/8")
_BLOCKED = ipaddress.ip_address("127.0.0.1")
IP_TEST_ENTRY = "127.0.0.2"
# Domain lists whose test entry is not the RFC's "test".
DOMAIN_TEST_ENTRIES = {"dbl.spamhaus.org": "dbltest.com"}


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


def test_entry(target: str, zone: str) -> str:
    """The entry ``zone`` lists for testing, of the same kind as ``target``."""
    try:
        ipaddress.ip_address(target)
    except ValueError:
        return DOMAIN_TEST_ENTRIES.get(zone, "test")
    return IP_TEST_ENTRY


async def _answers_test_entry(resolver: Resolver, target: str, zone: str) -> bool:
    try:
        answer = await resolver.query(query_name(test_entry(target, zone), zone), "A")
    except DnsError:
        return False
    codes = [ipaddress.ip_address(a) for a in answer.records]
    return any(c in _LOOPBACK and c not in _REFUSED and c != _BLOCKED for c in codes)


async def _one(resolver: Resolver, target: str, zone: str) -> CheckResult:
    id = f"blocklist-{zone}-{target}"
    name = query_name(target, zone)
    try:
        answer = await resolver.query(name, "A")
    except DnsError as exc:
        return could_not_check(
            id, "blocklist", Text("{target} on {zone}", target=target, zone=zone), exc.user_message
        )
    codes = [ipaddress.ip_address(a) for a in answer.records]
    if not codes:
        if not await _answers_test_entry(resolver, target, zone):
            return could_not_check(
                id,
                "blocklist",
                Text("{target} on {zone}", target=target, zone=zone),
                f"the list does not answer its own test entry ({test_entry(target, zone)}), "
                "so its 'not listed' cannot be trusted. Your DNS resolver may be blocked by "
                "the list or may not be answering correctly.",
            )
        return passed(
            id, "blocklist", Text("{target} is not listed on {zone}.", target=target, zone=zone)
        )
    if any(c in _REFUSED or c == _BLOCKED for c in codes):
        return CheckResult(
            id,
            "blocklist",
            "error",
            Text(
                "{zone} refused to answer for {target} ({codes}): not a listing. Lists like "
                "Spamhaus refuse questions that come through public DNS resolvers.",
                zone=zone,
                target=target,
                codes=codes[0],
            ),
            Text(
                "Run the check through your own DNS resolver, or look the address up on the "
                "list's web site."
            ),
        )
    if not all(c in _LOOPBACK for c in codes):
        return CheckResult(
            id,
            "blocklist",
            "error",
            Text(
                "{zone} gave an answer that is not a list code ({codes}); your DNS may rewrite "
                "unknown names.",
                zone=zone,
                codes=codes[0],
            ),
            Text("Use a resolver that does not rewrite answers."),
        )
    reason = ""
    try:
        txt = await resolver.query(name, "TXT")
        reason = Text(" Reason given: {reason}", reason=txt.records[0]) if txt.records else ""
    except DnsError:
        pass  # the reason is a nicety; the listing itself is known
    return CheckResult(
        id,
        "blocklist",
        "fail",
        Text(
            "{target} is listed on {zone} ({items}).{reason}",
            target=target,
            zone=zone,
            items=", ".join(map(str, codes)),
            reason=reason,
        ),
        Text(
            "Find the cause (a compromised account, a bad list) and ask {zone} for delisting on "
            "its web site.",
            zone=zone,
        ),
    )
