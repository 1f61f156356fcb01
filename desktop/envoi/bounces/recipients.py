"""One failed (or delivered, or complaining) recipient from each kind of evidence a report
gives: a DSN record, a sentence of a human-readable report, an Amazon SES item, ARF fields."""

from __future__ import annotations

import re
from email.utils import getaddresses

from envoi.bounces import mta_rules
from envoi.bounces.dsn import DsnRecord, clean_address
from envoi.bounces.mime import Parts, header_block, parse_fields
from envoi.bounces.reasons import (
    decide_reason,
    find_remote_status,
    find_reply_code,
    find_status,
    is_hard,
)
from envoi.bounces.result import FailedRecipient

_PERMANENT_TEXT_RE = re.compile(
    r"permanent(?:ly)? (?:error|failure|fatal|failed)|failed permanently|fatal error",
    re.IGNORECASE,
)
_TEMPORARY_TEXT_RE = re.compile(
    r"temporar(?:y|ily) (?:error|failure|problem)|delayed|will (?:keep )?(?:retry|try again)|"
    r"still trying|warning: message",
    re.IGNORECASE,
)


def addresses(value: str) -> list[str]:
    try:
        return [a for _, a in getaddresses([value]) if "@" in a]
    except Exception:
        return mta_rules.ADDR_RE.findall(value)


def header_value(headers: tuple[tuple[str, str], ...], name: str) -> str:
    return next((v for k, v in headers if k == name), "")


def permanent(status: str | None, action: str, text: str, code: str | None = None) -> bool | None:
    """5.x.x / 5xx, else the DSN action, else the report's words; None when nothing tells."""
    if status and status[0] in "45":
        return status[0] == "5"
    if code and code[0] in "45":
        return code[0] == "5"
    if action == "failed":
        return True
    if action == "delayed":
        return False
    if _PERMANENT_TEXT_RE.search(text):
        return True
    if _TEMPORARY_TEXT_RE.search(text):
        return False
    return None


def best_status(field: str, diagnostic: str) -> str | None:
    """The Status field, unless the diagnostic carries a more precise failure code."""
    field = field.strip().split(" ")[0] if field else ""
    from_field = find_status(field) if field else None
    from_diag = find_remote_status(diagnostic) or find_status(diagnostic)
    if from_diag and from_diag[0] != "2":
        return from_diag
    return from_field or from_diag


def from_dsn(rec: DsnRecord, text_diag: dict[str, str], human: str) -> FailedRecipient:
    address = rec.final_recipient
    diag = rec.diagnostic
    if not diag and address:
        diag = text_diag.get(address.lower(), "")
    status = best_status(rec.status, diag)
    code = find_reply_code(diag)
    context = diag if diag else human
    block = text_diag.get(address.lower(), "") if address else ""
    reason = decide_reason(status, code, context, rec.action, f"{block}\n{human}")
    return FailedRecipient(
        address=address,
        status=status,
        smtp_reply_code=code,
        reason=reason,
        permanent=permanent(status, rec.action, context, code),
        hard=is_hard(reason, status, code),
        diagnostic=diag,
        alias=rec.original_recipient,
        action=rec.action or None,
        remote_mta=rec.remote_mta or None,
    )


def from_text(address: str, diag: str, human: str, count: int) -> FailedRecipient:
    """A recipient named in a plain-text report, with the sentence that names it."""
    status = find_status(diag)
    code = find_reply_code(diag)
    if count == 1:  # the whole report is about this one address
        status = status or find_status(human)
        code = code or find_reply_code(human)
    reason = decide_reason(status, code, diag, "", human) if (status or code or diag) else None
    if reason is None or (reason == "onhold" and count == 1):
        status = status or find_status(human)
        code = code or find_reply_code(human)
        reason = decide_reason(status, code, human)
        diag = diag or human.strip()
    return FailedRecipient(
        address=address,
        status=status,
        smtp_reply_code=code,
        reason=reason,
        permanent=permanent(status, "", f"{diag}\n{human}", code),
        hard=is_hard(reason, status, code),
        diagnostic=" ".join(diag.split())[:2000],
    )


def delivered(rec: DsnRecord) -> FailedRecipient:
    status = find_status(rec.status) if rec.status else None
    return FailedRecipient(
        address=rec.final_recipient,
        status=status,
        smtp_reply_code=find_reply_code(rec.diagnostic),
        reason="delivered",
        permanent=None,
        hard=None,
        diagnostic=rec.diagnostic,
        alias=rec.original_recipient,
        action=rec.action,
    )


def complaint(address: str | None, feedback_type: str) -> FailedRecipient:
    return FailedRecipient(address, None, None, "feedback", None, None, feedback_type=feedback_type)


def feedback(parts: Parts, report: str) -> list[FailedRecipient]:
    """The complainers of an ARF report (or of its fields pasted in a text part)."""
    fields = parse_fields(report)
    if parts.original:
        hm = dict(header_block(parts.original)).get("x-hmxmroriginalrecipient")
        if hm:
            fields.append(("original-rcpt-to", hm))
    ftype = next((v.lower() for k, v in fields if k == "feedback-type"), "abuse") or "abuse"
    found: list[str] = []
    for k, v in fields:
        if k in ("original-rcpt-to", "removal-recipient"):
            a = clean_address(v)
            if a:
                found.append(a)
    if not found and parts.original:
        found = addresses(header_value(tuple(header_block(parts.original)), "to"))
    if not found:
        return [complaint(None, ftype)]
    return [complaint(a, ftype) for a in dict.fromkeys(found)]


def from_ses(addr: str, status_raw: str, diag: str, what: str) -> FailedRecipient:
    """One item of an Amazon SES notification (bounce, complaint or delivery)."""
    if what.startswith("complaint:"):
        return complaint(addr, what.split(":", 1)[1] or "abuse")
    if what.startswith("delivery:"):
        ok = find_status(diag) or "2.0.0"
        return FailedRecipient(addr, ok, find_reply_code(diag), "delivered", None, None, diag)
    status = best_status(status_raw, diag)
    code = find_reply_code(diag)
    reason = decide_reason(status, code, diag)
    return FailedRecipient(
        addr,
        status,
        code,
        reason,
        permanent(status, "", what + diag),
        is_hard(reason, status, code),
        diag,
    )


def with_reason(r: FailedRecipient, reason: str) -> FailedRecipient:
    return FailedRecipient(
        r.address,
        r.status,
        r.smtp_reply_code,
        reason,
        r.permanent,
        is_hard(reason, r.status, r.smtp_reply_code),
        r.diagnostic,
        r.alias,
        r.action,
        r.remote_mta,
        r.feedback_type,
    )
