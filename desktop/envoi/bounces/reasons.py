"""Reasons for a failed delivery, in the vocabulary of Sisimai (see the corpus README).

A reason comes from the diagnostic text first (what the remote server said is more precise
than the code it chose), then from the enhanced status code, then from the SMTP reply code.
Patterns are phrases that MTAs and mailbox providers really use, grouped by reason; the
order of ``TEXT_RULES`` settles texts that match several reasons (a "blocked" text that
also says "user" is still about the sending IP).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from envoi.bounces.reason_phrases import TEXT_RULES
from envoi.bounces.reason_priority import PRIORITY_RULES
from envoi.bounces.status_codes import BY_CLASS, STATUS_REASONS, STATUS_STRONG

REASONS: frozenset[str] = frozenset(
    """userunknown hostunknown hasmoved mailboxfull suspend notaccept expired networkerror
    systemerror systemfull mailererror filtered rejected blocked badreputation requireptr
    authfailure spamdetected virusdetected policyviolation securityerror contenterror
    notcompliantrfc syntaxerror norelaying exceedlimit mesgtoobig toomanyconn speeding
    failedstarttls onhold undefined feedback vacation delivered""".split()  # noqa: SIM905
)

# Reasons that mean the address itself is bad (Sisimai's hard-bounce flag).
_HARD = frozenset({"userunknown", "hostunknown", "hasmoved"})


def is_hard(reason: str, status: str | None, reply_code: str | None = None) -> bool | None:
    """Sisimai's hard flag: the address is bad; None for non-bounces."""
    if reason in ("feedback", "vacation", "delivered"):
        return None
    if reason in _HARD:
        return True
    if reason == "notaccept":
        code = status or reply_code or "5"
        return code.startswith("5")
    return False


_DSN_RE = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]|%)")
_REPLY_RE = re.compile(r"(?<![\d.#-])([245]\d\d)(?=[ -]|$)(?![\d.])", re.MULTILINE)


def find_status(text: str) -> str | None:
    """The first failure status code (4.x.x/5.x.x, else 2.x.x) written in a text, if any."""
    success = None
    for m in _DSN_RE.finditer(text):
        if m.group(1) != "2":
            return f"{m.group(1)}.{m.group(2)}.{m.group(3)}"
        success = success or f"{m.group(1)}.{m.group(2)}.{m.group(3)}"
    return success


# A status written right after a reply code: "550 5.2.2", "550-'5.2.2", "<421 4.4.2".
_QUOTED_RE = re.compile(r"(?<![\d.])[245]\d\d[ -]['\"]?([245]\.\d{1,3}\.\d{1,3})(?![\d.]|%)")


def find_remote_status(text: str) -> str | None:
    """The status of the innermost server's reply quoted in a text, when it quotes more than
    one failure code: relays wrap the receiver's reply in their own ("5.1.0 - Unknown address
    error 550-'5.2.2 ... Mailbox Full'", "554 4.4.7 expired <421 4.4.2 timed out>"); the
    receiver's own code (the last one that follows a reply code) says what happened."""
    failures = [m for m in _DSN_RE.finditer(text) if m.group(1) != "2"]
    if len(failures) < 2:
        return None
    quoted = [m.group(1) for m in _QUOTED_RE.finditer(text) if m.group(1)[0] != "2"]
    return quoted[-1] if quoted else None


def find_reply_code(text: str) -> str | None:
    """The first SMTP reply code (2xx/4xx/5xx) written in a diagnostic text, if any."""
    for m in _REPLY_RE.finditer(text):
        code = m.group(1)
        if code[1] in "0125" and code[2] in "0123456789":
            return code
    return None


_MAX_TEXT = 4000  # a diagnostic longer than this is a whole report; its start is enough


