"""Phrases precise enough to decide a reason before the status code and the general rules.

Most are one provider's or one MTA's wording for one kind of failure (Exchange's
RESOLVER.ADR.RecipientNotFound, Gmail's "did not accept our requests to connect"...).
"""

from __future__ import annotations

import re


def _rx(*phrases: str) -> re.Pattern[str]:
    # Patterns are written in lower case and matched against lower-cased text: much faster
    # than re.IGNORECASE, which defeats the engine's literal-prefix search.
    return re.compile("|".join(f"(?:{p})" for p in phrases))


# Phrases precise enough to beat the status code and every other rule.
PRIORITY_RULES: list[tuple[str, re.Pattern[str]]] = [
    # Japanese carriers' content filters answer with an empty address and "User unknown".
    ("filtered", _rx(r"550 ?: ?:? ?user unknown", r"refused due to recipient preferences")),
    # Exchange Online answers "Access denied" for a recipient it does not host.
    (
        "userunknown",
        _rx(
            r"5\.4\.1 .{0,60}recipient address rejected: access denied",
            r"recipient not found by smtp address lookup",
            r"recipientnotfound",
            r"address couldn'?t be found",
            # Exchange 2003 NDRs, IMail, mail.local and Outlook.com's "unknown" wording.
            r"the recipient name is not recognized",
            r"(?:^|\n)unknown user: ",
            r"mail\.local: unknown user",
            r"requested action not taken: mailbox unavailable",
            r"not listed in (?:domino directory|public name & address book)",
            r"invalid final delivery userid",
            r"this user doesn'?t have an? \S+ account",
        ),
    ),
    # Malware named in a rejection is the reason even when the filter is called a spam filter.
    ("virusdetected", _rx(r"\bvirus", r"malware", r"infected", r"trojan", r"worm\b")),
    ("spamdetected", _rx(r"spam classification", r"rejected due to spam")),
    (
        "expired",
        _rx(
            r"connection timed out",
            r"did not accept our requests to connect",
            r"been failing for a long time",
            r"envelope expired",
            r"message expired",
            r"could not be delivered for \d+",
        ),
    ),
    (
        "notcompliantrfc",
        _rx(r"multiple addresses in from", r"duplicate header", r"not rfc ?5322 compliant"),
    ),
    (
        "requireptr",
        _rx(
            r"reverse dns",
            r"mismatches client ip",
            r"\bptr\b",
            r"cannot find your (?:reverse )?hostname",
        ),
    ),
    (
        "authfailure",
        _rx(
            r"\bspf\b",
            r"\bdmarc\b",
            r"does not have authentication information",
            r"authentication checks failed",
        ),
    ),
    (
        "securityerror",
        _rx(r"smtp authentication", r"unauthenticated senders", r"delivery not authorized"),
    ),
    ("norelaying", _rx(r"relay access denied", r"not configured to relay")),
    (
        "toomanyconn",
        _rx(
            r"too many recipients\b(?! this hour)",
            r"frequency limited",
            r"too many (?:concurrent |simultaneous )?connections",
        ),
    ),
    ("speeding", _rx(r"too many recipients this hour", r"sent to too many recipients")),
    (
        "hostunknown",
        _rx(
            r"host or domain name not found",
            r"domain is not reachable",
            r"illegal host/domain",
            r"nxdomain",
            r"bad destination system address",
            r"host unknown \(authoritative",
            r"dns lookup failure: host \S+ not found",
        ),
    ),
    (
        "notaccept",
        _rx(
            r"no smtp service",
            r"no mx record found",
            r"couldn'?t find a mail exchanger",
            r"not accepting network messages",
            r"malformed or unexpected name server",
        ),
    ),
    (
        "policyviolation",
        _rx(
            r"policy reasons",
            r"protocol violation",
            r"content presents a potential",
            r"host network not allowed",
            r"header error",
        ),
    ),
    ("mailboxfull", _rx(r"mailbox exceeds allowed size", r"over quota")),
    ("systemfull", _rx(r"insufficient disk space")),
    (
        "systemerror",
        _rx(
            r"queue file write error",
            r"service refuse",
            r"service currently unavailable",
            r"internal system error",
        ),
    ),
    # Yahoo's TSS04 deferral is about the sending IP's reputation, whatever frame the
    # relaying MTA puts around it ("sender was rejected" in qmail's).
    ("badreputation", _rx(r"unexpected volume or user complaints")),
    (
        "rejected",
        _rx(
            r"sender address rejected",
            r"domain of sender address",
            r"unroutable sender",
            r"sender was rejected",
            r"no such domain at this location",
            r"permission to post",
            r"sender rejected",
            r"from: domain",
            r"address that has been blacklisted",
            r"rejected by destination domain",
            r"all recipient addresses rejected",
        ),
    ),
    (
        "blocked",
        _rx(
            r"invalid ip for sending",
            r"blocked by ldap",
            r"ip address blacklisted",
            r"not accepting connections",
            r"messages from \S+ weren'?t sent",
            r"my name was rejected",
            r"connection refused",
            r"may not be mail exchanger",
            r"server access \S+ forbidden",
            r"\bblocked ip\b",
        ),
    ),
    ("spamdetected", _rx(r"\bspam\b", r"blacklisted url")),
    ("exceedlimit", _rx(r"exceeds administrative limit", r"recipsizelimit")),
    ("mesgtoobig", _rx(r"line limit exceeded")),
    ("suspend", _rx(r"temporar(?:y|ily) locked", r"account (?:is )?disabled")),
    ("contenterror", _rx(r"media error")),
    ("onhold", _rx(r"\bon hold\b")),
]
