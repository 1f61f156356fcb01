"""The named detectors, in the order ``parse.DETECTORS`` tries them.

Each looks at one returned message (a ``Report``) and either says what it is, returning a
ParsedMessage, or passes by returning None. Mailman 3's handler pipelines read the same
way: small named steps in an ordered list, the first that knows the answer gives it.
"""

from __future__ import annotations

import re
from functools import cached_property

from envoi.bounces import mta_rules
from envoi.bounces import recipients as rcpt
from envoi.bounces.dsn import DsnRecord, parse_dsn
from envoi.bounces.mime import Headers, Parts, header_block, header_text
from envoi.bounces.result import FailedRecipient, Kind, ParsedMessage

_BOUNCE_FROM_RE = re.compile(
    r"mailer-daemon|postmaster|mail delivery|mail administrator|mailadmin|mdaemon|"
    r"system administrator|post_master|bounce|returned|nobody@|no-?reply|notification",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT_RE = re.compile(
    r"undeliver|undelivered|delivery (?:status notification|failure|failed|report|problem)|"
    r"returned mail|mail delivery failed|failure notice|non[- ]?delivery|could not be delivered|"
    r"delivery has failed|mail system error|returned to sender|not delivered|"
    r"delivery notification|warning: could not|message not delivered|rejected|"
    r"error sending|bounce|failed delivery|mail failure|undeliverable|配信|エラー|不達|"
    r"permanent (?:error|failure)|delayed",
    re.IGNORECASE,
)
_AUTOREPLY_SUBJECT_RE = re.compile(
    r"^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|réponse)|out of (?:the )?office|"
    r"vacation|abwesenheit|absence|réponse automatique|auto:|autoreply|自動応答|不在)|"
    r"out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponder|away from (?:the|my) "
    r"(?:office|desk)|on (?:vacation|holiday|leave)|abwesenheitsnotiz|réponse automatique|"
    r"respuesta automática|risposta automatica|automatisch antwoord|自動返信|自動応答",
    re.IGNORECASE,
)
_FEEDBACK_TEXT_RE = re.compile(r"^Feedback-Type:", re.IGNORECASE | re.MULTILINE)
_DSN_IN_TEXT_RE = re.compile(r"^(?:Final|Original)-Recipient:", re.IGNORECASE | re.MULTILINE)
_COMPLAINT_SUBJECT_RE = re.compile(r"complaint|abuse report|spam report", re.IGNORECASE)
_UNSUBSCRIBE_RE = re.compile(r"^\s*unsubscribe\b", re.IGNORECASE)
_MAX_REPORT_TEXT = 256 * 1024
_NOT_FAILED = frozenset({"delivered", "relayed", "expanded", "deliverable"})
_ENVELOPE_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To")


class Report:
    """One returned message as the detectors read it; the costlier views are computed once,
    when a detector first asks for them."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.headers: Headers = parts.headers
        self.subject = header_text(parts.headers.get("Subject"))
        self.from_field = str(parts.headers.get("From", ""))
        self.text = "\n".join(parts.texts)
        self.original_headers = tuple(header_block(parts.original)) if parts.original else ()

    def result(self, kind: Kind, recipients: list[FailedRecipient]) -> ParsedMessage:
        mid = rcpt.header_value(self.original_headers, "message-id").strip() or None
        return ParsedMessage(
            kind=kind,
            recipients=tuple(recipients),
            original_message_id=mid,
            original_headers=self.original_headers,
            subject=self.subject,
            delivered_to=self.delivered_to,
        )

    @property
    def delivered_to(self) -> tuple[str, ...]:
        found: list[str] = []
        for name in _ENVELOPE_HEADERS:
            for value in self.headers.get_all(name) or []:
                found.extend(mta_rules.ADDR_RE.findall(str(value)))
        return tuple(dict.fromkeys(found))

    @cached_property
    def human(self) -> str:
        """The report's own words, without the returned message; bounded, since a huge text
        is an attachment gone wrong."""
        return mta_rules.cut_original(self.text[:_MAX_REPORT_TEXT])

    @cached_property
    def excluded(self) -> set[str]:
        """Addresses that are never the failed recipient: the bounce's sender and ours."""
        h = self.headers
        values = [str(h.get(n, "")) for n in ("From", "To", "Return-Path", "Reply-To", "Sender")]
        if self.parts.original:
            head = dict(self.original_headers)
            values += [head.get("from", ""), head.get("return-path", ""), head.get("reply-to", "")]
        return {a.lower() for v in values for a in mta_rules.ADDR_RE.findall(v)}

    @cached_property
    def from_daemon(self) -> bool:
        return bool(_BOUNCE_FROM_RE.search(self.from_field))

    @cached_property
    def is_autoreply(self) -> bool:
        h = self.headers
        if str(h.get("Auto-Submitted", "")).lower().startswith("auto-replied"):
            return True
        if h.get("X-Autoreply") or h.get("X-Autorespond") or h.get("X-Vacation"):
            return True
        if str(h.get("Precedence", "")).lower() == "auto_reply":
            return True
        return bool(_AUTOREPLY_SUBJECT_RE.search(self.subject))

    @cached_property
    def dsn_records(self) -> list[DsnRecord]:
        blocks = self.parts.delivery_status or (
            [self.text] if _DSN_IN_TEXT_RE.search(self.text) else []
        )
        return parse_dsn(blocks) if blocks else []


# -- the detectors, each one kind of evidence ----------------------------------------------


def arf_report(r: Report) -> ParsedMessage | None:
    """A complaint in ARF (RFC 5965): a message/feedback-report part."""
    p = r.parts
    if not (p.feedback_reports or p.report_type == "feedback-report"):
        return None
    return r.result("feedback", rcpt.feedback(p, "\n".join(p.feedback_reports) or r.text))


def arf_fields_in_text(r: Report) -> ParsedMessage | None:
    """ARF's fields pasted into a text part by a provider that does not attach them."""
    if _FEEDBACK_TEXT_RE.search(r.text) and "user-agent" in r.text.lower():
        return r.result("feedback", rcpt.feedback(r.parts, r.text))
    return None


def amazon_ses(r: Report) -> ParsedMessage | None:
    """Amazon SES notifications: JSON naming the recipients, the type and the reply."""
    if "amazon" not in r.from_field.lower() and '"notificationType"' not in r.text:
        return None
    items = mta_rules.amazon_ses_json(r.text)
    if not items:
        return None
    kind: Kind = "bounce"
    for _addr, _status, _diag, what in items:
        if what.startswith("complaint:"):
            kind = "feedback"
        elif what.startswith("delivery:"):
            kind = "delivered"
    return r.result(kind, [rcpt.from_ses(*item) for item in items])


def delivery_status(r: Report) -> ParsedMessage | None:
    """A DSN (RFC 3464): one record per recipient; the text adds what the record lacks."""
    records = r.dsn_records
    if not records:
        return None
    failed = [x for x in records if x.action not in _NOT_FAILED]
    if not failed:
        return r.result("delivered", [rcpt.delivered(x) for x in records])
    text_diag = {a.lower(): d for a, d in mta_rules.text_recipients(r.human, r.excluded)}
    return r.result("bounce", [rcpt.from_dsn(x, text_diag, r.human) for x in failed])


def unsubscribe_request(r: Report) -> ParsedMessage | None:
    """A mail to our List-Unsubscribe mailto address: its sender opts out."""
    if not _UNSUBSCRIBE_RE.match(r.subject) or r.from_daemon:
        return None
    who = rcpt.addresses(r.from_field)
    return r.result("feedback", [rcpt.complaint(who[0] if who else None, "opt-out")])


def complaint_by_subject(r: Report) -> ParsedMessage | None:
    """A provider's complaint that quotes our message but carries no ARF fields."""
    if r.parts.original and _COMPLAINT_SUBJECT_RE.search(r.subject):
        return r.result("feedback", rcpt.feedback(r.parts, ""))
    return None


def auto_reply(r: Report) -> ParsedMessage | None:
    """An out-of-office answer from a person's mailbox (never from a mailer daemon)."""
    if r.from_daemon or not r.is_autoreply:
        return None
    who = rcpt.addresses(r.from_field)
    return r.result(
        "autoreply", [FailedRecipient(who[0] if who else None, None, None, "vacation", None, None)]
    )


def not_a_bounce(r: Report) -> ParsedMessage | None:
    """Neither its sender, its subject nor its headers say that this is a bounce."""
    looks_bounce = (
        r.from_daemon
        or _BOUNCE_SUBJECT_RE.search(r.subject)
        or r.headers.get("X-Failed-Recipients")
        or r.parts.report_type == "delivery-status"
    )
    return None if looks_bounce else r.result("other", [])


def text_report(r: Report) -> ParsedMessage | None:
    """A bounce in words only: its recipients found by the first road that names any."""
    pairs, from_header = _text_failures(r)
    if not pairs:
        return None
    found = [rcpt.from_text(a, d, r.human, len(pairs)) for a, d in pairs]
    if from_header and all(a.lower().endswith("@googlegroups.com") for a, _ in pairs):
        # Google Groups refuses posts from non-members; its text comes in many languages.
        found = [rcpt.with_reason(x, "rejected") for x in found]
    return r.result("bounce", found)


def nothing_found(r: Report) -> ParsedMessage:
    """The last step: a bounce-looking message that names no one."""
    return r.result("autoreply" if r.is_autoreply else "other", [])


def _text_failures(r: Report) -> tuple[list[tuple[str, str]], bool]:
    """(address, its sentence) pairs, and whether X-Failed-Recipients named them."""
    pairs = mta_rules.text_recipients(r.human, r.excluded)
    listed = r.headers.get_all("X-Failed-Recipients") or []
    failed_hdr = rcpt.addresses(" ".join(str(v) for v in listed))
    if failed_hdr:
        diag = {a.lower(): d for a, d in pairs}
        return [(a, diag.get(a.lower(), "")) for a in dict.fromkeys(failed_hdr)], True
    if not pairs:
        pairs = [
            (a, "") for a in mta_rules.rcpt_to_addresses(r.human) if a.lower() not in r.excluded
        ]
    if not pairs:
        quoted = r.original_headers or tuple(
            header_block(r.text[len(r.human) :].split("\n", 1)[-1])
        )
        to = rcpt.addresses(rcpt.header_value(quoted, "to"))
        pairs = [(a, "") for a in to if a.lower() not in r.excluded][:1]
    return pairs, False