def _first_rule(rules: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    # (A single combined alternation was measured slower than the rules one by one.)
    for reason, pattern in rules:
        if pattern.search(text):
            return reason
    return None


def reason_from_text(text: str) -> str | None:
    if not text:
        return None
    return _first_rule(TEXT_RULES, text[:_MAX_TEXT].lower())


def reason_from_status(status: str | None) -> str | None:
    if not status:
        return None
    _cls, _, subject = status.partition(".")
    return BY_CLASS.get(status) or STATUS_REASONS.get(subject)


_CMD_RE = re.compile(
    r"(?:after|in reply to|following|for|to)\s+(?:the\s+)?(rcpt|mail|data|end of data|"
    r"initial connection|helo|ehlo)\b|>>> ?(rcpt|mail|data)\b|\[(rcpt_to|mail_from)\]|"
    r"(does not like recipient)|(did not like our final data)|(sender was rejected)|"
    r"rejected recipient|(recipient address rejected)",
)


def smtp_command(text: str) -> str:
    """The SMTP command a rejection answered: RCPT, MAIL, DATA, CONN or "" when unknown."""
    found = ""
    for m in _CMD_RE.finditer(text.lower()):
        word = next((g for g in m.groups() if g), m.group(0)).lower()
        if "rcpt" in word or "recipient" in word:
            found = "RCPT"
        elif "mail" in word or "sender" in word:
            found = "MAIL"
        elif "data" in word:
            found = "DATA"
        else:
            found = "CONN"
    return found


# "550-5.7.1 ... multiple\n550 5.7.1 addresses": the codes repeated on each line of a
# multi-line SMTP reply would split the phrases the rules look for.
_CONTINUATION = re.compile(r"(?<=[a-z,;])\s+[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?(?=[a-z])")
# Replies that only a RCPT TO gets, when the report does not say which command failed.
_RCPT_HINT = re.compile(
    r"<[^>\s]+@[^>\s]+>:? (?:user unknown|unknown user)"
    r"|\.\.\. (?:no such user|user unknown)|no such user here"
)
_EXPIRED_HINT = re.compile(r"queue too long|will be retried|giving up|gave up")
_COMMAND_SENSITIVE = frozenset({None, "onhold", "userunknown", "filtered", "hostunknown"})
_WEAK = frozenset({None, "onhold", "networkerror", "systemerror"})


@dataclass(slots=True)
class Evidence:
    """What one failed recipient's report says, as the reason steps read it."""

    status: str | None  # enhanced status code, e.g. "5.1.1"
    reply_code: str | None  # SMTP reply code, e.g. "550"
    text: str  # the diagnostic, lower case, continuation codes removed
    action: str  # the DSN Action field ("failed", "delayed"...), or ""
    context: str  # the report's text around it, for the SMTP command
    subject: str = ""  # the status code's subject and detail, e.g. "1.1"
    precise: bool = False  # a phrase only one kind of failure uses decided the reason
    _command: str | None = None

    @property
    def temporary(self) -> bool:
        return (self.status or "")[:1] == "4"

    @property
    def command(self) -> str:
        """The SMTP command the refusal answered (RCPT, MAIL, DATA, CONN) or ""."""
        if self._command is None:
            self._command = (smtp_command(self.text) if self.text else "") or (
                smtp_command(self.context[:_MAX_TEXT]) if self.context else ""
            )
        return self._command


# -- the steps, in order: each may decide, correct or keep the reason so far -------------------


def precise_phrase(e: Evidence, reason: str | None) -> str | None:
    """Wording that only one kind of failure uses (Exchange's RecipientNotFound...)."""
    found = _first_rule(PRIORITY_RULES, e.text) if e.text else None
    e.precise = found is not None
    return found


def strong_status(e: Evidence, reason: str | None) -> str | None:
    """A status code specific enough to beat general wording (5.1.1, 5.2.2, 5.7.25...)."""
    if reason is None and e.subject in STATUS_STRONG:
        return reason_from_status(e.status)
    return reason


def general_phrase(e: Evidence, reason: str | None) -> str | None:
    """The reasons' general wording (reason_phrases.TEXT_RULES, in their order)."""
    if reason is None and e.text:
        return _first_rule(TEXT_RULES, e.text)
    return reason


def refused_command(e: Evidence, reason: str | None) -> str | None:
    """ "User unknown" is only about the address when RCPT TO got it: after MAIL FROM it is
    the sender that was refused, after DATA or at the greeting the content or the client."""
    if reason not in _COMMAND_SENSITIVE:
        return reason
    command = e.command
    if (
        reason == "userunknown"
        and not e.precise
        and command != "RCPT"
        and not e.subject.startswith("1.")
        and (command or not _RCPT_HINT.search(e.text))
    ):
        reason = "filtered" if command != "MAIL" else "rejected"
    if command == "MAIL" and reason in (None, "onhold", "userunknown", "filtered", "hostunknown"):
        reason = "rejected"
    return reason


def status_code(e: Evidence, reason: str | None) -> str | None:
    """No wording decided: what RFC 3463 says the status code means."""
    return reason if reason is not None else reason_from_status(e.status)


def temporary_dns(e: Evidence, reason: str | None) -> str | None:
    """A temporary "host not found" is a DNS answer that may change, not a missing domain."""
    return "networkerror" if reason == "hostunknown" and e.temporary else reason


def given_up(e: Evidence, reason: str | None) -> str | None:
    """A temporary failure the sender stopped retrying, or says it gave up on."""
    if reason in (None, "onhold") and e.temporary and e.action == "failed":
        return "expired"
    if reason in _WEAK and _EXPIRED_HINT.search(e.text):
        return "expired"
    return reason


def reply_code(e: Evidence, reason: str | None) -> str | None:
    """Nothing else told: the basic SMTP reply code (RFC 5321 section 4.2.3). 450 "mailbox
    unavailable" (busy, greylisted, blocked) tells nothing more: on hold."""
    if reason is not None:
        return reason
    return _REPLY_REASONS.get(e.reply_code or "")


Step = Callable[[Evidence, "str | None"], "str | None"]
STEPS: tuple[Step, ...] = (
    precise_phrase,
    strong_status,
    general_phrase,
    refused_command,
    status_code,
    temporary_dns,
    given_up,
    reply_code,
)
_REPLY_REASONS = {
    "421": "systemerror",
    "451": "systemerror",
    "452": "mailboxfull",
    "550": "userunknown",
    "551": "hasmoved",
    "552": "mailboxfull",
    "553": "userunknown",
    "554": "filtered",
}


def decide_reason(
    status: str | None, reply_code: str | None, text: str, action: str = "", context: str = ""
) -> str:
    """One reason for one failed recipient: the ``STEPS`` in order, "onhold" if none tells."""
    evidence = Evidence(
        status,
        reply_code,
        _CONTINUATION.sub(" ", text[:_MAX_TEXT].lower()),
        action,
        context,
        status.partition(".")[2] if status else "",
    )
    reason: str | None = None
    for step in STEPS:
        reason = step(evidence, reason)
    return reason or "onhold"
