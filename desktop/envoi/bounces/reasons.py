"""Reasons for a failed delivery, in the vocabulary of Sisimai (see the corpus README).

A reason comes from the diagnostic text first (what the remote server said is more precise
than the code it chose), then from the enhanced status code, then from the SMTP reply code.
Patterns are phrases that MTAs and mailbox providers really use, grouped by reason; the
order of ``TEXT_RULES`` settles texts that match several reasons (a "blocked" text that
also says "user" is still about the sending IP).
"""

from __future__ import annotations

import re

from envoi.bounces.reason_phrases import TEXT_RULES
from envoi.bounces.reason_priority import PRIORITY_RULES
from envoi.bounces.status_codes import STATUS_REASONS, STATUS_STRONG

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
    return STATUS_REASONS.get(subject)


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


def decide_reason(
    status: str | None, reply_code: str | None, text: str, action: str = "", context: str = ""
) -> str:
    """One reason for one failed recipient."""
    subject = status.partition(".")[2] if status else ""
    by_status = reason_from_status(status)
    text = _CONTINUATION.sub(" ", text[:_MAX_TEXT].lower())
    reason = _first_rule(PRIORITY_RULES, text) if text else None
    precise = reason is not None  # a phrase only one kind of failure uses: keep it
    if reason is None and subject in STATUS_STRONG and by_status:
        reason = by_status
    if reason is None and text:
        reason = _first_rule(TEXT_RULES, text)
    command = ""
    if reason in _COMMAND_SENSITIVE:  # the SMTP command only matters for these
        command = (smtp_command(text) if text else "") or (
            smtp_command(context[:_MAX_TEXT]) if context else ""
        )
    if (
        reason == "userunknown"
        and not precise
        and command != "RCPT"
        and not subject.startswith("1.")
        and (command or not _RCPT_HINT.search(text))
    ):
        reason = "filtered" if command != "MAIL" else "rejected"
    if command == "MAIL" and reason in (None, "onhold", "userunknown", "filtered", "hostunknown"):
        reason = "rejected"
    if reason is None:
        reason = by_status
    if reason == "hostunknown" and status and status[0] == "4":
        reason = "networkerror"  # a temporary DNS answer, not a missing domain
    if (reason in (None, "onhold") and status and status[0] == "4" and action == "failed") or (
        reason in _WEAK and _EXPIRED_HINT.search(text)
    ):
        reason = "expired"
    if reason is not None:
        return reason
    if reply_code in ("421", "450", "451"):
        return "systemerror"
    if reply_code == "452":
        return "mailboxfull"
    if reply_code in ("550", "553"):
        return "userunknown"
    if reply_code == "551":
        return "hasmoved"
    if reply_code == "552":
        return "mailboxfull"
    if reply_code == "554":
        return "filtered"
    return "onhold"
