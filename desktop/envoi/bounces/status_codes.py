"""Enhanced status codes (RFC 3463 and the IANA registry) as reasons.

Each entry says what the code means in the RFC's words and the reason that meaning is;
``BY_CLASS`` holds the few codes whose temporary (4.x.x) and permanent (5.x.x) forms mean
different things to a sender: 5.4.4 "unable to route" is a domain that does not resolve,
4.4.4 a route that may come back; 4.7.1 is a refusal of the sending client (greylisting, a
block list), while 5.7.1 covers everything from spam to policy and tells nothing alone.
"""

from __future__ import annotations

# Enhanced status code (RFC 3463 and the IANA registry) -> reason, most specific first.
STATUS_REASONS: dict[str, str] = {
    "1.1": "userunknown",
    "1.0": "userunknown",
    "1.2": "hostunknown",
    "1.3": "userunknown",
    "1.4": "filtered",  # destination mailbox address ambiguous: it exists
    "1.5": "userunknown",
    "1.6": "hasmoved",
    "1.7": "rejected",
    "1.8": "rejected",
    "1.9": "systemerror",  # message relayed to non-compliant mailer
    "1.10": "notaccept",
    "2.0": "filtered",  # other mailbox status: the mailbox exists
    "2.1": "suspend",
    "2.2": "mailboxfull",
    "2.3": "exceedlimit",
    "2.4": "systemerror",
    "3.0": "systemerror",
    "3.1": "systemfull",
    "3.2": "notaccept",
    "3.3": "systemerror",
    "3.4": "mesgtoobig",
    "3.5": "systemerror",
    "4.0": "networkerror",
    "4.1": "networkerror",
    "4.2": "networkerror",
    "4.3": "systemerror",  # directory server failure
    "4.4": "networkerror",
    "4.5": "networkerror",
    "4.6": "networkerror",
    "4.7": "expired",
    "5.0": "syntaxerror",
    "5.1": "syntaxerror",
    "5.2": "syntaxerror",
    "5.3": "toomanyconn",  # too many recipients
    "5.4": "syntaxerror",
    "5.5": "syntaxerror",
    "5.6": "securityerror",  # authentication exchange line too long
    "6.0": "contenterror",
    "6.1": "contenterror",
    "6.2": "contenterror",
    "6.3": "contenterror",
    "6.4": "contenterror",
    "6.5": "contenterror",
    "6.6": "contenterror",
    "6.7": "contenterror",
    "6.8": "contenterror",
    "6.9": "contenterror",
    "6.10": "contenterror",
    "7.0": "securityerror",
    "7.2": "systemerror",
    "7.3": "securityerror",
    "7.4": "securityerror",
    "7.5": "securityerror",
    "7.6": "securityerror",
    "7.7": "securityerror",
    "7.8": "securityerror",
    "7.9": "securityerror",
    "7.10": "securityerror",
    "7.11": "securityerror",
    "7.13": "suspend",
    "7.14": "securityerror",
    "7.15": "securityerror",
    "7.16": "securityerror",
    "7.17": "suspend",
    "7.18": "suspend",
    "7.19": "securityerror",
    "7.20": "authfailure",
    "7.21": "authfailure",
    "7.22": "authfailure",
    "7.23": "authfailure",
    "7.24": "authfailure",
    "7.25": "requireptr",
    "7.26": "authfailure",
    "7.27": "rejected",  # the sender address has a null MX
    "7.28": "spamdetected",
    "7.29": "authfailure",
    "7.30": "securityerror",
}

# Codes whose class changes the meaning (see the module docstring); looked up first.
BY_CLASS: dict[str, str] = {
    "5.4.4": "hostunknown",  # unable to route: no such domain
    "4.4.4": "networkerror",
    "4.4.1": "networkerror",  # no answer from host
    "4.7.1": "blocked",  # delivery not authorized: the client is refused for now
}

# Status subjects where the code alone is specific enough to beat a vaguer text match.
STATUS_STRONG = frozenset(
    {
        "1.1",
        "1.2",
        "1.6",
        "1.7",
        "1.8",
        "2.2",
        "3.4",
        "4.7",
        # Security and ownership codes that name one precise failure (RFC 3463, RFC 6710,
        # RFC 7293): a crypto or credential failure, a disabled account, a new owner.
        "7.5",
        "7.6",
        "7.7",
        "7.8",
        "7.9",
        "7.10",
        "7.11",
        "7.13",
        "7.14",
        "7.16",
        "7.17",
        "7.18",
        "7.19",
        "7.20",
        "7.21",
        "7.22",
        "7.23",
        "7.24",
        "7.25",
        "7.26",
        "7.27",
        "7.29",
    }
)
