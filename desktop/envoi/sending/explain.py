"""SMTP replies in plain words, for the failures table and `envoi campaigns status`.

The classification is the bounces package's (the same reasons as returned mail); this module
only adds a sentence a shop owner understands.
"""

from __future__ import annotations

from dataclasses import dataclass

from envoi.bounces.classify import classify_smtp_reply

_PLAIN = {
    "userunknown": "This address does not exist at the recipient's provider.",
    "hostunknown": "The recipient's domain does not exist or receives no mail.",
    "hasmoved": "The recipient has moved to another address.",
    "mailboxfull": "The recipient's mailbox is full.",
    "suspend": "The recipient's mailbox is disabled.",
    "notaccept": "The recipient's domain accepts no mail.",
    "expired": "The provider kept refusing until the retry deadline.",
    "networkerror": "A network problem stopped the delivery.",
    "systemerror": "The recipient's server had an internal error.",
    "systemfull": "The recipient's server is out of space.",
    "mailererror": "The recipient's mail system failed.",
    "filtered": "The recipient's server filtered the message out.",
    "rejected": "The server refused your sender address.",
    "blocked": "Your server's address is blocked by the recipient's provider.",
    "badreputation": "The provider distrusts your sending reputation right now.",
    "requireptr": "Your server has no reverse DNS name, which the provider requires.",
    "authfailure": "SPF, DKIM or DMARC checks failed for your domain.",
    "spamdetected": "The message was taken for spam.",
    "virusdetected": "The message was taken for a virus.",
    "policyviolation": "The message breaks the provider's policy.",
    "securityerror": "The provider asked for authentication or encryption.",
    "contenterror": "The provider refused the message's content.",
    "notcompliantrfc": "The message is not well formed for the provider.",
    "syntaxerror": "The server did not understand a command.",
    "norelaying": "Your server refuses to relay to this recipient: check the profile.",
    "exceedlimit": "The message is larger than the recipient accepts.",
    "mesgtoobig": "The message is too big.",
    "toomanyconn": "Too many connections to the provider at once.",
    "speeding": "Too many messages too fast: the provider asks to slow down.",
    "failedstarttls": "The secure connection failed.",
    "onhold": "The provider holds the message for later.",
}


@dataclass(frozen=True, slots=True)
class Explanation:
    reason: str
    plain: str
    hard: bool  # the address itself is bad: suppressed so that it is never mailed again
    permanent: bool


def explain_reply(code: int | None, text: str) -> Explanation:
    if code is None and text.startswith("message could not be built"):
        # The engine's own words (engine, build_pool): nothing reached the server.
        return Explanation(
            "buildfailure",
            "Envoi could not build this message (the template, a merge value or the "
            "address): nothing was sent. The reply says what went wrong.",
            False,
            True,
        )
    if code is None:
        return Explanation(
            "networkerror",
            "The connection was lost: Envoi cannot know whether the message arrived.",
            False,
            False,
        )
    c = classify_smtp_reply(code, None, text)
    plain = _PLAIN.get(c.reason) or (
        "The provider refused the message for good." if c.permanent
        else "The provider asked to try again later."
    )  # fmt: skip
    return Explanation(c.reason, plain, c.hard, c.permanent)
