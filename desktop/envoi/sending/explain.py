"""SMTP replies in plain words, for the failures table and `envoi campaigns status`.

The classification is the bounces package's (the same reasons as returned mail); this module
only adds a sentence a shop owner understands. Envoi talks to one server only, the user's
own (the SMTP profile's): a refusal about the sender, the login, relaying or the server's
policy, or the same reply for every recipient, comes from that server's setup and says
nothing about the recipients, so it is explained as such and never suppresses an address.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from envoi.bounces.classify import classify_smtp_reply
from envoi.sending.replies import NOT_SENT_HERE

_PLAIN = {
    "userunknown": "This address does not exist at the recipient's provider.",
    "hostunknown": "The recipient's domain does not exist or receives no mail.",
    "hasmoved": "The recipient has moved to another address.",
    "mailboxfull": "The recipient's mailbox is full.",
    "suspend": "The recipient's mailbox is disabled.",
    "notaccept": "The recipient's domain accepts no mail.",
    "expired": "The provider kept refusing until the retry deadline.",
    "networkerror": "A network problem stopped the delivery.",
    "systemerror": "The mail server reported an internal error.",
    "systemfull": "The mail server is out of space.",
    "mailererror": "The mail system refused the message.",
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


NO_SMTPUTF8 = (
    "This address has characters before the @ that your sending server cannot carry (it "
    "does not offer SMTPUTF8): nothing was sent. Send through a server that supports "
    "international addresses, or ask the contact for another address."
)
NOT_AN_ADDRESS = (
    "Envoi could not give this address to your sending server (it is not a valid "
    "address): nothing was sent. Correct the contact's address."
)


@dataclass(frozen=True, slots=True)
class Explanation:
    reason: str
    plain: str
    hard: bool  # the address itself is bad: suppressed so that it is never mailed again
    permanent: bool
    relay: bool = False  # the user's own server refused (its setup), not the recipient's


# Reasons that are about the sender's side of the conversation with its own server.
_RELAY_REASONS = {
    "rejected": "Your own sending server refused your From address: send from an address "
    "the SMTP account may use, then retry the failed recipients.",
    "securityerror": "Your own sending server asked for a login or refused it: check the "
    "profile's user name, password and security, then retry the failed recipients.",
    "norelaying": "Your own sending server refuses to relay this mail (it does not accept "
    "your login or your From address for sending out): check the profile, then retry the "
    "failed recipients.",
    "syntaxerror": "Your own sending server did not accept Envoi's commands: check the "
    "profile's server and port, then retry the failed recipients.",
}
_SAME_FOR_ALL = (
    "Your own sending server refused every recipient with the same reply: the cause is "
    "your sending setup (From address, login, the server's settings or policy), not the "
    "recipients. Read the reply, fix the profile, then retry the failed recipients."
)
# The recipient-specific reasons: a reply naming one of these stays the recipient's.
_RECIPIENT_REASONS = frozenset(
    {"userunknown", "hostunknown", "hasmoved", "mailboxfull", "suspend", "notaccept"}
)
_AUTH_CODES = frozenset({530, 534, 535, 538})
_ADDRESS = re.compile(r"<[^<>]*>|\S+@\S+")


def reply_shape(code: int | None, text: str) -> tuple[int | None, str]:
    """The reply without the addresses in it: one server's answer to every recipient
    has a single shape."""
    return code, " ".join(_ADDRESS.sub("<>", text).split()).lower()


def same_reply_for_all(replies: Iterable[tuple[int | None, str]]) -> bool:
    """Two or more permanent refusals that all have one shape: the server refuses the
    sending, not the recipients."""
    shapes = Counter(reply_shape(code, text) for code, text in replies)
    if len(shapes) != 1:
        return False
    ((code, _text), count) = next(iter(shapes.items()))
    return count >= 2 and code is not None and code >= 500


def explain_reply(code: int | None, text: str, *, same_for_all: bool = False) -> Explanation:
    """``same_for_all``: every failed delivery of the campaign got this reply (see
    `same_reply_for_all`): the user's own server refused the sending."""
    if code is None and text.startswith("message could not be built"):
        # The engine's own words (engine, build_pool): nothing reached the server.
        return Explanation(
            "buildfailure",
            "Envoi could not build this message (the template, a merge value or the "
            "address): nothing was sent. The reply says what went wrong.",
            False,
            True,
        )
    if code is None and text.startswith(NOT_SENT_HERE):
        # The SMTP session did not give this address to the server (see refused_here).
        if "SMTPUTF8" in text:
            return Explanation("smtputf8", NO_SMTPUTF8, False, True)
        return Explanation("badaddress", NOT_AN_ADDRESS, False, True)
    if code is None:
        return Explanation(
            "networkerror",
            "The connection was lost: Envoi cannot know whether the message arrived.",
            False,
            False,
        )
    c = classify_smtp_reply(code, None, text)
    if c.permanent and c.reason not in _RECIPIENT_REASONS:
        relay = _RELAY_REASONS.get(c.reason)
        if relay is None and code in _AUTH_CODES:
            relay = _RELAY_REASONS["securityerror"]
        if relay is None and same_for_all:
            relay = _SAME_FOR_ALL
        if relay is not None:
            return Explanation(c.reason, relay, False, True, relay=True)
    plain = _PLAIN.get(c.reason) or (
        "The provider refused the message for good." if c.permanent
        else "The provider asked to try again later."
    )  # fmt: skip
    return Explanation(c.reason, plain, c.hard, c.permanent)
